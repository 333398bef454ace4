"""Run daily (cron): remind employees whose due date is near, and send unit HR their overdue digest. Never twice a
day for the same recipient, course and kind; every send is in ReminderLog."""

from django.core.management.base import BaseCommand

from ...services import reminders_send


class Command(BaseCommand):
    help = "Email due-date reminders to employees and overdue digests to unit HR officers (once a day each)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="remind this many days before the due date")

    def handle(self, *args, days, **options):
        sent = reminders_send(days=days)
        self.stdout.write(f"{sent['due']} reminder(s), {sent['digest']} unit digest(s) sent.")
