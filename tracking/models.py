"""Who has completed: training assignments, one completion row per employee and assigned course, and the reminders
sent. The rows are kept current by tracking.services, called from the receivers of the other apps' events."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from employees.models import EmploymentType


class Assignment(models.Model):
    """Who must complete which course by when: everyone, a unit (with the units beneath it), and/or one employment
    type. Employees who join a matching unit later inherit it."""

    class Audience(models.TextChoices):
        ALL_ASN = "", _("Semua ASN")
        PNS = EmploymentType.PNS.value, "PNS"
        PPPK = EmploymentType.PPPK.value, "PPPK"

    course = models.ForeignKey(
        "cms.CoursePage", verbose_name=_("pelatihan"), on_delete=models.CASCADE, related_name="assignments"
    )
    work_unit = models.ForeignKey(
        "employees.WorkUnit",
        verbose_name=_("unit kerja"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        help_text=_("Kosongkan untuk semua unit. Unit di bawahnya ikut."),
        related_name="assignments",
    )
    employment_type = models.CharField(_("status kepegawaian"), max_length=8, blank=True, choices=Audience.choices)
    due_date = models.DateField(_("batas waktu"))
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)

    class Meta:
        verbose_name = _("penugasan pelatihan")
        verbose_name_plural = _("penugasan pelatihan")
        ordering = ["due_date"]

    def __str__(self) -> str:
        return f"{self.course} – {self.unit_label()} ({self.due_date:%d-%m-%Y})"

    def unit_label(self) -> str:
        return self.work_unit.name if self.work_unit_id else str(_("Seluruh kabupaten (semua unit)"))

    unit_label.short_description = _("unit kerja")

    def audience_label(self) -> str:
        return str(self.get_employment_type_display())

    audience_label.short_description = _("status kepegawaian")


class Completion(models.Model):
    """One row per employee per assigned course, kept current in the same transaction as whatever changes it
    (an attempt, a certificate, a revocation, a new course version). "Completed" means exactly: this row's state
    is COMPLETED (tracking.selectors.COMPLETED); every HR count, list and export reads these rows."""

    class State(models.TextChoices):
        NOT_STARTED = "not_started", _("belum mulai")
        IN_PROGRESS = "in_progress", _("sedang berjalan")
        COMPLETED = "completed", _("selesai")
        # Holds a certificate of an older course version (a rule update raised it): completed, and must renew by
        # renewal_due_date; after that date HR sees "terlambat (pembaruan)".
        RENEWAL = "renewal", _("selesai — perlu pembaruan")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("pegawai"), on_delete=models.CASCADE, related_name="completions"
    )
    course = models.ForeignKey(
        "cms.CoursePage", verbose_name=_("pelatihan"), on_delete=models.CASCADE, related_name="completions"
    )
    due_date = models.DateField(_("batas waktu"))
    state = models.CharField(_("status"), max_length=16, choices=State.choices, default=State.NOT_STARTED)
    certificate = models.ForeignKey(
        "certificates.Certificate",
        verbose_name=_("sertifikat"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    renewal_due_date = models.DateField(_("batas pembaruan"), null=True, blank=True)
    # A newcomer's own due date (they joined after the assignment's): later syncs never move it earlier.
    own_due_date = models.BooleanField(_("batas waktu pegawai baru"), default=False)
    updated_at = models.DateTimeField(_("diperbarui"), auto_now=True)

    STATUS_LABELS = {
        "completed": _("Selesai"),
        "renewal": _("Selesai — perlu pembaruan"),
        "renewal_overdue": _("Terlambat (pembaruan)"),
        "in_progress": _("Sedang berjalan"),
        "not_started": _("Belum mulai"),
        "overdue": _("Terlambat"),
        "expiring": _("Sertifikat segera habis"),
    }

    @property
    def needs_renewal(self) -> bool:
        """Holds a certificate of an older course version (the state says so; nothing stored beside it)."""
        return self.state == self.State.RENEWAL

    def status_on(self, today) -> str:
        """The row's HR status (the same rule as tracking.selectors.status_filters, for one row in hand)."""
        if self.state == self.State.COMPLETED:
            return "completed"
        if self.state == self.State.RENEWAL:
            return "renewal_overdue" if self.renewal_due_date and self.renewal_due_date < today else "renewal"
        if self.due_date < today:
            return "overdue"
        return self.state

    @property
    def status(self) -> str:
        return self.status_on(timezone.localdate())

    def get_status_display(self) -> str:
        return str(self.STATUS_LABELS[self.status])

    class Meta:
        verbose_name = _("penyelesaian")
        verbose_name_plural = _("penyelesaian")
        # Rows are written by tracking.services only; HR reads them with this one permission.
        default_permissions = ()
        permissions = [("view_completion", _("Dapat melihat laporan penyelesaian pelatihan"))]
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="completion_once_per_course")]
        indexes = [models.Index(fields=["course", "state", "due_date"], name="completion_course_state_due")]


class ReminderLog(models.Model):
    """Every reminder sent: one per recipient, course, kind and day, whatever re-runs happen."""

    class Kind(models.TextChoices):
        DUE = "due", _("batas waktu dekat")
        DIGEST = "digest", _("rekap unit")
        RENEWAL = "renewal", _("pemberitahuan pembaruan")
        RENEWAL_DIGEST = "renewal_digest", _("rekap pembaruan unit")

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    course = models.ForeignKey("cms.CoursePage", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    sent_on = models.DateField(_("tanggal"))
    sent_at = models.DateTimeField(_("waktu"), auto_now_add=True)
    detail = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("pengingat terkirim")
        verbose_name_plural = _("pengingat terkirim")
        constraints = [
            models.UniqueConstraint(fields=["recipient", "course", "kind", "sent_on"], name="reminder_once_a_day")
        ]


class ExportFile(models.Model):
    """An HR export too large to build within one request (more rows than NETRAL_EXPORT_INLINE_ROWS): the task
    worker builds it whole, and the officer who asked downloads it when it is ready. Never served half-built."""

    class State(models.TextChoices):
        PENDING = "pending", _("sedang disiapkan")
        READY = "ready", _("siap diunduh")
        FAILED = "failed", _("gagal")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("diminta oleh"), on_delete=models.CASCADE, related_name="+"
    )
    query = models.TextField(_("filter"), blank=True)  # the list's query string, export format included
    filename = models.CharField(_("nama berkas"), max_length=255)
    state = models.CharField(_("status"), max_length=8, choices=State.choices, default=State.PENDING)
    file = models.FileField(_("berkas"), upload_to="ekspor/%Y/%m/", blank=True)
    rows = models.PositiveIntegerField(_("baris"), null=True, blank=True)
    created_at = models.DateTimeField(_("diminta pada"), auto_now_add=True)
    finished_at = models.DateTimeField(_("selesai pada"), null=True, blank=True)

    class Meta:
        verbose_name = _("berkas ekspor")
        verbose_name_plural = _("berkas ekspor")
        default_permissions = ()
