"""Open redirects: wherever a `next` (or a Referer) decides where the browser goes, it stays on this site."""

from urllib.parse import urlsplit

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value, yield_hotp_counters_from_time
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from cms.models import LessonPage
from tests.support.auth import PASSWORD
from tests.support.builders import UserFactory

EVIL = [
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example",
    "\\\\evil.example",
    "https:evil.example",
    "javascript:alert(1)",
    " //evil.example/",
    "https://testserver@evil.example/",
]
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


@pytest.fixture(autouse=True)
def _production_hosts(settings):
    settings.ALLOWED_HOSTS = ["testserver"]  # as in production: no "*" that could make any host look like ours


def on_site(response) -> str:
    """The redirect's target, asserted to be a path on this site."""
    assert response.status_code in (301, 302, 303), response.status_code
    location = response.headers["Location"]
    assert url_has_allowed_host_and_scheme(location, allowed_hosts={"testserver"}), location
    assert location.startswith("/") and not location.startswith(("//", "/\\")), location
    assert "evil.example" not in urlsplit(location).netloc
    return location


@pytest.mark.django_db
@pytest.mark.parametrize("target", EVIL)
def test_login_with_an_offsite_next_lands_on_the_site(client, learner, target):
    response = client.post("/accounts/login/", {"login": learner.nip, "password": PASSWORD, "next": target})
    assert client.session.get("_auth_user_id") == str(learner.pk)  # the login itself worked
    assert on_site(response) == "/"


@pytest.mark.django_db
def test_login_with_a_site_next_goes_there(client, learner, course):
    response = client.post("/accounts/login/", {"login": learner.nip, "password": PASSWORD, "next": course.url})
    assert on_site(response) == course.url  # the check above is not simply "always /"


@pytest.mark.django_db
@pytest.mark.parametrize("target", EVIL)
def test_staff_login_through_the_second_factor_keeps_to_the_site(client, target):
    staff = UserFactory()
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    TOTP.activate(staff, SECRET)
    response = client.post("/accounts/login/", {"login": staff.nip, "password": PASSWORD, "next": target})
    assert on_site(response).startswith("/accounts/2fa/authenticate/")
    counters = list(yield_hotp_counters_from_time())
    code = format_hotp_value(hotp_value(SECRET, counters[len(counters) // 2]))
    response = client.post(response.headers["Location"], {"code": code})
    assert client.session.get("_auth_user_id") == str(staff.pk)
    on_site(response)


@pytest.mark.django_db
@pytest.mark.parametrize("target", EVIL)
def test_the_admin_login_address_passes_next_to_our_login_only(client, target):
    response = client.get("/admin/login/", {"next": target})
    assert on_site(response).startswith("/accounts/login/")


@pytest.mark.django_db
@pytest.mark.parametrize("target", EVIL)
def test_logout_with_an_offsite_next_lands_on_the_site(client, learner, target):
    client.force_login(learner)
    response = client.post("/accounts/logout/", {"next": target})
    assert "_auth_user_id" not in client.session
    on_site(response)


@pytest.mark.django_db
@pytest.mark.parametrize("target", EVIL)
def test_language_switch_with_an_offsite_next_or_referer_stays(client, target):
    response = client.post("/i18n/setlang/", {"language": "en", "next": target}, headers={"referer": target})
    assert response.cookies["django_language"].value == "en"
    on_site(response)


@pytest.mark.django_db
def test_language_switch_to_a_site_page_goes_there(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/verifikasi/"})
    assert on_site(response) == "/verifikasi/"


@pytest.mark.django_db
@pytest.mark.parametrize("target", EVIL)
def test_our_views_ignore_next(client, learner, course, quiz, target):
    """Ours read no `next`: marking a lesson read goes back to its confirmation, the quiz to its attempt, a number
    lookup to the certificate, an anonymous visit to the login page with this site's path as `next`."""
    first = LessonPage.objects.child_of(course).order_by("path").first()
    response = client.get(quiz.url, {"next": target})
    assert on_site(response).startswith("/accounts/login/?next=/")

    client.force_login(learner)
    response = client.post(reverse("cms:lesson_read", args=(first.pk,)), {"next": target, "redirect_to": target})
    assert on_site(response) == f"{first.url}#selesai"
    response = client.post(quiz.url + f"?next={target}", {"action": "start", "next": target})
    assert on_site(response).startswith("/kuis/percobaan/")
    response = client.get(reverse("certificates:lookup"), {"number": "NTR/2026/000001", "next": target})
    assert response.status_code == 404  # not found: a page, not a redirect anywhere
