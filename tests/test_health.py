"""/healthz for load balancers, the one-line request log, and the benchmark's minimal view (off by default)."""

import json
import logging

import pytest
from django.db import connection


@pytest.mark.django_db
def test_healthz_reports_database_cache_and_task_queue(client, settings):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    body = json.loads(response.content)
    assert body["status"] == "ok"
    assert body["checks"]["database"] == {"ok": True} and body["checks"]["cache"] == {"ok": True}
    assert body["checks"]["tasks"]["ok"] is True


@pytest.mark.django_db
def test_healthz_is_503_when_the_database_is_down(client, monkeypatch):
    def broken(*args, **kwargs):
        raise connection.Database.OperationalError("connection refused")

    monkeypatch.setattr("netral.health._check_database", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    body = json.loads(response.content)
    assert body["status"] == "down" and body["checks"]["database"] == {"ok": False, "error": "OperationalError"}


@pytest.mark.django_db
def test_healthz_answers_a_plain_http_check_by_address_without_redirect(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["netral.example.go.id"]
    response = client.get("/healthz", HTTP_HOST="10.0.0.5")
    assert response.status_code == 200


@pytest.mark.django_db
def test_every_request_logs_one_line_with_its_time_and_query_count(client, caplog, course):
    logger = logging.getLogger("netral.requests")
    logger.setLevel(logging.INFO)
    try:
        with caplog.at_level(logging.INFO, logger="netral.requests"):
            client.get(course.url + "?token=rahasia")
    finally:
        logger.setLevel(logging.WARNING)
    lines = [r.getMessage() for r in caplog.records if r.name == "netral.requests"]
    assert len(lines) == 1
    method, path, status, ms, queries, cache, user = lines[0].split()
    assert (method, path, status) == ("GET", course.url, "200")  # never the query string
    assert ms.endswith("ms") and float(ms[:-2]) > 0
    assert queries.startswith("queries=") and int(queries.split("=")[1]) > 0
    assert user == "user=-"


@pytest.mark.django_db
def test_the_minimal_benchmark_view_is_not_routed_by_default(client, course):
    from django.urls import resolve

    assert resolve("/bench/minimal/").url_name == "wagtail_serve"  # only Wagtail's catch-all: no such page
    assert client.get("/bench/minimal/").status_code == 404
