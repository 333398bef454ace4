import time

from allauth.mfa import app_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core.management.base import BaseCommand

from ...demo import DEMO_TOTP_SECRETS


class Command(BaseCommand):
    help = "Print the current authenticator codes of the demo staff accounts (their TOTP secrets are published)."

    def handle(self, *args, **options):
        counter = int(time.time()) // app_settings.TOTP_PERIOD
        left = app_settings.TOTP_PERIOD - int(time.time()) % app_settings.TOTP_PERIOD
        self.stdout.write(f"Demo staff codes, valid for {left} more seconds:")
        for login, secret in DEMO_TOTP_SECRETS.items():
            self.stdout.write(f"  {login:<22} {format_hotp_value(hotp_value(secret, counter))}   (secret {secret})")
