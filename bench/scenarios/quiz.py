"""Quiz start and submit at 16 connections (issue 16 item 3), then the consistency check after the load.

16 learners (lessons read, pledge confirmed), one per connection, each again and again, as a browser does
(`take_quiz`): open the quiz page, press start (POST, redirected to the new attempt), open the attempt, submit
(three in four journeys answer right from the bank's key, read here and never from a page; the others pick each
question's first choice), open the result. The quiz is opened to any number of attempts first (`open_quiz`), so
every start makes a new attempt. Timed per step. Goals: start p95 < 300 ms, submit p95 < 300 ms, 0 errors.
After the load, two db_worker processes run the queued certificate tasks, then `consistency`: one attempt per start
the clients saw answered, one grade per submit, none left open, one certificate per passing learner for the course
version, the year's serials gapless and unique.
"""

import re

from .. import workers

SCENARIO = "quiz"
LEARNERS = 16


def open_quiz(course=None):
    """The bench's quiz, open to anyone any number of times (no attempt limits, no waiting time, no time limit), and
    its course. The policy is written with update() (no revision), so the content generation is bumped by hand:
    the server's cached route holds the page as it was."""
    import time as _time

    from cms.cache import new_generation
    from quizzes.models import QuizPage
    from tests.support.builders import build_quiz

    from .. import data

    course = course or _course() or data.pages()["course"]
    quiz = QuizPage.objects.child_of(course).live().first() or build_quiz(course, questions=10)
    limits = {"max_attempts": None, "wait_minutes": 0, "max_attempts_per_day": None, "time_limit_minutes": 0}
    QuizPage.objects.filter(pk=quiz.pk).update(**limits)
    new_generation()
    _time.sleep(1.1)  # cms.cache.MEMO_SECONDS: every server process has seen the new generation
    return course, QuizPage.objects.get(pk=quiz.pk)


def bench_learners(n: int, label: str) -> list:
    """`n` new learner accounts (bulk), one per taker: NIPs unique to this run, in a unit of their own."""
    import time as _time

    from django.utils import timezone

    from employees.models import User, WorkUnit

    code = f"BENCH-{label.upper()}"
    unit = WorkUnit.objects.filter(code=code).first() or WorkUnit.add_root(
        code=code, name=f"Unit {label}", kind="dinas"
    )
    stamp = int(_time.time() * 10) % 1_000_000
    prefix = f"{label}-{stamp}-"
    users = [
        User(
            nip=f"19{stamp:06d}{i:010d}"[:18], username=f"{prefix}{i}", first_name=f"Peserta {i}", work_unit=unit,
            password="!", date_joined=timezone.now(),
        )
        for i in range(n)
    ]  # fmt: skip
    User.objects.bulk_create(users, batch_size=2000)
    return list(User.objects.filter(username__startswith=prefix).order_by("pk"))


def ready_learners(course, users) -> None:
    """Every lesson of the course read and the pledge confirmed (bulk, idempotent): the quiz is open to them."""
    from django.core.cache import cache

    from cms.cache import _read_key
    from cms.models import LessonPage, LessonProgress
    from quizzes.models import PledgeConfirmation, PledgeText

    lessons = list(LessonPage.objects.child_of(course).live().values_list("pk", flat=True))
    LessonProgress.objects.bulk_create(
        [LessonProgress(user=u, lesson_id=pk) for u in users for pk in lessons], ignore_conflicts=True, batch_size=5000
    )
    cache.delete_many([_read_key(u.pk) for u in users])  # bulk_create sends no signal: drop "lessons read"
    pledge = PledgeText.current()
    if pledge is not None:
        PledgeConfirmation.objects.bulk_create(
            [PledgeConfirmation(user=u, pledge=pledge, version=pledge.version, text=pledge.text) for u in users],
            ignore_conflicts=True,
            batch_size=5000,
        )


def answer_key(quiz) -> dict[str, list[str]]:
    """{question id: [right choice ids]} of the quiz's whole bank, read here (the bench's side), never from a page."""
    from quizzes.models import Choice

    key: dict[str, list[str]] = {}
    for question_id, choice_id in Choice.objects.filter(is_correct=True).values_list("question_id", "pk"):
        key.setdefault(str(question_id), []).append(str(choice_id))
    return key


def path_of(page) -> str:
    return page.url_path.removeprefix(page.get_site().root_page.url_path.rstrip("/")) or "/"


_QUESTION = re.compile(rb'name="q-(\d+)" value="(\d+)"')


def take_quiz(client, quiz_path: str, key: dict, *, passing: bool, pause=None) -> None:
    """What a learner's browser does: open the quiz page, press start (POST; the answer redirects to the new
    attempt), open the attempt, submit every question (right answers when `passing`, else each question's first
    choice as shown), open the result. Each step timed under its label; a step that fails ends the journey.
    `pause(low, high)`, when given, is the person's time between steps (reading, answering): not timed."""
    pause = pause or (lambda low, high: None)
    status, _page = client.get(quiz_path, label="quiz page")
    if status != 200:
        return
    pause(0.5, 2)
    status, _ = client.post(quiz_path, {}, label="start")
    attempt = client.location
    if status != 302 or not attempt.startswith("/kuis/percobaan/"):
        client._record("start did not open an attempt", 0, 0.0)
        return
    status, form = client.get(attempt, label="attempt page")
    if status != 200:
        return
    pause(3, 8)
    answers: dict[str, list[str]] = {}
    for question, value in _QUESTION.findall(form):
        name = question.decode()
        if passing:
            answers[f"q-{name}"] = key.get(name, [value.decode()])
        else:
            answers.setdefault(f"q-{name}", [value.decode()])
    status, _ = client.post(attempt, answers, label="submit")
    if status != 302:
        return
    client.get(attempt, label="result page")


