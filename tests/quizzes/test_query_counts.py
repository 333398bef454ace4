"""Quiz start and submit cost the same number of queries whatever the size of the quiz (5 or 20 questions) and of
the learner's history; submit writes the grade in a short transaction and leaves the certificate to the worker."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from certificates.models import Certificate
from cms.models import Topic
from quizzes import services
from quizzes.models import Attempt, Choice, Question, QuizPage
from tests.support.builders import UserFactory, answers, build_course, build_quiz


def start_and_submit(client, quiz, learner) -> tuple[int, int]:
    services.pledge_confirm(user=learner)
    client.force_login(learner)
    client.get(quiz.url)  # the learner opens the quiz first (and the site's caches are warm)
    with CaptureQueriesContext(connection) as started:
        response = client.post(quiz.url, {})
    attempt = Attempt.objects.filter(user=learner, quiz=quiz, submitted_at__isnull=True).get()
    assert response.status_code == 302 and response["Location"] == reverse("quizzes:attempt", args=(attempt.pk,))
    data = {f"q-{key}": [str(v) for v in value] for key, value in answers(attempt, correct=True).items()}
    with CaptureQueriesContext(connection) as submitted:
        response = client.post(reverse("quizzes:attempt", args=(attempt.pk,)), data)
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.passed is True
    return len(started), len(submitted)


@pytest.mark.django_db
def test_start_and_submit_use_the_same_queries_for_5_and_20_questions(client, django_capture_on_commit_callbacks):
    quiz = build_quiz(build_course(), questions=5)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        counts_small = start_and_submit(client, quiz, UserFactory())
        for n in range(15):
            question = Question.objects.create(quiz=quiz, text=f"Soal tambahan {n}", kind="single", sort_order=10 + n)
            Choice.objects.create(question=question, text="Benar", is_correct=True, sort_order=0)
            Choice.objects.create(question=question, text="Salah", is_correct=False, sort_order=1)
        counts_large = start_and_submit(client, quiz, UserFactory())
    assert len(Attempt.objects.order_by("-pk").first().snapshot["questions"]) == 20
    assert counts_small == counts_large
    assert counts_large == (START_QUERIES, SUBMIT_QUERIES)
    # The certificate is not issued in the request: it waits for the commit, then for the task worker.
    assert Certificate.objects.count() == 0 and len(callbacks) >= 2


# Start: session, user, permissions (MFA gate), the page route, the quiz's rules (limits per day, waiting time, the
# pledge, lessons read), the learner row lock, the open attempt, the drawn questions with their choices, topics and
# clauses, the new attempt and the completion row (the earlier attempts read once for the limits, the wait and the
# number: 27 before). Submit: session, user, permissions, the attempt, its row lock, the grade's write, the
# savepoints. The course is read once per request (it was read two or three times).
START_QUERIES = 26
SUBMIT_QUERIES = 10


def open_and_start(client, quiz, learner) -> tuple[int, int]:
    """Queries of the quiz page (before any attempt) and of the start, for a learner who comes from the course."""
    services.pledge_confirm(user=learner)
    client.force_login(learner)
    assert client.get(quiz.get_parent().url).status_code == 200
    with CaptureQueriesContext(connection) as opened:
        response = client.get(quiz.url)
    assert response.status_code == 200 and response.context["blocker"] is None
    with CaptureQueriesContext(connection) as started:
        response = client.post(quiz.url, {})
    attempt = Attempt.objects.get(user=learner, quiz=quiz, submitted_at__isnull=True)
    assert response.status_code == 302 and response["Location"] == reverse("quizzes:attempt", args=(attempt.pk,))
    return len(opened), len(started)


def add_published_questions(quiz, count: int) -> None:
    """As an editor does: new questions in the quiz's bank, then publish."""
    for n in range(count):
        question = Question(text=f"Soal tambahan {n}", kind="single", sort_order=10 + n)
        question.choices = [
            Choice(text="Benar", is_correct=True, sort_order=0),
            Choice(text="Salah", is_correct=False, sort_order=1),
        ]
        quiz.questions.add(question)
    quiz.save_revision().publish()


@pytest.mark.django_db
def test_quiz_page_without_caches(client):
    quiz = build_quiz(build_course(), questions=5)
    assert open_and_start(client, quiz, UserFactory()) == (QUIZ_PAGE_QUERIES, START_QUERIES)


@pytest.mark.django_db
def test_with_production_caches_the_bank_route_and_course_are_not_read_again(
    client, production_caches, django_capture_on_commit_callbacks
):
    quiz = build_quiz(build_course(), questions=5)
    client.force_login(UserFactory())
    client.get(quiz.url)  # someone opened the quiz before: route, course and bank remembered
    assert open_and_start(client, quiz, UserFactory()) == (QUIZ_PAGE_CACHED, START_CACHED)
    with django_capture_on_commit_callbacks(execute=True):
        add_published_questions(quiz, 15)
    client.get(quiz.url)
    assert open_and_start(client, quiz, UserFactory()) == (QUIZ_PAGE_CACHED, START_CACHED)
    # The start after the publish drew from the bank as published now (20 questions, the new ones with their key).
    snapshot = Attempt.objects.order_by("-pk").first().snapshot
    assert len(snapshot["questions"]) == 20
    added = next(q for q in snapshot["questions"] if q["text"] == "Soal tambahan 0")
    assert added["correct"] == [c["id"] for c in added["choices"] if c["text"] == "Benar"]
    # With caches on, submit reads neither the session row, the permissions nor the course.
    assert start_and_submit(client, quiz, UserFactory())[1] == SUBMIT_CACHED


@pytest.mark.django_db
def test_with_production_caches_a_renamed_topic_is_in_the_next_snapshot(
    client, production_caches, django_capture_on_commit_callbacks
):
    topic = Topic.objects.create(name="Media sosial", slug="media-sosial")
    quiz = build_quiz(build_course(), questions=2)
    Question.objects.filter(quiz=quiz).update(topic=topic)
    quiz.save_revision().publish()
    learner = UserFactory()
    services.pledge_confirm(user=learner)
    client.force_login(learner)
    client.get(quiz.url)
    first = services.attempt_start(user=learner, quiz=QuizPage.objects.get(pk=quiz.pk))
    assert {q["topic"] for q in first.snapshot["questions"]} == {"Media sosial"}
    services.attempt_submit(attempt=first, answers={})
    with django_capture_on_commit_callbacks(execute=True):
        topic.name = "Kampanye"
        topic.save()
    second = services.attempt_start(user=learner, quiz=QuizPage.objects.get(pk=quiz.pk))
    assert {q["topic"] for q in second.snapshot["questions"]} == {"Kampanye"}


# The quiz page before any attempt, caches off (25 before the course and the pledge were read once, 23 before the
# attempts already read were counted for the rules): session, user, permissions, the page route (site, tree
# queries, aliases, view restrictions), the learner's attempts (the last one and today's count taken from them),
# the course, the pledge, the blueprint, the bank's topics, the site root paths.
QUIZ_PAGE_QUERIES = 21
# With production's caches (10 before; route, session, permissions, course and bank remembered; 5 before the
# learner's attempts were counted where they were read): the user, the learner's attempts, the pledge.
QUIZ_PAGE_CACHED = 3
# Start with production's caches (14 before, 10 before the earlier attempts were read once): the user, the
# savepoint, the learner row lock, the open attempt, the pledge, the earlier attempts, the new attempt, the
# completion row, the release. The bank is not read.
START_CACHED = 9
SUBMIT_CACHED = 6
