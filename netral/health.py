"""Operations: `/healthz` for load balancers, one log line per request, and the benchmark's minimal view.

`/healthz` is answered by `HealthCheckMiddleware` before anything else runs (no session, no Host check, no HTTPS
redirect: a load balancer asks over plain HTTP by address). It checks the database (`SELECT 1`) and the cache (a
write and a read) and reports the age of the oldest task waiting for `db_worker`. A failed database or cache is
503 (take this server out of rotation); an old queue is 200 with `"status": "degraded"` (the web server itself is
fine, the worker is not: alert on it, but don't pull every web server out of the pool for it).

`RequestLogMiddleware` writes one line per request to the `netral.requests` logger (stdout in production):
method, path (never the query string: it may carry tokens), status, time in ms, number of SQL queries (counted
with `connection.execute_wrapper`, so without DEBUG), whether the page cache answered, and the user id.
"""

import json
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.utils import timezone

log = logging.getLogger("netral.requests")
HEALTH_PATH = "/healthz"


class QueryCounter:
    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not log.isEnabledFor(logging.INFO):
            return self.get_response(request)
        counter = QueryCounter()
        started = time.perf_counter()
        with connection.execute_wrapper(counter):
            response = self.get_response(request)
        elapsed = (time.perf_counter() - started) * 1000
        user = getattr(request, "user", None)
        user_id = user.pk if user is not None and user.is_authenticated else "-"
        cache_state = getattr(request, "netral_page_cache", "-")
        log.info(
            "%s %s %s %.1fms queries=%d cache=%s user=%s",
            request.method,
            request.path,
            response.status_code,
            elapsed,
            counter.count,
            cache_state,
            user_id,
        )
        return response


def _check_database() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"ok": True}


def _check_cache() -> dict:
    token = str(time.time())
    cache.set("netral:healthz", token, 30)
    if cache.get("netral:healthz") != token:
        raise RuntimeError("the cache did not return what was written")
    return {"ok": True}


def _task_queue() -> dict:
    """Age in seconds of the oldest task ready for the worker (only with the database task backend)."""
    backend = settings.TASKS.get("default", {}).get("BACKEND", "")
    if backend != "django_tasks_db.DatabaseBackend":
        return {"ok": True, "backend": backend.rsplit(".", 1)[-1], "oldest_ready_s": None}
    from django.db.models import Min
    from django_tasks_db.models import DBTaskResult

    oldest = DBTaskResult.objects.ready().aggregate(oldest=Min("enqueued_at"))["oldest"]
    age = (timezone.now() - oldest).total_seconds() if oldest else 0.0
    return {"ok": age <= settings.NETRAL_HEALTH_MAX_TASK_AGE, "oldest_ready_s": round(age, 1)}


def health(request) -> HttpResponse:
    checks, status = {}, "ok"
    for name, check in (("database", _check_database), ("cache", _check_cache)):
        try:
            checks[name] = check()
        except Exception as error:  # noqa: BLE001 (any failure means: not healthy)
            checks[name] = {"ok": False, "error": type(error).__name__}
            status = "down"
    try:
        checks["tasks"] = _task_queue()
    except Exception as error:  # noqa: BLE001
        checks["tasks"] = {"ok": False, "error": type(error).__name__}
    if status == "ok" and not checks["tasks"]["ok"]:
        status = "degraded"
    response = HttpResponse(
        json.dumps({"status": status, "checks": checks}),
        content_type="application/json",
        status=503 if status == "down" else 200,
    )
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.rstrip("/") == HEALTH_PATH:
            return health(request)
        return self.get_response(request)


def bench_minimal(request) -> HttpResponse:
    """The benchmark's baseline: the full middleware stack and a tiny response (routed only with NETRAL_BENCH_VIEWS)."""
    return HttpResponse("ok", content_type="text/plain")
