"""CSRF on every POST: each URL pattern of the project (ours, Wagtail's admin, allauth's, Django's) refuses a POST
without a CSRF token. A view marked `csrf_exempt`, or a URL that slipped out of CsrfViewMiddleware, fails here."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.support.auth import PASSWORD
from tests.support.urls import every_path


@pytest.mark.django_db
def test_every_post_without_a_csrf_token_is_refused(learner):
    urls = every_path()
    assert len(urls) > 250  # Wagtail's admin, allauth's accounts and MFA, ours
    for ours in ("/kuis/percobaan/1/", "/materi/1/selesai/", "/verifikasi/", "/accounts/login/", "/admin/hr/"):
        assert ours in urls
    accepted = {}
    for client in (Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)):
        for url in urls:
            response = client.post(url, {"login": learner.nip, "password": PASSWORD})
            if response.status_code != 403:
                accepted[url] = response.status_code
        # The second round as a logged-in learner (session cookie, still no token).
        client.force_login(learner)
    assert accepted == {}


@pytest.mark.django_db
def test_the_same_post_with_its_token_goes_through(learner):
    """The control for the test above: with the token, the login POST is not refused, so 403 meant CSRF."""
    client = Client(enforce_csrf_checks=True)
    client.get(reverse("account_login"))
    token = client.cookies["csrftoken"].value
    response = client.post(
        reverse("account_login"), {"login": learner.nip, "password": PASSWORD, "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302 and "_auth_user_id" in client.session
