"""Reads on quizzes and attempts."""

from django.db.models import QuerySet

from employees.models import User

from .models import Attempt, QuizPage


def questions_for_display(attempt: Attempt) -> list[dict]:
    """What the browser may see before submission: texts and choices, never the key or the explanation."""
    return [
        {"id": q["id"], "text": q["text"], "kind": q["kind"], "choices": q["choices"]}
        for q in attempt.snapshot["questions"]
    ]


def attempts_of(*, user: User, quiz: QuizPage) -> QuerySet[Attempt]:
    return Attempt.objects.filter(user=user, quiz=quiz).order_by("-started_at")
