import pytest
from django.core.management import call_command

from cms.models import LessonPage, LessonProgress
from demo.people import DEMO_PASSWORD, LEARNER_NOT_STARTED_NIP
from employees.models import User
from quizzes.models import Attempt, PledgeConfirmation
from tests.support.auth import log_in_browser

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_learner_pledges_answers_with_autosave_survives_a_reload_and_passes(live_server, page):
    call_command("seed_demo", verbosity=0)
    learner = User.objects.get(nip=LEARNER_NOT_STARTED_NIP)
    for lesson in LessonPage.objects.live():
        LessonProgress.objects.create(user=learner, lesson=lesson)

    log_in_browser(page, live_server.url, LEARNER_NOT_STARTED_NIP, DEMO_PASSWORD)
    page.wait_for_url(f"{live_server.url}/")
    page.goto(f"{live_server.url}/pelatihan/netralitas-asn/kuis/")

    page.get_by_label("Saya telah membaca dan menyetujui pakta integritas ini.").check()
    page.get_by_role("button", name="Setujui dan lanjutkan").click()
    assert PledgeConfirmation.objects.filter(user=learner, version=1).exists()
    page.get_by_role("button", name="Mulai kuis").click()
    # The autosave script (deferred) listens once the attempt page has loaded.
    page.wait_for_url("**/kuis/percobaan/*/", wait_until="load")

    attempt = Attempt.objects.get(user=learner)
    questions = attempt.snapshot["questions"]
    assert len(questions) == 10
    # Answer a single-choice question; the page saves it on its own.
    first = next(q for q in questions if q["kind"] != "multiple")
    with page.expect_response(lambda r: "/simpan/" in r.url) as saved:
        page.locator(f'input[name="q-{first["id"]}"][value="{first["correct"][0]}"]').check()
    assert saved.value.status == 200, saved.value.text()
    page.get_by_text("Tersimpan").wait_for()
    attempt.refresh_from_db()
    assert attempt.answers == {str(first["id"]): first["correct"]}

    # The connection drops, the learner reloads: the answer is still there.
    page.reload(wait_until="load")
    assert page.locator(f'input[name="q-{first["id"]}"][value="{first["correct"][0]}"]').is_checked()
    for question in questions:
        for choice_id in question["correct"]:
            page.locator(f'input[name="q-{question["id"]}"][value="{choice_id}"]').check()
    page.get_by_role("button", name="Kumpulkan jawaban").click()

    assert page.get_by_text("Selamat, Anda lulus.").is_visible()
    assert page.get_by_text("Nilai Anda 100").is_visible()
    assert page.locator("section.review").count() == 10
