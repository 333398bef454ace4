"""Quiz start and submit at 16 connections (issue 16 item 3), then the consistency check after the load.

16 learners (lessons read, pledge confirmed), one per connection, each in turn: start an attempt (POST on the quiz
page), open the quiz page (its link to the open attempt), open the attempt, submit every question answered right.
Timed per step. Goals: start p95 < 300 ms, submit p95 < 300 ms, 0 errors.
After the load, two db_worker processes run the queued certificate tasks, then: every attempt started in the run
is graded exactly once, each learner holds exactly one certificate for the course version, and the year's serials
are gapless and unique.
"""

import os
import re
import subprocess
import sys

from ..server import BASE_DIR, bench_env

SCENARIO = "quiz"
LEARNERS = 16


def _setup():
    from cms.models import LessonPage, LessonProgress
    from quizzes import services
    from quizzes.models import QuizPage
    from tests.support.builders import build_quiz

    from .. import data

    course = data.pages()["course"]
    quiz = QuizPage.objects.child_of(course).live().first() or build_quiz(course, questions=10)
    learners = [data.learner(100 + n) for n in range(LEARNERS)]
    lessons = list(LessonPage.objects.child_of(course).live())
    for learner in learners:
        for lesson in lessons:
            LessonProgress.objects.get_or_create(user=learner, lesson=lesson)
        services.pledge_confirm(user=learner, ip_address="127.0.0.1")
    return course, quiz, learners


def _path(page) -> str:
    return page.url_path.removeprefix(page.get_site().root_page.url_path.rstrip("/")) or "/"


def _flow(quiz_path: str):
    attempt_link = re.compile(rb"/kuis/percobaan/(\d+)/")
    choice = re.compile(rb'name="q-(\d+)" value="(\d+)"')

    def flow(client):
        client.post(quiz_path, {}, label="start")
        _status, page = client.get(quiz_path, label="quiz page")
        ids = [int(pk) for pk in attempt_link.findall(page)]
        if not ids:
            client._record("no open attempt", 0, 0.0)
            return
        attempt = f"/kuis/percobaan/{max(ids)}/"
        _status, form = client.get(attempt, label="attempt page")
        answers = {}
        for question, value in choice.findall(form):
            answers.setdefault(f"q-{question.decode()}", value.decode())  # the first choice of each
        client.post(attempt, answers, label="submit")

    return flow


def _run_workers() -> None:
    env = {**os.environ, **bench_env({"DJANGO_SETTINGS_MODULE": "bench.worker_settings"})}
    workers = [
        subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay", "--interval", "0.1",
             "--worker-id", f"quiz-{i}"],
            cwd=BASE_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        for i in range(2)
    ]  # fmt: skip
    for worker in workers:
        worker.wait(timeout=1800)


def run(ctx) -> list[dict]:
    from django.db.models import Count
    from django.utils import timezone

    from certificates.models import Certificate
    from quizzes.models import Attempt

    course, quiz, learners = _setup()
    before = Attempt.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    cookies = [ctx.session_for(learner) for learner in learners]
    m = ctx.measure(
        _flow(_path(quiz)), cookies=cookies, connections=16, count=32 if ctx.quick else 160, ok_statuses={200, 302}
    )
    labels = m.get("by_label", {})
    results = []
    for label, goal in (("start", 300), ("submit", 300), ("quiz page", None), ("attempt page", None)):
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
    _run_workers()
    run_attempts = Attempt.objects.filter(pk__gt=before, quiz=quiz)
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
    consistent = open_left == 0 and ungraded == 0 and doubles == 0 and passed <= holders and gapless
    results.append(
        ctx.result(
            SCENARIO,
            "after the load: database consistent",
            "each attempt graded once, one certificate per pass, serials gapless",
            f"{run_attempts.count()} attempts ({open_left} left open, {ungraded} ungraded), {len(holders)} of "
            f"{len(passed)} passing learners hold one certificate ({doubles} with more), "
            f"{len(serials)} serials {'gapless' if gapless else 'WITH GAPS'}",
            consistent,
        )
    )
    return results
