"""MFA for staff: every account with Wagtail admin access must have a second factor before it can do anything else."""

import time

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from employees.middleware import LAST_SEEN_KEY
from tests.support.auth import PASSWORD, TOTP_SECRET, enrol_totp, totp_code
from tests.support.builders import UserFactory
from tests.support.urls import admin_paths_without_arguments

ENROL = "/accounts/2fa/"


@pytest.fixture
def hr_officer(db):
    officer = UserFactory(first_name="Budi Santoso")
    officer.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "view_completion"]))
    return officer


@pytest.mark.django_db
def test_a_superuser_without_mfa_reaches_no_admin_page(client):
    boss = UserFactory(is_superuser=True)
    client.force_login(boss)
    urls = [url for url in admin_paths_without_arguments() if url != "/admin/logout/"]
    assert len(urls) > 100  # Wagtail's pages, reports and ours (HR, certificates, roster import)
    assert {"/admin/", "/admin/hr/", "/admin/pages/", "/admin/users/", "/admin/pegawai/impor/"} <= set(urls)
    reached = {}
    for url in urls:
        response = client.get(url)
        if not (response.status_code == 302 and response["Location"] == ENROL):
            reached[url] = response.status_code
    assert reached == {}
    # Nor the learner side: until enrolled, only enrolment.
    assert client.get(reverse("certificates:mine"))["Location"] == ENROL
    assert client.post(reverse("certificates:lookup"), {"number": "x"})["Location"] == ENROL


@pytest.mark.django_db
@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_are_gated_too(client, group):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    assert client.get("/admin/pages/")["Location"] == ENROL
    assert client.get(ENROL).status_code == 200  # the enrolment page itself is reachable
    response = client.get("/admin/pages/", headers={"accept": "application/json"})
    assert response.status_code == 403 and response.json()["enrol"] == ENROL


@pytest.mark.django_db
def test_staff_enrol_totp_through_allauth_and_then_reach_the_admin(client, hr_officer):
    login = client.post(reverse("account_login"), {"login": hr_officer.nip, "password": PASSWORD})
    assert login.status_code == 302
    page = client.get("/admin/hr/", follow=True)
    assert page.redirect_chain[-1][0] == ENROL
    assert "wajib memakai autentikasi dua langkah" in page.content.decode()

    activate = reverse("mfa_activate_totp")
    # allauth asks for the password again before adding a factor; that page is reachable through the gate.
    reauthenticate = client.get(activate)["Location"]
    assert reauthenticate.startswith(reverse("account_reauthenticate"))
    assert client.post(reauthenticate, {"password": PASSWORD})["Location"] == activate
    assert client.get(activate).status_code == 200
    secret = client.session["mfa.totp.secret"]
    assert client.post(activate, {"code": "000000"}).status_code == 200  # a wrong code enrols nothing
    assert not Authenticator.objects.filter(user=hr_officer).exists()
    client.post(activate, {"code": totp_code(secret)})
    assert Authenticator.objects.filter(user=hr_officer, type=Authenticator.Type.TOTP).exists()
    assert client.get("/admin/hr/").status_code == 200


@pytest.mark.django_db
def test_an_enrolled_staff_login_asks_for_the_code(client, hr_officer):
    enrol_totp(hr_officer)
    response = client.post(reverse("account_login"), {"login": hr_officer.nip, "password": PASSWORD})
    assert response["Location"] == reverse("mfa_authenticate")
    assert client.get("/admin/hr/").status_code == 302  # not logged in yet: the password alone is not enough
    assert "_auth_user_id" not in client.session
    client.post(reverse("mfa_authenticate"), {"code": totp_code()})
    assert client.get("/admin/hr/").status_code == 200


@pytest.mark.django_db
def test_removing_the_last_factor_closes_the_admin_again(client, hr_officer):
    enrol_totp(hr_officer)
    client.force_login(hr_officer)
    assert client.get("/admin/hr/").status_code == 200
    Authenticator.objects.filter(user=hr_officer).delete()
    Authenticator.objects.create(user=hr_officer, type=Authenticator.Type.RECOVERY_CODES, data={"seed": "x"})
    assert client.get("/admin/hr/")["Location"] == ENROL  # recovery codes alone are no second factor


@pytest.mark.django_db
def test_learners_need_no_mfa_but_may_enrol(client, learner):
    client.force_login(learner)
    assert client.get(reverse("certificates:mine")).status_code == 200
    assert client.get(ENROL).status_code == 200


@pytest.mark.django_db
def test_wagtail_login_page_serves_no_password_form(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/pages/"


@pytest.mark.django_db
def test_an_idle_staff_session_ends_and_a_learner_session_does_not(client, hr_officer, learner, settings):
    settings.NETRAL_STAFF_IDLE_TIMEOUT = 15 * 60
    enrol_totp(hr_officer)
    client.force_login(hr_officer)
    assert client.get("/admin/hr/").status_code == 200
    session = client.session
    session[LAST_SEEN_KEY] = int(time.time()) - 16 * 60
    session.save()
    response = client.get("/admin/hr/")
    assert response["Location"] == "/accounts/login/?next=/admin/hr/"
    assert "_auth_user_id" not in client.session

    client.force_login(learner)
    session = client.session
    session[LAST_SEEN_KEY] = int(time.time()) - 16 * 60
    session.save()
    assert client.get(reverse("certificates:mine")).status_code == 200


@pytest.mark.django_db
def test_login_by_emailed_code_still_asks_staff_for_the_second_factor(client, hr_officer):
    import re

    from django.core import mail

    hr_officer.email = "budi@batangkab.go.id"
    hr_officer.save()
    enrol_totp(hr_officer)
    confirm = client.post(reverse("account_request_login_code"), {"email": hr_officer.email})["Location"]
    code = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", mail.outbox[-1].body, re.MULTILINE)[1]
    response = client.post(confirm, {"code": code})
    assert response["Location"] == reverse("mfa_authenticate")  # the emailed code replaces the password only
    assert "_auth_user_id" not in client.session
    client.post(reverse("mfa_authenticate"), {"code": totp_code()})
    assert client.get("/admin/hr/").status_code == 200


@pytest.mark.django_db
def test_a_code_that_just_rolled_over_still_works_but_an_older_one_does_not(client, hr_officer):
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    enrol_totp(hr_officer)
    step = int(time.time()) // 30
    for counter, accepted in ((step - 3, False), (step - 1, True)):
        client.logout()
        client.post(reverse("account_login"), {"login": hr_officer.nip, "password": PASSWORD})
        client.post(reverse("mfa_authenticate"), {"code": format_hotp_value(hotp_value(TOTP_SECRET, counter))})
        assert ("_auth_user_id" in client.session) is accepted, counter
