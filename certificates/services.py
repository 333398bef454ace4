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
from .signing import Signed, SigningError, configured_signer, inspect_pdf, signing_enabled

REVOKED = "netral.certificate_revoked"
REISSUED = "netral.certificate_reissued"

logger = logging.getLogger("netral.certificates")


def _allocate_serial(year: int) -> int:
    """Next serial of the year. Call inside a transaction: the counter row stays locked until it commits."""
    counter = CertificateSerial.objects.select_for_update().filter(year=year).first()
    if counter is None:  # the year's first number: make its row, then lock it like any other
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
            # With a signer configured, "menunggu tanda tangan" until a signed PDF is stored (never claimed before).
            signature_state=SignatureState.PENDING if signing_enabled() else SignatureState.UNSIGNED,
        )
        if replacing is not None:
            replacing.superseded_by = certificate
            replacing.save(update_fields=["superseded_by"])
        events.certificate_issued.send(sender=Certificate, certificate=certificate)
    return certificate


def certificate_render_store(certificate: Certificate, *, notify: bool = True) -> Certificate:
    """Render the certificate's PDF, sign it when a signer is configured, and store it with its hash, holding no
    lock while rendering or signing; then the certificate-issued email goes out (with a signer that failed, it
    waits for the signed PDF: `certificate_sign` sends it). Safe to repeat (a retry after a failed render): a
    certificate whose PDF another process stored meanwhile keeps that one, and this render's file is deleted.
    A failed signature stores the unsigned PDF, marked "menunggu tanda tangan", for `certificates_sign_pending`."""
    pdf = certificate_render(certificate)
    signed, error = None, ""
    if certificate.signature_state == SignatureState.PENDING:
        signed, error = _sign_bytes(certificate, pdf)
    data = signed.pdf if signed else pdf
    suffix = "-ttd" if signed else ""
    name = Certificate.pdf.field.storage.save(
        Certificate.pdf.field.generate_filename(certificate, f"{certificate.code}{suffix}.pdf"), ContentFile(data)
    )
    try:
        with transaction.atomic():
            # The holder comes with the row (the email needs them), locked is the certificate's row only.
            stored = Certificate.objects.select_related("user").select_for_update(of=("self",)).get(pk=certificate.pk)
            if stored.pdf:
                Certificate.pdf.field.storage.delete(name)
                return stored
            stored.pdf.name = name
            stored.sha256 = hashlib.sha256(data).hexdigest()
            fields = ["pdf", "sha256"]
            if stored.signature_state == SignatureState.PENDING:
                fields += _record_signing(stored, signed, error)
                stored.email_after_signing = notify and signed is None
                fields.append("email_after_signing")
            stored.save(update_fields=fields)
    except BaseException:
        Certificate.pdf.field.storage.delete(name)
        raise
    for field in ("pdf", "sha256", "signature_state", "signed_by", "signed_at", "signing_attempts", "signing_error"):
        setattr(certificate, field, getattr(stored, field))
    logger.info("Stored the PDF of certificate %s (%s)", certificate.number, stored.get_signature_state_display())
    if notify and stored.signature_state != SignatureState.PENDING:
        transaction.on_commit(lambda: certificate_send_issued_email(stored))
    return certificate


def _sign_bytes(certificate: Certificate, pdf: bytes) -> tuple[Signed | None, str]:
    """The configured signer's signed PDF, checked: an intact signature over the whole file, or (None, why not)."""
    try:
        result = configured_signer().sign(
            pdf,
            reason=f"Sertifikat {certificate.number} diterbitkan oleh {settings.NETRAL_ISSUER_NAME}",
            location=CertificateSettings.load().place,
        )
        report = inspect_pdf(result.pdf)
        if not (report.signed and report.intact and report.covers_current_bytes):
            raise SigningError("The signer returned a PDF without an intact signature over the whole file")
    except (SigningError, ValueError) as error:  # ValueError: a signer configured without what it needs
        logger.warning("Signing %s failed: %s", certificate.number, error)
        return None, str(error)[:2000] or error.__class__.__name__
    return result, ""


def _record_signing(certificate: Certificate, signed: Signed | None, error: str) -> list[str]:
    """Set the signature fields after an attempt; returns the fields changed."""
    certificate.signing_attempts += 1
    if signed is None:
        certificate.signing_error = error
        return ["signing_attempts", "signing_error"]
    certificate.signature_state = SignatureState.SIGNED
    certificate.signed_by = signed.signer
    certificate.signer_cert_sha256 = signed.cert_sha256
    certificate.signed_at = timezone.now()
    certificate.signing_error = ""
    return ["signing_attempts", "signing_error", "signature_state", "signed_by", "signer_cert_sha256", "signed_at"]


def certificate_sign(*, certificate: Certificate) -> Certificate:
    """Sign a stored PDF that is still waiting for its signature, and store the signed PDF in its place (its hash
    follows; the learner's email goes out now if it waited). Idempotent: anything but a waiting certificate with
    a stored PDF is returned as it is. A failure counts the attempt and keeps the error for HR."""
    certificate = Certificate.objects.get(pk=certificate.pk)
    if certificate.signature_state != SignatureState.PENDING or not certificate.pdf or not signing_enabled():
        return certificate
    with certificate.pdf.open("rb") as handle:
        signed, error = _sign_bytes(certificate, handle.read())
    if signed is None:
        Certificate.objects.filter(pk=certificate.pk).update(
            signing_attempts=models.F("signing_attempts") + 1, signing_error=error
        )
        certificate.refresh_from_db()
        return certificate
    storage = Certificate.pdf.field.storage
    name = storage.save(
        Certificate.pdf.field.generate_filename(certificate, f"{certificate.code}-ttd.pdf"), ContentFile(signed.pdf)
    )
    with transaction.atomic():
        stored = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if stored.signature_state != SignatureState.PENDING:  # another worker finished first
            storage.delete(name)
            return stored
        old_name = stored.pdf.name
        stored.pdf.name = name
        stored.sha256 = hashlib.sha256(signed.pdf).hexdigest()
        fields = ["pdf", "sha256", "email_after_signing", *_record_signing(stored, signed, "")]
        send_email, stored.email_after_signing = stored.email_after_signing, False
        stored.save(update_fields=fields)
        transaction.on_commit(lambda: storage.delete(old_name))
        if send_email:
            transaction.on_commit(lambda: certificate_send_issued_email(stored))
    logger.info("Signed certificate %s (%s)", stored.number, signed.signer)
    return stored


def certificates_sign_pending() -> dict[str, int]:
    """Retry every stored certificate still waiting for its signature (cron every few minutes, and seed_demo)."""
    signed = failed = 0
    waiting = Certificate.objects.filter(signature_state=SignatureState.PENDING).exclude(pdf="").order_by("pk")
    for pk in waiting.values_list("pk", flat=True).iterator():
        if certificate_sign(certificate=Certificate(pk=pk)).signature_state == SignatureState.SIGNED:
            signed += 1
        else:
            failed += 1
    return {"signed": signed, "failed": failed}


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
