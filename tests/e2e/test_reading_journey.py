import pytest
from django.core.management import call_command

from demo.people import DEMO_PASSWORD, LEARNER_NOT_STARTED_NIP
from tests.support.auth import log_in_browser

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def page_without_js(browser):
    context = browser.new_context(locale="id-ID", viewport={"width": 360, "height": 780}, java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def test_learner_reads_every_lesson_on_a_phone_without_javascript_and_the_quiz_opens(live_server, page_without_js):
    call_command("seed_demo", verbosity=0)
    page = page_without_js
    log_in_browser(page, live_server.url, LEARNER_NOT_STARTED_NIP, DEMO_PASSWORD)
    page.wait_for_url(f"{live_server.url}/")

    page.get_by_role("link", name="Netralitas ASN dalam Pemilu dan Pilkada").click()
    assert page.get_by_text("0 dari 10 materi sudah dibaca").is_visible()
    assert page.get_by_role("link", name="Kuis Netralitas ASN").count() == 0
    assert page.get_by_text("terbuka setelah semua materi dibaca").is_visible()

    page.get_by_role("link", name="1. Dasar hukum netralitas ASN").click()
    for n in range(10):
        # Readable at 360 px: nothing wider than the screen.
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        title = page.get_by_role("heading", level=1).inner_text()
        page.get_by_role("button", name="Saya sudah membaca materi ini").click()
        # Confirmed where the button was, with the next step.
        assert page.get_by_text(f"Tercatat: {title} sudah dibaca.").is_visible()
        if n < 9:
            page.get_by_role("link", name="Lanjut ke materi berikutnya").click()

    assert page.get_by_text("Semua materi sudah dibaca. Kuis sudah terbuka.").is_visible()
    page.get_by_role("link", name="Ikuti kuis").click()
    assert page.get_by_role("heading", name="Pakta Integritas Netralitas ASN").is_visible()
