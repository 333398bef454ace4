"""`make bench` / `make bench-quick`: every scenario against the production server, the minimal view as baseline.

    python -m bench.run [--quick] [--only pages,quiz] [--workers 1]

One gunicorn (bench/server.py: production settings, one sync worker pinned to core 0, PostgreSQL and Redis on this
machine), the load generator on core 1 (bench/load.py), and /bench/minimal/ measured in the same run as the
baseline: every rate is also given as a ratio to it, because absolute numbers on a shared machine drift.

A scenario is a module listed in SCENARIOS with `run(ctx) -> list[dict]`. Each result dict has:
  scenario, name (what was measured), goal (text), measured (text), met (True/False/None = no goal),
  and optionally rps, ratio (rps / the minimal view's at the same connections), p50_ms, p95_ms, queries, errors,
  detail (anything else, kept in the JSON).
`ctx` (Context below): base_url, quick, duration (seconds per measurement), baseline(connections), measure(...),
measure_vs_minimal(...) (the minimal view measured right before and after: preferred), ratio(measurement),
session_for(user) (logged-in cookies; staff get a TOTP device first), probe(path, cookies) (status, SQL queries and
cache state of one request, from the server's log), serve(env=...) (another server, e.g. a feature switched off for a
before/after), result(...) (a result dict).

Results: bench/results/latest.json and bench/results/latest.md (every goal marked met / not met).
"""

import argparse
import datetime as dt
import importlib
import json
import os
import platform
import subprocess
import sys
import time
import traceback

from .server import BASE_DIR, bench_env, get, log_size, prepare, request_lines, serve

SCENARIOS = [
    "bench.scenarios.pages",
    "bench.scenarios.hr",
    "bench.scenarios.certificates",
    "bench.scenarios.quiz",
    "bench.scenarios.rush",
    "bench.scenarios.capacity",
]
RESULTS = BASE_DIR / "bench" / "results"


class Context:
    def __init__(self, base_url, *, quick: bool, workers: int):
        self.base_url = base_url
        self.quick = quick
        self.workers = workers
        self.duration = 2 if quick else 12
        self._baselines: dict[int, dict] = {}

    # --- load ---
    def measure(self, requests, *, base_url=None, connections=16, duration_s=None, **kwargs) -> dict:
        from .load import measure

        if duration_s is None and kwargs.get("count") is None:
            duration_s = self.duration
        return measure(base_url or self.base_url, requests, connections=connections, duration_s=duration_s, **kwargs)

    def baseline(self, connections: int = 16) -> dict:
        """The minimal view's throughput at this many connections (measured once per run)."""
        if connections not in self._baselines:
            self._baselines[connections] = self.measure("/bench/minimal/", connections=connections)
        return self._baselines[connections]

    def measure_vs_minimal(self, requests, *, base_url=None, connections=16, **kwargs) -> dict:
        """`measure` with the minimal view measured on the same server right before and right after: the result
        gets "baseline_rps" (their mean) and "ratio" (rps / baseline_rps). On a shared machine the load changes
        from minute to minute; an adjacent baseline keeps the ratio honest."""
        before = self.measure("/bench/minimal/", base_url=base_url, connections=connections)
        result = self.measure(requests, base_url=base_url, connections=connections, **kwargs)
        after = self.measure("/bench/minimal/", base_url=base_url, connections=connections)
        baseline = round((before["rps"] + after["rps"]) / 2, 1)
        result["baseline_rps"] = baseline
        result["ratio"] = round(result["rps"] / baseline, 3) if baseline else None
        return result

    def ratio(self, measurement: dict) -> float | None:
        if measurement.get("baseline_rps") is not None:
            return measurement["ratio"]
        base = self.baseline(measurement.get("connections", 16))["rps"]
        return round(measurement["rps"] / base, 3) if base and measurement.get("rps") is not None else None

    # --- sessions and probes ---
    def session_for(self, user) -> dict:
        """Cookies of a logged-in session for `user` (staff: with a TOTP device, as the MFA gate requires)."""
        from .sessions import session_cookies

        return session_cookies(user)

    def probe(self, path: str, cookies: dict | None = None, *, base_url=None, repeat: int = 1) -> dict:
        """GET `path` `repeat` times; the last request's status, time, SQL query count and page-cache state."""
        from .load import cookie_header

        base_url = base_url or self.base_url
        headers = {"Cookie": cookie_header(cookies)} if cookies else {}
        for _ in range(repeat):
            offset = log_size(base_url)
            status, body = get(base_url + path, headers=headers)
        for _ in range(20):
            lines = [line for line in request_lines(base_url, offset) if line["path"] == path.split("?")[0]]
            if lines:
                return {"status": status, "bytes": len(body), **lines[-1]}
            time.sleep(0.05)
        return {"status": status, "bytes": len(body), "queries": None}

    def serve(self, env=None, workers=None):
        return serve(workers=workers or self.workers, cpu=0, env=env)

    @staticmethod
    def result(scenario, name, goal, measured, met, **extra) -> dict:
        return {"scenario": scenario, "name": name, "goal": goal, "measured": measured, "met": met, **extra}


