"""Benchmark: peak memory and wall time of the HR employee-list export (CSV and XLSX) at 100,000 rows.

The export is `tracking.admin.views.EmployeeStatusView` (admin URL `hr_employees`, /admin/hr/pegawai/) with
`?course=<id>&export=csv|xlsx`, Wagtail's SpreadsheetExportMixin (or whatever the view overrides it with): CSV is a
StreamingHttpResponse, XLSX an openpyxl write-only workbook returned as a FileResponse. Rows are Completion rows (one
per employee per course).

Setup, in a throwaway test database: one WorkUnit, one course (`tests.support.builders.build_course()`) with an
Assignment (the view only offers assigned courses), N users and N Completion rows via bulk_create (no signals,
no save()), and an HR viewer with `wagtailadmin.access_admin`, `tracking.view_completion` and
`employees.view_all_units`.

Then, in this one process, CSV first and XLSX second: `django.test.Client` (force_login) GETs the export and the
response is consumed fully. Measured per export, from just before the request until the body is consumed:
  - wall time (with tracemalloc running, so slower than in production);
  - tracemalloc peak: Python allocations made during the export (tracemalloc restarted before each export). The
    target is peak < 150 MB (MB = 2**20 bytes here, like ru_maxrss's KiB);
  - ru_maxrss before and after: the process's resident-set high-water mark. It never goes down, so XLSX only
    shows growth above whatever CSV (or the data setup) already reached; it also includes memory tracemalloc does
    not see (SQLite's or libpq's buffers, tracemalloc's own bookkeeping).
Rows are counted outside the measured window (CSV lines minus the header; XLSX loaded with openpyxl read_only).

When an export misses the target, it is run once more with a tracemalloc snapshot taken half-way through the rows
(wrapping the view's `to_row_dict` and `QuerySet._fetch_all` in this process only; project code is untouched): it
prints the top allocation sites, the allocations grouped by package, the Completion instances and QuerySet result
caches alive then, and which line evaluated a Completion QuerySet whole. `--top 0` skips it,
`--diagnose` does it for both formats. Before measuring, each format is exported once with a filter matching no row
(a warm-up: imports, URL resolver and template caches are not counted against the export).

SQLite by default (a file-backed test database var/bench/hr_export-<pid>.sqlite3, removed afterwards, also on
SIGTERM); PostgreSQL when DATABASE_URL is set, e.g. `DATABASE_URL=postgres://postgres@127.0.0.1:5432/test`
(test database `test_hr_export_<pid>`, so a concurrent test run's `test_test` is never clobbered).
Numbers go to var/bench/hr_export.json.

Run: `make bench`, or `DJANGO_SETTINGS_MODULE=netral.settings.test .venv/bin/python -m bench.hr_export`.
"""

import argparse
import datetime as dt
import functools
import gc
import io
import json
import os
import platform
import resource
import signal
import sys
import time
import traceback
import tracemalloc
from pathlib import Path
from unittest import mock

MAX_PEAK_MB = 150.0
MB = 1024 * 1024
BASE_DIR = Path(__file__).resolve().parent.parent
OUTPUT = BASE_DIR / "var" / "bench" / "hr_export.json"
SQLITE_TEST_DB = BASE_DIR / "var" / "bench" / f"hr_export-{os.getpid()}.sqlite3"  # per process: runs may overlap
FORMATS = ("csv", "xlsx")  # in this order: ru_maxrss is a high-water mark, XLSX is measured on top of CSV
FIRST_NAMES = ["Ahmad", "Siti", "Budi", "Dewi", "Agus", "Rina", "Hendra", "Wulan", "Joko", "Ratna", "Eko", "Lestari"]
LAST_NAMES = ["Santoso", "Aminah", "Wijaya", "Lestari", "Pratama", "Sari", "Hidayat", "Kurniawan", "Nugroho", "Putri"]
GOLONGAN = ["II/c", "III/a", "III/b", "III/c", "III/d", "IV/a"]


class BenchError(Exception):
    """Something in the project's path is broken (half-changed code): reported clearly, exit status 1."""


def fail(what: str, error: BaseException) -> None:
    traceback.print_exception(error, file=sys.stderr)
    print(f"\nbench: FAILED {what}: {type(error).__name__}: {error}", file=sys.stderr)
    sys.exit(1)


def maxrss_mb() -> float:
    """The process's peak resident set so far (Linux reports KiB, macOS bytes)."""
    value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return value / MB if sys.platform == "darwin" else value / 1024


