"""Issuing under real concurrency on PostgreSQL: once per employee and version, serials without gaps or doubles."""

from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest
from django.db import connection, connections

from certificates.models import Certificate
from certificates.services import certificate_issue
from tests.support.builders import UserFactory, build_course
from tests.support.concurrency import in_parallel

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks (CI runs it)"),
]


def test_twenty_concurrent_issues_for_one_pass_create_one_certificate():
    learner, course = UserFactory(), build_course()
    results, errors = in_parallel(20, lambda i: certificate_issue(user=learner, course=course, score=Decimal("90")))
    assert errors == []
    assert len({certificate.number for certificate in results}) == 1
    assert Certificate.objects.count() == 1


def test_two_hundred_concurrent_certificates_get_consecutive_serials():
    course = build_course()
    learners = [UserFactory() for _ in range(200)]

    def issue(learner):
        try:
            return certificate_issue(user=learner, course=course, score=Decimal("80")).serial
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=20) as pool:
        serials = list(pool.map(issue, learners))
    assert sorted(serials) == list(range(1, 201))
    assert Certificate.objects.values("number").distinct().count() == 200
