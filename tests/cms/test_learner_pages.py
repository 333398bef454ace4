"""What a learner sees: progress per lesson, the quiz gate, search, clause links, constant queries, valid HTML."""

import re

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.rich_text import RichText

from cms.models import LessonPage, LessonProgress, RuleUpdatePage
from quizzes.models import Attempt
from tests.support.auth import PASSWORD
from tests.support.builders import (
    UserFactory,
    assign,
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
    assert response["Location"] == f"{first.url}#selesai"  # back to the button, which now confirms it
    client.post(reverse("cms:lesson_read", args=(first.pk,)))  # twice is once
    assert LessonProgress.objects.filter(user=learner).count() == 1
    assert "Materi ini sudah Anda tandai selesai dibaca." in client.get(first.url).content.decode()

    response = client.post(reverse("cms:lesson_read", args=(second.pk,)), follow=True)
    html = response.content.decode()
    assert "Semua materi sudah dibaca. Kuis sudah terbuka." in html
    assert f'<a class="button" href="{quiz.url}">Ikuti kuis</a>' in html
    assert "2 dari 2 materi sudah dibaca" in client.get(course.url).content.decode()
    assert client.post(quiz.url).status_code == 302 and Attempt.objects.filter(user=learner).count() == 1


@pytest.mark.django_db
def test_reading_a_lesson_is_confirmed_beside_the_button_with_the_next_step(client, learner):
    course = build_course(lessons=3, require_lessons=True)
    quiz = build_quiz(course)
    first, second, third = LessonPage.objects.child_of(course).order_by("path")
    client.force_login(learner)
    assert "Saya sudah membaca materi ini" in client.get(first.url).content.decode()

    response = client.post(reverse("cms:lesson_read", args=(first.pk,)), follow=True)
    assert response.redirect_chain == [(f"{first.url}#selesai", 302)]
    html = response.content.decode()
    done = html[html.index('<section id="selesai"') :]
    # The confirmation shows once, in the section the learner lands on, with one next step: the next lesson.
    assert html.count("Tercatat: Materi 1 sudah dibaca.") == 1 and "Tercatat: Materi 1 sudah dibaca." in done
    assert f'<a class="button" href="{second.url}">Lanjut ke materi berikutnya</a>' in done
    assert "Tercatat" not in client.get(first.url).content.decode()  # said once

    # The last lesson read while one is still unread: the next step is that lesson, not the (locked) quiz.
    html = client.post(reverse("cms:lesson_read", args=(third.pk,)), follow=True).content.decode()
    assert "Tercatat: Materi 3 sudah dibaca." in html and quiz.url not in html
    assert f'<a class="button" href="{second.url}">Baca materi yang belum dibaca</a>' in html

    html = client.post(reverse("cms:lesson_read", args=(second.pk,)), follow=True).content.decode()
    assert "Tercatat: Materi 2 sudah dibaca." in html
    assert f'<a class="button" href="{third.url}">Lanjut ke materi berikutnya</a>' in html
    html = client.get(third.url).content.decode()
    assert f'<a class="button" href="{quiz.url}">Ikuti kuis</a>' in html


@pytest.mark.django_db
def test_anonymous_readers_are_told_that_logging_in_records_their_progress(client, course):
    lesson = LessonPage.objects.child_of(course).first()
    html = client.get(lesson.url).content.decode()
    login = f"/accounts/login/?next={lesson.url}"
    assert f'<a class="button button-secondary" href="{login}">Masuk untuk mencatat kemajuan</a>' in html
    assert "Saya sudah membaca materi ini" not in html
    response = client.post(login, {"login": UserFactory().nip, "password": PASSWORD})
    assert response["Location"] == lesson.url


@pytest.mark.django_db
def test_lessons_are_numbered_once_on_the_course_page(client, learner):
    course = build_course(lessons=0)
    for n, title in enumerate(["1. Dasar hukum netralitas ASN", "2. Netral di media sosial"], start=1):
        lesson = LessonPage(title=title, slug=f"materi-{n}", body=[("paragraph", RichText("<p>Isi</p>"))])
        course.add_child(instance=lesson)
    html = client.get(course.url).content.decode()
    assert '<ol class="lessons">' in html and ">1. Dasar hukum netralitas ASN</a>" in html
    # The list keeps its order for assistive technology without drawing a second number before the title's own.
    css = (settings.BASE_DIR / "static" / "css" / "netral.css").read_text()
    assert re.search(r"\.lessons \{[^}]*list-style: none", css)


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
    assign(course)
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
        "my-training": reverse("tracking:mine"),
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
