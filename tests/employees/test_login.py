import pytest
from django.urls import reverse

from employees.models import EmploymentType, User
from tests.support.auth import PASSWORD
from tests.support.builders import UserFactory

LOGIN = "/accounts/login/"


def session_user_id(client):
    return client.session.get("_auth_user_id")


@pytest.mark.django_db
def test_login_form_asks_for_nip_or_email_in_indonesian(client):
    response = client.get(LOGIN)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<label for="id_login">NIP atau email</label>' in html
    assert '<label for="id_password">Kata sandi</label>' in html


@pytest.mark.django_db
def test_learner_logs_in_by_nip(client, learner):
    response = client.post(LOGIN, {"login": learner.nip, "password": PASSWORD})
    assert response.status_code == 302
    assert session_user_id(client) == str(learner.pk)


@pytest.mark.django_db
def test_nip_typed_in_groups_also_logs_in(client, learner):
    grouped = f"{learner.nip[:8]} {learner.nip[8:14]} {learner.nip[14]} {learner.nip[15:]}"
    client.post(LOGIN, {"login": grouped, "password": PASSWORD})
    assert session_user_id(client) == str(learner.pk)


@pytest.mark.django_db
def test_staff_without_nip_logs_in_by_email_in_any_case(client):
    editor = User.objects.create_user(
        username=None, email="editor@netral.test", password=PASSWORD, employment_type=EmploymentType.NON_ASN
    )
    client.post(LOGIN, {"login": "Editor@Netral.test", "password": PASSWORD})
    assert session_user_id(client) == str(editor.pk)


@pytest.mark.django_db
def test_asn_with_email_can_use_either(client):
    user = UserFactory(email="ahmad@batangkab.go.id")
    client.post(LOGIN, {"login": "ahmad@batangkab.go.id", "password": PASSWORD})
    assert session_user_id(client) == str(user.pk)


@pytest.mark.django_db
def test_wrong_password_is_refused(client, learner):
    response = client.post(LOGIN, {"login": learner.nip, "password": "salah-sandi-123"})
    assert response.status_code == 200
    assert session_user_id(client) is None


@pytest.mark.django_db
def test_no_public_signup(client):
    response = client.post(
        "/accounts/signup/",
        {"username": "199001012015031999", "email": "x@y.id", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert User.objects.count() == 0
    assert response.status_code == 200
    assert 'name="password1"' not in response.content.decode()


@pytest.mark.django_db
def test_wagtail_admin_login_has_no_form_of_its_own(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/pages/"
    # And the admin sends anonymous visitors to allauth's login.
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
@pytest.mark.parametrize("door", ["/admin/login/", "/_util/login/"])
def test_wagtails_own_login_forms_do_not_log_in(client, learner, door):
    """Wagtail's admin login and its front-end login (for login-restricted pages) would take a password alone,
    skipping allauth's second factor and rate limits: both only redirect to allauth."""
    learner.is_superuser = True
    learner.save()
    assert client.get(door)["Location"].startswith("/accounts/login/")
    client.post(door, {"username": learner.nip, "password": PASSWORD})
    assert session_user_id(client) is None
