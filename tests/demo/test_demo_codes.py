import pytest
from django.urls import reverse

from demo.people import DEMO_TOTP_SECRETS, HR_NIP
from tests.support.auth import PASSWORD, enrol_totp, totp_code
from tests.support.builders import UserFactory


@pytest.mark.django_db
@pytest.mark.parametrize("debug", [True, False])
def test_the_second_factor_page_shows_demo_codes_only_in_debug(client, settings, debug):
    settings.DEBUG = debug
    officer = enrol_totp(UserFactory())
    client.post(reverse("account_login"), {"login": officer.nip, "password": PASSWORD})
    before = totp_code(DEMO_TOTP_SECRETS[HR_NIP])
    html = client.get(reverse("mfa_authenticate")).content.decode()
    after = totp_code(DEMO_TOTP_SECRETS[HR_NIP])  # (the page may have been drawn either side of a 30 s step)
    assert 'name="code"' in html  # allauth's own form is still there
    shown = any(f"{HR_NIP}: <strong>{code}</strong>" in html for code in (before, after))
    assert shown is debug
