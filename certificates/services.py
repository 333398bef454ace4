"""Writes on certificates. Views, tasks and other apps call these; nothing else writes certificates."""

import base64
import calendar
import datetime
import hashlib
import json
import logging
from decimal import Decimal

import segno
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.log_actions import log

from cms.models import CoursePage
from employees.models import User

from .models import Certificate, CertificateSerial, CertificateSettings
from .pdf import render_pdf
from .tracking import completion_refresh

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
    current = Certificate.objects.filter(user=user, course=course, course_version=course.version,
                                         superseded_at__isnull=True)  # fmt: skip
    existing = current.first()
    if existing:
        return existing
    try:
        certificate = _issue(user=user, course=course, version=course.version, score=score)
    except IntegrityError:
        logger.info("Certificate for user %s course %s v%s already issued", user.pk, course.pk, course.version)
        return current.get()
    logger.info("Issued certificate %s to user %s", certificate.number, user.pk)
    transaction.on_commit(lambda: certificate_send_issued_email(certificate))
    return certificate


def _add_months(day: datetime.date, months: int) -> datetime.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def _issue(*, user: User, course: CoursePage, version: int, score: Decimal, replacing=None) -> Certificate:
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
                holder_rank=user.pangkat_display,
                holder_position=user.jabatan,
                holder_unit=user.work_unit.name if user.work_unit_id else "",
                course_title=course.title,
                course_regulations=course.regulations_cited(),
                jp=course.jp,
                score=score,
                issued_at=issued_at,
                expires_on=_add_months(today, months) if months else None,
            )
            pdf = certificate_render(certificate)
            certificate.sha256 = hashlib.sha256(pdf).hexdigest()
            certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=False)
            pdf_name = certificate.pdf.name
            certificate.save()
            if replacing is not None:
                replacing.superseded_by = certificate
                replacing.save(update_fields=["superseded_by"])
            completion_refresh(user=user, course=course)
    except BaseException:
        if pdf_name:
            Certificate.pdf.field.storage.delete(pdf_name)
        raise
    return certificate


def certificate_reissue(*, certificate: Certificate, by: User | None = None, reason: str = "") -> Certificate:
    """A correction: a new certificate (new number, today's holder data, today's template) that supersedes the
    old one. The old PDF is never rewritten; its verification page points to the new number."""
    new = _issue(user=certificate.user, course=certificate.course, version=certificate.course_version,
                 score=certificate.score, replacing=certificate)  # fmt: skip
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
        completion_refresh(user=certificate.user, course=certificate.course)
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


def _image_data_uri(image) -> str:
    """A Wagtail image as a data: URI (the renderer fetches nothing else)."""
    if image is None:
        return ""
    with image.open_file() as handle:
        data = handle.read()
    mime = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "svg": "image/svg+xml"}.get(
        image.file.name.rsplit(".", 1)[-1].lower(), "image/png"
    )
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


def certificate_record(certificate: Certificate) -> dict:
    """The record attached to the PDF as JSON: what the certificate says, machine-readable."""
    return {
        "number": certificate.number,
        "verification_url": certificate.get_verification_url(),
        "holder": {
            "name": certificate.holder_name,
            "nip": certificate.holder_nip,
            "rank": certificate.holder_rank,
            "position": certificate.holder_position,
            "unit": certificate.holder_unit,
        },
        "course": {
            "title": certificate.course_title,
            "version": certificate.course_version,
            "regulations": certificate.course_regulations,
            "jp": certificate.jp,
        },
        "score": str(certificate.score),
        "issued_on": timezone.localdate(certificate.issued_at).isoformat(),
        "expires_on": certificate.expires_on.isoformat() if certificate.expires_on else None,
        "issuer": settings.NETRAL_ISSUER_NAME,
    }


def certificate_render(certificate: Certificate) -> bytes:
    # Certificates are Indonesian documents whatever language the learner browses in.
    signing = CertificateSettings.load()
    url = certificate.get_verification_url()
    context = {
        "certificate": certificate,
        "issuer": settings.NETRAL_ISSUER_NAME,
        "signing": signing,
        "signature": _image_data_uri(signing.signature),
        "logo": _image_data_uri(signing.logo),
        "verification_url": url,
        "qr": segno.make(url, error="m").svg_data_uri(scale=4, border=2),
    }
    record = json.dumps(certificate_record(certificate), ensure_ascii=False, indent=2)
    with translation.override("id"):
        return render_pdf(
            "certificates/pdf/certificate.html",
            context,
            title=f"Sertifikat {certificate.number}",
            author=settings.NETRAL_ISSUER_NAME,
            subject=f"Sertifikat penyelesaian pelatihan {certificate.course_title} – {certificate.holder_name}",
            attachments=(("sertifikat.json", record, "Data sertifikat"),),
        )
