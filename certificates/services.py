"""Writes on certificates. Views, tasks and other apps call these; nothing else writes certificates."""

import calendar
import datetime
import hashlib
import logging
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import IntegrityError, models, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.log_actions import log

from cms.models import CoursePage
from cms.selectors import regulations_cited
from employees.models import User

from . import events
from .models import Certificate, CertificateSerial, CertificateSettings, SignatureState
from .rendering import certificate_render
from .selectors import certificates_expiring, current_certificates
from .signing import SigningError, configured_signer, inspect_pdf, signing_enabled

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
    """Issue the certificate for this employee and this course version, once.

    Idempotent: a second call (a retried task, a double submission) returns the certificate already issued.
    The database's unique constraint decides races; the loser's transaction, serial included, rolls back.
    """
    current = Certificate.objects.filter(
        user=user, course=course, course_version=course.version, superseded_at__isnull=True
    )
    existing = current.first()
    if existing:
        return existing
    try:
        certificate = _issue(user=user, course=course, version=course.version, score=score, notify=True)
    except IntegrityError:
        logger.info("Certificate for user %s course %s v%s already issued", user.pk, course.pk, course.version)
        return current.get()
    logger.info("Issued certificate %s to user %s", certificate.number, user.pk)
    if certificate.signature_state != SignatureState.PENDING:  # else certificate_sign sends it, with the signed PDF
        transaction.on_commit(lambda: certificate_send_issued_email(certificate))
    return certificate


def _add_months(day: datetime.date, months: int) -> datetime.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def _issue(
    *, user: User, course: CoursePage, version: int, score: Decimal, replacing=None, notify: bool = False
) -> Certificate:
    """Allocate a number, snapshot holder and course, render, store the PDF and its hash, in one transaction.
    Nothing half-written survives a failure: the row rolls back, and the stored file is deleted."""
    issued_at = timezone.now()
    today = timezone.localdate(issued_at)
    year = today.year
    pdf_name = ""
    try:
        with transaction.atomic():
            if replacing is not None:
                replacing = Certificate.objects.select_for_update().get(pk=replacing.pk)
                if replacing.superseded_at:
                    raise ValueError(f"{replacing.number} was already superseded")
                replacing.superseded_at = issued_at
                replacing.save(update_fields=["superseded_at"])
            serial = _allocate_serial(year)
            months = course.certificate_validity_months
            certificate = Certificate(
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
                course_regulations=regulations_cited(course),
                jp=course.jp,
                score=score,
                issued_at=issued_at,
                expires_on=_add_months(today, months) if months else None,
                signature_state=SignatureState.PENDING if signing_enabled() else SignatureState.UNSIGNED,
            )
            # The email carries the PDF: with a signer, it waits for the signed one.
            certificate.email_after_signing = notify and certificate.signature_state == SignatureState.PENDING
            pdf = certificate_render(certificate)
            certificate.sha256 = hashlib.sha256(pdf).hexdigest()
            certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=False)
            pdf_name = certificate.pdf.name
            certificate.save()
            if replacing is not None:
                replacing.superseded_by = certificate
                replacing.save(update_fields=["superseded_by"])
            events.certificate_issued.send(sender=Certificate, certificate=certificate)
            if certificate.signature_state == SignatureState.PENDING:
                transaction.on_commit(lambda: _enqueue_signing(certificate.pk))
    except BaseException:
        if pdf_name:
            Certificate.pdf.field.storage.delete(pdf_name)
        raise
    return certificate


def _enqueue_signing(certificate_id: int) -> None:
    from .tasks import sign_certificate

    sign_certificate.enqueue(certificate_id=certificate_id)


def certificate_sign(*, certificate: Certificate) -> Certificate:
    """Sign the stored PDF with the configured signer and store the signed PDF in its place (its hash follows).

    Idempotent: a signed certificate is returned as it is. A failure leaves the certificate "menunggu tanda tangan"
    with the error and the attempt counted (certificates_sign_pending retries it); the unsigned PDF is never
    marked signed: the signer's result must carry an intact signature over the whole file, or it is refused."""
    certificate = Certificate.objects.get(pk=certificate.pk)
    if certificate.signature_state != SignatureState.PENDING or not signing_enabled():
        return certificate
    with certificate.pdf.open("rb") as handle:
        unsigned = handle.read()
    options = CertificateSettings.load()
    try:
        result = configured_signer().sign(
            unsigned,
            reason=f"Sertifikat {certificate.number} diterbitkan oleh {settings.NETRAL_ISSUER_NAME}",
            location=options.place,
        )
        report = inspect_pdf(result.pdf)
        if not (report.signed and report.intact and report.covers_current_bytes):
            raise SigningError("The signer returned a PDF without an intact signature over the whole file")
    except (SigningError, ValueError) as error:  # ValueError: a signer configured without what it needs
        Certificate.objects.filter(pk=certificate.pk).update(
            signing_attempts=models.F("signing_attempts") + 1, signing_error=str(error)[:2000]
        )
        logger.warning("Signing %s failed: %s", certificate.number, error)
        certificate.refresh_from_db()
        return certificate
    old_name = certificate.pdf.name
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.signature_state != SignatureState.PENDING:  # another worker finished first
            return certificate
        certificate.pdf.save(f"{certificate.code}-ttd.pdf", ContentFile(result.pdf), save=False)
        certificate.sha256 = hashlib.sha256(result.pdf).hexdigest()
        certificate.signature_state = SignatureState.SIGNED
        certificate.signed_by = result.signer
        certificate.signer_cert_sha256 = result.cert_sha256
        certificate.signed_at = timezone.now()
        certificate.signing_attempts += 1
        certificate.signing_error = ""
        send_email, certificate.email_after_signing = certificate.email_after_signing, False
        certificate.save()
        storage = Certificate.pdf.field.storage
        transaction.on_commit(lambda: storage.delete(old_name))
        if send_email:
            transaction.on_commit(lambda: certificate_send_issued_email(certificate))
    logger.info("Signed certificate %s (%s)", certificate.number, result.signer)
    return certificate


def certificates_sign_pending() -> dict[str, int]:
    """Retry every certificate still waiting for its signature (cron, every few minutes; and the daily run)."""
    signed = failed = 0
    for certificate in Certificate.objects.filter(signature_state=SignatureState.PENDING).order_by("pk"):
        if certificate_sign(certificate=certificate).signature_state == SignatureState.SIGNED:
            signed += 1
        else:
            failed += 1
    return {"signed": signed, "failed": failed}


def certificate_reissue(*, certificate: Certificate, by: User | None = None, reason: str = "") -> Certificate:
    """A correction: a new certificate (new number, today's holder data, today's template) that supersedes the
    old one. The old PDF is never rewritten; its verification page points to the new number."""
    new = _issue(
        user=certificate.user,
        course=certificate.course,
        version=certificate.course_version,
        score=certificate.score,
        replacing=certificate,
    )
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
