"""The learner's single path, walked in Chromium at 360 px: the home page's one action at each step (Mulai, reading
and its confirmations, Lanjutkan, Ikuti kuis, Unduh sertifikat), and every learner page fitting a phone: nothing
scrolls sideways and every control is at least 44 px tall."""

import re

import pytest
from django.urls import reverse

from cms.models import LessonPage
from tests.support.auth import PASSWORD, log_in_browser
from tests.support.builders import (
    UserFactory,
    WorkUnitFactory,
    assign,
    build_course,
    build_lesson_with_every_block,
    build_quiz,
    build_regulation,
    issue_certificate,
    take_attempt,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def newcomer(db):
    """A demo-like learner who has not started: assigned the course through their unit, nothing read."""
    unit = WorkUnitFactory.create(code="DINKES", name="Dinas Kesehatan")
    return UserFactory(work_unit=unit, first_name="Rina Wulandari", title_suffix="S.E.")


def the_one_action(page):
    """The home page's single card and its single primary action."""
    card = page.locator(".learner-card")
    assert card.count() == 1
    action = card.locator(".button")
    assert action.count() == 1
    return action


@pytest.mark.parametrize("caches", ["off", "production"])
def test_the_learner_follows_the_home_page_s_single_action_to_the_certificate(
    live_server, page, newcomer, caches, request
):
    """Also with production's caches (routes, lesson bodies, the course outline, the quiz bank remembered per content
    generation, in the shared cache and each process's memory): every step still shows this learner's own state."""
    if caches == "production":
        request.getfixturevalue("production_caches")
    course = build_course(lessons=3, require_lessons=True)
    build_quiz(course, questions=3)
    assign(course, unit=newcomer.work_unit)
    lessons = list(LessonPage.objects.child_of(course).order_by("path"))

    log_in_browser(page, live_server.url, newcomer.nip, PASSWORD)
    page.wait_for_url(f"{live_server.url}/")
    card = page.locator(".learner-card")
    assert card.get_by_text("Belum mulai").is_visible()
    assert card.get_by_text("0 dari 3 materi sudah dibaca").is_visible()
    assert card.get_by_text("Batas waktu").is_visible()
    action = the_one_action(page)
    assert action.inner_text() == "Mulai"
    action.click()
    page.wait_for_url(f"{live_server.url}{lessons[0].url}")

    # The first lesson: read, confirmed beside the button, and the next step offered there.
    page.get_by_role("button", name="Saya sudah membaca materi ini").click()
    page.wait_for_url(f"{live_server.url}{lessons[0].url}#selesai")
    done = page.locator("#selesai")
    assert done.get_by_text("Tercatat: Materi 1 sudah dibaca.").is_visible()
    assert done.get_by_role("link", name="Lanjut ke materi berikutnya").is_visible()

    # Back home: the card now says Lanjutkan, to the first unread lesson.
    page.get_by_role("link", name="Beranda").click()
    card = page.locator(".learner-card")
    assert card.get_by_text("Sedang berjalan").is_visible() and card.get_by_text("1 dari 3").is_visible()
    for lesson in lessons[1:]:
        action = the_one_action(page)
        assert action.inner_text() == "Lanjutkan"
        action.click()
        page.wait_for_url(f"{live_server.url}{lesson.url}")
        page.get_by_role("button", name="Saya sudah membaca materi ini").click()
        assert page.locator("#selesai").get_by_text(f"Tercatat: {lesson.title} sudah dibaca.").is_visible()
        page.get_by_role("link", name="Beranda").click()

    # Everything read: the card's one action is the quiz.
    action = the_one_action(page)
    assert action.inner_text() == "Ikuti kuis"
    action.click()
    page.get_by_role("button", name="Mulai kuis").click()
    for label in page.locator("label.choice", has_text=re.compile(r"^\s*Benar")).all():
        label.click()
    page.get_by_role("button", name="Kumpulkan jawaban").click()
    assert page.get_by_text("Lulus").first.is_visible()

    # Passed: the card offers the certificate, and the download is the PDF.
    page.get_by_role("link", name="Beranda").click()
    assert page.locator(".learner-card").get_by_text("Selesai").is_visible()
    action = the_one_action(page)
    assert action.inner_text() == "Unduh sertifikat"
    with page.expect_download() as download:
        action.click()
    assert download.value.suggested_filename.endswith(".pdf")


# Controls a thumb must hit: buttons, fields, and links that stand alone (WCAG 2.5.8's exception for links inside a
# sentence is kept: a link whose parent holds other text, outside navigation, is inline). A checkbox or radio counts
# with its label, which is what a tap hits.
SMALL_TARGETS = """() => {
  const inline = (el) => {
    if (el.tagName !== 'A' || el.closest('nav, header, .pager, .card-action')) return false;
    const parent = el.parentElement;
    if (parent.tagName === 'LI' && !el.closest('article')) return false;
    const other = Array.from(parent.childNodes).filter((n) => n !== el).map((n) => n.textContent).join('').trim();
    return other.length > 0;
  };
  const small = [];
  for (const el of document.querySelectorAll('a[href], button, select, input:not([type=hidden]), textarea, summary')) {
    const box = el.getBoundingClientRect();
    if ((box.width === 0 && box.height === 0) || el.classList.contains('skip-link')) continue;
    const target = (el.type === 'checkbox' || el.type === 'radio') && el.closest('label') ? el.closest('label') : el;
    const height = target.getBoundingClientRect().height;
    const name = (el.textContent || el.name || '').trim();
    if (height < 44 && !inline(el)) small.push(`${el.tagName} "${name}" ${height}px`);
  }
  return small;
}"""

# A question's text must sit inside its card: below the fieldset's top border, never drawn across it.
LEGENDS_CROSSING_THE_BORDER = """() => Array.from(document.querySelectorAll('fieldset.question')).filter((fieldset) => {
  const legend = fieldset.querySelector('legend');
  const border = parseFloat(getComputedStyle(fieldset).borderTopWidth);
  return legend.getBoundingClientRect().top < fieldset.getBoundingClientRect().top + border;
}).length"""


def fits_a_phone(page, url: str) -> None:
    page.goto(url)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360, url
    assert page.evaluate(SMALL_TARGETS) == [], url
    assert page.evaluate(LEGENDS_CROSSING_THE_BORDER) == 0, url


def test_no_learner_page_scrolls_sideways_or_has_small_targets_at_360_px(live_server, page, newcomer, admin_user):
    course = build_course(lessons=2, require_lessons=False)
    home = course.get_parent().get_parent()
    regulation = build_regulation(home)
    lesson = build_lesson_with_every_block(course, regulation)
    quiz = build_quiz(course, questions=3)
    question = quiz.questions.first()
    question.text = (
        "Seorang Kepala Bidang di Dinas Ketahanan Pangan mengajak seluruh stafnya ikut menghadiri kampanye seorang "
        "calon bupati pada hari Sabtu. Karena di luar jam kerja, ia paling berat hanya dapat dijatuhi hukuman ringan."
    )
    question.kind = "multiple"
    question.save()
    quiz.save_revision().publish()
    assign(course, unit=newcomer.work_unit)
    certificate = issue_certificate(newcomer, course)
    result = take_attempt(newcomer, quiz, correct=True)
    open_attempt = take_attempt(newcomer, quiz, submit=False)
    clause = regulation.clauses.first()
    base = live_server.url

    fits_a_phone(page, f"{base}/")
    fits_a_phone(page, f"{base}{lesson.url}")  # anonymous: the login offer
    fits_a_phone(page, f"{base}{reverse('certificates:verify', args=(certificate.code,))}")
    fits_a_phone(page, f"{base}{reverse('certificates:verify', args=('NJnzhVUCH6hxwVeZuhdf0AtanpaTandaHubung1234',))}")
    fits_a_phone(page, f"{base}{reverse('certificates:lookup')}?number=NTR2026000001TANPATANDAPEMISAHSAMASEKALI99")
    fits_a_phone(page, f"{base}/accounts/login/")

    log_in_browser(page, base, newcomer.nip, PASSWORD)
    for url in [
        "/",
        course.url,
        lesson.url,
        "/peraturan/",
        regulation.url,
        clause.get_url(),
        quiz.url,
        reverse("quizzes:attempt", args=(open_attempt.pk,)),
        reverse("quizzes:attempt", args=(result.pk,)),
        reverse("tracking:mine"),
        reverse("certificates:mine"),
        reverse("cms:search") + "?q=calon",
        reverse("employees:account"),
        "/accounts/email/",
        "/accounts/password/change/",
    ]:
        fits_a_phone(page, f"{base}{url}")

    # One instruction per multiple-choice question.
    page.goto(f"{base}{reverse('quizzes:attempt', args=(open_attempt.pk,))}")
    first = page.locator("fieldset.question").filter(has_text="Kepala Bidang")
    assert first.get_by_text(re.compile("Pilih semua", re.I)).count() == 1
    # The course page numbers its lessons once: the list draws no marker of its own.
    page.goto(f"{base}{course.url}")
    assert page.locator(".lessons li").first.evaluate("li => getComputedStyle(li).listStyleType") == "none"
