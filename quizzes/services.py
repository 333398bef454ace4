"""Writes on attempts: start, save, submit and grade. Grading happens here, on the server, from the snapshot the
attempt froze when it started; nothing the browser sends can change what was asked or what the key is."""

import random
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from functools import partial

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from certificates.tasks import issue_certificate
from cms.models import CoursePage
from cms.selectors import quiz_unlocked_for
from employees.models import User

from . import events, selectors
from .drawing import draw
from .grading import grade
from .models import Attempt, PledgeConfirmation, PledgeText, Question, QuizPage

_rng = random.SystemRandom()
# Codes of the refusals that mean "this attempt is closed": a save then is ignored, not an error.
CLOSED = ("submitted", "expired")


# --- drawing and the snapshot ---------------------------------------------------------------------------------


def _draw(quiz: QuizPage) -> list[dict]:
    pool = selectors.quiz_pool(quiz)
    drawn = draw(
        pool["questions"],
        topic_of=lambda q: q["topic_id"],
        blueprint={topic_id: count for topic_id, count, _name in pool["blueprint"]},
        per_topic=quiz.draw_per_topic,
        count=quiz.draw_count,
        rng=_rng,
    )
    if quiz.shuffle_questions:
        _rng.shuffle(drawn)
    else:
        drawn.sort(key=lambda q: (q["sort_order"] or 0, q["id"]))
    return drawn


def _snapshot(quiz: QuizPage) -> dict:
    """Freeze exactly what this learner will see: the drawn questions in their order, choices in their order,
    the key, the weights and the scoring rule, the explanation and the clause each question tests (a question
    whose explanation is guidance carries its source, so the review labels it as such)."""
    questions = []
    for question in _draw(quiz):
        choices = [{"id": c["id"], "text": c["text"]} for c in question["choices"]]
        if quiz.shuffle_choices and question["kind"] != Question.Kind.TRUE_FALSE:
            _rng.shuffle(choices)
        questions.append(
            {
                "id": question["id"],
                "text": question["text"],
                "kind": question["kind"],
                "scoring": question["scoring"],
                "weight": question["weight"],
                "explanation": question["explanation"],
                "topic": question["topic"],
                "topic_id": question["topic_id"],
                "clause": question["clause"],
                "guidance": question["guidance"],
                "choices": choices,
                "correct": sorted(c["id"] for c in question["choices"] if c["is_correct"]),
            }
        )
    return {"pass_mark": quiz.pass_mark, "questions": questions}


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


# --- the pledge -------------------------------------------------------------------------------------------------


def pledge_needed(user: User) -> PledgeText | None:
    """The pledge text the learner still has to confirm (its current version), or None."""
    pledge = PledgeText.current()
    if pledge is None:
        return None
    if PledgeConfirmation.objects.filter(user=user, pledge=pledge, version=pledge.version).exists():
        return None
    return pledge


def pledge_confirm(*, user: User, ip_address: str | None = None) -> PledgeConfirmation | None:
    pledge = PledgeText.current()
    if pledge is None:
        return None
    confirmation, _created = PledgeConfirmation.objects.get_or_create(
        user=user, pledge=pledge, version=pledge.version, defaults={"text": pledge.text, "ip_address": ip_address}
    )
    return confirmation


# --- attempts ---------------------------------------------------------------------------------------------------


def _course_of(quiz: QuizPage) -> CoursePage | None:
    """The quiz's course, read once per quiz object (start and submit each asked for it two or three times)."""
    return selectors.quiz_course(quiz)


def _local(moment: datetime) -> str:
    return formats.date_format(timezone.localtime(moment), "j F Y H:i")


_UNREAD = object()


