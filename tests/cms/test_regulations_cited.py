"""The regulations a certificate prints (`cms.selectors.regulations_cited`) with production's caches: read once per
content generation, in the shared cache and in the worker's own memory, and new as soon as content changes."""

import json
from decimal import Decimal

import pytest

from certificates.services import certificate_issue
from cms import cache as content_cache
from cms.models import LessonPage
from cms.selectors import regulations_cited
from tests.support.builders import UserFactory, build_regulation


def quote(lesson: LessonPage, *clauses) -> None:
    """Publish `lesson` with a body quoting `clauses` (as an editor would)."""
    lesson.body = json.dumps([{"type": "clause_quote", "value": {"clause": c.pk, "note": ""}} for c in clauses])
    lesson.save_revision().publish()


@pytest.fixture
def cited(course, production_caches, django_capture_on_commit_callbacks):
    home = course.get_parent().get_parent()
    pp94 = build_regulation(home)
    skb = build_regulation(home, slug="skb-netralitas", clauses=("bagian-a",))
    skb.short_name = "SKB Netralitas 2022"
    skb.save_revision().publish()
    lesson = LessonPage.objects.child_of(course).first()
    with django_capture_on_commit_callbacks(execute=True):
        quote(lesson, pp94.clauses.first())
    content_cache._memo[:] = [None, 0.0]  # as another process would, a second later
    return {"lesson": lesson, "pp94": pp94, "skb": skb}


@pytest.mark.django_db
def test_a_worker_reads_the_cited_regulations_once_per_content_generation(course, cited, django_assert_num_queries):
    assert regulations_cited(course) == ["PP 94/2021"]
    with django_assert_num_queries(0):
        for _ in range(3):
            assert regulations_cited(course) == ["PP 94/2021"]


@pytest.mark.django_db
def test_a_republished_lesson_and_a_renamed_regulation_reach_the_next_certificate(
    course, cited, django_capture_on_commit_callbacks
):
    assert regulations_cited(course) == ["PP 94/2021"]
    with django_capture_on_commit_callbacks(execute=True):
        quote(cited["lesson"], cited["pp94"].clauses.first(), cited["skb"].clauses.first())
    first = certificate_issue(user=UserFactory(), course=course, score=Decimal("90"))
    assert first.course_regulations == ["PP 94/2021", "SKB Netralitas 2022"]

    pp94 = cited["pp94"]
    pp94.short_name = "PP 94 Tahun 2021"
    with django_capture_on_commit_callbacks(execute=True):
        pp94.save_revision().publish()
    second = certificate_issue(user=UserFactory(), course=course, score=Decimal("90"))
    assert second.course_regulations == ["PP 94 Tahun 2021", "SKB Netralitas 2022"]
