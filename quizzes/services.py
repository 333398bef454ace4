"""Writes on attempts: start, submit and grade. Grading happens here, on the server, from the snapshot."""

import random
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from functools import partial

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from certificates.tasks import issue_certificate
from cms.models import CoursePage
from employees.models import User

from .models import Attempt, Question, QuizPage

_rng = random.SystemRandom()


def _snapshot(quiz: QuizPage) -> dict:
    """Freeze the questions as this learner will see them: shuffled order, shuffled choices, the key."""
    questions = []
    for question in quiz.questions.prefetch_related("choices"):
        choices = [{"id": c.pk, "text": c.text} for c in question.choices.all()]
        if question.kind != Question.Kind.TRUE_FALSE:
            _rng.shuffle(choices)
        questions.append(
            {
                "id": question.pk,
                "text": question.text,
                "kind": question.kind,
                "weight": question.weight,
                "explanation": question.explanation,
                "choices": choices,
                "correct": sorted(c.pk for c in question.choices.all() if c.is_correct),
            }
        )
    _rng.shuffle(questions)
    return {"pass_mark": quiz.pass_mark, "questions": questions}


def attempt_start(*, user: User, quiz: QuizPage) -> Attempt:
    """Start an attempt, or return the one the learner already has open (two tabs, a double click)."""
    open_attempts = Attempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=True)
    attempt = open_attempts.first()
    if attempt:
        return attempt
    course = CoursePage.objects.parent_of(quiz).first()
    if course is not None and not course.quiz_unlocked_for(user):
        raise ValidationError(_("Baca semua materi terlebih dahulu; kuis terbuka setelahnya."), code="locked")
    try:
        with transaction.atomic():
            return Attempt.objects.create(user=user, quiz=quiz, snapshot=_snapshot(quiz))
    except IntegrityError:  # a concurrent start won the race; the constraint allows one open attempt
        return open_attempts.get()


def _clean_answers(snapshot: dict, answers: Mapping[str, Sequence[str | int]]) -> dict[str, list[int]]:
    by_id = {str(q["id"]): q for q in snapshot["questions"]}
    cleaned: dict[str, list[int]] = {}
    for key, values in answers.items():
        question = by_id.get(str(key))
        if question is None:
            raise ValidationError(_("Jawaban untuk soal yang tidak ada dalam kuis ini ditolak."), code="question")
        allowed = {c["id"] for c in question["choices"]}
        try:
            chosen = sorted({int(v) for v in values})
        except (TypeError, ValueError):
            raise ValidationError(_("Pilihan jawaban tidak dikenal."), code="choice") from None
        if not set(chosen) <= allowed:
            raise ValidationError(_("Pilihan jawaban tidak termasuk dalam soal ini."), code="choice")
        if question["kind"] != Question.Kind.MULTIPLE and len(chosen) > 1:
            raise ValidationError(_("Soal pilihan tunggal hanya boleh dijawab satu pilihan."), code="single")
        if chosen:
            cleaned[str(key)] = chosen
    return cleaned


def grade(snapshot: dict, answers: Mapping[str, list[int]]) -> Decimal:
    """Score in percent: the weights of the questions answered exactly right over all weights."""
    total = sum(q["weight"] for q in snapshot["questions"])
    earned = sum(q["weight"] for q in snapshot["questions"] if answers.get(str(q["id"])) == q["correct"])
    if not total:
        return Decimal("0.00")
    return (Decimal(earned) * 100 / Decimal(total)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def attempt_submit(*, attempt: Attempt, answers: Mapping[str, Sequence[str | int]]) -> Attempt:
    """Grade the attempt once. A second submission (double click, two tabs, a replayed POST) changes nothing
    and returns the same graded attempt. A pass asks for the certificate once the grade is committed."""
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if attempt.is_submitted:
            return attempt
        cleaned = _clean_answers(attempt.snapshot, answers)
        attempt.answers = cleaned
        attempt.score = grade(attempt.snapshot, cleaned)
        attempt.passed = attempt.score >= attempt.snapshot["pass_mark"]
        attempt.submitted_at = timezone.now()
        attempt.save(update_fields=["answers", "score", "passed", "submitted_at"])
        if attempt.passed:
            course = attempt.quiz.get_parent()
            transaction.on_commit(
                partial(
                    issue_certificate.enqueue, user_id=attempt.user_id, course_id=course.pk, score=str(attempt.score)
                )
            )
    return attempt
