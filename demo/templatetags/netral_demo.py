"""The demo's published authenticator codes, shown on the second-factor page while DEBUG is on (`make demo`), so
that the demo staff logins work from a browser alone. Never shown in production (DEBUG is off there)."""

from django import template
from django.conf import settings

from demo.people import current_totp_codes

register = template.Library()


@register.simple_tag
def demo_totp_codes() -> list[tuple[str, str]]:
    return current_totp_codes() if settings.DEBUG else []
