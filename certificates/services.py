"""Writes on certificates. Views, tasks and other apps call these; nothing else writes certificates."""

import hashlib
import logging
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from cms.models import CoursePage
from employees.models import User

from .models import Certificate, CertificateSerial
from .pdf import render_pdf

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
    existing = Certificate.objects.filter(user=user, course=course, course_version=course.version).first()
    if existing:
        return existing
    issued_at = timezone.now()
    year = timezone.localtime(issued_at).year
    pdf_name = ""
    try:
        with transaction.atomic():
            serial = _allocate_serial(year)
            certificate = Certificate(
                number=settings.NETRAL_CERTIFICATE_NUMBER_FORMAT.format(year=year, serial=serial),
                year=year,
                serial=serial,
                user=user,
                course=course,
                course_version=course.version,
                holder_name=user.get_full_name(),
                holder_nip=user.nip or "",
                holder_rank=user.pangkat_display,
                holder_position=user.jabatan,
                holder_unit=user.work_unit.name if user.work_unit_id else "",
                course_title=course.title,
                jp=course.jp,
                score=score,
                issued_at=issued_at,
            )
            pdf = certificate_render(certificate)
            certificate.sha256 = hashlib.sha256(pdf).hexdigest()
            certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(pdf), save=False)
            pdf_name = certificate.pdf.name
            certificate.save()
    except BaseException as error:
        # Nothing half-written survives: the row rolled back, so the file goes too.
        if pdf_name:
            Certificate.pdf.field.storage.delete(pdf_name)
        if isinstance(error, IntegrityError):
            logger.info("Certificate for user %s course %s v%s already issued", user.pk, course.pk, course.version)
            return Certificate.objects.get(user=user, course=course, course_version=course.version)
        raise
    logger.info("Issued certificate %s to user %s", certificate.number, user.pk)
    return certificate


def certificate_render(certificate: Certificate) -> bytes:
    # Certificates are Indonesian documents whatever language the learner browses in.
    with translation.override("id"):
        return render_pdf(
            "certificates/pdf/certificate.html",
            {"certificate": certificate, "issuer": settings.NETRAL_ISSUER_NAME},
            title=f"Sertifikat {certificate.number}",
            author=settings.NETRAL_ISSUER_NAME,
        )
