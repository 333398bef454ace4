"""Scoring, on the server, from an attempt's frozen snapshot: pure functions, no database. Services grade with them;
selectors use them to show a review."""

from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

from .models import Question


def question_credit(question: dict, chosen: Sequence[int] | None) -> Decimal:
    """Share of the question's weight earned, 0..1. All-or-nothing: exactly the key. Partial (multiple choice):
    right choices minus wrong choices, over the number of right choices, never below zero."""
    chosen = sorted(chosen or [])
    correct = question["correct"]
    if question["kind"] == Question.Kind.MULTIPLE and question.get("scoring") == Question.Scoring.PARTIAL:
        right = len(set(chosen) & set(correct))
        wrong = len(set(chosen) - set(correct))
        return max(Decimal(0), Decimal(right - wrong) / Decimal(len(correct) or 1))
    return Decimal(1) if chosen == correct else Decimal(0)


def grade(snapshot: dict, answers: Mapping[str, list[int]]) -> Decimal:
    """Score in percent: weighted credit over all weights, two decimals."""
    total = sum(q["weight"] for q in snapshot["questions"])
    if not total:
        return Decimal("0.00")
    earned = sum(q["weight"] * question_credit(q, answers.get(str(q["id"]))) for q in snapshot["questions"])
    return (Decimal(earned) * 100 / Decimal(total)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
