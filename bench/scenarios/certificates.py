"""Certificates issued by the task worker (issue 16 item 4): two `db_worker` processes, production settings, the
PostgreSQL task queue; a render's own time; memory over many renders.

- Issuing: N learners (BENCH_CERTIFICATES, 10,000; 200 in a quick run) each get an `issue_certificate` task on the
  queue, then two `manage.py db_worker` processes run them. Measured: the time until every task has finished, the
  certificates per second, and the projection to 10,000. Checked: every task succeeded, one certificate per
  learner, serials of the run gapless and unique, every PDF stored.
- Render: `certificate_render` of an issued certificate, in this process, 30 times after a warm-up: the median.
- Memory: the resident set before and after RENDERS renders (1,000; 100 quick): flat means < 20 MB growth.
Goals (issue 16): 10,000 in <= 5 minutes with two workers; render median <= 40 ms; memory flat. A quick run (200
certificates) judges the checks only: its rate is information (the workers' start-up weighs on a few hundred).
"""

import os
import resource
import statistics
import subprocess
import time
from decimal import Decimal

from .. import workers

SCENARIO = "certificates"


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _learners(n: int, course) -> list[int]:
    from django.utils import timezone

    from employees.models import User, WorkUnit

    unit = WorkUnit.objects.filter(code="BENCH-CERT").first()
    unit = unit or WorkUnit.add_root(code="BENCH-CERT", name="Unit Sertifikat", kind="dinas")
    stamp = int(time.time()) % 100_000
    users = [
        User(
            nip=f"1985{stamp:05d}{i:09d}"[:18], username=f"cert-{stamp}-{i}", first_name=f"Peserta {i}",
            work_unit=unit, password="!", date_joined=timezone.now(),
        )
        for i in range(n)
    ]  # fmt: skip
    User.objects.bulk_create(users, batch_size=2000)
    return list(User.objects.filter(username__startswith=f"cert-{stamp}-").values_list("pk", flat=True))


def _issue(ctx, n: int, course) -> dict:
    from django_tasks_db.models import DBTaskResult

    from certificates.models import Certificate
    from certificates.tasks import issue_certificate

    user_ids = _learners(n, course)
    first_id = (Certificate.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
    DBTaskResult.objects.all().delete()
    for user_id in user_ids:
        issue_certificate.enqueue(user_id=user_id, course_id=course.pk, score="90")
    workers.analyze_queue()
    started = time.monotonic()
    processes = workers.start(2, name="bench", stderr=subprocess.PIPE)
    errors = b""
    for worker in processes:
        errors += worker.communicate(timeout=3600)[1][-2000:]
    seconds = time.monotonic() - started
    issued = Certificate.objects.filter(pk__gte=first_id, user_id__in=user_ids)
    serials = sorted(issued.values_list("serial", flat=True))
    return {
        "n": n,
        "seconds": round(seconds, 1),
        "per_second": round(n / seconds, 2),
        "succeeded": DBTaskResult.objects.successful().count(),
        "failed": DBTaskResult.objects.failed().count(),
        "certificates": len(serials),
        "gapless": serials == list(range(serials[0], serials[0] + len(serials))) if serials else False,
        "with_pdf": issued.exclude(pdf="").count(),
        "projected_10000_s": round(10_000 * seconds / n),
        "worker_stderr_tail": errors.decode(errors="replace")[-500:],
    }


def _render(ctx, course) -> dict:
    from certificates.models import Certificate
    from certificates.rendering import certificate_render
    from certificates.services import certificate_issue
    from employees.models import User

    user = User.objects.filter(username__startswith="cert-").first()
    certificate = certificate_issue(user=user, course=course, score=Decimal("90"))
    certificate = Certificate.objects.get(pk=certificate.pk)
    for _ in range(3):
        certificate_render(certificate)
    times = []
    for _ in range(30):
        t0 = time.perf_counter()
        certificate_render(certificate)
        times.append((time.perf_counter() - t0) * 1000)
    renders = 100 if ctx.quick else 1000
    before = _rss_mb()
    for _ in range(renders):
        certificate_render(certificate)
    after = _rss_mb()
    return {
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(sorted(times)[28], 1),
        "renders": renders,
        "rss_before_mb": round(before, 1),
        "rss_after_mb": round(after, 1),
        "maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def run(ctx) -> list[dict]:
    from .. import data

    course = _course() or data.pages()["course"]
    n = int(os.environ.get("BENCH_CERTIFICATES", 200 if ctx.quick else 10_000))
    issued = _issue(ctx, n, course)
    ok = issued["failed"] == 0 and issued["certificates"] == n and issued["gapless"] and issued["with_pdf"] == n
    render = _render(ctx, course)
    growth = render["rss_after_mb"] - render["rss_before_mb"]
    return [
        ctx.result(
            SCENARIO,
            f"{n:,} certificates by two db_worker processes",
            "10,000 in <= 300 s, one per learner, serials gapless, every PDF stored"
            + (
                " (quick run: the rate is information only, the workers' 2 s start-up weighs on a few hundred)"
                if n < 10_000 and ctx.quick
                else ""
            ),
            f"{issued['seconds']} s ({issued['per_second']}/s; 10,000 projected {issued['projected_10000_s']} s), "
            f"{issued['certificates']:,} certificates, {issued['failed']} failed tasks, gapless {issued['gapless']}, "
            f"{issued['with_pdf']:,} PDFs",
            (ok and issued["projected_10000_s"] <= 300) if not ctx.quick else (False if not ok else None),
            detail=issued,
        ),
        ctx.result(
            SCENARIO,
            "certificate render (WeasyPrint, this process)",
            "median <= 40 ms",
            f"median {render['median_ms']} ms, p95 {render['p95_ms']} ms",
            render["median_ms"] <= 40,
            p50_ms=render["median_ms"],
            p95_ms=render["p95_ms"],
            detail=render,
        ),  # fmt: skip
        ctx.result(
            SCENARIO,
            f"memory over {render['renders']:,} renders",
            "flat (< 20 MB growth)",
            f"{render['rss_before_mb']} -> {render['rss_after_mb']} MB",
            growth < 20,
            detail=render,
        ),
    ]


def _course():
    """The course with a quiz already in the bench database (bench_data's), else None."""
    from cms.models import CoursePage
    from quizzes.models import QuizPage

    quiz = QuizPage.objects.live().order_by("pk").first()
    return CoursePage.objects.parent_of(quiz).first() if quiz else None
