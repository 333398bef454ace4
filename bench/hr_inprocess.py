"""HR admin pages timed in this process (Django's test client, no server): median, p95 and queries per page, against
whatever database DATABASE_URL names (the bench data of `manage.py bench_data`). A quick look while working; the
server-side numbers come from bench/hr_admin.py through bench/run.py.

Run: DATABASE_URL=postgres://… DJANGO_SETTINGS_MODULE=netral.settings.dev .venv/bin/python -m bench.hr_inprocess
"""

import json
import statistics
import sys
import time

import django


def pages(course_id: int, employee_id: int, unit_id: int) -> list[tuple[str, str]]:
    return [
        ("dashboard", f"/admin/hr/?course={course_id}"),
        ("dashboard, one unit", f"/admin/hr/?course={course_id}&unit={unit_id}"),
        ("employee list", f"/admin/hr/pegawai/?course={course_id}"),
        ("employee list, overdue", f"/admin/hr/pegawai/?course={course_id}&status=overdue"),
        ("employee list, unit", f"/admin/hr/pegawai/?course={course_id}&unit={unit_id}"),
        ("employee list, search", f"/admin/hr/pegawai/?course={course_id}&q=Siti"),
        ("employee page", f"/admin/hr/pegawai/{employee_id}/"),
        ("certificate register", "/admin/sertifikat/"),
        ("attempts list", "/admin/kuis/percobaan/"),
    ]


def main(repeat: int = 7) -> dict:
    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from demo.people import HR_NIP
    from employees.models import User, WorkUnit
    from tracking.models import Completion
    from tracking.selectors import assigned_courses

    hr = User.objects.get(nip=HR_NIP)
    course = assigned_courses().first()
    employee = Completion.objects.filter(course=course, certificate__isnull=False).order_by("-pk").first().user
    unit = WorkUnit.objects.filter(depth=1).order_by("-numchild").first()
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(hr)
    results = {}
    for name, url in pages(course.pk, employee.pk, unit.pk):
        client.get(url)  # warm-up
        times, cpu, db, queries = [], [], [], 0
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as captured:
                started, started_cpu = time.perf_counter(), time.process_time()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
            db.append(sum(float(q["time"]) for q in captured.captured_queries) * 1000)
            assert response.status_code == 200, (url, response.status_code)
            queries = len(captured)
        times.sort()
        results[name] = {
            "url": url,
            "median_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[min(len(times) - 1, round(0.95 * (len(times) - 1)))], 1),
            "cpu_median_ms": round(statistics.median(cpu), 1),
            "db_median_ms": round(statistics.median(db), 1),
            "queries": queries,
        }
        row = results[name]
        print(
            f"{name:28} median {row['median_ms']:7.1f} ms  max {times[-1]:7.1f} ms"
            f"  python cpu {row['cpu_median_ms']:6.1f} ms  sql {row['db_median_ms']:6.1f} ms  {queries} queries"
        )
    return results


if __name__ == "__main__":
    out = main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
    if len(sys.argv) > 2:
        with open(sys.argv[2], "w") as handle:
            json.dump(out, handle, indent=2)
