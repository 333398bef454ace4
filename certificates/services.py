"""Writes on certificates. Views, tasks and other apps call these; nothing else writes certificates."""

import calendar
import datetime
import hashlib
import logging
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.log_actions import log

from cms.models import CoursePage
from cms.selectors import regulations_cited
from employees.models import User

from . import events
from .models import Certificate, CertificateSerial
from .rendering import certificate_render
from .selectors import certificates_expiring, current_certificates

REVOKED = "netral.certificate_revoked"
REISSUED = "netral.certificate_reissued"

logger = logging.getLogger("netral.certificates")


def _allocate_serial(year: int) -> int:
    """Next serial of the year. Call inside a transaction: the counter row stays locked until it commits."""
    CertificateSerial.objects.get_or_create(year=year)
    counter = CertificateSerial.objects.select_for_update().get(year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return counter.last


def certificate_issue(*, user: User, course: CoursePage, score: Decimal) -> Certificate:
    """Issue the certificate for this employee and this course version, once, and store its PDF.

    Two steps, so that issuing runs in parallel: `certificate_allocate` numbers the certificate and writes its row
    in a short transaction (the year's counter row is locked only for that), then `certificate_render_store`
    renders and stores the PDF outside any lock. Idempotent: a second call (a retried task, a double submission)
    returns the certificate already numbered, and renders its PDF if an earlier render failed, so a failure never
    leaves a gap or a second number. The database's unique constraint decides races.
    """
    current = Certificate.objects.filter(
        user=user, course=course, course_version=course.version, superseded_at__isnull=True
    )
    certificate = current.first()
    if certificate is None:
        try:
            certificate = certificate_allocate(user=user, course=course, version=course.version, score=score)
        except IntegrityError:
            logger.info("Certificate for user %s course %s v%s already issued", user.pk, course.pk, course.version)
            certificate = current.get()
        else:
            logger.info("Numbered certificate %s for user %s", certificate.number, user.pk)
    if not certificate.pdf:
        certificate_render_store(certificate)
    return certificate


def _add_months(day: datetime.date, months: int) -> datetime.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def certificate_allocate(
    *, user: User, course: CoursePage, version: int, score: Decimal, replacing: Certificate | None = None
) -> Certificate:
    """Allocate the next serial and write the certificate's row (holder and course snapshot), in one short
    transaction: the counter row is locked from the allocation to this commit only, never during a render. The
    row commits without its PDF; `certificate_render_store` adds it. A rolled-back transaction takes its serial
    with it, so serials stay gapless."""
    issued_at = timezone.now()
    today = timezone.localdate(issued_at)
    year = today.year
    regulations = regulations_cited(course)  # read before the counter is locked
    months = course.certificate_validity_months
    with transaction.atomic():
        if replacing is not None:
            replacing = Certificate.objects.select_for_update().get(pk=replacing.pk)
            if replacing.superseded_at:
                raise ValueError(f"{replacing.number} was already superseded")
            replacing.superseded_at = issued_at
            replacing.save(update_fields=["superseded_at"])
        serial = _allocate_serial(year)
        certificate = Certificate.objects.create(
            number=settings.NETRAL_CERTIFICATE_NUMBER_FORMAT.format(year=year, serial=serial),
            year=year,
            serial=serial,
            user=user,
            course=course,
            course_version=version,
            holder_name=user.get_full_name(),
            holder_nip=user.nip or "",
            holder_rank=user.rank_display,
            holder_position=user.position,
            holder_unit=user.work_unit.name if user.work_unit_id else "",
            course_title=course.title,
            course_regulations=regulations,
            jp=course.jp,
            score=score,
            issued_at=issued_at,
            expires_on=_add_months(today, months) if months else None,
        )
        if replacing is not None:
            replacing.superseded_by = certificate
            replacing.save(update_fields=["superseded_by"])
        events.certificate_issued.send(sender=Certificate, certificate=certificate)
    return certificate


def certificate_render_store(certificate: Certificate, *, notify: bool = True) -> Certificate:
    """Render the certificate's PDF and store it with its hash, holding no lock while rendering; then the
    certificate-issued email goes out. Safe to repeat (a retry after a failed render): a certificate whose PDF
    another process stored meanwhile keeps that one, and this render's file is deleted. A further step (signing)
    can wrap the bytes between render and store."""
    pdf = certificate_render(certificate)
    name = Certificate.pdf.field.storage.save(
        Certificate.pdf.field.generate_filename(certificate, f"{certificate.code}.pdf"), ContentFile(pdf)
    )
    try:
        with transaction.atomic():
            stored = Certificate.objects.select_for_update().get(pk=certificate.pk)
            if stored.pdf:
                Certificate.pdf.field.storage.delete(name)
                return stored
            stored.pdf.name = name
            stored.sha256 = hashlib.sha256(pdf).hexdigest()
            stored.save(update_fields=["pdf", "sha256"])
    except BaseException:
        Certificate.pdf.field.storage.delete(name)
        raise
    certificate.pdf.name, certificate.sha256 = stored.pdf.name, stored.sha256
    logger.info("Stored the PDF of certificate %s", certificate.number)
    if notify:
        transaction.on_commit(lambda: certificate_send_issued_email(stored))
    return certificate


def certificates_render_pending() -> int:
    """Render the PDFs of numbered certificates whose render failed (run by the worker on a schedule, or with
    `manage.py certificates_render_pending` from cron). Returns how many were rendered."""
    done = 0
    # Not the ones numbered in the last minutes: their worker is most likely rendering them right now.
    settled = timezone.now() - datetime.timedelta(minutes=5)
    for pk in (
        Certificate.objects.filter(pdf="", issued_at__lt=settled).order_by("pk").values_list("pk", flat=True).iterator()
    ):
        certificate = Certificate.objects.get(pk=pk)
        if not certificate.pdf:
            certificate_render_store(certificate)
            done += 1
    return done


def certificate_reissue(*, certificate: Certificate, by: User | None = None, reason: str = "") -> Certificate:
    """A correction: a new certificate (new number, today's holder data, today's template) that supersedes the
    old one. The old PDF is never rewritten; its verification page points to the new number."""
    new = certificate_allocate(
        user=certificate.user,
        course=certificate.course,
        version=certificate.course_version,
        score=certificate.score,
        replacing=certificate,
    )
    certificate_render_store(new, notify=False)
    events.certificate_reissued.send(sender=Certificate, old=certificate, new=new)
    log(instance=certificate, action=REISSUED, user=by, data={"new": new.number, "reason": reason})
    logger.info("Re-issued %s as %s", certificate.number, new.number)
    return new


def certificate_revoke(*, certificate: Certificate, by: User | None, reason: str) -> Certificate:
    if not reason.strip():
        raise ValueError("A revocation needs a reason")
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.revoked_at:
            return certificate
        certificate.revoked_at = timezone.now()
        certificate.revoked_reason = reason.strip()
        certificate.revoked_by = by
        certificate.save(update_fields=["revoked_at", "revoked_reason", "revoked_by"])
        events.certificate_revoked.send(sender=Certificate, certificate=certificate)
        log(instance=certificate, action=REVOKED, user=by, data={"reason": certificate.revoked_reason})
    return certificate


def certificate_send_issued_email(certificate: Certificate) -> bool:
    """The certificate-issued email, in Indonesian, with the PDF attached and the verification link."""
    user = certificate.user
    if not user.email:
        return False
    context = {"certificate": certificate, "verification_url": certificate.get_verification_url()}
    with translation.override("id"):
        subject = f"Sertifikat {certificate.course_title} – {certificate.number}"
        body = render_to_string("certificates/email/issued.txt", context)
    message = EmailMessage(subject=subject, body=body, to=[user.email])
    with certificate.pdf.open("rb") as pdf:
        message.attach(f"sertifikat-{certificate.number.replace('/', '-')}.pdf", pdf.read(), "application/pdf")
    message.send()
    return True


def certificates_daily(*, days: int | None = None, now: datetime.datetime | None = None) -> dict[str, int]:
    """Once a day: mark the certificates that expired, and email holders whose certificate expires within `days`
    (once each: a re-run the same day sends nothing twice). Marked even without an email address, so that there
    is nothing to retry tomorrow."""
    days = settings.NETRAL_EXPIRY_REMINDER_DAYS if days is None else days
    now = now or timezone.now()
    today = timezone.localdate(now)
    expired = current_certificates().filter(expires_on__lt=today, expired_marked_at__isnull=True)
    marked = expired.update(expired_marked_at=now)
    sent = 0
    for certificate in certificates_expiring(today=today, days=days).select_related("user"):
        if certificate.user.email:
            with translation.override("id"):
                context = {"certificate": certificate, "verification_url": certificate.get_verification_url()}
                body = render_to_string("certificates/email/expiry_reminder.txt", context)
            subject = f"Sertifikat {certificate.number} akan habis masa berlakunya"
            EmailMessage(subject=subject, body=body, to=[certificate.user.email]).send()
            sent += 1
        Certificate.objects.filter(pk=certificate.pk).update(expiry_reminder_sent_at=now)
    return {"expired": marked, "reminded": sent}
