"""Issue 14 in a real browser: the learner sees the rules, leaves questions blank and is asked inline, fails on
purpose and sees the score and what to re-read but no key, cannot start again before the wait (and is told when),
then, the wait over, passes and sees the full review. Screenshots at 360 px and 1366 px for the notes."""

import os
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from cms.models import LessonPage, LessonProgress
from demo.people import DEMO_PASSWORD, LEARNER_NOT_STARTED_NIP
from employees.models import User
from quizzes.models import Attempt
from tests.support.auth import log_in_browser

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SHOTS = os.environ.get("NETRAL_SHOTS")  # a folder: screenshots at 360 px and 1366 px of each step


def shoot(page, name):
    if not SHOTS:
        return
    Path(SHOTS).mkdir(parents=True, exist_ok=True)
    for width, height in ((360, 780), (1366, 900)):
        page.set_viewport_size({"width": width, "height": height})
        page.screenshot(path=f"{SHOTS}/{name}-{width}.png", full_page=True)
    page.set_viewport_size({"width": 360, "height": 780})


def no_horizontal_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def test_learner_fails_sees_no_key_waits_then_passes_and_sees_the_review(live_server, page):
    call_command("seed_demo", verbosity=0)
    learner = User.objects.get(nip=LEARNER_NOT_STARTED_NIP)
    for lesson in LessonPage.objects.live():
        LessonProgress.objects.create(user=learner, lesson=lesson)
    log_in_browser(page, live_server.url, LEARNER_NOT_STARTED_NIP, DEMO_PASSWORD)
    page.goto(f"{live_server.url}/pelatihan/netralitas-asn/kuis/")
    page.get_by_label("Saya telah membaca dan menyetujui pakta integritas ini.").check()
    page.get_by_role("button", name="Setujui dan lanjutkan").click()

    # The rules, before starting.
    rules = page.locator("section.rules")
    rules.get_by_role("heading", name="Aturan kuis").wait_for()
    assert "10 soal per percobaan, diambil acak dari tiap topik:" in rules.inner_text()
    assert "15 menit setelah percobaan yang belum lulus." in rules.inner_text()
    assert "Hari ini 0 dari 3 dipakai, sisa 3." in rules.inner_text()
    assert "Kunci jawaban tidak ditampilkan." in rules.inner_text()
    assert no_horizontal_scroll(page)
    shoot(page, "1-rules")

    page.get_by_role("button", name="Mulai kuis").click()
    page.wait_for_url("**/kuis/percobaan/*/", wait_until="load")
    attempt = Attempt.objects.get(user=learner)
    questions = attempt.snapshot["questions"]
    assert len({q["topic"] for q in questions}) == 10  # the blueprint: every topic in every attempt

    # Answer the first three wrongly, leave seven blank: asked inline before anything is sent.
    for question in questions[:3]:
        wrong = next(c["id"] for c in question["choices"] if c["id"] not in question["correct"])
        page.locator(f'input[name="q-{question["id"]}"][value="{wrong}"]').check()
    page.get_by_role("button", name="Kumpulkan jawaban").click()
    confirm = page.locator("[data-blank-confirm]")
    confirm.get_by_role("heading", name="Ada soal yang belum dijawab").wait_for()
    assert (
        "Soal 4" in confirm.inner_text() and "Soal 10" in confirm.inner_text() and "Soal 3," not in confirm.inner_text()
    )
    shoot(page, "2-blank-confirm")
    attempt.refresh_from_db()
    assert not attempt.is_submitted
    confirm.get_by_role("button", name="Kirim tetap").click()

    # Failed: the score and what to re-read, never the key.
    page.get_by_text("Anda belum lulus.").wait_for()
    body = page.locator("main").inner_text() if page.locator("main").count() else page.inner_text("body")
    assert "Nilai Anda 0" in body and "Yang perlu dibaca ulang" in body
    assert page.locator("section.reread a").count() >= 3  # links to the clauses and lessons
    assert "(kunci)" not in body and page.locator("section.review").count() == 0
    for question in questions:
        for choice in question["choices"]:
            if choice["id"] in question["correct"] and len(choice["text"]) > 12:
                assert choice["text"] not in page.content()
    assert "Jeda antarpercobaan 15 menit." in body
    assert no_horizontal_scroll(page)
    shoot(page, "3-failed")

    # Back on the quiz page: no start button before the wait is over, and the time it becomes possible.
    page.get_by_role("link", name="Kembali ke kuis").click()
    page.get_by_text("Anda dapat mencoba lagi mulai").wait_for()
    assert page.get_by_role("button", name="Ulangi kuis").count() == 0
    shoot(page, "4-wait")

    # The wait is over (moved in the database), the learner passes and gets the full review.
    Attempt.objects.filter(pk=attempt.pk).update(submitted_at=timezone.now() - timedelta(minutes=16))
    page.reload()
    page.get_by_role("button", name="Ulangi kuis").click()
    page.wait_for_url("**/kuis/percobaan/*/", wait_until="load")
    second = Attempt.objects.get(user=learner, number=2)
    for question in second.snapshot["questions"]:
        for choice_id in question["correct"]:
            page.locator(f'input[name="q-{question["id"]}"][value="{choice_id}"]').check()
    page.get_by_role("button", name="Kumpulkan jawaban").click()
    page.get_by_text("Selamat, Anda lulus.").wait_for()
    assert page.locator("section.review").count() == 10
    assert page.locator("strong.key").count() >= 10
    assert no_horizontal_scroll(page)
    shoot(page, "5-passed-review")