def rss_mb() -> float | None:
    """The current resident set (Linux only), to show whether memory went back after an export."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / MB


def nip_for(i: int) -> str:
    """A unique, NIP-shaped 18-digit string: birth date (8), appointment (6), sex (1), serial (3)."""
    birth = dt.date(1970, 1, 1) + dt.timedelta(days=i // 1000)
    return f"{birth:%Y%m%d}201503{1 + i % 2}{i % 1000:03d}"


def build_data(rows: int, batch: int) -> dict:
    """One unit, one assigned course, `rows` employees with one Completion each, and the HR viewer."""
    from django.contrib.auth.models import Permission
    from django.utils import timezone

    from bench.sessions import ensure_second_factor
    from employees.models import EmploymentType, User, WorkUnit
    from tests.support.builders import build_course
    from tracking.models import Assignment, Completion

    today = timezone.localdate()
    started = time.perf_counter()
    unit = WorkUnit.add_root(code="BENCH", name="Dinas Benchmark Ekspor", kind="dinas")
    course = build_course()
    # bulk_create: the view only lists courses with an assignment, and no post_save sync should run here.
    Assignment.objects.bulk_create([Assignment(course=course, due_date=today)])
    now = timezone.now()
    for start in range(0, rows, batch):
        users = []
        for i in range(start, min(start + batch, rows)):
            nip = nip_for(i)
            first = f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {LAST_NAMES[(i // len(FIRST_NAMES)) % len(LAST_NAMES)]}"
            users.append(
                User(
                    nip=nip,
                    username=nip,
                    first_name=first,
                    work_unit=unit,
                    password="!",
                    date_joined=now,
                    employment_type=EmploymentType.PNS,
                    golongan=GOLONGAN[i % len(GOLONGAN)],
                )
            )
        User.objects.bulk_create(users, batch_size=batch)
    user_ids = User.objects.filter(work_unit=unit).order_by("pk").values_list("pk", flat=True)
    for start in range(0, rows, batch):
        ids = user_ids[start : start + batch]
        Completion.objects.bulk_create([Completion(user_id=pk, course=course, due_date=today) for pk in ids])
    viewer = User(
        username="hr-bench",
        email="hr-bench@bench.invalid",
        first_name="HR Benchmark",
        employment_type=EmploymentType.NON_ASN,
    )
    viewer.set_unusable_password()
    viewer.save()
    wanted = [("wagtailadmin", "access_admin"), ("tracking", "view_completion"), ("employees", "view_all_units")]
    for app_label, codename in wanted:
        viewer.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    completions = Completion.objects.filter(course=course).count()
    if completions != rows:
        raise BenchError(f"expected {rows} Completion rows, the database holds {completions}")
    viewer = User.objects.get(pk=viewer.pk)
    ensure_second_factor(viewer)  # staff must have one, or the MFA gate (employees.middleware) redirects (302)
    return {"course": course, "viewer": viewer, "seconds": time.perf_counter() - started}


def count_rows(export_format: str, body: bytes | None, lines: int) -> tuple[int, list]:
    """Data rows (header excluded) and the first data row, for a sanity check."""
    if export_format == "csv":
        return max(lines - 1, 0), []
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(body), read_only=True)
    try:
        sheet = workbook.worksheets[0]
        count, first = 0, []
        for n, row in enumerate(sheet.iter_rows(values_only=True)):
            if n == 1:
                first = [str(v) if v is not None else "" for v in row]
            count += 1
    finally:
        workbook.close()
    return max(count - 1, 0), first


def fetch(client, url: str, export_format: str, on_chunk=None) -> dict:
    """GET the export and consume the body. CSV: count lines as the chunks arrive (nothing kept); XLSX: keep the
    bytes to count rows later. Returns what was seen."""
    response = client.get(url)
    if response.status_code != 200:
        raise BenchError(f"GET {url} answered {response.status_code}, not 200")
    lines, size, first_line = 0, 0, b""
    buffer = io.BytesIO() if export_format == "xlsx" else None
    try:
        chunks = response.streaming_content if response.streaming else [response.content]
        for chunk in chunks:
            size += len(chunk)
            if buffer is not None:
                buffer.write(chunk)
            else:
                if lines < 2:
                    first_line += chunk
                lines += chunk.count(b"\n")
            if on_chunk:
                on_chunk()
    finally:
        response.close()
    return {
        "status": response.status_code,
        "streaming": response.streaming,
        "response_class": type(response).__name__,
        "content_type": response.get("Content-Type"),
        "bytes": size,
        "lines": lines,
        "body": buffer.getvalue() if buffer is not None else None,
        "first_lines": first_line.decode("utf-8", "replace").splitlines()[:2],
    }


def measure(client, url: str, export_format: str) -> dict:
    gc.collect()
    tracemalloc.stop()  # a fresh start: only allocations made by this export count
    rss_before, maxrss_before = rss_mb(), maxrss_mb()
    tracemalloc.start()
    start = time.perf_counter()
    try:
        seen = fetch(client, url, export_format)
    except BenchError:
        raise
    except Exception as error:
        fail(f"the {export_format} export (GET {url})", error)
    seconds = time.perf_counter() - start
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    maxrss_after, rss_after = maxrss_mb(), rss_mb()
    body = seen.pop("body")
    rows, first_row = count_rows(export_format, body, seen["lines"])
    if export_format == "csv":
        header = seen["first_lines"][0] if seen["first_lines"] else ""
        first_row = seen["first_lines"][1] if len(seen["first_lines"]) > 1 else ""
    else:
        header = None
    return {
        "format": export_format,
        "url": url,
        **{k: v for k, v in seen.items() if k not in ("first_lines", "lines")},
        "rows": rows,
        "seconds": seconds,
        "tracemalloc_peak_bytes": peak,
        "tracemalloc_peak_mb": peak / MB,
        "tracemalloc_left_mb": current / MB,
        "maxrss_before_mb": maxrss_before,
        "maxrss_after_mb": maxrss_after,
        "maxrss_growth_mb": maxrss_after - maxrss_before,
        "rss_before_mb": rss_before,
        "rss_after_mb": rss_after,
        "peak_ok": peak / MB < MAX_PEAK_MB,
        "csv_header": header,
        "first_row": first_row,
    }


@functools.cache
def site_of(filename: str) -> str:
    """A file named shortly: inside site-packages, inside the project, or the stdlib module's name."""
    path = Path(filename)
    if "site-packages" in path.parts:
        return "/".join(path.parts[path.parts.index("site-packages") + 1 :])
    try:
        return str(path.relative_to(BASE_DIR))
    except ValueError:
        return "stdlib: " + path.name


