"""The signed certificate as the learner and a stranger see it: "Sertifikat saya" says who signed the PDF and offers
the Open Badges credential; the public verification page says the same and links the credential; uploading the
downloaded PDF reports a valid signature. Screenshots at 360 px and 1366 px go to NETRAL_SHOTS when it is set."""

import os
from decimal import Decimal
from pathlib import Path

import pytest
from django.urls import reverse

from certificates.services import certificate_issue
from tests.support.auth import TOTP_SECRET, log_in_browser
from tests.support.builders import UserFactory, build_course

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def shot(page, name: str) -> None:
    folder = os.environ.get("NETRAL_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("width", [360, 1366])
def test_the_learner_and_a_stranger_see_who_signed_the_certificate(
    live_server, page, pkcs12_signing, open_badges, width
):
    page.set_viewport_size({"width": width, "height": 800})
    learner = UserFactory(first_name="Siti Aminah", title_suffix="S.H.")
    certificate = certificate_issue(user=learner, course=build_course(), score=Decimal("90"))
    certificate.refresh_from_db()
    assert certificate.signature_state == "signed"

    log_in_browser(page, live_server.url, learner.nip)
    page.goto(f"{live_server.url}/sertifikat/")
    card = page.locator(".card").first
    assert "Ditandatangani elektronik oleh Penanda tangan uji Netral" in card.inner_text()
    assert "Tanda tangan mencakup seluruh berkas PDF apa adanya sekarang." in card.inner_text()
    shot(page, f"sertifikat-saya-{width}")

    with page.expect_download() as badge:
        page.get_by_role("link", name="Unduh Open Badges 3.0").click()
    token = Path(badge.value.path()).read_text()
    assert badge.value.suggested_filename.endswith(".jwt") and token.count(".") == 2
    with page.expect_download() as pdf:
        page.get_by_role("link", name="Unduh PDF").click()
    pdf_path = pdf.value.path()

    page.goto(live_server.url + reverse("certificates:verify", args=(certificate.code,)))
    status = page.get_by_role("status")
    assert status.inner_text() == "Sertifikat ini asli dan berlaku."
    assert "Ditandatangani elektronik oleh Penanda tangan uji Netral" in page.locator(".signature-line").inner_text()
    assert page.get_by_role("link", name="Kredensial digital (JSON)").is_visible()
    shot(page, f"verifikasi-{width}")

    page.goto(f"{live_server.url}/verifikasi/")
    page.get_by_label("Berkas PDF sertifikat").set_input_files(pdf_path)
    with page.expect_navigation():
        page.get_by_role("button", name="Periksa berkas").click()
    verdicts = page.get_by_role("status").all_inner_texts()
    assert verdicts[0] == "Berkas ini asli: sama persis dengan sertifikat yang diterbitkan."
    assert verdicts[1].startswith("Tanda tangan elektronik sah: ditandatangani oleh Penanda tangan uji Netral")
    shot(page, f"periksa-berkas-{width}")


@pytest.mark.usefixtures("pkcs12_signing")
def test_hr_sees_which_certificates_are_signed_and_which_wait(live_server, browser, settings):
    from tests.support.builders import hr_officer

    course = build_course()
    certificate_issue(user=UserFactory(first_name="Siti Aminah"), course=course, score=Decimal("90"))
    settings.NETRAL_SIGNING_PKCS12_PASSPHRASE = "salah"  # the signer refuses: this one waits
    waiting = certificate_issue(user=UserFactory(first_name="Budi Santoso"), course=course, score=Decimal("80"))
    hr = hr_officer(everything=True)  # with its second factor (TOTP_SECRET)
    context = browser.new_context(locale="id-ID", viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    log_in_browser(page, live_server.url, hr.nip, totp_secret=TOTP_SECRET)
    for width in (1366, 360):  # one login (a TOTP code is accepted once), two screen widths
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(live_server.url + reverse("certificate_register"))
        table = page.locator("table").first.inner_text()
        assert "ditandatangani oleh Penanda tangan uji Netral — tidak tepercaya" in table
        assert "menunggu tanda tangan" in table
        shot(page, f"register-{width}")
        page.goto(live_server.url + reverse("certificate_detail", args=(waiting.pk,)))
        body = page.locator("main").inner_text()
        assert "Menunggu tanda tangan elektronik." in body and "1 percobaan" in body
        shot(page, f"hr-menunggu-{width}")
    context.close()
