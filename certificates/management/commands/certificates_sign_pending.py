"""Run every few minutes (cron): sign the certificates still waiting for their electronic signature (the signer
was unreachable or refused when they were issued). Does nothing when no signer is configured."""

from django.core.management.base import BaseCommand

from ...services import certificates_sign_pending


class Command(BaseCommand):
    help = "Retry the electronic signature of certificates that are waiting for it."

    def handle(self, *args, **options):
        done = certificates_sign_pending()
        self.stdout.write(f"{done['signed']} certificate(s) signed, {done['failed']} still waiting.")
