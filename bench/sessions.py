"""Logged-in sessions for the load generator, made in the bench process against the server's own database and
cache (the same SECRET_KEY and SESSION_ENGINE), as Django's `login()` would leave them.

Staff accounts (anyone who can open the Wagtail admin) must have a second factor before the MFA gate
(employees.middleware) lets them through: `session_cookies` gives them a TOTP device first (TOTP_SECRET), like
an officer who enrolled an authenticator app. `log_in_with_totp` goes through allauth's real flow instead
(login form, then the code), for a scenario that measures logging in itself; allauth's rate limits apply there.
"""

import time
from importlib import import_module

TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105 (bench accounts only)


def ensure_second_factor(user) -> None:
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP

    from employees.middleware import requires_mfa

    if requires_mfa(user) and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, TOTP_SECRET)


def session_cookies(user) -> dict:
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.middleware.csrf import _get_new_csrf_string

    from employees.middleware import LAST_SEEN_KEY

    ensure_second_factor(user)
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store[LAST_SEEN_KEY] = int(time.time())
    store.create()
    return {settings.SESSION_COOKIE_NAME: store.session_key, settings.CSRF_COOKIE_NAME: _get_new_csrf_string()}


def totp_code(secret: str = TOTP_SECRET) -> str:
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value, yield_hotp_counters_from_time

    counters = list(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))


def log_in_with_totp(client, login: str, password: str) -> bool:
    """allauth's flow with a bench.load.Client: the login form, then (staff) the TOTP code. True when logged in."""
    import re

    status, body = client.get("/accounts/login/", label="login form")
    status, body = client.post("/accounts/login/", {"login": login, "password": password}, label="login")
    if status == 302 and "sessionid" in client.cookies:
        status, body = client.get("/accounts/2fa/authenticate/", label="2fa form")
        if status == 200 and re.search(rb'name="code"', body):
            status, body = client.post("/accounts/2fa/authenticate/", {"code": totp_code()}, label="2fa")
    return status in (200, 302) and "sessionid" in client.cookies
