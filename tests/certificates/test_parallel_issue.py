"""Issuing in two steps: the number and the row in a short transaction, the PDF rendered outside any lock. A failed
render keeps its number and is rendered on retry; nothing leaves a gap or a second number."""

import datetime
import threading
from decimal import Decimal

import pytest
from django.core import mail
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from certificates import services
from certificates.models import Certificate
from certificates.services import certificate_issue, certificates_render_pending
from cms.selectors import regulations_cited
from tests.support.builders import UserFactory, build_course
from tests.support.concurrency import in_parallel

RENDER = "certificates.services.certificate_render"


def failing_once(monkeypatch):
    real = services.certificate_render
    calls = []

    def render(certificate):
        calls.append(certificate.number)
        if len(calls) == 1:
            raise RuntimeError("WeasyPrint crashed")
        return real(certificate)

    monkeypatch.setattr(RENDER, render)
    return calls


@pytest.mark.django_db
def test_a_failed_render_keeps_its_number_and_the_retry_renders_it(
    monkeypatch, course, django_capture_on_commit_callbacks
):
    holder, other = UserFactory(email="a@example.test"), UserFactory()
    calls = failing_once(monkeypatch)
    with pytest.raises(RuntimeError):
        certificate_issue(user=holder, course=course, score=Decimal("90"))
    pending = Certificate.objects.get()
    assert (pending.number, pending.serial, bool(pending.pdf)) == (f"NTR/{pending.year}/000001", 1, False)
    assert mail.outbox == []  # no email without its PDF

    with django_capture_on_commit_callbacks(execute=True):
        retried = certificate_issue(user=holder, course=course, score=Decimal("90"))  # the task runs again
    assert retried.pk == pending.pk and retried.number == pending.number
    assert retried.pdf and len(retried.sha256) == 64
    assert calls == [pending.number, pending.number]
    assert len(mail.outbox) == 1 and pending.number in mail.outbox[0].subject

    next_one = certificate_issue(user=other, course=course, score=Decimal("80"))
    assert next_one.serial == 2  # no gap, no second number for the first holder
    assert Certificate.objects.filter(user=holder).count() == 1


@pytest.mark.django_db
def test_the_daily_sweep_renders_certificates_whose_render_failed(monkeypatch, course):
    failing_once(monkeypatch)
    with pytest.raises(RuntimeError):
        certificate_issue(user=UserFactory(), course=course, score=Decimal("90"))
    assert certificates_render_pending() == 0  # numbered just now: its worker may still be rendering it
    Certificate.objects.update(issued_at=timezone.now() - datetime.timedelta(hours=1))
    assert certificates_render_pending() == 1
    assert Certificate.objects.get().pdf
    assert certificates_render_pending() == 0


@pytest.mark.django_db
def test_the_cited_regulations_are_read_once_per_published_lessons(course):
    first = regulations_cited(course)
    with CaptureQueriesContext(connection) as captured:
        assert regulations_cited(course) == first
    # One small row per lesson (and the cache's own reads when the cache is the database), never a lesson's body.
    assert len(captured) <= 3
    assert not any('"body"' in query["sql"] for query in captured.captured_queries)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks (CI runs it)")
def test_a_slow_render_does_not_hold_up_the_next_number(monkeypatch):
    """One worker renders slowly; another issues meanwhile: the counter row is not locked during a render."""
    course = build_course()
    slow, quick = UserFactory(), UserFactory()
    real = services.certificate_render
    rendering, release = threading.Event(), threading.Event()

    def render(certificate):
        if certificate.user_id == slow.pk:
            rendering.set()
            assert release.wait(20)
        return real(certificate)

    monkeypatch.setattr(RENDER, render)

    def work(i):
        if i == 0:
            return certificate_issue(user=slow, course=course, score=Decimal("90"))
        assert rendering.wait(20)
        try:
            return certificate_issue(user=quick, course=course, score=Decimal("90"))  # would wait on the lock
        finally:
            release.set()
            connections.close_all()

    results, errors = in_parallel(2, work)
    assert errors == []
    assert sorted(c.serial for c in results) == [1, 2]
    assert all(c.pdf for c in Certificate.objects.all())
