"""Reads on quizzes and attempts: what the browser may see, and what the review shows."""

from datetime import datetime

from django.db.models import QuerySet
from django.utils import timezone

from employees.models import User

from .grading import question_credit
from .models import Attempt, QuizPage


def questions_for_display(attempt: Attempt, picked: dict[str, list] | None = None) -> list[dict]:
    """What the browser may see before submission: texts and choices, never the key, the explanation or the
    clause. `picked` (saved or re-posted answers) keeps the learner's choices ticked."""
    picked = attempt.answers if picked is None else picked
    questions = []
    for q in attempt.snapshot["questions"]:
        chosen = {str(v) for v in picked.get(str(q["id"]), [])}
        choices = [{"id": c["id"], "text": c["text"], "checked": str(c["id"]) in chosen} for c in q["choices"]]
        questions.append({"id": q["id"], "text": q["text"], "kind": q["kind"], "choices": choices})
    return questions


def attempts_of(*, user: User, quiz: QuizPage) -> QuerySet[Attempt]:
    return Attempt.objects.filter(user=user, quiz=quiz).order_by("-started_at")


def review_level(attempt: Attempt, now: datetime | None = None) -> str:
    """How much of the graded attempt the learner sees now, per the quiz's review settings."""
    quiz = attempt.quiz
    now = now or timezone.now()
    if quiz.review_when == QuizPage.ReviewWhen.AFTER_PASSING and not attempt.passed:
        return QuizPage.Review.SCORE
    if quiz.review_when == QuizPage.ReviewWhen.AFTER_CLOSE and not (quiz.closes_at and now >= quiz.closes_at):
        return QuizPage.Review.SCORE
    return quiz.review


def review_rows(attempt: Attempt, level: str) -> list[dict]:
    """Per question, what the review shows: with "wrong", the questions not fully right (no key); with "full",
    every question with the learner's choices, the key, the explanation and the clause it tests."""
    if level == QuizPage.Review.SCORE:
        return []
    rows = []
    for number, q in enumerate(attempt.snapshot["questions"], start=1):
        chosen = attempt.answers.get(str(q["id"]), [])
        credit = question_credit(q, chosen)
        if level == QuizPage.Review.WRONG and credit == 1:
            continue
        full = level == QuizPage.Review.FULL
        rows.append(
            {
                "number": number,
                "text": q["text"],
                "credit": credit,
                "right": credit == 1,
                "choices": [
                    {"text": c["text"], "chosen": c["id"] in chosen, "correct": full and c["id"] in q["correct"]}
                    for c in q["choices"]
                ],
                "explanation": q["explanation"] if full else "",
                "clause": q.get("clause") if full else None,
                "guidance": q.get("guidance") if full else None,
            }
        )
    return rows
