"""Run every few minutes (cron): grade the attempts whose time limit and grace period have passed, on the answers
saved before the deadline. Safe to re-run: a graded attempt is never graded again."""

from django.core.management.base import BaseCommand

from ...services import attempts_finish_expired


class Command(BaseCommand):
    help = "Grade open quiz attempts that are past their time limit and grace period."

    def handle(self, *args, **options):
        self.stdout.write(f"{attempts_finish_expired()} attempt(s) graded.")
