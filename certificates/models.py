"""Proof and tracking: issued certificates (frozen records) and their number series."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_verification_code() -> str:
    # 128 bits, URL-safe: unguessable, and short enough for a QR code.
    return secrets.token_urlsafe(16)


class CertificateSerial(models.Model):
    """The last serial handed out in a year. Rows are locked while a number is allocated: no gaps, no doubles."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("nomor seri sertifikat")


class Certificate(models.Model):
    """A completion certificate. Everything printed on it is copied here at issue and never changes after."""

    number = models.CharField(_("nomor"), max_length=40, unique=True)
    year = models.PositiveSmallIntegerField(_("tahun"))
    serial = models.PositiveIntegerField(_("nomor urut"))
    code = models.CharField(_("kode verifikasi"), max_length=32, unique=True, default=new_verification_code)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("pegawai"), on_delete=models.PROTECT, related_name="certificates"
    )
    course = models.ForeignKey(
        "cms.CoursePage", verbose_name=_("pelatihan"), on_delete=models.PROTECT, related_name="certificates"
    )
    course_version = models.PositiveIntegerField(_("versi pelatihan"))
    # Snapshot of the holder and the course at issue.
    holder_name = models.CharField(_("nama"), max_length=300)
    holder_nip = models.CharField("NIP", max_length=18, blank=True)
    holder_rank = models.CharField(_("pangkat/golongan"), max_length=100, blank=True)
    holder_position = models.CharField(_("jabatan"), max_length=200, blank=True)
    holder_unit = models.CharField(_("unit kerja"), max_length=200, blank=True)
    course_title = models.CharField(_("judul pelatihan"), max_length=255)
    jp = models.PositiveSmallIntegerField(_("JP"))
    score = models.DecimalField(_("nilai"), max_digits=5, decimal_places=2)
    issued_at = models.DateTimeField(_("diterbitkan"))
    pdf = models.FileField(_("berkas PDF"), upload_to="certificates/%Y/", blank=True)
    sha256 = models.CharField(_("SHA-256 PDF"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("sertifikat")
        verbose_name_plural = _("sertifikat")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course", "course_version"], name="certificate_once_per_version"),
            models.UniqueConstraint(fields=["year", "serial"], name="certificate_serial_unique"),
        ]
        permissions = [("view_completion", _("Dapat melihat laporan penyelesaian pelatihan"))]

    def __str__(self) -> str:
        return self.number
