"""The deadline rush (issue 16): 1,000 takers on one core.

Every taker is a different learner (lessons read, pledge confirmed, logged in) who arrives at a random moment within
BENCH_RUSH_WINDOW seconds (60; the arrivals are an open loop, `bench.load.measure_arrivals`: a slow server does not
slow them down, a queue builds as it would with real people) and makes six requests with a pause before each, as a
person on a phone would: the last lesson (0.5-2 s), the quiz page (0.5-2 s), start (0.5-2 s), the attempt page,
submit after answering (3-8 s), the result. Four in five answer right (the bank's key, read here), the others pick
each question's first choice. A request that takes longer than 30 s counts as an error (the person gave up).

The rush runs twice, on servers pinned to core 0: the bench's single sync worker, then the production default for
one core (gunicorn.conf.py: 2 sync workers, one computing while the other waits on PostgreSQL or Redis).
BENCH_RUSH_TAKERS: 1,000 (a quick run: 100, in a window scaled to keep the same arrival rate, single worker only).
Goals: page p95 < 500 ms, submit p95 < 1 s, 0 errors; then two db_worker processes run the certificate tasks and the
database must be consistent: one attempt per start answered, each graded once, one certificate per passing taker,
serials gapless (`bench.scenarios.quiz.consistency`).
"""

import os
import random
import time

from .. import workers
from .quiz import answer_key, bench_learners, consistency, open_quiz, path_of, ready_learners, take_quiz

SCENARIO = "rush"
PAGES = ("lesson page", "quiz page", "attempt page", "result page")
# The bench's single sync worker first (the measurement; a quick run measures only it), then the production
# default for one core (gunicorn.conf.py: 2 sync workers), each pinned to core 0.
SHAPES = [(1, 1), (2, 1)]


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


def _rush(ctx, base_url, shape: str, n: int, window: float) -> list[dict]:
    from cms.models import LessonPage
    from quizzes.models import Attempt

    from ..load import measure_arrivals

    course, quiz = open_quiz()
    takers = bench_learners(n, "rush")
    ready_learners(course, takers)
    lesson = LessonPage.objects.child_of(course).live().order_by("-path").first()
    cookies = [ctx.session_for(user) for user in takers]
    before = Attempt.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    m = measure_arrivals(
        base_url, _flow(path_of(lesson), path_of(quiz), answer_key(quiz)), cookie_sets=cookies,
        window_s=window, ok_statuses={200, 302}, timeout_s=30, groups={"pages": PAGES},
    )  # fmt: skip
    labels = m["by_label"]
    pages = m["by_group"]["pages"]
    submit = labels.get("submit") or {}
    start = labels.get("start") or {}
    errors = m["errors"]
    done = (labels.get("result page") or {}).get("n", 0) - (labels.get("result page") or {}).get("errors", 0)
    served = f"{m['n']:,} requests in {m['duration_s']} s, {errors} errors, at most {m['max_in_flight']} takers at once"
    title = f"{n:,} takers arriving within {window:.0f} s, {shape}"
    results = [
        ctx.result(
            SCENARIO,
            f"{title}: pages (lesson, quiz, attempt, result)",
            "page p95 < 500 ms, 0 errors",
            f"p50 {pages['p50_ms']} ms, p95 {pages['p95_ms']} ms; {served}",
            pages["p95_ms"] is not None and pages["p95_ms"] < 500 and errors == 0,
            p50_ms=pages["p50_ms"],
            p95_ms=pages["p95_ms"],
            errors=errors,
            detail=m,
        ),
        ctx.result(
            SCENARIO,
            f"{title}: submit",
            "submit p95 < 1 s, 0 errors",
            f"p50 {submit.get('p50_ms')} ms, p95 {submit.get('p95_ms')} ms, {submit.get('n', 0):,} submits, "
            f"{submit.get('errors')} errors; start p50 {start.get('p50_ms')} ms, p95 {start.get('p95_ms')} ms; "
            f"{done:,} of {n:,} journeys finished",
            submit.get("p95_ms") is not None and submit["p95_ms"] < 1000 and errors == 0 and done == n,
            p50_ms=submit.get("p50_ms"),
            p95_ms=submit.get("p95_ms"),
            errors=submit.get("errors"),
        ),
    ]
    workers.drain(name="rush")
    starts = start.get("n", 0) - start.get("errors", 0)
    submits = submit.get("n", 0) - submit.get("errors", 0)
    check = consistency(quiz, course, takers, before=before, starts=starts, submits=submits)
    results.append({**check, "scenario": SCENARIO, "name": f"after the rush ({shape}): database consistent"})
    return results


def run(ctx) -> list[dict]:
    from ..server import serve

    n = int(os.environ.get("BENCH_RUSH_TAKERS", 100 if ctx.quick else 1000))
    window = float(os.environ.get("BENCH_RUSH_WINDOW", 60)) * (n / 1000 if ctx.quick else 1)
    results = []
    for web_workers, threads in SHAPES if not ctx.quick else SHAPES[:1]:
        shape = f"one core, {web_workers} sync worker{'s' if web_workers > 1 else ''}" + (
            f" x {threads} threads" if threads > 1 else ""
        )
        if (web_workers, threads) == (ctx.workers, 1):
            results += _rush(ctx, ctx.base_url, shape, n, window)
        else:
            with serve(workers=web_workers, threads=threads, cpu=0) as base_url:
                results += _rush(ctx, base_url, shape, n, window)
    return results