def _flow(quiz_path: str, key: dict):
    import random

    rng = random.Random(16)

    def flow(client):
        take_quiz(client, quiz_path, key, passing=rng.random() < 0.75)

    return flow


def run(ctx) -> list[dict]:

    from quizzes.models import Attempt

    course, quiz = open_quiz()
    learners = bench_learners(LEARNERS, "quiz")
    ready_learners(course, learners)
    before = Attempt.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    cookies = [ctx.session_for(learner) for learner in learners]
    m = ctx.measure(
        _flow(path_of(quiz), answer_key(quiz)), cookies=cookies, connections=16, count=32 if ctx.quick else 160,
        ok_statuses={200, 302},
    )  # fmt: skip
    labels = m.get("by_label", {})
    starts = (labels.get("start") or {}).get("n", 0) - (labels.get("start") or {}).get("errors", 0)
    submits = (labels.get("submit") or {}).get("n", 0) - (labels.get("submit") or {}).get("errors", 0)
    results = []
    for label, goal in (
        ("start", 300), ("submit", 300), ("quiz page", None), ("attempt page", None), ("result page", None)
    ):  # fmt: skip
        step = labels.get(label) or {}
        met = None if goal is None else bool(step) and step.get("errors", 1) == 0 and (step["p95_ms"] or 1e9) < goal
        results.append(
            ctx.result(
                SCENARIO,
                f"quiz {label} at 16 connections",
                f"p95 < {goal} ms, 0 errors" if goal else "(info)",
                f"p50 {step.get('p50_ms')} ms, p95 {step.get('p95_ms')} ms, {step.get('rps')} rps, "
                f"{step.get('errors')} errors",
                met,
                p50_ms=step.get("p50_ms"),
                p95_ms=step.get("p95_ms"),
                errors=step.get("errors"),
                detail=step,
            )  # fmt: skip
        )
    workers.drain(name="quiz")
    results.append(consistency(quiz, course, learners, before=before, starts=starts, submits=submits))
    return results


def consistency(quiz, course, learners, *, before: int, starts: int, submits: int) -> dict:
    """After a load and the workers: one attempt per start the clients saw, one grade per submit they saw, none left
    open, one certificate (for the course version) per learner who passed, the year's serials gapless."""
    from django.db.models import Count
    from django.utils import timezone

    from certificates.models import Certificate
    from quizzes.models import Attempt

    run_attempts = Attempt.objects.filter(pk__gt=before, quiz=quiz)
    created = run_attempts.count()
    graded = run_attempts.filter(submitted_at__isnull=False, score__isnull=False).count()
    open_left = run_attempts.filter(submitted_at__isnull=True).count()
    ungraded = run_attempts.filter(submitted_at__isnull=False, score__isnull=True).count()
    per_learner = (
        Certificate.objects.filter(user__in=learners, course=course, course_version=course.version)
        .filter(superseded_at__isnull=True)
        .values("user_id")
        .annotate(n=Count("pk"))
    )
    doubles = sum(1 for row in per_learner if row["n"] != 1)
    passed = set(run_attempts.filter(passed=True).values_list("user_id", flat=True))
    holders = {row["user_id"] for row in per_learner}
    serials = sorted(Certificate.objects.filter(year=timezone.localdate().year).values_list("serial", flat=True))
    gapless = serials == list(range(1, len(serials) + 1))
    consistent = (
        created == starts and graded == submits and open_left == 0 and ungraded == 0 and doubles == 0
        and passed == holders and gapless
    )  # fmt: skip
    return {
        "scenario": SCENARIO,
        "name": "after the load: database consistent",
        "goal": "one attempt per start, each graded once, one certificate per passing learner, serials gapless",
        "measured": f"{starts} starts and {submits} submits answered; {created} attempts, {graded} graded "
        f"({open_left} left open, {ungraded} ungraded); {len(holders)} of {len(passed)} passing learners hold one "
        f"certificate ({doubles} with more); {len(serials):,} serials {'gapless' if gapless else 'WITH GAPS'}",
        "met": consistent,
        "detail": {"created": created, "graded": graded, "starts": starts, "submits": submits, "passed": len(passed),
                   "holders": len(holders), "doubles": doubles, "serials": len(serials), "gapless": gapless},
    }  # fmt: skip


def _course():
    """The course with a quiz already in the bench database (bench_data's), else None."""
    from cms.models import CoursePage
    from quizzes.models import QuizPage

    quiz = QuizPage.objects.live().order_by("pk").first()
    return CoursePage.objects.parent_of(quiz).first() if quiz else None
