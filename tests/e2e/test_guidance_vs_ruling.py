"""A learner on a phone tells guidance (Panduan, with who says so) from a ruling (Ketentuan, linked to its clause)
in the demo lessons, and follows a ruling to its clause page (issue 15)."""

import os
from pathlib import Path

import pytest
from django.core.management import call_command

from demo.people import DEMO_PASSWORD, LEARNER_NOT_STARTED_NIP
from tests.support.auth import log_in_browser

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
SHOTS = Path(os.environ.get("NETRAL_SHOTS", "/work/notes/shots/content"))


def shoot(page, name):
    if SHOTS.parent.exists():
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_learner_tells_guidance_from_a_ruling_on_a_phone(live_server, page):
    call_command("seed_demo", verbosity=0)
    log_in_browser(page, live_server.url, LEARNER_NOT_STARTED_NIP, DEMO_PASSWORD)
    page.wait_for_url(f"{live_server.url}/")
    page.goto(f"{live_server.url}/pelatihan/netralitas-asn/media-sosial/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    guidance = page.locator("aside.guidance")
    assert guidance.count() == 3
    first = guidance.first
    assert first.get_by_text("Panduan", exact=True).is_visible()
    assert first.get_by_text("arahan, bukan bunyi pasal").is_visible()
    assert first.get_by_role(
        "link", name="KASN: 417 laporan dugaan pelanggaran netralitas ASN sepanjang Pemilu 2024"
    ).is_visible()
    assert "23 Februari 2024" in first.inner_text() and "Ketentuan" not in first.inner_text()

    ruling = page.locator("aside.ruling-block").first
    assert ruling.get_by_text("Ketentuan", exact=True).is_visible()
    assert "Panduan" not in ruling.inner_text()
    shoot(page, "media-sosial-360")

    # A ruling links to its clause page, which says the text is our summary.
    ruling.get_by_role("link", name="Pasal 5 huruf n, PP 94/2021").click()
    page.wait_for_url(f"{live_server.url}/peraturan/pp-94-2021/pasal/pasal-5-huruf-n/")
    assert page.get_by_role("heading", level=1).is_visible()
    shoot(page, "clause-360")

    # A scenario resting on guidance only says so; one resting on a clause links it.
    page.goto(f"{live_server.url}/pelatihan/netralitas-asn/foto-dan-gestur/")
    pengajian = page.locator("section.scenario", has_text="pengajian")
    assert pengajian.get_by_text("Panduan").first.is_visible()
    assert pengajian.get_by_role(
        "link", name="Tanya jawab sosialisasi netralitas ASN di Kediri, November 2023 (khoiri.com)"
    ).is_visible()
    assert pengajian.get_by_text("Ketentuan").count() == 0
    v_sign = page.locator("section.scenario", has_text="dua jari")
    assert v_sign.get_by_text("Ketentuan").is_visible() and v_sign.get_by_text("Panduan").count() == 0
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    shoot(page, "foto-dan-gestur-360")

    page.goto(f"{live_server.url}/pelatihan/netralitas-asn/skenario-per-kelompok/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    shoot(page, "skenario-per-kelompok-360")

    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(f"{live_server.url}/pelatihan/netralitas-asn/yang-boleh/")
    assert page.get_by_role("heading", name="Boleh, dengan batasnya").is_visible()
    shoot(page, "yang-boleh-1366")
