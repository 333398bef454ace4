"""Who: employees (the user model, keyed by NIP) and the work-unit tree."""

from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node

from .validators import format_nip, normalize_nip, parse_nip, validate_nip


class WorkUnit(MP_Node):
    """A unit of the regency's organisation: Setda, Dinas, Badan, Kecamatan ... and the units beneath them."""

    class Kind(models.TextChoices):
        SETDA = "setda", _("Sekretariat Daerah")
        SETWAN = "setwan", _("Sekretariat DPRD")
        INSPEKTORAT = "inspektorat", _("Inspektorat")
        DINAS = "dinas", _("Dinas")
        BADAN = "badan", _("Badan")
        KECAMATAN = "kecamatan", _("Kecamatan")
        BAGIAN = "bagian", _("Bagian")
        BIDANG = "bidang", _("Bidang")
        SEKSI = "seksi", _("Seksi / Subbagian")
        UPT = "upt", _("UPT / Puskesmas / Sekolah")
        KELURAHAN = "kelurahan", _("Kelurahan")

    code = models.CharField(
        _("kode unit"), max_length=32, unique=True, help_text=_("Kode yang dipakai di daftar pegawai BKD.")
    )
    name = models.CharField(_("nama unit"), max_length=200)
    kind = models.CharField(_("jenis"), max_length=16, choices=Kind.choices)

    node_order_by = ["code"]

    class Meta:
        verbose_name = _("unit kerja")
        verbose_name_plural = _("unit kerja")

    def __str__(self) -> str:
        return self.name


class EmploymentType(models.TextChoices):
    PNS = "pns", "PNS"
    PPPK = "pppk", "PPPK"
    NON_ASN = "non_asn", _("Non-ASN")