@functools.cache
def owner_of(filename: str) -> str:
    """Who allocated: a package (Django by sub-package, e.g. django/db/models), a project file, or the stdlib."""
    site = site_of(filename)
    if site.startswith("stdlib: ") or "site-packages" not in Path(filename).parts:
        return site
    parts = site.split("/")
    return "/".join(parts[:-1][:3]) if parts[0] == "django" else parts[0]


def diagnose(client, url: str, export_format: str, rows: int, top: int) -> dict:
    """Run the export again, with two spies in this process only (project code untouched): one on
    QuerySet._fetch_all records who evaluates a Completion queryset whole (its result cache), one on the view's
    to_row_dict takes a tracemalloc snapshot half-way through the rows and counts the Completion instances and
    QuerySet result caches alive at that moment."""
    from django.db.models.query import QuerySet

    from tracking.admin.views import EmployeeStatusView
    from tracking.models import Completion

    state = {"calls": 0, "snapshot": None, "alive": None, "caches": None, "traced": None, "fetched_by": []}
    real_row, real_fetch = EmployeeStatusView.to_row_dict, QuerySet._fetch_all
    half = max(rows // 2, 1)

    def to_row_dict(self, item):
        state["calls"] += 1
        if state["calls"] == half and state["snapshot"] is None:
            state["traced"] = tracemalloc.get_traced_memory()
            state["snapshot"] = tracemalloc.take_snapshot()
            objects = gc.get_objects()
            state["alive"] = sum(1 for o in objects if type(o) is Completion)
            state["caches"] = [
                len(o._result_cache)
                for o in objects
                if isinstance(o, QuerySet) and o.model is Completion and o._result_cache is not None
            ]
            del objects
        return real_row(self, item)

    def fetch_all(self):
        if self._result_cache is None and self.model is Completion:
            # The caller: the innermost frame outside Django's ORM (e.g. len(queryset) in a view). Source lines are
            # read after tracing stops, so linecache does not count against the snapshot.
            frames = traceback.StackSummary.extract(traceback.walk_stack(sys._getframe(1)), lookup_lines=False)
            state["fetched_by"].append(next((f for f in frames if "django/db/" not in f.filename), frames[0]))
        return real_fetch(self)

    gc.collect()
    tracemalloc.stop()
    tracemalloc.start()  # one frame: as cheap as the measured run; the spies above say where the rows come from
    try:
        with (
            mock.patch.object(EmployeeStatusView, "to_row_dict", to_row_dict),
            mock.patch.object(QuerySet, "_fetch_all", fetch_all),
        ):
            fetch(client, url, export_format)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    snapshot = state["snapshot"]
    if snapshot is None:
        return {"format": export_format, "note": f"the view's to_row_dict() was not called {half:,} times; no snapshot"}
    snapshot = snapshot.filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
    stats = snapshot.statistics("lineno")
    by_line = [
        {"site": f"{site_of(s.traceback[0].filename)}:{s.traceback[0].lineno}", "mb": s.size / MB, "count": s.count}
        for s in stats[:top]
    ]
    owners: dict[str, list] = {}
    for stat in stats:
        totals = owners.setdefault(owner_of(stat.traceback[0].filename), [0, 0])
        totals[0] += stat.size
        totals[1] += stat.count
    by_owner = [
        {"owner": owner, "mb": size / MB, "count": count}
        for owner, (size, count) in sorted(owners.items(), key=lambda kv: -kv[1][0])[:top]
    ]
    return {
        "format": export_format,
        "at_row": half,
        "traced_at_snapshot_mb": state["traced"][0] / MB,
        "peak_this_run_mb": peak / MB,
        "completion_instances_alive": state["alive"],
        "completion_queryset_caches_alive": state["caches"],
        "completion_queryset_evaluated_whole_by": [
            f"{site_of(f.filename)}:{f.lineno} in {f.name}: {f.line}" for f in state["fetched_by"]
        ],
        "top_lines": by_line,
        "top_owners": by_owner,
    }


def write_json(result: dict, output: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, indent=2, default=str) + "\n")


