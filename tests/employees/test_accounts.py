"""Account pages (allauth, themed and in Indonesian): reset, change, email change, login by code, activation,
"Akun saya"; every page valid HTML."""

import re

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.core import mail
from django.urls import reverse

from employees.services import send_activation
from tests.support.auth import PASSWORD, TOTP_SECRET, log_in
from tests.support.builders import UserFactory, WorkUnitFactory

LOGIN = "/accounts/login/"
NEW_PASSWORD = "Sandi-Baru#2025x"  # noqa: S105


def link_in(message, path_prefix: str) -> str:
    """The first link in an email whose path starts with path_prefix, as a path the test client can GET."""
    match = re.search(r"https?://[^/\s]+(" + re.escape(path_prefix) + r"\S*)", message.body)
    assert match, message.body
    return match.group(1)


def logged_in_user_id(client):
    return client.session.get("_auth_user_id")


@pytest.fixture
def employee(db):
    return UserFactory(first_name="Ahmad Fauzi", title_suffix="S.Kom.", email="ahmad@batangkab.go.id")


@pytest.mark.django_db
def test_password_reset_by_email_end_to_end(client, employee):
    page = client.get(reverse("account_reset_password"))
    assert 'class="form account-form"' in page.content.decode()
    response = client.post(reverse("account_reset_password"), {"email": "Ahmad@Batangkab.go.id"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ahmad@batangkab.go.id"]
    assert message.subject.startswith("[Netral] ")
    assert "kata sandi" in (message.subject + message.body).lower()  # allauth's Indonesian text
    assert message.body.startswith("Halo dari Netral!")

    # The link puts the key in the session and redirects to a key-less address with the themed form.
    response = client.get(link_in(message, "/accounts/password/reset/key/"))
    assert response.status_code == 302
    form_page = client.get(response["Location"])
    html = form_page.content.decode()
    assert "Atur kata sandi baru" in html and 'class="form account-form"' in html
    response = client.post(response["Location"], {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302

    client.logout()
    assert client.post(LOGIN, {"login": employee.nip, "password": PASSWORD}).status_code == 200  # old one refused
    assert log_in(client, employee.nip, NEW_PASSWORD)[1]
    assert logged_in_user_id(client) == str(employee.pk)
    # The link worked once only.
    again = client.get(link_in(message, "/accounts/password/reset/key/"))
    assert "Tautan tidak berlaku" in again.content.decode()


@pytest.mark.django_db
def test_password_change_needs_the_current_password_and_tells_the_owner(client, employee):
    assert log_in(client, employee.nip)[1]
    url = reverse("account_change_password")
    wrong = client.post(url, {"oldpassword": "bukan-sandinya-1", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert wrong.status_code == 200 and 'class="field has-error"' in wrong.content.decode()
    employee.refresh_from_db()
    assert employee.check_password(PASSWORD)

    response = client.post(url, {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    employee.refresh_from_db()
    assert employee.check_password(NEW_PASSWORD)
    assert [m.to for m in mail.outbox] == [["ahmad@batangkab.go.id"]]  # "your password was changed"
    client.logout()
    assert log_in(client, employee.nip, NEW_PASSWORD)[1]


@pytest.mark.django_db
def test_new_email_replaces_the_old_only_once_confirmed(client, employee):
    assert log_in(client, employee.nip)[1]
    page = client.get(reverse("account_email")).content.decode()
    assert "ahmad@batangkab.go.id" in page

    response = client.post(reverse("account_email"), {"action_add": "", "email": "ahmad.fauzi@gmail.com"})
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["ahmad.fauzi@gmail.com"]]
    employee.refresh_from_db()
    assert employee.email == "ahmad@batangkab.go.id"  # not yet: the new address is unconfirmed
    pending = client.get(reverse("account_email")).content.decode()
    assert "ahmad.fauzi@gmail.com" in pending and "menunggu verifikasi" in pending and "<form hidden" in pending

    confirm_path = link_in(mail.outbox[0], "/accounts/confirm-email/")
    assert "ahmad.fauzi@gmail.com" in client.get(confirm_path).content.decode()
    client.post(confirm_path)
    employee.refresh_from_db()
    assert employee.email == "ahmad.fauzi@gmail.com"
    assert list(EmailAddress.objects.filter(user=employee).values_list("email", "verified", "primary")) == [
        ("ahmad.fauzi@gmail.com", True, True)
    ]
    client.logout()
    assert client.post(LOGIN, {"login": "ahmad@batangkab.go.id", "password": PASSWORD}).status_code == 200
    assert log_in(client, "ahmad.fauzi@gmail.com")[1]
    assert logged_in_user_id(client) == str(employee.pk)


@pytest.mark.django_db
def test_login_by_code_sent_to_the_email(client, employee):
    login_page = client.get(LOGIN).content.decode()
    request_url = reverse("account_request_login_code")
    assert f'href="{request_url}"' in login_page

    response = client.post(request_url, {"email": "ahmad@batangkab.go.id"})
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["ahmad@batangkab.go.id"]]
    code = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", mail.outbox[0].body, re.MULTILINE).group(1)
    confirm_page = client.get(response["Location"])
    assert 'class="form account-form"' in confirm_page.content.decode()
    assert logged_in_user_id(client) is None

    client.post(response["Location"], {"code": code})
    assert logged_in_user_id(client) == str(employee.pk)


@pytest.mark.django_db
def test_activation_email_of_an_imported_employee_leads_to_setting_a_password(client):
    user = UserFactory(email="baru@batangkab.go.id")
    user.set_unusable_password()
    user.save()
    assert send_activation(user, base_url="http://testserver") is True
    message = mail.outbox[0]
    assert "aktivasi" in message.body.lower() and "buat kata sandi" in message.body.lower()

    response = client.get(link_in(message, "/accounts/password/reset/key/"))
    page = client.get(response["Location"]).content.decode()
    assert "Aktivasi akun: buat kata sandi Anda" in page
    assert user.nip_display in page  # "Setelah ini Anda masuk dengan NIP ..."
    client.post(response["Location"], {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    client.logout()
    assert log_in(client, user.nip, NEW_PASSWORD)[1]
    assert logged_in_user_id(client) == str(user.pk)


@pytest.mark.django_db
def test_my_account_shows_the_nip_in_groups_and_the_links(client):
    unit = WorkUnitFactory.create()
    user = UserFactory(nip="199001012015031007", email="a@batangkab.go.id", work_unit=unit)
    response = client.get("/akun/")
    assert response.status_code == 302 and response["Location"].startswith(LOGIN)

    assert log_in(client, user.nip)[1]
    html = client.get("/akun/").content.decode()
    assert "19900101 201503 1 007" in html
    assert "a@batangkab.go.id" in html and unit.name in html
    for name in ("account_change_password", "account_email", "mfa_index", "employees:my_data"):
        assert f'href="{reverse(name)}"' in html
    # The header links to it on every page, once logged in.
    assert 'href="/akun/">Akun saya</a>' in client.get(reverse("certificates:mine")).content.decode()


@pytest.mark.django_db
def test_account_pages_are_themed_and_valid_html(client, validate_html):
    unit = WorkUnitFactory.create()
    user = UserFactory(email="ahmad@batangkab.go.id", work_unit=unit)
    pages = {}

    def get(name, url, status=200):
        response = client.get(url)
        assert response.status_code == status, (name, url, response.status_code, response.get("Location"))
        html = response.content.decode()
        if status == 200:
            assert "site-header" in html, name  # inside the site's layout
            pages[name] = html
        return response

    # Anonymous pages.
    get("login", LOGIN)
    failed = client.post(LOGIN, {"login": user.nip, "password": "salah"})
    assert failed.status_code == 200 and 'class="error" role="alert"' in failed.content.decode()
    pages["login_errors"] = failed.content.decode()
    get("password_reset", reverse("account_reset_password"))
    client.post(reverse("account_reset_password"), {"email": user.email})
    get("password_reset_done", reverse("account_reset_password_done"))
    set_url = client.get(link_in(mail.outbox[-1], "/accounts/password/reset/key/"))["Location"]
    get("password_reset_from_key", set_url)
    mismatch = client.post(set_url, {"password1": "x", "password2": "y"})
    assert 'class="field has-error"' in mismatch.content.decode()
    pages["password_reset_from_key_errors"] = mismatch.content.decode()
    get("password_reset_bad_key", "/accounts/password/reset/key/1-salah/")
    client.post(set_url, {"password1": PASSWORD + "!", "password2": PASSWORD + "!"})
    get("password_reset_from_key_done", reverse("account_reset_password_from_key_done"))
    get("request_login_code", reverse("account_request_login_code"))
    client.post(reverse("account_request_login_code"), {"email": user.email})
    get("confirm_login_code", reverse("account_confirm_login_code"))
    client.logout()

    # Logged in.
    assert log_in(client, user.nip, PASSWORD + "!")[1]
    get("account", "/akun/")
    get("logout", reverse("account_logout"))
    get("password_change", reverse("account_change_password"))
    get("email", reverse("account_email"))
    client.post(reverse("account_email"), {"action_add": "", "email": "baru@batangkab.go.id"})
    get("email_pending", reverse("account_email"))
    get("email_confirm", link_in(mail.outbox[-1], "/accounts/confirm-email/"))
    get("email_confirm_bad_key", "/accounts/confirm-email/salah/")
    get("reauthenticate", reverse("account_reauthenticate"))
    # allauth asks for the password again before any change to the second factor.
    assert client.post(reverse("account_reauthenticate"), {"password": PASSWORD + "!"}).status_code == 302
    get("mfa_index", reverse("mfa_index"))
    get("totp_activate", reverse("mfa_activate_totp"))
    get("webauthn_add", reverse("mfa_add_webauthn"))
    TOTP.activate(user, TOTP_SECRET)
    get("mfa_index_active", reverse("mfa_index"))
    get("totp_deactivate", reverse("mfa_deactivate_totp"))
    get("recovery_codes_generate", reverse("mfa_generate_recovery_codes"))
    client.post(reverse("mfa_generate_recovery_codes"))
    get("recovery_codes", reverse("mfa_view_recovery_codes"))
    download = client.get(reverse("mfa_download_recovery_codes"))
    assert download.status_code == 200 and download["Content-Disposition"].startswith("attachment")
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.RECOVERY_CODES).exists()
    # A security key, as far as the listing reads it (a real one needs a browser's attestation).
    key = Authenticator.objects.create(
        user=user,
        type=Authenticator.Type.WEBAUTHN,
        data={"name": "Kunci kantor", "credential": {"clientExtensionResults": {"credProps": {"rk": False}}}},
    )
    get("webauthn_list", reverse("mfa_list_webauthn"))
    assert "Kunci kantor" in pages["webauthn_list"]
    get("webauthn_edit", reverse("mfa_edit_webauthn", kwargs={"pk": key.pk}))
    get("webauthn_remove", reverse("mfa_remove_webauthn", kwargs={"pk": key.pk}))
    key.delete()

    # A user without a password (imported, never activated) sets one.
    no_password = UserFactory()
    no_password.set_unusable_password()
    no_password.save()
    client.logout()
    client.force_login(no_password)
    get("password_set", reverse("account_set_password"))
    client.logout()

    # The second step of a login with TOTP.
    client.post(LOGIN, {"login": user.nip, "password": PASSWORD + "!"})
    get("mfa_authenticate", reverse("mfa_authenticate"))

    for name, html in pages.items():
        assert "style=" not in html, name  # the Content-Security-Policy forbids inline styles
        assert not re.search(r"<script(?![^>]*(\bsrc=|application/json))", html), name  # and inline scripts
    errors = validate_html(pages)
    assert errors == [], "\n".join(errors)