def test_editor_sees_the_bank_check_on_the_quiz_and_the_cue_resistance_in_the_report(live_server, browser):
    from demo.people import DEMO_TOTP_SECRETS, EDITOR_EMAIL
    from quizzes.models import QuizPage

    call_command("seed_demo", verbosity=0)
    context = browser.new_context(locale="id-ID", viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.set_default_timeout(30_000)
    log_in_browser(page, live_server.url, EDITOR_EMAIL, DEMO_PASSWORD, totp_secret=DEMO_TOTP_SECRETS[EDITOR_EMAIL])
    page.wait_for_url(f"{live_server.url}/admin/")

    quiz = QuizPage.objects.get(slug="kuis")
    page.goto(f"{live_server.url}/admin/pages/{quiz.pk}/edit/")
    panel = page.locator(".quiz-check")
    panel.scroll_into_view_if_needed()
    assert panel.locator("tr.blueprint-fill").count() == 10  # the demo blueprint: ten topics, each filled
    assert "Kurang" not in panel.inner_text()
    if SHOTS:
        panel.screenshot(path=f"{SHOTS}/6-editor-bank-check-1366.png")

    page.goto(f"{live_server.url}/admin/kuis/statistik/?quiz={quiz.pk}")
    table = page.locator("table.cue-resistance")
    assert table.locator("tr[data-strategy]").count() == 5
    assert "Percobaan yang mencakup semua topik bank soal: 100,0 %." in page.inner_text("body")
    shoot(page, "7-statistics-report")
    context.close()


def test_without_javascript_blanks_get_a_confirmation_page_that_keeps_the_answers(live_server, browser):
    from tests.support.builders import UserFactory, build_course, build_quiz

    quiz = build_quiz(build_course(), questions=4, pass_mark=50)
    quiz.save_revision().publish()
    learner = UserFactory()
    context = browser.new_context(locale="id-ID", viewport={"width": 360, "height": 780}, java_script_enabled=False)
    page = context.new_page()
    log_in_browser(page, live_server.url, learner.nip)
    page.goto(f"{live_server.url}{quiz.url}")
    page.get_by_role("button", name="Mulai kuis").click()
    attempt = Attempt.objects.get(user=learner)
    first, second = attempt.snapshot["questions"][:2]
    page.locator(f'input[name="q-{first["id"]}"][value="{first["correct"][0]}"]').check()
    page.locator(f'input[name="q-{second["id"]}"][value="{second["correct"][0]}"]').check()
    page.get_by_role("button", name="Kumpulkan jawaban").click()

    page.get_by_role("heading", name="Ada soal yang belum dijawab").wait_for()
    assert "2 soal belum dijawab: Soal 3, Soal 4." in page.inner_text("body")
    assert no_horizontal_scroll(page)
    shoot(page, "8-blank-confirm-nojs")
    with page.expect_navigation():
        page.get_by_role("link", name="Kembali menjawab").click()
    assert page.locator(f'input[name="q-{first["id"]}"][value="{first["correct"][0]}"]').is_checked()
    assert page.locator(f'input[name="q-{second["id"]}"][value="{second["correct"][0]}"]').is_checked()

    page.get_by_role("button", name="Kumpulkan jawaban").click()
    page.get_by_role("button", name="Kirim tetap").click()
    page.get_by_text("Nilai Anda 50").wait_for()
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.score == 50
    context.close()
