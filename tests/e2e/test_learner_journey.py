import io

import pytest
from django.core.management import call_command
from pypdf import PdfReader

from demo.people import DEMO_PASSWORD, LEARNER_CERTIFIED_NIP
from employees.models import User
from tests.support.auth import log_in_browser

pytestmark = [pytest.mark.e2e, pytest.mark.pdf, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_demo_learner_logs_in_by_nip_and_downloads_the_certificate(live_server, page):
    call_command("seed_demo", verbosity=0)
    learner = User.objects.get(nip=LEARNER_CERTIFIED_NIP)

    log_in_browser(page, live_server.url, LEARNER_CERTIFIED_NIP, DEMO_PASSWORD)
    page.wait_for_url(f"{live_server.url}/")

    page.get_by_role("link", name="Netralitas ASN dalam Pemilu dan Pilkada").click()
    assert page.get_by_role("heading", name="Materi").is_visible()
    assert page.get_by_role("link", name="Kuis Netralitas ASN").is_visible()

    page.get_by_role("link", name="Sertifikat saya").click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Unduh PDF").click()
    pdf = PdfReader(io.BytesIO(open(download_info.value.path(), "rb").read()))
    text = " ".join(pdf.pages[0].extract_text().split())
    assert learner.get_full_name() in text
    assert f"NIP {LEARNER_CERTIFIED_NIP}" in text
