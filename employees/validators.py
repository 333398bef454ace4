"""NIP (PNS) and NI PPPK validation.

Both are 18 digits. PNS (Perka BKN 22/2007): birth date YYYYMMDD, appointment (TMT CPNS) YYYYMM, a sex digit
(1 male, 2 female) and a 3-digit serial. NI PPPK: birth date, year of first appointment, two digits for the
contract count (21 and above, which is how it differs from a PNS month), sex digit and serial; its layout is
inferred from real numbers (not read in a BKN rule), so it is validated loosely.
"""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

NIP_LENGTH = 18
MIN_AGE_AT_APPOINTMENT = 17


@dataclass(frozen=True)
class NipParts:
    birth_date: datetime.date
    appointment_year: int
    appointment_month: int | None  # None for an NI PPPK
    sex: int
    serial: str

    @property
    def is_pppk(self) -> bool:
        return self.appointment_month is None


def normalize_nip(value: str) -> str:
    """Drop the spaces and dots people type when they copy a NIP shown as 8-6-1-3 groups."""
    return "".join(ch for ch in (value or "") if ch not in " .-\u00a0\t")


def format_nip(value: str) -> str:
    """Show a NIP in its customary 8-6-1-3 grouping: 19900101 201503 1 001."""
    if not value or len(value) != NIP_LENGTH:
        return value or ""
    return f"{value[:8]} {value[8:14]} {value[14]} {value[15:]}"


def parse_nip(value: str, *, today: datetime.date | None = None) -> NipParts:
    """Split and check a NIP or NI PPPK; raise ValidationError with the first reason it is invalid."""
    today = today or datetime.date.today()
    if not value or len(value) != NIP_LENGTH or not value.isascii() or not value.isdigit():
        raise ValidationError(_("NIP harus terdiri atas tepat 18 angka (tanpa huruf dan spasi)."), code="nip_format")
    try:
        birth = datetime.date(int(value[0:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        raise ValidationError(
            _("Delapan angka pertama NIP harus tanggal lahir yang sah (TTTTBBHH)."), code="nip_birth_date"
        ) from None
    if birth.year < 1940 or birth > today.replace(year=today.year - MIN_AGE_AT_APPOINTMENT):
        raise ValidationError(_("Tahun lahir pada NIP tidak wajar."), code="nip_birth_date")

    year = int(value[8:12])
    two = int(value[12:14])
    if not (birth.year + MIN_AGE_AT_APPOINTMENT <= year <= today.year):
        raise ValidationError(
            _("Tahun pengangkatan pada NIP (angka ke-9 s.d. 12) tidak sesuai dengan tanggal lahir."),
            code="nip_appointment",
        )
    if 1 <= two <= 12:
        month: int | None = two
        if (year, two) > (today.year, today.month):
            raise ValidationError(_("Bulan pengangkatan pada NIP belum terjadi."), code="nip_appointment")
    elif two >= 21:
        month = None  # NI PPPK: contract count
    else:
        raise ValidationError(
            _("Angka ke-13 dan 14 NIP harus bulan pengangkatan (01-12) atau kode kontrak PPPK."),
            code="nip_appointment",
        )

    sex = int(value[14])
    if sex not in (1, 2):
        raise ValidationError(
            _("Angka ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan)."), code="nip_sex"
        )
    if value[15:] == "000":
        raise ValidationError(_("Nomor urut NIP tidak boleh 000."), code="nip_serial")
    return NipParts(birth, year, month, sex, value[15:])


def validate_nip(value: str) -> None:
    parse_nip(value)
