"""Query counts pinned for the pages everyone opens, with production's caches (tests/support/caching.py): a page
must cost the same number of queries whatever the amount of content (lessons in the course, clauses quoted)."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from cms.models import HomePage, LessonPage
from tests.support.builders import UserFactory, build_course, build_regulation

pytestmark = pytest.mark.usefixtures("production_caches")


def quoting_lesson(course, regulation, quotes: int) -> LessonPage:
    """The course's second lesson, republished quoting `quotes` clauses of the regulation."""
    lesson = LessonPage.objects.child_of(course).get(slug="materi-2")
    body = [{"type": "paragraph", "value": "<p>Netralitas.</p>"}]
    for clause in regulation.clauses.all()[:quotes]:
        body.append({"type": "clause_quote", "value": {"clause": clause.pk, "note": ""}})
    lesson.body = json.dumps(body)
    lesson.save_revision().publish()
    return lesson


def build_site(lessons: int, quotes: int):
    course = build_course(lessons=lessons)
    regulation = build_regulation(HomePage.objects.get(), clauses=[f"pasal-{n}" for n in range(1, 9)])
    return course, regulation, quoting_lesson(course, regulation, quotes)


def count(client, url) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), response.content.decode()


def lesson_counts(client, commits, lessons: int, quotes: int) -> tuple[int, int, str]:
    with commits(execute=True):  # the caches drop what they hold when a change commits
        course, regulation, lesson = build_site(lessons, quotes)
    url = lesson.url
    cold, _ = count(client, url)
    warm, html = count(client, url)
    with commits(execute=True):
        Page.objects.filter(depth__gt=1).delete()  # the next build starts from a bare tree
    return cold, warm, html


@pytest.mark.django_db
def test_the_lesson_page_costs_the_same_few_queries_in_a_big_course_as_in_a_small_one(
    client, django_capture_on_commit_callbacks
):
    client.force_login(UserFactory())
    small = lesson_counts(client, django_capture_on_commit_callbacks, lessons=3, quotes=1)
    big = lesson_counts(client, django_capture_on_commit_callbacks, lessons=12, quotes=8)
    assert small[2].count('class="clause-quote"') == 1 and big[2].count('class="clause-quote"') == 8
    # First visit: Wagtail's routing, the course, neighbours, one query for all clauses (the small site's also loads
    # the account's permissions, remembered from then on).
    assert big[0] <= small[0] <= 20
    assert big[1] == small[1] == 1  # then: the user (whether this learner has read it is remembered too)


@pytest.mark.django_db
def test_the_lesson_page_without_caches_still_does_not_grow_with_quoted_clauses(
    client, settings, django_capture_on_commit_callbacks
):
    settings.NETRAL_PAGE_CACHE = False
    settings.NETRAL_PERMISSION_CACHE = False
    client.force_login(UserFactory())
    small = lesson_counts(client, django_capture_on_commit_callbacks, lessons=3, quotes=1)
    big = lesson_counts(client, django_capture_on_commit_callbacks, lessons=12, quotes=8)
    assert big[1] == small[1] <= 20


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/peraturan/pp-94-2021/", "/pelatihan/netralitas-asn/materi-2/"])
def test_public_pages_cost_no_query_for_the_next_anonymous_visitor(client, path):
    build_site(lessons=3, quotes=2)
    first, _ = count(client, path)
    assert first > 0
    again, _ = count(client.__class__(), path)  # another visitor, no cookies
    assert again == 0


@pytest.mark.django_db
def test_the_last_lesson_leads_to_the_quiz_for_a_few_queries_and_follows_a_newly_published_lesson(
    client, django_capture_on_commit_callbacks
):
    """The deadline rush: many learners open their last lesson once, each for the first time. The course's outline
    (its lessons and its quiz) is remembered for all of them; what is the learner's own costs the user, their
    permissions and their reading progress, once. A lesson published later sends them back to read it."""
    from cms.models import LessonProgress
    from tests.support.builders import build_quiz

    with django_capture_on_commit_callbacks(execute=True):
        course = build_course(lessons=4, require_lessons=True)
        build_quiz(course)
    lessons = list(LessonPage.objects.child_of(course).order_by("path"))
    last = lessons[-1]
    learners = [UserFactory() for _ in range(2)]
    for learner in learners:
        LessonProgress.objects.bulk_create([LessonProgress(user=learner, lesson=lesson) for lesson in lessons])
    client.force_login(learners[0])
    count(client, last.url)  # the first learner fills the course's caches
    client.force_login(learners[1])
    first_visit, html = count(client, last.url)
    assert "Ikuti kuis" in html and 'href="/pelatihan/netralitas-asn/kuis/"' in html
    assert first_visit <= 5  # session, user, two permission queries, this learner's reading progress
    assert count(client, last.url)[0] == 1

    with django_capture_on_commit_callbacks(execute=True):
        course.add_child(instance=LessonPage(title="Materi Baru", slug="materi-baru", body=[]))
        LessonPage.objects.get(slug="materi-baru").save_revision().publish()
    html = count(client, last.url)[1]
    assert "Ikuti kuis" not in html
    assert "Lanjut ke materi berikutnya" in html and 'href="/pelatihan/netralitas-asn/materi-baru/"' in html
    quiz_html = count(client, "/pelatihan/netralitas-asn/kuis/")[1]
    assert "Baca semua materi terlebih dahulu" in quiz_html
