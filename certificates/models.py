"""Proof: issued certificates (frozen records), their number series and the settings printed on new ones."""

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


def new_verification_code() -> str:
    # 128 bits, URL-safe: unguessable, and short enough for a QR code.
    return secrets.token_urlsafe(16)


def new_identity_salt() -> str:
    """The salt of the holder's hashed identity in the Open Badges credential (certificates/badges.py)."""
    return secrets.token_hex(16)


class CertificateSerial(models.Model):
    """The last serial handed out in a year. Rows are locked while a number is allocated: no gaps, no doubles."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("nomor seri sertifikat")


class SignatureState(models.TextChoices):
    UNSIGNED = "unsigned", _("tidak ditandatangani elektronik")
    PENDING = "pending", _("menunggu tanda tangan")
    SIGNED = "signed", _("ditandatangani elektronik")


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
    course_regulations = models.JSONField(_("peraturan yang dicakup"), default=list, blank=True)
    issued_at = models.DateTimeField(_("diterbitkan"))
    expires_on = models.DateField(_("berlaku sampai"), null=True, blank=True)
    pdf = models.FileField(_("berkas PDF"), upload_to="certificates/%Y/", blank=True)
    sha256 = models.CharField(_("SHA-256 PDF"), max_length=64, blank=True, db_index=True)
    # The electronic signature (certificates/signing.py): the stored PDF is replaced by its signed version, and
    # `sha256` follows it. "menunggu tanda tangan" until a configured signer succeeds; never claimed before.
    signature_state = models.CharField(
        _("tanda tangan elektronik"), max_length=10, choices=SignatureState.choices, default=SignatureState.UNSIGNED
    )
    signed_by = models.CharField(_("ditandatangani oleh"), max_length=300, blank=True)
    signed_at = models.DateTimeField(_("ditandatangani pada"), null=True, blank=True)
    signer_cert_sha256 = models.CharField(_("sidik jari sertifikat penanda tangan"), max_length=64, blank=True)
    signing_attempts = models.PositiveSmallIntegerField(_("percobaan tanda tangan"), default=0)
    signing_error = models.TextField(_("galat tanda tangan terakhir"), blank=True)
    email_after_signing = models.BooleanField(default=False, editable=False)
    # The secret salt of the holder's hashed identity (docs/privacy.md): only the holder receives it (their own
    # credential download and the PDF's attached sertifikat.json); the public credential carries the hash alone.
    identity_salt = models.CharField(max_length=32, default=new_identity_salt, editable=False)
    # Lifecycle: never an edit of what was issued, only marks beside it.
    revoked_at = models.DateTimeField(_("dicabut pada"), null=True, blank=True)
    revoked_reason = models.TextField(_("alasan pencabutan"), blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dicabut oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    superseded_at = models.DateTimeField(_("digantikan pada"), null=True, blank=True)
    superseded_by = models.ForeignKey(
        "self",
        verbose_name=_("digantikan oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supersedes",
    )
    expiry_reminder_sent_at = models.DateTimeField(_("pengingat masa berlaku dikirim"), null=True, blank=True)
    expired_marked_at = models.DateTimeField(_("ditandai kedaluwarsa"), null=True, blank=True)

    class Meta:
        verbose_name = _("sertifikat")
        verbose_name_plural = _("sertifikat")
        ordering = ["-issued_at"]
        constraints = [
            # One current certificate per employee and course version; a re-issue supersedes the old one.
            models.UniqueConstraint(
                fields=["user", "course", "course_version"],
                condition=models.Q(superseded_at__isnull=True),
                name="certificate_once_per_version",
            ),
            models.UniqueConstraint(fields=["year", "serial"], name="certificate_serial_unique"),
        ]
        indexes = [
            models.Index(models.F("issued_at").desc(), name="certificate_issued_newest"),  # the register
            models.Index(fields=["expires_on"], name="certificate_expires_on"),  # expiring soon, on the dashboard
        ]

    def __str__(self) -> str:
        return self.number

    class Status(models.TextChoices):
        VALID = "valid", _("berlaku")
        EXPIRED = "expired", _("kedaluwarsa")
        REVOKED = "revoked", _("dicabut")
        SUPERSEDED = "superseded", _("digantikan")

    def status_on(self, day: datetime.date | None = None) -> str:
        """What the public verification page says."""
        if self.revoked_at:
            return self.Status.REVOKED
        if self.superseded_at:
            return self.Status.SUPERSEDED
        day = day or timezone.localdate()
        if self.expires_on and day > self.expires_on:
            return self.Status.EXPIRED
        return self.Status.VALID

    @property
    def status(self) -> str:
        return self.status_on()

    def get_status_display(self) -> str:
        return self.Status(self.status).label

    @property
    def signature_display(self) -> str:
        """The register's column: signed by whom, or why not (the detail page checks the stored file's bytes)."""
        if self.signature_state == SignatureState.SIGNED:
            return _("ditandatangani oleh %(signer)s") % {"signer": self.signed_by}
        return SignatureState(self.signature_state).label

    @property
    def needs_renewal(self) -> bool:
        """A rule update raised the course's version since this was issued: the holder must pass the new one."""
        return self.status == self.Status.VALID and self.course_version < self.course.version

    @property
    def holder_identity(self) -> str:
        """Rank, position and unit as printed under the name: the ones the holder has, joined by " · "."""
        return " · ".join(part for part in (self.holder_rank, self.holder_position, self.holder_unit) if part)

    def get_verification_url(self) -> str:
        return settings.NETRAL_PUBLIC_BASE_URL.rstrip("/") + reverse("certificates:verify", args=(self.code,))


@register_setting(icon="doc-full")
class CertificateSettings(BaseGenericSetting):
    """What staff may change on future certificates (never on issued ones): the signatory and the images."""

    signatory_name = models.CharField(_("nama penanda tangan"), max_length=200, default="Kepala BKD Kabupaten Batang")
    signatory_title = models.CharField(
        _("jabatan penanda tangan"), max_length=200, default="Kepala Badan Kepegawaian Daerah Kabupaten Batang"
    )
    signatory_nip = models.CharField(_("NIP penanda tangan"), max_length=18, blank=True)
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("gambar tanda tangan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo pemerintah daerah"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    place = models.CharField(_("tempat penerbitan"), max_length=100, default="Batang")

    # Wagtail's load() reads the images in the same query (every certificate render loads these settings).
    select_related = ["signature", "logo"]

    class Meta:
        verbose_name = _("pengaturan sertifikat")
