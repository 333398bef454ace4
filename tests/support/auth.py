"""Logging in as a person would (allauth's form), and the second factor staff need (TOTP)."""

from django.urls import reverse

PASSWORD = "Rahasia#Sekali1"  # noqa: S105 (every test account's password, see builders.UserFactory)
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105 (tests only)


def enrol_totp(user, secret: str = TOTP_SECRET):
    """Give a staff account its second factor (an authenticator app), as the MFA gate requires for Wagtail admin."""
    from allauth.mfa.totp.internal.auth import TOTP

    TOTP.activate(user, secret)
    return user


def totp_code(secret: str = TOTP_SECRET) -> str:
    """The code an authenticator app shows now for this secret."""
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value, yield_hotp_counters_from_time

    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))


def log_in(client, login: str, password: str = PASSWORD):
    """Through allauth's login form (not force_login), so allauth records the authentication as a person's would.
    Returns the response and whether the session is now logged in."""
    response = client.post(reverse("account_login"), {"login": login, "password": password})
    return response, "_auth_user_id" in client.session


def log_in_browser(
    page, base_url: str, login: str, password: str = PASSWORD, *, totp_secret: str | None = None
) -> None:
    """The login form in a real browser (Playwright): fill it in, press Masuk, wait for the answer; for staff
    (`totp_secret`), then the authenticator code, waiting for the page it leads to."""
    page.goto(f"{base_url}/accounts/login/")
    page.get_by_label("NIP atau email").fill(login)
    page.get_by_label("Kata sandi").fill(password)
    with page.expect_navigation():  # the POST's answer, before anything else is asked of the page
        page.get_by_role("button", name="Masuk").click()
    if totp_secret:
        page.get_by_label("Kode", exact=True).fill(totp_code(totp_secret))
        with page.expect_navigation():
            page.get_by_label("Kode", exact=True).press("Enter")
