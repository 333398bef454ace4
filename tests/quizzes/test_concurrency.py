"""Real concurrent connections on PostgreSQL: parallel submissions grade once, parallel starts respect the limit."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from certificates.models import Certificate
from quizzes import services
from quizzes.models import Attempt
from tests.support.builders import UserFactory, build_course, build_quiz
from tests.support.concurrency import in_parallel

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks (CI runs it)"),
]


def test_twenty_parallel_submissions_of_one_attempt_grade_once():
    learner = UserFactory()
    quiz = build_quiz(build_course(), questions=5)
    attempt = services.attempt_start(user=learner, quiz=quiz)
    right = {str(q["id"]): q["correct"] for q in attempt.snapshot["questions"]}

    results, errors = in_parallel(20, lambda i: services.attempt_submit(attempt=attempt, answers=right))

    assert errors == []
    assert {(r.pk, r.submitted_at, r.score) for r in results} == {(attempt.pk, results[0].submitted_at, 100)}
    assert Attempt.objects.filter(submitted_at__isnull=False).count() == 1
    assert Certificate.objects.filter(user=learner).count() == 1


def test_parallel_starts_cannot_exceed_the_attempt_limit():
    learner = UserFactory()
    quiz = build_quiz(build_course(), questions=5, max_attempts=2)
    done = services.attempt_start(user=learner, quiz=quiz)
    services.attempt_submit(attempt=done, answers={})

    def start_and_submit(i):
        try:
            attempt = services.attempt_start(user=learner, quiz=quiz)
        except ValidationError:
            return None
        return services.attempt_submit(attempt=attempt, answers={}).pk

    results, errors = in_parallel(10, start_and_submit)
    assert errors == []
    assert Attempt.objects.filter(user=learner, quiz=quiz).count() == 2
    assert sorted(Attempt.objects.values_list("number", flat=True)) == [1, 2]
