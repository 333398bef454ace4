"""Capacity of one core (for docs/deploy.md and gunicorn.conf.py's default): the logged-in lesson page and the
minimal view with 1 sync worker, 2 sync workers and 2 workers x 4 threads (gthread), all pinned to the same core.
Full runs only (`--quick` skips it). Informational: no goal."""

from bench import data
from bench.load import measure
from bench.server import serve

SCENARIO = "capacity"
SHAPES = [(1, 1), (2, 1), (2, 4)]


def run(ctx) -> list[dict]:
    if ctx.quick:
        return []
    pages = data.pages()
    cookies = ctx.session_for(data.learner(0))
    lesson = pages["lesson"].url_path.removeprefix(pages["home"].url_path.rstrip("/"))
    results = []
    for workers, threads in SHAPES:
        with serve(workers=workers, threads=threads, cpu=0) as url:
            base = measure(url, "/bench/minimal/", connections=16, duration_s=ctx.duration)
            page = measure(url, lesson, connections=16, duration_s=ctx.duration, cookies=cookies)
        results.append(
            ctx.result(
                SCENARIO,
                f"one core, {workers} worker(s) x {threads} thread(s): lesson logged in / minimal",
                "(info)",
                f"lesson {page['rps']} rps (p95 {page['p95_ms']} ms), minimal {base['rps']} rps, "
                f"{page['errors'] + base['errors']} errors",
                None,
                rps=page["rps"],
                ratio=round(page["rps"] / base["rps"], 3) if base["rps"] else None,
                p50_ms=page["p50_ms"],
                p95_ms=page["p95_ms"],
                errors=page["errors"],
                detail={"lesson": page, "minimal": base},
            )  # fmt: skip
        )
    return results
