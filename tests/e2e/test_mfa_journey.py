"""The staff MFA gate in a real browser on a phone (360 px): an HR officer enrols TOTP, then logs in with it.

allauth's pages as a staff member meets them: the gate's warning, the activation reached by clicking, the password
asked again, the secret read off the page, the recovery codes, and the second factor asked at the next login
(a wrong code refused, a recovery code good only once). No page scrolls sideways, logs a console error or breaks
the Content-Security-Policy.
"""

import re

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Permission
from django.contrib.sessions.models import Session
from playwright.sync_api import expect

from tests.e2e.test_csp import REPORT_VIOLATIONS, settle
from tests.support.auth import PASSWORD, log_in_browser, totp_code
from tests.support.builders import UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

WIDTH = 360


@pytest.fixture
def problems(page):
    """CSP violations, console errors and uncaught exceptions the browser reports while the test runs."""
    found = []
    page.context.expose_function("netralCspViolation", lambda violation: found.append(violation))
    page.context.add_init_script(REPORT_VIOLATIONS)

    def console(message):
        if message.type == "error":
            found.append(f"console error: {message.text} ({message.location['url']} on {page.url})")

    page.on("console", console)
    page.on("pageerror", lambda error: found.append(f"page error: {error}"))
    return found


def fits_the_phone(page) -> None:
    """The page is settled and nothing on it makes the 360 px viewport scroll sideways."""
    settle(page)
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= WIDTH, f"{page.url} is {width} px wide"


def logged_in_user_ids(page) -> set[str]:
    """Who the browser's session cookie is logged in as, read from the session store."""
    keys = {cookie["value"] for cookie in page.context.cookies() if cookie["name"] == "sessionid"}
    return {
        session.get_decoded().get("_auth_user_id")
        for session in Session.objects.filter(session_key__in=keys)
        if session.get_decoded().get("_auth_user_id")
    }


def submit_code(page, code, label="Kode"):
    page.get_by_label(label, exact=True).fill(code)
    with page.expect_navigation():
        page.get_by_label(label, exact=True).press("Enter")


def log_out(page, url):
    page.goto(f"{url}/accounts/logout/")
    page.locator("main form").get_by_role("button").click()
    page.wait_for_url(f"{url}/**")
    assert page.context.cookies() == [] or logged_in_user_ids(page) == set()


def test_hr_officer_enrols_totp_on_a_phone_and_logs_in_with_it(live_server, page, problems):
    url = live_server.url
    officer = UserFactory(first_name="Budi Santoso")
    officer.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "view_completion"]))
    assert page.viewport_size["width"] == WIDTH

    # 1. Password login; the admin sends the officer to the second-factor page with the gate's warning.
    log_in_browser(page, url, officer.nip)
    page.goto(f"{url}/admin/")
    page.wait_for_url(f"{url}/accounts/2fa/")
    expect(page.get_by_text("wajib memakai autentikasi dua langkah")).to_be_visible()
    fits_the_phone(page)

    # 2. Activation by clicking; allauth asks for the password again first.
    page.get_by_role("link", name="Aktifkan").click()
    page.wait_for_url(f"{url}/accounts/reauthenticate/**")
    fits_the_phone(page)
    page.get_by_label("Kata sandi", exact=True).fill(PASSWORD)  # the same word as the login form (locale/id)
    page.get_by_role("button", name="Konfirmasi").click()
    page.wait_for_url(f"{url}/accounts/2fa/totp/activate/")
    secret = page.get_by_label("Rahasia autentikator").input_value()
    assert len(secret) == 32 and secret.isalnum()
    qr_code = page.get_by_role("img", name=secret)
    expect(qr_code).to_be_visible()
    assert qr_code.get_attribute("src").startswith("data:image/svg+xml;base64,")
    fits_the_phone(page)
    submit_code(page, totp_code(secret), label="Kode autentikator")

    # 3. The recovery codes, then the admin opens.
    page.wait_for_url(f"{url}/accounts/2fa/recovery-codes/")
    codes = page.get_by_label("Kode yang belum digunakan").input_value().split()
    assert len(codes) == 10 and len(set(codes)) == 10
    fits_the_phone(page)
    assert Authenticator.objects.filter(user=officer, type=Authenticator.Type.TOTP).exists()
    assert page.goto(f"{url}/admin/").status == 200
    assert page.url == f"{url}/admin/"
    expect(page).to_have_title(re.compile(r"^Dasbor"))  # Wagtail's dashboard, with its welcome heading
    expect(page.get_by_role("heading", name="Netral", level=1)).to_be_visible()
    settle(page)
    assert page.goto(f"{url}/admin/hr/").status == 200
    assert page.get_by_role("heading", name="Dasbor penyelesaian").first.is_visible()
    settle(page)

    # 4. Next login: the password alone is not enough; a wrong code is refused, the app's code lets the officer in.
    log_out(page, url)
    log_in_browser(page, url, officer.nip)
    page.wait_for_url(f"{url}/accounts/2fa/authenticate/")
    assert logged_in_user_ids(page) == set()  # the password alone logs nobody in
    fits_the_phone(page)
    right = totp_code(secret)
    submit_code(page, f"{(int(right) + 1) % 1_000_000:06d}")
    expect(page.get_by_text("Kode salah.")).to_be_visible()
    assert page.url == f"{url}/accounts/2fa/authenticate/"
    assert logged_in_user_ids(page) == set()
    fits_the_phone(page)
    submit_code(page, totp_code(secret))
    assert page.url == f"{url}/admin/", page.url  # staff land on the admin home
    assert logged_in_user_ids(page) == {str(officer.pk)}
    assert page.goto(f"{url}/admin/hr/").status == 200
    assert page.get_by_role("heading", name="Dasbor penyelesaian").first.is_visible()
    settle(page)

    # A recovery code stands in for the app once, and only once.
    log_out(page, url)
    log_in_browser(page, url, officer.nip)
    submit_code(page, codes[0])
    page.wait_for_url(f"{url}/admin/")
    assert logged_in_user_ids(page) == {str(officer.pk)}
    log_out(page, url)
    log_in_browser(page, url, officer.nip)
    submit_code(page, codes[0])
    expect(page.get_by_text("Kode salah.")).to_be_visible()
    assert logged_in_user_ids(page) == set()

    assert problems == []