def _commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=BASE_DIR, capture_output=True, text=True
        ).stdout.strip()
    except OSError:
        return "?"


def _fmt(value, suffix=""):
    return "–" if value is None else f"{value}{suffix}"


def write_results(results: list[dict], meta: dict) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps({"meta": meta, "results": results}, indent=2, default=str) + "\n")
    met = sum(1 for r in results if r.get("met") is True)
    goals = sum(1 for r in results if r.get("met") is not None)
    lines = [
        "# Benchmark results",
        "",
        f"{meta['started']} · commit {meta['commit']} · {'quick' if meta['quick'] else 'full'} run · "
        f"gunicorn {meta['workers']} sync worker(s) pinned to core 0, load generator on core 1 · "
        f"{meta['machine']}",
        "",
        "Baseline (the minimal view, same server, same run): "
        + ", ".join(f"{c} connections {b['rps']} rps (p50 {b['p50_ms']} ms)" for c, b in meta["baselines"].items()),
        "",
        f"**{met} of {goals} goals met.** Ratios are what to compare across runs: this machine is shared.",
        "",
        "| scenario | measure | goal | measured | ratio vs minimal | queries | met |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        mark = {True: "met", False: "**not met**", None: "(info)"}[r.get("met")]
        lines.append(
            f"| {r['scenario']} | {r['name']} | {r['goal']} | {r['measured']} | {_fmt(r.get('ratio'), 'x')} | "
            f"{_fmt(r.get('queries'))} | {mark} |"
        )
    (RESULTS / "latest.md").write_text("\n".join(lines) + "\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="short measurements (the whole run in about 2 minutes)")
    parser.add_argument("--only", default="", help="comma-separated scenario module names (e.g. pages)")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)

    os.environ.update(bench_env())
    prepare()
    import django

    django.setup()
    modules = [m for m in SCENARIOS if not args.only or m.rsplit(".", 1)[1] in args.only.split(",")]
    started = dt.datetime.now(dt.UTC)
    results: list[dict] = []
    with serve(workers=args.workers, cpu=0) as base_url:
        ctx = Context(base_url, quick=args.quick, workers=args.workers)
        ctx.baseline(16)
        for name in modules:
            print(f"bench: {name} ...", flush=True)
            t0 = time.monotonic()
            try:
                results += importlib.import_module(name).run(ctx)
            except Exception as error:  # noqa: BLE001 (one broken scenario must not hide the others' numbers)
                traceback.print_exc()
                results.append(ctx.result(name, "scenario crashed", "runs", f"{type(error).__name__}: {error}", False))
            print(f"bench: {name} done in {time.monotonic() - t0:.0f} s", flush=True)
        _, health = get(f"{base_url}/healthz")
    meta = {
        "started": started.strftime("%Y-%m-%d %H:%M UTC"),
        "commit": _commit(),
        "quick": args.quick,
        "workers": args.workers,
        "machine": f"{os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}",
        "baselines": dict(ctx._baselines),
        "health_at_end": json.loads(health),
        "seconds": round((dt.datetime.now(dt.UTC) - started).total_seconds()),
    }
    write_results(results, meta)
    print((RESULTS / "latest.md").read_text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
