"""Run every few minutes (cron), or after a worker crashed: render the PDFs of certificates that were numbered but
whose render failed. Their numbers stay as allocated; nothing is numbered twice."""

from django.core.management.base import BaseCommand

from ...services import certificates_render_pending


class Command(BaseCommand):
    help = "Render and store the PDFs of numbered certificates whose render failed."

    def handle(self, *args, **options):
        self.stdout.write(f"{certificates_render_pending()} certificate PDF(s) rendered.")
