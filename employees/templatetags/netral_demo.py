"""The demo's published authenticator codes, shown on the second-factor page while DEBUG is on (`make demo`), so
that the demo staff logins work from a browser alone. Never shown in production (DEBUG is off there)."""

import time

from allauth.mfa import app_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django import template
from django.conf import settings

from ..demo import DEMO_TOTP_SECRETS

register = template.Library()


def current_codes() -> list[tuple[str, str]]:
    counter = int(time.time()) // app_settings.TOTP_PERIOD
    return [(login, format_hotp_value(hotp_value(secret, counter))) for login, secret in DEMO_TOTP_SECRETS.items()]


@register.simple_tag
def demo_totp_codes() -> list[tuple[str, str]]:
    return current_codes() if settings.DEBUG else []
