"""HR admin at 100,000 employees and 1,000,000 attempts (issue 16's HR rows, issue 13 item 8), and the exports that
cannot be cut short (issue 16 item 7).

Data: `demo.bench_data.generate` (what `manage.py bench_data` runs), once per bench database: a regency-shaped tree
of 785 units, BENCH_HR_EMPLOYEES employees (100,000; 10,000 in a quick run when nothing is loaded yet) and
BENCH_HR_ATTEMPTS attempts (ten per employee), with their completion rows and certificates. A database that already
holds bench data is reused as it is (the numbers say how many employees it holds).

Pages, as one HR officer of the BKD uses them (one connection, requests in turn): the dashboard, a drill-down, the
employee list (all, overdue, one unit), an employee's page, the certificate register, the attempts list. Goals: the
dashboard p95 < 300 ms and <= 15 queries (issue 16); every page < 500 ms (issue 13, at 100,000 employees).
Exports: the employee list of the whole regency as CSV and XLSX, each timed once; goal < 30 s (the server's timeout
is longer than that), the whole file received (Content-Length honoured, every row present).
"""

import io
import os
import time
import urllib.request

from .. import data

SCENARIO = "hr"
HR_NIP = "198001012006041099"


def ensure_bench_data(quick: bool) -> dict:
    from demo.bench_data import PREFIX, generate
    from employees.models import WorkUnit
    from quizzes.models import QuizPage
    from tests.support.builders import build_quiz

    if WorkUnit.objects.filter(code__startswith=f"{PREFIX}.").exists():
        return {"generated": False}
    course = data.pages()["course"]
    if not QuizPage.objects.live().exists():
        build_quiz(course, questions=10)
    employees = int(os.environ.get("BENCH_HR_EMPLOYEES", 10_000 if quick else 100_000))
    attempts = int(os.environ.get("BENCH_HR_ATTEMPTS", employees * 10))
    return {"generated": True, **generate(employees, attempts, log=lambda line: print(f"bench_data: {line}"))}


def hr_officer():
    from employees.models import User
    from tests.support.builders import hr_officer as make_hr_officer

    return User.objects.filter(nip=HR_NIP).first() or make_hr_officer(everything=True, nip=HR_NIP)


def pages() -> list[tuple[str, str, int]]:
    """(name, path, p95 goal in ms)."""
    from demo.bench_data import PREFIX
    from employees.models import WorkUnit
    from tracking.models import Completion
    from tracking.selectors import assigned_courses

    course = assigned_courses().first()
    unit = WorkUnit.objects.filter(code__startswith=f"{PREFIX}.", depth=1).order_by("-numchild").first()
    employee = Completion.objects.filter(course=course, certificate__isnull=False).order_by("-pk").first().user_id
    c = course.pk
    return [
        ("dashboard", f"/admin/hr/?course={c}", 300),
        ("dashboard, one unit", f"/admin/hr/?course={c}&unit={unit.pk}", 300),
        ("employee list", f"/admin/hr/pegawai/?course={c}", 500),
        ("employee list, overdue", f"/admin/hr/pegawai/?course={c}&status=overdue", 500),
        ("employee list, one unit", f"/admin/hr/pegawai/?course={c}&unit={unit.pk}", 500),
        ("employee page", f"/admin/hr/pegawai/{employee}/", 500),
        ("certificate register", "/admin/sertifikat/", 500),
        ("attempts list", "/admin/kuis/percobaan/", 500),
    ]


def _download(url: str, cookies: dict) -> dict:
    from ..load import cookie_header
    from ..server import PROXY_HEADERS

    request = urllib.request.Request(url, headers={"Cookie": cookie_header(cookies), **PROXY_HEADERS})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310 (our own server)
            body = response.read()
            length = response.headers.get("Content-Length")
            status = response.status
    except Exception as error:  # noqa: BLE001 (a cut-short export is the measurement)
        return {"status": None, "error": f"{type(error).__name__}: {error}", "seconds": time.perf_counter() - started}
    return {
        "status": status,
        "seconds": round(time.perf_counter() - started, 1),
        "bytes": len(body),
        "content_length": int(length) if length else None,
        "body": body,
    }


def _rows(kind: str, body: bytes) -> int:
    if kind == "csv":
        return body.count(b"\n") - 1
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(body), read_only=True).active
    return sum(1 for _ in sheet.iter_rows(values_only=True)) - 1


def run(ctx) -> list[dict]:
    loaded = ensure_bench_data(ctx.quick)
    from employees.models import User
    from tracking.models import Completion
    from tracking.selectors import assigned_courses

    employees = User.objects.filter(work_unit__code__startswith="BN.").count()
    size = f"{employees:,} bench employees"
    cookies = ctx.session_for(hr_officer())
    results = []
    for name, path, goal_ms in pages():
        probe = ctx.probe(path, cookies, repeat=2)
        m = ctx.measure(path, cookies=cookies, connections=1, count=8 if ctx.quick else 30)
        met = probe["status"] == 200 and m["errors"] == 0 and (m["p95_ms"] or 1e9) < goal_ms
        met = met and (probe["queries"] or 99) <= 15
        results.append(
            ctx.result(
                SCENARIO,
                f"{name} ({size})",
                f"p95 < {goal_ms} ms, <= 15 queries (1 HR officer)",
                f"p50 {m['p50_ms']} ms, p95 {m['p95_ms']} ms, {probe['queries']} queries, {m['errors']} errors",
                met,
                p50_ms=m["p50_ms"],
                p95_ms=m["p95_ms"],
                queries=probe["queries"],
                errors=m["errors"],
                detail={"path": path, "probe": probe, "load": m, "data": loaded},
            )  # fmt: skip
        )
    course = assigned_courses().first()
    expected = Completion.objects.filter(course=course, user__is_active=True).count()
    for kind in ("csv", "xlsx"):
        got = _download(f"{ctx.base_url}/admin/hr/pegawai/?course={course.pk}&export={kind}", cookies)
        body = got.pop("body", b"")
        rows = _rows(kind, body) if got.get("status") == 200 else 0
        complete = got.get("content_length") == got.get("bytes") and rows == expected
        met = got.get("status") == 200 and complete and got["seconds"] < 30
        results.append(
            ctx.result(
                SCENARIO,
                f"export {kind.upper()}, {expected:,} rows",
                "< 30 s, every row, Content-Length honoured",
                f"{got.get('seconds')} s, {rows:,} rows of {expected:,}, {got.get('bytes', 0) / 1e6:.1f} MB"
                + ("" if complete else f" (incomplete: {got.get('error') or got})"),
                met,
                detail=got,
            )
        )
    return results
