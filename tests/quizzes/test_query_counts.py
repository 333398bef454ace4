"""Quiz start and submit cost the same number of queries whatever the size of the quiz (5 or 20 questions) and of
the learner's history; submit writes the grade in a short transaction and leaves the certificate to the worker."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from certificates.models import Certificate
from quizzes import services
from quizzes.models import Attempt, Choice, Question
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
# clauses, the new attempt and the completion row. Submit: session, user, permissions, the attempt, its row lock,
# the grade's write, the savepoints. The course is read once per request (it was read two or three times).
START_QUERIES = 27
SUBMIT_QUERIES = 10
