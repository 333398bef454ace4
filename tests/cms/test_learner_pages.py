"""What a learner sees: progress per lesson, the quiz gate, search, clause links, constant queries, valid HTML."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.rich_text import RichText

from cms.models import LessonPage, LessonProgress, RuleUpdatePage
from quizzes.models import Attempt
from tests.support.builders import (
    build_course,
    build_lesson_with_every_block,
    build_quiz,
    build_regulation,
    build_rule_update,
    issue_certificate,
)


def add_lessons(course, count: int) -> None:
    start = LessonPage.objects.child_of(course).count()
    for n in range(start + 1, start + count + 1):
        lesson = LessonPage(title=f"Materi {n}", slug=f"materi-{n}", body=[("paragraph", RichText(f"<p>Isi {n}</p>"))])
        course.add_child(instance=lesson)


def queries_for(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_course_and_lesson_pages_do_not_grow_with_lessons(client, learner):
    course = build_course(lessons=2, require_lessons=True)
    build_quiz(course)
    client.force_login(learner)
    lesson_url = LessonPage.objects.child_of(course).first().url
    client.post(reverse("cms:lesson_read", args=(LessonPage.objects.child_of(course).first().pk,)))
    small = (queries_for(client, course.url), queries_for(client, lesson_url))

    add_lessons(course, 10)
    for lesson in LessonPage.objects.child_of(course)[:6]:
        LessonProgress.objects.get_or_create(user=learner, lesson=lesson)
    large = (queries_for(client, course.url), queries_for(client, lesson_url))
    assert small == large
    # Wagtail routing (site root paths from the shared cache, one page per level, aliases, restrictions), session,
    # user and their permissions (the staff MFA gate and the header's admin link share one lookup), ours.
    assert large == (21, 20)


@pytest.mark.django_db
def test_reading_every_lesson_unlocks_the_quiz(client, learner):
    course = build_course(lessons=2, require_lessons=True)
    quiz = build_quiz(course)
    first, second = LessonPage.objects.child_of(course)
    client.force_login(learner)

    html = client.get(course.url).content.decode()
    assert "0 dari 2 materi sudah dibaca" in html and quiz.url not in html
    # The quiz refuses to start, even when asked directly.
    response = client.post(quiz.url, follow=True)
    assert not Attempt.objects.exists()
    assert "Baca semua materi terlebih dahulu" in response.content.decode()

    response = client.post(reverse("cms:lesson_read", args=(first.pk,)))
    assert response["Location"] == second.url  # on to the next lesson
    client.post(reverse("cms:lesson_read", args=(first.pk,)))  # twice is once
    assert LessonProgress.objects.filter(user=learner).count() == 1
    assert "Materi ini sudah Anda tandai selesai dibaca." in client.get(first.url).content.decode()

    response = client.post(reverse("cms:lesson_read", args=(second.pk,)), follow=True)
    html = response.content.decode()
    assert "Semua materi sudah dibaca. Kuis sudah terbuka." in html
    assert "2 dari 2 materi sudah dibaca" in html and f'href="{quiz.url}"' in html
    assert client.post(quiz.url).status_code == 302 and Attempt.objects.filter(user=learner).count() == 1


@pytest.mark.django_db
def test_progress_is_per_employee(client, learner, other_learner):
    course = build_course(lessons=2, require_lessons=True)
    first = LessonPage.objects.child_of(course).first()
    client.force_login(learner)
    client.post(reverse("cms:lesson_read", args=(first.pk,)))
    client.force_login(other_learner)
    assert "0 dari 2 materi sudah dibaca" in client.get(course.url).content.decode()


@pytest.mark.django_db
def test_marking_read_needs_a_login_and_a_post(client, learner, course):
    lesson = LessonPage.objects.child_of(course).first()
    url = reverse("cms:lesson_read", args=(lesson.pk,))
    assert client.post(url)["Location"].startswith("/accounts/login/")
    client.force_login(learner)
    assert client.get(url).status_code == 405
    assert not LessonProgress.objects.exists()


@pytest.mark.django_db
def test_search_finds_lessons_and_clauses(client, course):
    regulation = build_regulation(course.get_parent().get_parent())
    lesson = LessonPage.objects.child_of(course).first()
    lesson.body = [("paragraph", RichText("<p>Jangan memakai mobil dinas untuk kampanye.</p>"))]
    lesson.save_revision().publish()

    html = client.get(reverse("cms:search"), {"q": "mobil dinas"}).content.decode()
    assert f'href="{lesson.url}"' in html
    html = client.get(reverse("cms:search"), {"q": "dukungan"}).content.decode()
    assert f'href="{regulation.clauses.first().get_url()}"' in html
    html = client.get(reverse("cms:search"), {"q": "tidakadaapapun"}).content.decode()
    assert "Tidak ada hasil" in html


@pytest.mark.django_db
def test_every_clause_link_in_a_lesson_resolves(client, course):
    regulation = build_regulation(course.get_parent().get_parent(), clauses=("pasal-5-huruf-n", "pasal-8", "pasal-9"))
    build_lesson_with_every_block(course, regulation)
    cited = set()
    for lesson in LessonPage.objects.live():
        for block in lesson.body:
            if block.block_type == "clause_quote":
                cited.add(block.value["clause"].get_url())
            elif block.block_type == "scenario" and block.value["basis"]:
                cited.add(block.value["basis"].get_url())
    clauses = list(regulation.clauses.all())
    assert cited == {clauses[0].get_url(), clauses[-1].get_url()}
    for clause in clauses:
        response = client.get(clause.get_url())
        assert response.status_code == 200 and clause.number in response.content.decode(), clause.get_url()
    assert client.get("/peraturan/pp-94-2021/pasal/tidak-ada/").status_code == 404


@pytest.mark.django_db
def test_learner_pages_are_valid_html(client, course, learner, validate_html, admin_user):
    home = course.get_parent().get_parent()
    regulation = build_regulation(home)
    lesson = build_lesson_with_every_block(course, regulation)
    build_rule_update(course).save_revision(user=admin_user).publish(user=admin_user)
    build_quiz(course)
    issue_certificate(learner, course)
    client.force_login(learner)
    pages = {
        "home": "/",
        "course": course.url,
        "lesson": lesson.url,
        "regulations": "/peraturan/",
        "regulation": regulation.url,
        "clause": regulation.clauses.first().get_url(),
        "rule-update": RuleUpdatePage.objects.get().url,
        "search": reverse("cms:search") + "?q=sanksi",
        "certificates": reverse("certificates:mine"),
    }
    documents = {}
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, url
        documents[name] = response.content.decode()
    assert "Fasilitas negara tidak boleh dipakai." in documents["lesson"]  # every block rendered
    assert 'alt="Tangan membentuk huruf V"' in documents["lesson"] and "Unduh salinan" in documents["lesson"]
    client.logout()
    documents["login"] = client.get("/accounts/login/").content.decode()
    assert validate_html(documents) == []
