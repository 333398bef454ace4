"""Render a certificate to PDF with WeasyPrint, offline, with the fonts the project ships."""

import os
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.template.loader import render_to_string
from weasyprint import CSS, HTML, Attachment
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

STATIC_DIR = Path(settings.BASE_DIR) / "static"


class OfflineURLFetcher(URLFetcher):
    """Allows `data:` URIs and `file:` paths inside the project's static folder; nothing else, no network."""

    def __init__(self, **kwargs):
        super().__init__(allowed_protocols={"data", "file"}, **kwargs)

    def fetch(self, url, headers=None):
        if url.lower().startswith("file:"):
            parts = urlsplit(url)
            if parts.netloc not in ("", "localhost"):  # file://host/... would be fetched from another machine
                raise ValueError(f"File on another host: {url}")
            # resolve() folds "..", "." and symbolic links before the check, so none of them can leave the folder.
            path = Path(unquote(parts.path)).resolve()
            if not path.is_relative_to(STATIC_DIR.resolve()):
                raise ValueError(f"File outside the project's static folder: {url}")
        return super().fetch(url, headers)


@lru_cache(maxsize=1)
def offline_fetcher() -> OfflineURLFetcher:
    """One fetcher per process (building its handlers, proxies read from the environment, cost a render 0.3 ms).
    Renders never run in several threads of one process (Pango is not thread-safe), so sharing it is safe."""
    return OfflineURLFetcher()


@lru_cache(maxsize=1)
def font_config() -> FontConfiguration:
    """One FontConfiguration per process: a new one per render leaks memory."""
    return FontConfiguration()


@lru_cache(maxsize=8)
def _parsed_stylesheet(path: Path, modified: int) -> CSS:
    """A stylesheet parsed once per process and version of the file (its @font-face rules registered in the
    shared `font_config`): parsing the certificate's CSS and fonts took a tenth of every render."""
    return CSS(filename=str(path), url_fetcher=offline_fetcher(), font_config=font_config())


def stylesheet(name: str) -> CSS:
    """The parsed stylesheet `name` (relative to static/), re-parsed only when the file changes."""
    path = (STATIC_DIR / name).resolve()
    if not path.is_relative_to(STATIC_DIR.resolve()):
        raise ValueError(f"Stylesheet outside the project's static folder: {name}")
    return _parsed_stylesheet(path, os.stat(path).st_mtime_ns)


def render_pdf(
    template_name: str,
    context: dict,
    *,
    title: str,
    author: str,
    subject: str = "",
    attachments: tuple[tuple[str, str, str], ...] = (),
    stylesheets: tuple[str, ...] = (),
) -> bytes:
    """Render a template to PDF/A-3b. `title`, `author` and `subject` become the document's metadata;
    `attachments` are (file name, text, description) embedded files (PDF/A-3 allows them); `stylesheets` are
    files under static/ applied as author styles, parsed once per process (see `stylesheet`)."""
    html = render_to_string(template_name, {**context, "title": title, "author": author, "subject": subject})
    fetcher = offline_fetcher()
    document = HTML(string=html, base_url=STATIC_DIR.as_uri() + "/", url_fetcher=fetcher)
    files = [
        Attachment(string=text, name=name, description=description, url_fetcher=fetcher, relationship="Data")
        for name, text, description in attachments
    ]
    return document.write_pdf(
        font_config=font_config(),
        pdf_variant="pdf/a-3b",
        uncompressed_pdf=False,
        attachments=files,
        stylesheets=[stylesheet(name) for name in stylesheets],
    )
