"""Run once a day (cron): mark certificates that expired, and remind holders N days before expiry.
Re-running the same day sends nothing twice."""

from django.conf import settings
from django.core.management.base import BaseCommand

from ...services import certificates_daily


class Command(BaseCommand):
    help = "Mark expired certificates and email holders whose certificate expires within NETRAL_EXPIRY_REMINDER_DAYS."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.NETRAL_EXPIRY_REMINDER_DAYS)

    def handle(self, *args, days: int, **options):
        done = certificates_daily(days=days)
        self.stdout.write(f"{done['expired']} certificate(s) marked expired, {done['reminded']} reminder(s) sent.")
