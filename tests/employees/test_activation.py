"""Roster-gated first access: an employee on the roster activates their account with NIP + the email BKD holds."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from tests.support.builders import UserFactory

ACTIVATE = "/akun/aktivasi/"
SAME_ANSWER = "Jika NIP dan email itu cocok"


@pytest.fixture(autouse=True)
def _empty_cache(db):
    cache.clear()  # the limits count in the shared cache


@pytest.fixture
def imported(db):
    """As the roster import leaves an employee: on file with an email, never logged in (no usable password)."""
    user = UserFactory(email="rina.wulandari@batangkab.go.id", first_name="Rina Wulandari")
    user.set_unusable_password()
    user.save()
    return user


def ask(client, nip, email):
    response = client.post(ACTIVATE, {"nip": nip, "email": email}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("account_login")
    return response.content.decode()


@pytest.mark.django_db
def test_an_imported_employee_activates_with_nip_and_roster_email_then_logs_in(client, imported):
    assert reverse("employees:activate") == ACTIVATE
    assert f'href="{ACTIVATE}"' in client.get(reverse("account_login")).content.decode()
    # The NIP as printed on an SK (8-6-1-3, with spaces) and the email in other capitals still match.
    html = ask(client, imported.nip_display, imported.email.upper())
    assert SAME_ANSWER in html
    (message,) = mail.outbox
    assert message.to == [imported.email] and "aktivasi" in message.body.lower()
    link = re.search(r"http://testserver(/accounts/password/reset/key/\S+)", message.body)[1]
    form_page = client.get(link, follow=True)
    client.post(form_page.redirect_chain[-1][0], {"password1": "Netral#Baru2024", "password2": "Netral#Baru2024"})
    client.logout()
    client.post(reverse("account_login"), {"login": imported.nip, "password": "Netral#Baru2024"})
    assert client.session.get("_auth_user_id") == str(imported.pk)


@pytest.mark.django_db
def test_wrong_email_unknown_nip_or_an_active_account_get_the_same_answer_and_no_mail(client, imported):
    active = UserFactory(email="aktif@batangkab.go.id")  # already has a password: uses "Lupa kata sandi"
    other_nip = imported.nip[:-3] + "999"
    answers = [
        ask(client, imported.nip, "penyerang@contoh.com"),
        ask(client, other_nip, imported.email),
        ask(client, active.nip, active.email),
    ]
    assert all(SAME_ANSWER in html for html in answers)
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_malformed_nip_is_explained_and_nothing_sent(client, imported):
    response = client.post(ACTIVATE, {"nip": "12345", "email": imported.email})
    assert response.status_code == 200 and "NIP" in response.content.decode() and mail.outbox == []


@pytest.mark.django_db
def test_activation_requests_are_limited_per_nip(client, imported):
    for _ in range(5):
        ask(client, imported.nip, imported.email)
        client.cookies.clear()
    assert len(mail.outbox) == 3  # three an hour for one NIP, whoever asks


@pytest.mark.django_db
def test_the_activation_page_is_valid_html(client, validate_html):
    assert validate_html({"activate": client.get(ACTIVATE).content.decode()}) == []