def run(rows: int, batch: int, top: int, force_diagnosis: bool, output: Path) -> dict:
    """Build the data, measure CSV then XLSX, print the table and write the JSON; then diagnose what missed."""
    import django
    import openpyxl
    import wagtail
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    print(f"bench: creating {rows:,} employees and Completion rows ...", file=sys.stderr)
    try:
        data = build_data(rows, batch)
    except BenchError:
        raise
    except Exception as error:
        fail("building the benchmark data", error)
    print(f"bench: data ready in {data['seconds']:.1f} s", file=sys.stderr)
    client = Client()
    client.force_login(data["viewer"])
    try:
        base = reverse("hr_employees")
    except Exception as error:
        fail("reversing the admin URL name hr_employees", error)
    for export_format in FORMATS:  # warm-up: the same path with no matching row (imports, URL and template caches)
        url = f"{base}?course={data['course'].pk}&q=tidak-ada-pegawai&export={export_format}"
        try:
            fetch(client, url, export_format)
        except Exception as error:
            fail(f"the {export_format} export (warm-up, no rows)", error)
    results = []
    for export_format in FORMATS:
        url = f"{base}?course={data['course'].pk}&export={export_format}"
        print(f"bench: exporting {export_format.upper()} ...", file=sys.stderr)
        result = measure(client, url, export_format)
        print(f"bench: {export_format.upper()} took {result['seconds']:.1f} s", file=sys.stderr)
        results.append(result)
        if result["rows"] != rows:
            print(
                f"bench: note: the {export_format} export has {result['rows']:,} rows, expected {rows:,}",
                file=sys.stderr,
            )
    result = {
        "benchmark": "tracking.admin.views.EmployeeStatusView export",
        "timestamp": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
            "cpu_count": os.cpu_count(),
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
            "openpyxl": openpyxl.__version__,
        },
        "settings": os.environ.get("DJANGO_SETTINGS_MODULE"),
        "database": connection.vendor,
        "rows_created": rows,
        "setup_seconds": data["seconds"],
        "target": {"max_tracemalloc_peak_mb": MAX_PEAK_MB, "mb": "2**20 bytes"},
        "exports": results,
        "all_ok": all(r["peak_ok"] and r["rows"] == rows for r in results),
        "diagnosis": [],
    }
    write_json(result, output)
    print_table(result, output)
    for measured in results:
        if top > 0 and (force_diagnosis or not measured["peak_ok"]):
            print(
                f"bench: diagnosing {measured['format'].upper()} (a second export, snapshot half-way) ...",
                file=sys.stderr,
            )
            started = time.perf_counter()
            diagnosis = diagnose(client, measured["url"], measured["format"], rows, top)
            diagnosis["seconds"] = time.perf_counter() - started
            result["diagnosis"].append(diagnosis)
            write_json(result, output)
            print_diagnosis(diagnosis)
    return result


