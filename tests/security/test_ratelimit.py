"""Rate limits and lockout (allauth's limiter, on the shared cache): login, password reset, login codes, and the
public verification page. The numbers are the configured ones (cms/settings/base.py), not test overrides."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from certificates.services import certificate_issue
from tests.support.auth import PASSWORD, log_in
from tests.support.builders import UserFactory

THROTTLED = "Terlalu banyak"  # allauth's Indonesian message begins so ("Terlalu banyak percobaan masuk ...")


@pytest.fixture(autouse=True)
def _empty_cache(db):
    cache.clear()
    yield
    cache.clear()


@pytest.mark.django_db
def test_eleven_failed_logins_in_a_minute_are_throttled(client, learner):
    strangers = [UserFactory() for _ in range(10)]
    for stranger in strangers:  # ten wrong passwords from one address, each on another account
        response, logged_in = log_in(client, stranger.nip, "salah-sekali")
        assert not logged_in and THROTTLED not in response.content.decode()
    # The eleventh try from that address is refused before the password is even checked: right password, no login.
    response, logged_in = log_in(client, learner.nip, PASSWORD)
    assert not logged_in
    assert THROTTLED in response.content.decode()


@pytest.mark.django_db
def test_five_wrong_passwords_lock_the_account_but_not_the_others(client, learner, other_learner):
    for _ in range(5):
        assert not log_in(client, learner.nip, "salah-sekali")[1]
    response, logged_in = log_in(client, learner.nip, PASSWORD)
    assert not logged_in and THROTTLED in response.content.decode()
    # The NIP in its spaced display form is the same key (the login form normalises it): still locked.
    assert not log_in(client, learner.nip_display, PASSWORD)[1]
    # Another person behind the same office address still logs in (5 failures < 10 per address per minute).
    assert log_in(client, other_learner.nip, PASSWORD)[1]


@pytest.mark.django_db
def test_password_reset_requests_are_limited_per_address(client, learner):
    learner.email = "ahmad.fauzi@batangkab.go.id"
    learner.save()
    for _ in range(7):
        client.post(reverse("account_reset_password"), {"email": learner.email})
    assert len(mail.outbox) == 5  # 5 per minute per email address; the rest are not sent


@pytest.mark.django_db
def test_login_codes_are_limited_per_address(client, learner):
    learner.email = "ahmad.fauzi@batangkab.go.id"
    learner.save()
    for _ in range(5):
        client.post(reverse("account_request_login_code"), {"email": learner.email})
        client.cookies.clear()  # a new visitor each time: only the limit per address holds them back
    assert len(mail.outbox) == 3


@pytest.mark.django_db
def test_verification_page_limits_codes_that_do_not_exist(client, course, learner):
    from decimal import Decimal

    certificate = certificate_issue(user=learner, course=course, score=Decimal("90"))
    real = reverse("certificates:verify", args=(certificate.code,))
    json = {"headers": {"accept": "application/json"}}
    for _ in range(20):  # genuine lookups are not what is limited tightly
        assert client.get(real, **json).status_code == 200
    misses = [client.get(reverse("certificates:verify", args=(f"TEBAK{i:04d}",)), **json) for i in range(11)]
    assert [r.status_code for r in misses] == [404] * 10 + [429]
    # Once guessing is detected, that client gets nothing more, not even a real certificate, for a while.
    response = client.get(real, **json)
    assert response.status_code == 429 and "Terlalu banyak" in response.json()["error"]
    assert client.get(real).status_code == 429
    # Another client (another address) is unaffected.
    assert client.get(real, REMOTE_ADDR="10.1.2.3", **json).status_code == 200


@pytest.mark.django_db
def test_verification_lookups_by_number_count_as_misses_too(client):
    lookup = reverse("certificates:lookup")
    statuses = [client.get(lookup, {"number": f"NTR/2020/{i:06d}"}).status_code for i in range(11)]
    assert statuses == [404] * 10 + [429]