# PNS golongan/ruang with their rank (pangkat): the 17 grades of PP 99/2000 as amended; PPPK grades I to XVII
# (Perpres 98/2020 annex, as secondary sources give it: the annex itself was not read).
PNS_RANKS = {
    "I/a": "Juru Muda",
    "I/b": "Juru Muda Tingkat I",
    "I/c": "Juru",
    "I/d": "Juru Tingkat I",
    "II/a": "Pengatur Muda",
    "II/b": "Pengatur Muda Tingkat I",
    "II/c": "Pengatur",
    "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tingkat I",
    "III/c": "Penata",
    "III/d": "Penata Tingkat I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tingkat I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}
PPPK_GRADES = [
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
]
GOLONGAN_CHOICES = [
    (_("PNS"), [(g, f"{p} ({g})") for g, p in PNS_RANKS.items()]),
    (_("PPPK"), [(g, _("Golongan %(g)s") % {"g": g}) for g in PPPK_GRADES]),
]


class UserManager(DjangoUserManager):
    def _create_user_object(self, username, email, password, **extra_fields):
        # The login handle follows the NIP (ASN) or the email (non-ASN staff); see User.save().
        username = username or extra_fields.get("nip") or email
        return super()._create_user_object(username, email, password, **extra_fields)


class User(AbstractUser):
    """An employee. ASN log in by NIP, non-ASN staff (a vendor's admin) by email.

    `username` is only the login handle Django and Wagtail need to be non-empty and unique: save() sets it to the
    NIP when there is one, else to the email. `first_name` holds the whole name without titles (Indonesian names
    have no surname to split off); `last_name` stays for Wagtail's user admin and is normally empty.
    """

    nip = models.CharField(
        "NIP",
        max_length=18,
        unique=True,
        null=True,
        blank=True,
        validators=[validate_nip],
        help_text=_("18 angka tanpa spasi; NI PPPK untuk PPPK. Kosong untuk non-ASN."),
    )
    email = models.EmailField(_("email"), blank=True)
    title_prefix = models.CharField(_("gelar depan"), max_length=50, blank=True)
    title_suffix = models.CharField(_("gelar belakang"), max_length=80, blank=True)
    employment_type = models.CharField(
        _("status kepegawaian"), max_length=8, choices=EmploymentType.choices, default=EmploymentType.PNS
    )
    golongan = models.CharField(_("pangkat/golongan"), max_length=8, blank=True, choices=GOLONGAN_CHOICES)
    position = models.CharField(_("jabatan"), max_length=200, blank=True)
    work_unit = models.ForeignKey(
        WorkUnit,
        verbose_name=_("unit kerja"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="employees",
    )

    hr_unit = models.ForeignKey(
        WorkUnit,
        verbose_name=_("unit yang dikelola (HR unit)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hr_officers",
        help_text=_("Petugas HR unit hanya melihat pegawai unit ini dan unit di bawahnya."),
    )

    objects = UserManager()

    class Meta:
        verbose_name = _("pegawai")
        verbose_name_plural = _("pegawai")
        permissions = [
            ("view_all_units", _("Dapat melihat pegawai semua unit kerja (HR BKD)")),
            ("import_roster", _("Dapat mengimpor daftar pegawai")),
        ]
        constraints = [
            models.UniqueConstraint(
                Lower("email"), condition=~models.Q(email=""), name="employees_user_email_unique_ci"
            ),
        ]
        # HR lists page through employees by name: the database walks this index and stops after one page.
        indexes = [models.Index(fields=["first_name", "id"], name="employee_name_order")]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    def clean(self):
        super().clean()
        self.nip = normalize_nip(self.nip) or None
        errors = {}
        if self.employment_type != EmploymentType.NON_ASN and not self.nip:
            errors["nip"] = _("ASN (PNS dan PPPK) wajib memiliki NIP.")
        if self.employment_type == EmploymentType.NON_ASN and not self.nip and not self.email:
            errors["email"] = _("Pegawai non-ASN masuk dengan email, jadi email wajib diisi.")
        if self.nip and "nip" not in errors:
            try:
                parts = parse_nip(self.nip)
            except ValidationError:
                parts = None  # the field validator reports it
            if parts and self.employment_type == EmploymentType.PNS and parts.is_pppk:
                errors["nip"] = _("Angka ke-13 dan 14 NIP PNS harus bulan pengangkatan (01-12).")
        if errors:
            raise ValidationError(errors)

    PLACEMENT_FIELDS = ("work_unit_id", "employment_type", "is_active")

    @classmethod
    def from_db(cls, db, field_names, values):
        user = super().from_db(db, field_names, values)
        user._loaded_placement = user._placement()
        return user

    def _placement(self) -> tuple:
        # From the instance's loaded values only: a deferred field is not fetched for this.
        return tuple(self.__dict__.get(name) for name in self.PLACEMENT_FIELDS)

    def save(self, *args, **kwargs):
        self.nip = normalize_nip(self.nip) or None
        self.email = (self.email or "").strip().lower()
        self.username = self.nip or self.email or self.username
        created = self._state.adding
        super().save(*args, **kwargs)
        # Tell the apps that keep per-employee rows (tracking) when this employee arrives, moves unit, changes
        # employment type or is (re)activated; a login or a profile edit says nothing.
        placement = self._placement()
        if created or placement != getattr(self, "_loaded_placement", placement):
            from .events import employee_placed

            employee_placed.send(sender=User, user=self, created=created)
        self._loaded_placement = placement

    def get_full_name(self) -> str:
        """The name as written on letters and certificates: 'Dr. Siti Aminah, S.H., M.H.'."""
        name = " ".join(part for part in (self.first_name, self.last_name) if part).strip()
        if self.title_prefix:
            name = f"{self.title_prefix} {name}"
        if self.title_suffix:
            name = f"{name}, {self.title_suffix}"
        return name

    get_full_name.short_description = _("nama")

    @property
    def nip_display(self) -> str:
        return format_nip(self.nip or "")

    @property
    def rank_display(self) -> str:
        if self.golongan in PNS_RANKS:
            return f"{PNS_RANKS[self.golongan]} ({self.golongan})"
        return _("Golongan %(g)s") % {"g": self.golongan} if self.golongan else ""

    @property
    def is_asn(self) -> bool:
        return self.employment_type != EmploymentType.NON_ASN


class RosterImport(models.Model):
    """One applied roster import: who, when, which file, what it did (the audit trail of imports)."""

    filename = models.CharField(_("berkas"), max_length=255)
    imported_by = models.ForeignKey(
        "employees.User",
        verbose_name=_("diimpor oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("waktu"), auto_now_add=True)
    counts = models.JSONField(_("hasil"), default=dict)

    class Meta:
        verbose_name = _("impor daftar pegawai")
        verbose_name_plural = _("impor daftar pegawai")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.filename} ({self.created_at:%Y-%m-%d %H:%M})"
