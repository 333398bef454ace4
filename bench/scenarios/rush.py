"""The deadline rush (issue 16): 1,000 takers on one core.

Every taker is a different learner (lessons read, pledge confirmed, logged in) who arrives at a random moment within
BENCH_RUSH_WINDOW seconds (60; the arrivals are an open loop, `bench.load.measure_arrivals`: a slow server does not
slow them down, a queue builds as it would with real people) and makes six requests with a pause before each, as a
person on a phone would: the last lesson (0.5-2 s), the quiz page (0.5-2 s), start (0.5-2 s), the attempt page,
submit after answering (3-8 s), the result. Four in five answer right (the bank's key, read here), the others pick
each question's first choice. A request that takes longer than 30 s counts as an error (the person gave up).

BENCH_RUSH_TAKERS: 1,000 (200 in a quick run, in a window scaled to keep the same arrival rate).
Goals: page p95 < 500 ms, submit p95 < 1 s, 0 errors; then two db_worker processes run the certificate tasks and the
database must be consistent: one attempt per start answered, each graded once, one certificate per passing taker,
serials gapless (`bench.scenarios.quiz.consistency`).
"""

import os
import random
import time

from .quiz import _run_workers, answer_key, consistency, open_quiz, path_of, ready_learners, take_quiz

SCENARIO = "rush"
PAGES = ("lesson page", "quiz page", "attempt page", "result page")


def _takers(n: int) -> list:
    from django.utils import timezone

    from employees.models import User, WorkUnit

    unit = WorkUnit.objects.filter(code="BENCH-RUSH").first()
    unit = unit or WorkUnit.add_root(code="BENCH-RUSH", name="Unit Tenggat", kind="dinas")
    stamp = int(time.time()) % 100_000
    users = [
        User(
            nip=f"1986{stamp:05d}{i:09d}"[:18], username=f"rush-{stamp}-{i}", first_name=f"Peserta {i}",
            work_unit=unit, password="!", date_joined=timezone.now(),
        )
        for i in range(n)
    ]  # fmt: skip
    User.objects.bulk_create(users, batch_size=2000)
    return list(User.objects.filter(username__startswith=f"rush-{stamp}-").order_by("pk"))


def _flow(lesson_path: str, quiz_path: str, key: dict, seed: int = 16):
    def flow(client, index):
        rng = random.Random(seed * 100_003 + index)
        passing = rng.random() < 0.8

        def pause(low, high):
            time.sleep(rng.uniform(low, high))

        status, _ = client.get(lesson_path, label="lesson page")
        if status != 200:
            return
        pause(0.5, 2)
        take_quiz(client, quiz_path, key, passing=passing, pause=pause)

    return flow


def run(ctx) -> list[dict]:
    from cms.models import LessonPage
    from quizzes.models import Attempt

    n = int(os.environ.get("BENCH_RUSH_TAKERS", 200 if ctx.quick else 1000))
    window = float(os.environ.get("BENCH_RUSH_WINDOW", 60)) * (n / 1000 if ctx.quick else 1)
    course, quiz = open_quiz()
    takers = _takers(n)
    ready_learners(course, takers)
    lesson = LessonPage.objects.child_of(course).live().order_by("-path").first()
    cookies = [ctx.session_for(user) for user in takers]
    before = Attempt.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    from ..load import measure_arrivals

    m = measure_arrivals(
        ctx.base_url, _flow(path_of(lesson), path_of(quiz), answer_key(quiz)), cookie_sets=cookies,
        window_s=window, ok_statuses={200, 302}, timeout_s=30, groups={"pages": PAGES},
    )  # fmt: skip
    labels = m["by_label"]
    page_latencies = m["by_group"]["pages"]
    submit = labels.get("submit") or {}
    start = labels.get("start") or {}
    errors = m["errors"]
    journeys_done = (labels.get("result page") or {}).get("n", 0) - (labels.get("result page") or {}).get("errors", 0)
    served = f"{m['n']:,} requests in {m['duration_s']} s, {errors} errors, at most {m['max_in_flight']} takers at once"
    results = [
        ctx.result(
            SCENARIO,
            f"{n:,} takers arriving within {window:.0f} s: pages (lesson, quiz, attempt, result)",
            "page p95 < 500 ms, 0 errors",
            f"p50 {page_latencies['p50_ms']} ms, p95 {page_latencies['p95_ms']} ms; {served}",
            page_latencies["p95_ms"] is not None and page_latencies["p95_ms"] < 500 and errors == 0,
            p50_ms=page_latencies["p50_ms"],
            p95_ms=page_latencies["p95_ms"],
            errors=errors,
            detail=m,
        ),
        ctx.result(
            SCENARIO,
            f"{n:,} takers arriving within {window:.0f} s: submit",
            "submit p95 < 1 s, 0 errors",
            f"p50 {submit.get('p50_ms')} ms, p95 {submit.get('p95_ms')} ms, {submit.get('n', 0):,} submits, "
            f"{submit.get('errors')} errors; start p50 {start.get('p50_ms')} ms, p95 {start.get('p95_ms')} ms; "
            f"{journeys_done:,} of {n:,} journeys finished",
            submit.get("p95_ms") is not None and submit["p95_ms"] < 1000 and errors == 0 and journeys_done == n,
            p50_ms=submit.get("p50_ms"),
            p95_ms=submit.get("p95_ms"),
            errors=submit.get("errors"),
        ),
    ]
    _run_workers()
    starts = start.get("n", 0) - start.get("errors", 0)
    submits = submit.get("n", 0) - submit.get("errors", 0)
    check = consistency(quiz, course, takers, before=before, starts=starts, submits=submits)
    results.append({**check, "scenario": SCENARIO, "name": "after the rush: database consistent"})
    return results
