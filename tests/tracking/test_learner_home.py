"""The learner's path: after login the home page shows each assigned course as a card with its progress, the deadline
that applies, its status and exactly one next step; anonymous visitors keep the public home page."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.rich_text import RichText

from cms.models import CoursePage, LessonPage, LessonProgress
from tests.support.builders import (
    UserFactory,
    WorkUnitFactory,
    assign,
    build_course,
    build_quiz,
    build_rule_update,
    issue_certificate,
)


@pytest.fixture
def unit(db):
    return WorkUnitFactory.create(code="DINKES", name="Dinas Kesehatan")


@pytest.fixture
def learner(unit):
    return UserFactory(work_unit=unit, first_name="Rina Wulandari")


@pytest.fixture
def course(db):
    course = build_course(lessons=2, require_lessons=True)
    build_quiz(course)
    return course


def cards(html: str) -> list[str]:
    """The learner cards of a page, each as its HTML."""
    return re.findall(r'<li class="card learner-card">.*?</li>', html, flags=re.S)


def the_card(client, url="/") -> str:
    response = client.get(url)
    assert response.status_code == 200
    found = cards(response.content.decode())
    assert len(found) == 1
    # Exactly one primary action per card.
    assert found[0].count('class="button"') == 1
    return found[0]


def lessons_of(course) -> list[LessonPage]:
    return list(LessonPage.objects.child_of(course).order_by("path"))


@pytest.mark.django_db
def test_not_started_the_card_says_mulai_to_the_first_lesson_with_the_due_date(client, course, learner, unit):
    assign(course, unit=unit, days=20)
    due = timezone.localdate() + datetime.timedelta(days=20)
    client.force_login(learner)
    card = the_card(client)
    first = lessons_of(course)[0]
    assert f'<a class="button" href="{first.url}">Mulai</a>' in card
    assert "Belum mulai" in card and "0 dari 2 materi sudah dibaca" in card
    assert "Batas waktu" in card and due.strftime("%Y") in card and str(due.day) in card


@pytest.mark.django_db
def test_in_progress_the_card_says_lanjutkan_to_the_first_unread_lesson(client, course, learner, unit):
    assign(course, unit=unit)
    first, second = lessons_of(course)
    client.force_login(learner)
    client.post(reverse("cms:lesson_read", args=(first.pk,)))
    card = the_card(client)
    assert f'<a class="button" href="{second.url}">Lanjutkan</a>' in card
    assert "Sedang berjalan" in card and "1 dari 2 materi sudah dibaca" in card


@pytest.mark.django_db
def test_everything_read_the_card_says_ikuti_kuis(client, course, learner, unit):
    assign(course, unit=unit)
    quiz = course.get_children().not_type(LessonPage).get()
    client.force_login(learner)
    for lesson in lessons_of(course):
        client.post(reverse("cms:lesson_read", args=(lesson.pk,)))
    card = the_card(client)
    assert f'<a class="button" href="{quiz.url}">Ikuti kuis</a>' in card
    assert "2 dari 2 materi sudah dibaca" in card


@pytest.mark.django_db
def test_passed_the_card_offers_the_certificate(client, course, learner, unit):
    assign(course, unit=unit)
    certificate = issue_certificate(learner, course)
    client.force_login(learner)
    card = the_card(client)
    download = reverse("certificates:download", args=(certificate.pk,))
    assert f'<a class="button" href="{download}">Unduh sertifikat</a>' in card
    assert "Selesai" in card and "Batas waktu" not in card
    assert client.get(download).status_code == 200


@pytest.mark.django_db
def test_after_a_rule_update_the_card_asks_for_renewal_by_its_deadline(client, course, learner, unit, admin_user):
    assign(course, unit=unit)
    issue_certificate(learner, course)
    build_rule_update(course).save_revision(user=admin_user).publish(user=admin_user)
    client.force_login(learner)
    card = the_card(client)
    assert f'<a class="button" href="{course.url}">Perbarui sertifikat</a>' in card
    assert "Perlu pembaruan" in card and "Perbarui paling lambat" in card


@pytest.mark.django_db
def test_past_the_due_date_the_card_says_terlambat(client, course, learner, unit):
    assign(course, unit=unit, days=-1)
    client.force_login(learner)
    card = the_card(client)
    assert "Terlambat" in card and ">Mulai</a>" in card


@pytest.mark.django_db
def test_pelatihan_saya_shows_the_same_cards(client, course, learner, unit):
    assign(course, unit=unit)
    client.force_login(learner)
    assert the_card(client, reverse("tracking:mine")).replace("h2>", "h3>") == the_card(client, "/")


@pytest.mark.django_db
def test_anonymous_visitors_keep_the_public_home_page(client, course, learner, unit):
    assign(course, unit=unit)
    html = client.get("/").content.decode()
    assert "Pelatihan saya" not in html and not cards(html)
    assert f'href="{course.url}"' in html and "Ringkasan." in html


@pytest.mark.django_db
def test_unassigned_learner_is_told_so_and_sees_every_course(client, course, learner):
    client.force_login(learner)
    html = client.get("/").content.decode()
    assert "Belum ada pelatihan yang ditugaskan kepada Anda." in html
    assert not cards(html) and f'href="{course.url}"' in html


def add_course(index, n: int) -> CoursePage:
    course = CoursePage(title=f"Pelatihan {n}", slug=f"pelatihan-{n}", summary="Ringkasan.", jp=2)
    index.add_child(instance=course)
    for m in (1, 2):
        course.add_child(
            instance=LessonPage(title=f"{m}. Materi", slug=f"materi-{m}", body=[("paragraph", RichText("<p>x</p>"))])
        )
    build_quiz(course)
    return course


def home_queries(client) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as captured:
        html = client.get("/").content.decode()
    return len(captured), html


@pytest.mark.django_db
def test_the_home_page_does_not_grow_with_the_learner_s_courses(client, course, learner, unit):
    assign(course, unit=unit)
    client.force_login(learner)
    client.post(reverse("cms:lesson_read", args=(lessons_of(course)[0].pk,)))
    client.get("/")  # warm: the site's root paths in the cache, the session's messages read
    one, html = home_queries(client)
    assert len(cards(html)) == 1

    index = course.get_parent()
    for n in range(2, 6):
        other = add_course(index, n)
        assign(other, unit=unit, days=10 + n)
        LessonProgress.objects.create(user=learner, lesson=lessons_of(other)[0])
    issue_certificate(learner, other)
    five, html = home_queries(client)
    assert len(cards(html)) == 5
    assert five == one
    # Session, user and permissions (4), Wagtail's routing: site, page, aliases, restrictions (4), the other
    # published courses and their restrictions (2), the site's root paths for the links (1), and the cards: the
    # completion rows, the courses' lessons and quizzes and their restrictions, the lessons read (4).
    assert one == 15