def print_table(result: dict, output: Path) -> None:
    rows = [
        (
            "format",
            "rows",
            "seconds",
            "tracemalloc peak MB",
            "maxrss before MB",
            "maxrss after MB",
            "growth MB",
            f"peak < {MAX_PEAK_MB:.0f} MB",
        )
    ]
    for r in result["exports"]:
        rows.append(
            (
                r["format"].upper(),
                f"{r['rows']:,}",
                f"{r['seconds']:.1f}",
                f"{r['tracemalloc_peak_mb']:.1f}",
                f"{r['maxrss_before_mb']:.1f}",
                f"{r['maxrss_after_mb']:.1f}",
                f"{r['maxrss_growth_mb']:+.1f}",
                "OK" if r["peak_ok"] else "FAIL",
            )
        )
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    line = "  ".join("-" * w for w in widths)
    m = result["machine"]
    print(f"\nHR export benchmark: {result['rows_created']:,} Completion rows, {result['database']}, one process")
    print(
        f"Django {m['django']}, Wagtail {m['wagtail']}, openpyxl {m['openpyxl']}, Python {m['python']}, "
        f"{m['cpu_count']} CPUs, {m['platform']}\n"
    )
    for n, row in enumerate(rows):
        cells = zip(row, widths, strict=True)
        print("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(cells)))
        if n == 0:
            print(line)
    print(line)
    print("seconds include tracemalloc's overhead; maxrss is the process high-water mark (XLSX is measured after CSV)")
    try:
        shown = output.relative_to(BASE_DIR)
    except ValueError:
        shown = output
    print(f"JSON: {shown}", flush=True)


def print_diagnosis(d: dict) -> None:
    if "note" in d:
        print(f"\n{d['format'].upper()}: {d['note']}", flush=True)
        return
    print(
        f"\n{d['format'].upper()}, a second export with a tracemalloc snapshot at row {d['at_row']:,}: "
        f"{d['traced_at_snapshot_mb']:.1f} MB traced then (peak {d['peak_this_run_mb']:.1f} MB)"
    )
    caches = ", ".join(f"{n:,}" for n in d["completion_queryset_caches_alive"]) or "none"
    print(
        f"  Completion instances alive: {d['completion_instances_alive']:,}; "
        f"Completion QuerySet result caches alive (rows): {caches}"
    )
    for site in d["completion_queryset_evaluated_whole_by"] or ["(no Completion QuerySet was evaluated whole)"]:
        print(f"  Completion QuerySet evaluated whole by: {site}")
    print("  by allocating package (innermost frame):")
    for entry in d["top_owners"]:
        print(f"  {entry['mb']:8.1f} MB  {entry['count']:>9,} blocks  {entry['owner']}")
    print("  top lines:")
    for entry in d["top_lines"]:
        print(f"  {entry['mb']:8.1f} MB  {entry['count']:>9,} blocks  {entry['site']}")
    sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="employees / Completion rows (default 100000)")
    parser.add_argument("--batch", type=int, default=5_000, help="bulk_create batch size (default 5000)")
    parser.add_argument("--top", type=int, default=10, help="diagnosis lines for a failed export; 0 skips it")
    parser.add_argument("--diagnose", action="store_true", help="diagnose both exports, even when within target")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="JSON file (default var/bench/hr_export.json)")
    args = parser.parse_args()
    if args.rows < 1 or args.batch < 1 or args.top < 0:
        parser.error("--rows and --batch must be positive, --top not negative")

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "netral.settings.test")
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment, teardown_test_environment

    setup_test_environment()
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))  # so the test database is dropped
    if connection.vendor == "sqlite":
        # A file, not :memory:: the database then stays out of the process's resident set (ru_maxrss).
        SQLITE_TEST_DB.parent.mkdir(parents=True, exist_ok=True)
        connection.settings_dict.setdefault("TEST", {})["NAME"] = str(SQLITE_TEST_DB)
    else:
        connection.settings_dict.setdefault("TEST", {})["NAME"] = f"test_hr_export_{os.getpid()}"
    print("bench: creating a throwaway test database (migrations take a few seconds) ...", file=sys.stderr)
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        run(args.rows, args.batch, args.top, args.diagnose, args.output)
    except BenchError as error:
        fail("checking the export", error)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()


if __name__ == "__main__":
    main()
