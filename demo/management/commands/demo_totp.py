import time

from allauth.mfa import app_settings
from django.core.management.base import BaseCommand

from demo.people import DEMO_TOTP_SECRETS, current_totp_codes


class Command(BaseCommand):
    help = "Print the current authenticator codes of the demo staff accounts (their TOTP secrets are published)."

    def handle(self, *args, **options):
        left = app_settings.TOTP_PERIOD - int(time.time()) % app_settings.TOTP_PERIOD
        self.stdout.write(f"Demo staff codes, valid for {left} more seconds:")
        for login, code in current_totp_codes():
            self.stdout.write(f"  {login:<22} {code}   (secret {DEMO_TOTP_SECRETS[login]})")
