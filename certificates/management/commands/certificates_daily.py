"""Run once a day (cron): mark certificates that expired, and remind holders N days before expiry.
Re-running the same day sends nothing twice."""

import datetime

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.management.base import BaseCommand
from django.template.loader import render_to_string
from django.utils import timezone, translation

from ...models import Certificate


class Command(BaseCommand):
    help = "Mark expired certificates and email holders whose certificate expires within NETRAL_EXPIRY_REMINDER_DAYS."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.NETRAL_EXPIRY_REMINDER_DAYS)

    def handle(self, *args, days: int, **options):
        now = timezone.now()
        today = timezone.localdate(now)
        standing = Certificate.objects.filter(revoked_at__isnull=True, superseded_at__isnull=True)
        expired = standing.filter(expires_on__lt=today, expired_marked_at__isnull=True).update(expired_marked_at=now)
        due = standing.filter(
            expires_on__gte=today, expires_on__lte=today + datetime.timedelta(days=days),
            expiry_reminder_sent_at__isnull=True,
        ).select_related("user")  # fmt: skip
        sent = 0
        for certificate in due:
            if certificate.user.email:
                with translation.override("id"):
                    body = render_to_string(
                        "certificates/email/expiry_reminder.txt",
                        {"certificate": certificate, "verification_url": certificate.get_verification_url()},
                    )
                subject = f"Sertifikat {certificate.number} akan habis masa berlakunya"
                EmailMessage(subject=subject, body=body, to=[certificate.user.email]).send()
                sent += 1
            # Marked even without an email address: nothing to retry tomorrow.
            Certificate.objects.filter(pk=certificate.pk).update(expiry_reminder_sent_at=now)
        self.stdout.write(f"{expired} certificate(s) marked expired, {sent} reminder(s) sent.")