def start_blocker(
    *, user: User, quiz: QuizPage, now: datetime | None = None, pledge=_UNREAD, attempts: list | None = None
) -> str | None:
    """Why a new attempt cannot start now, in the learner's words; None when it can. `pledge`: what
    `pledge_needed(user)` returned earlier in the same request (read here when not given). `attempts`: the learner's
    attempts on this quiz when the caller has read them already (the quiz page; a start, under its lock), else read
    here in one query."""
    now = now or timezone.now()
    if quiz.opens_at and now < quiz.opens_at:
        return _("Kuis dibuka pada %(time)s.") % {"time": _local(quiz.opens_at)}
    if quiz.closes_at and now >= quiz.closes_at:
        return _("Kuis sudah ditutup pada %(time)s.") % {"time": _local(quiz.closes_at)}
    course = _course_of(quiz)
    if course is not None and not quiz_unlocked_for(course=course, user=user):
        return _("Baca semua materi terlebih dahulu; kuis terbuka setelahnya.")
    if pledge_needed(user) if pledge is _UNREAD else pledge:
        return _("Setujui pakta integritas netralitas terlebih dahulu.")
    day_start = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    if attempts is None:
        attempts = Attempt.objects.filter(user=user, quiz=quiz).only("started_at", "submitted_at", "passed")
    done = [a for a in attempts if a.submitted_at is not None]
    last = max(done, key=lambda a: a.submitted_at, default=None)
    if quiz.max_attempts and len(done) >= quiz.max_attempts:
        return _("Anda sudah memakai semua kesempatan (%(count)s kali).") % {"count": quiz.max_attempts}
    # The wait follows a failed attempt (no guessing again and again); after a pass (renewing after a rule
    # change, say) the learner has seen the review anyway.
    waits = last is not None and not last.passed and quiz.wait_minutes
    wait_until = last.submitted_at + timedelta(minutes=quiz.wait_minutes) if waits else None
    if quiz.max_attempts_per_day:
        if sum(1 for a in done if a.started_at >= day_start) >= quiz.max_attempts_per_day:
            later = max(day_start + timedelta(days=1), wait_until or now)
            message = _(
                "Anda sudah memakai %(count)s kesempatan hari ini (batas per hari). Anda dapat mencoba lagi mulai "
                "%(time)s."
            )
            return message % {"count": quiz.max_attempts_per_day, "time": _local(later)}
    if wait_until and now < wait_until:
        message = _("Jeda antarpercobaan %(minutes)s menit. Anda dapat mencoba lagi mulai %(time)s.")
        return message % {"minutes": quiz.wait_minutes, "time": _local(wait_until)}
    return None


def is_expired(attempt: Attempt, now: datetime | None = None) -> bool:
    """Past the time limit plus the grace period."""
    if attempt.deadline is None:
        return False
    grace = timedelta(seconds=attempt.snapshot.get("grace_seconds", 0))
    return (now or timezone.now()) > attempt.deadline + grace


def attempt_start(*, user: User, quiz: QuizPage, now: datetime | None = None) -> Attempt:
    """Start an attempt, or return the one the learner already has open (two tabs, a double click). An open
    attempt whose time ran out is graded first, on its saved answers."""
    now = now or timezone.now()
    try:
        with transaction.atomic():
            # One start at a time per learner: the limit and the waiting time are checked under this lock.
            User.objects.select_for_update().filter(pk=user.pk).first()
            current = Attempt.objects.select_for_update().filter(user=user, quiz=quiz, submitted_at__isnull=True)
            attempt = current.first()
            if attempt and not is_expired(attempt, now):
                return attempt
            if attempt:
                _finish(attempt, attempt.answers, now=now, late=True)
            # Every earlier attempt (all submitted now), read once under the learner's lock: the limits, the wait
            # and the new attempt's number come from them.
            earlier = list(Attempt.objects.filter(user=user, quiz=quiz).only("started_at", "submitted_at", "passed"))
            reason = start_blocker(user=user, quiz=quiz, now=now, attempts=earlier)
            if reason:
                raise ValidationError(reason, code="blocked")
            snapshot = _snapshot(quiz)
            snapshot["grace_seconds"] = quiz.grace_seconds
            deadline = now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
            number = len(earlier) + 1
            attempt = Attempt.objects.create(user=user, quiz=quiz, number=number, snapshot=snapshot, deadline=deadline)
            course = _course_of(quiz)
            if course is not None:
                events.attempt_started.send(sender=Attempt, attempt=attempt, course=course)
            return attempt
    except IntegrityError as race:  # a concurrent start won the race (the constraints back up the lock)
        attempt = Attempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=True).first()
        if attempt is None:
            message = _("Percobaan sedang dimulai di jendela lain; muat ulang halaman.")
            raise ValidationError(message, code="race") from race
        return attempt


