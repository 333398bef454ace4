"""The certificate renderer fetches nothing but `data:` URIs and files in the project's static folder."""

import logging
import socket
import threading

import pytest

from certificates.pdf import STATIC_DIR, OfflineURLFetcher, render_pdf

pytestmark = pytest.mark.pdf  # the real renderer and its fetcher

PASSWD = "file:///etc/passwd"
SETTINGS_FILE = (STATIC_DIR.parent / "cms" / "settings" / "base.py").as_uri()
FONT = STATIC_DIR / "fonts" / "NotoSans-Regular.ttf"
PIXEL = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9aw"
    "AAAABJRU5ErkJggg=="
)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x.png",
        "https://example.com/logo.png",
        "HTTP://example.com/logo.png",
        "ftp://example.com/logo.png",
        PASSWD,
        "FILE:///etc/passwd",
        SETTINGS_FILE,  # a project file, but outside static/
        f"{STATIC_DIR.as_uri()}/../cms/settings/base.py",
        f"{STATIC_DIR.as_uri()}/fonts/../../cms/settings/base.py",
        f"{STATIC_DIR.as_uri()}/%2e%2e/cms/settings/base.py",
        f"{STATIC_DIR.as_uri()}/fonts/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
        f"file://example.com{FONT}",  # a font path, on another host
        f"{STATIC_DIR.parent.as_uri()}/static-copy/fonts/NotoSans-Regular.ttf",  # a sibling that shares the prefix
        "gopher://example.com/",
        "javascript:alert(1)",
    ],
)
def test_the_fetcher_refuses_the_network_and_files_outside_static(url):
    with pytest.raises(ValueError):
        OfflineURLFetcher().fetch(url)


def test_the_fetcher_refuses_a_symlink_in_static_that_points_outside(tmp_path, monkeypatch):
    # A static folder of the test's own (the checkout's static/ is never written to).
    static = tmp_path / "static"
    (static / "css").mkdir(parents=True)
    (static / "css" / "ok.css").write_text("p { color: black; }")
    monkeypatch.setattr("certificates.pdf.STATIC_DIR", static)
    link = static / "css" / "link.css"
    link.symlink_to("/etc/passwd")
    with pytest.raises(ValueError):
        OfflineURLFetcher().fetch(link.as_uri())
    response = OfflineURLFetcher().fetch((static / "css" / "ok.css").as_uri())  # the control: a real file is given
    try:
        assert response.read() == b"p { color: black; }"
    finally:
        response.close()


def test_the_fetcher_gives_our_fonts_and_data_uris():
    response = OfflineURLFetcher().fetch(FONT.as_uri())
    try:
        assert response.read() == FONT.read_bytes()
    finally:
        response.close()
    response = OfflineURLFetcher().fetch(PIXEL)
    try:
        assert response.read().startswith(b"\x89PNG")
    finally:
        response.close()


@pytest.fixture
def listener():
    """A TCP server on the loopback that records every connection made to it (none should be)."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    connections, stop = [], threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _address = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            connections.append(conn.recv(1024))
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], connections
    stop.set()
    thread.join(timeout=2)
    server.close()


def test_a_template_that_references_the_network_renders_without_a_request(listener, settings, tmp_path, caplog):
    port, connections = listener
    (tmp_path / "evil.html").write_text(
        f"""<!doctype html><html><head>
<link rel="stylesheet" href="http://127.0.0.1:{port}/style.css">
<style>@import url("http://127.0.0.1:{port}/import.css");
body {{ background: url("http://127.0.0.1:{port}/bg.png"); font-family: "Remote"; }}
@font-face {{ font-family: "Remote"; src: url("http://127.0.0.1:{port}/font.ttf"); }}</style>
</head><body><p>{{{{ title }}}}</p>
<img src="http://127.0.0.1:{port}/logo.png" alt="">
<img src="file:///etc/passwd" alt="">
<img src="{PIXEL}" alt="">
</body></html>""",
        encoding="utf-8",
    )
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]
    with caplog.at_level(logging.ERROR, logger="weasyprint"):
        pdf = render_pdf("evil.html", {}, title="Uji", author="Netral")
    assert pdf.startswith(b"%PDF-")
    assert connections == []
    refused = caplog.text
    assert f"http://127.0.0.1:{port}/logo.png" in refused and "disallowed protocol" in refused
    assert "/etc/passwd" in refused and "outside the project's static folder" in refused