def attempt_save(*, attempt: Attempt, answers: Mapping[str, Sequence[str | int]], now: datetime | None = None):
    """Save answers as the learner goes (the page's script sends them), so a dropped connection loses nothing."""
    now = now or timezone.now()
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if attempt.is_submitted:
            raise ValidationError(_("Percobaan ini sudah dikumpulkan."), code="submitted")
        if is_expired(attempt, now):
            raise ValidationError(_("Waktu sudah habis; jawaban tidak lagi disimpan."), code="expired")
        attempt.answers = _clean_answers(attempt.snapshot, answers)
        attempt.saved_at = now
        attempt.save(update_fields=["answers", "saved_at"])
    return attempt


def attempt_submit(*, attempt: Attempt, answers: Mapping[str, Sequence[str | int]], now: datetime | None = None):
    """Grade the attempt once. A second submission (double click, two tabs, a replayed POST) changes nothing and
    returns the same graded attempt. After the time limit plus grace, what was saved before the deadline is graded
    and the late answers are ignored. A pass asks for the certificate once the grade is committed."""
    now = now or timezone.now()
    quiz = attempt.quiz
    _course_of(quiz)  # read before the row lock: the transaction holds the lock for the grading's write only
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
        attempt.quiz = quiz
        if attempt.is_submitted:
            return attempt
        if is_expired(attempt, now):
            return _finish(attempt, attempt.answers, now=now, late=True)
        return _finish(attempt, _clean_answers(attempt.snapshot, answers), now=now)


def attempt_finish_if_expired(attempt: Attempt, now: datetime | None = None) -> Attempt:
    if attempt.is_submitted or not is_expired(attempt, now):
        return attempt
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if attempt.is_submitted:
            return attempt
        return _finish(attempt, attempt.answers, now=now or timezone.now(), late=True)


def _finish(attempt: Attempt, answers: dict, *, now: datetime, late: bool = False) -> Attempt:
    attempt.answers = answers
    attempt.score = grade(attempt.snapshot, answers)
    attempt.passed = attempt.score >= attempt.snapshot["pass_mark"]
    attempt.submitted_at = now
    attempt.late = late
    attempt.save(update_fields=["answers", "score", "passed", "submitted_at", "late"])
    course = _course_of(attempt.quiz)
    events.attempt_graded.send(sender=Attempt, attempt=attempt, course=course)
    if attempt.passed:
        transaction.on_commit(
            partial(issue_certificate.enqueue, user_id=attempt.user_id, course_id=course.pk, score=str(attempt.score))
        )
    return attempt


def attempts_finish_expired(*, now: datetime | None = None) -> int:
    """Grade every open attempt past its time limit and grace period, on the answers saved before the deadline
    (a learner who closed the tab is counted as they left it). Returns how many were graded."""
    now = now or timezone.now()
    graded = 0
    candidates = Attempt.objects.filter(submitted_at__isnull=True, deadline__lt=now).only("pk", "deadline", "snapshot")
    for attempt in candidates.iterator():
        if is_expired(attempt, now):
            attempt_finish_if_expired(Attempt.objects.get(pk=attempt.pk), now=now)
            graded += 1
    return graded
