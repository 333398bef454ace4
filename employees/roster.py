"""Roster import: the employee list HR already keeps (CSV or XLSX) into employees, matched by NIP.

Two steps, always: `roster_plan` reads and validates every row and says what would happen to each (new, updated,
unchanged, error with the reason) without writing anything; `roster_apply` writes a plan that has no errors, all
or nothing, in one transaction. Employees missing from the file can be deactivated on request, never deleted.
"""

import csv
import io
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models.functions import Lower
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from .models import PNS_RANKS, PPPK_GRADES, EmploymentType, User, WorkUnit
from .validators import normalize_nip, parse_nip

IMPORTED = "netral.roster_imported"
MAX_BYTES = 5 * 1024 * 1024  # default of settings.NETRAL_ROSTER_MAX_BYTES: the uploaded file, checked before parsing
MAX_ROWS = 20_000  # default of settings.NETRAL_ROSTER_MAX_ROWS: a regency's roster is a few thousand employees
MAX_LINE_CHARS = 10_000  # a roster line is a few hundred characters
MAX_ZIP_MEMBERS = 200  # an XLSX from Excel or LibreOffice holds a dozen parts
UNPACKED_PER_PACKED = 20  # an XLSX may unpack to at most 20 times the largest allowed upload (100 MB by default)
MAX_BLANK_ROWS = 10_000  # blank rows read besides the data rows (Excel keeps formatted empty rows); more: refused
# Column headers as HR writes them (case and spacing ignored) -> our field.
HEADERS = {
    "nip": "nip",
    "nama": "first_name",
    "gelar depan": "title_prefix",
    "gelar belakang": "title_suffix",
    "email": "email",
    "kode unit": "unit",
    "jabatan": "position",
    "pangkat/golongan": "golongan",
    "golongan": "golongan",
    "status": "employment_type",
}
# Our field -> the column header HR writes (the first one listed above), to name a change in the preview.
COLUMNS = {name: header for header, name in reversed(HEADERS.items())}
REQUIRED = {"nip", "first_name", "unit", "employment_type"}
FIELDS = ["first_name", "title_prefix", "title_suffix", "email", "position", "golongan", "employment_type"]


class RosterFileError(ValueError):
    """The file as a whole cannot be read: nothing is validated, nothing written."""


@dataclass
class RowOutcome:
    line: int
    nip: str
    name: str
    action: str = ""  # new | updated | unchanged | error
    errors: list[str] = field(default_factory=list)
    changes: dict = field(default_factory=dict)
    values: dict = field(default_factory=dict)

    ACTION_LABELS = {
        "new": _lazy("baru"),
        "updated": _lazy("diubah"),
        "unchanged": _lazy("tetap"),
        "error": _lazy("galat"),
    }

    @property
    def action_label(self) -> str:
        return str(self.ACTION_LABELS.get(self.action, self.action))

    @property
    def labelled_changes(self) -> list[tuple[str, tuple]]:
        """The changes named as HR names the columns ("jabatan"), not by our field names ("position")."""
        return [(COLUMNS.get(name, name), change) for name, change in self.changes.items()]


@dataclass
class RosterPlan:
    rows: list[RowOutcome]
    missing: list[str]  # NIPs of active ASN not in the file

    @property
    def counts(self) -> dict[str, int]:
        return dict(Counter(row.action for row in self.rows))

    @property
    def errors(self) -> list[RowOutcome]:
        return [row for row in self.rows if row.action == "error"]

    @property
    def ok(self) -> bool:
        return not self.errors


def _normal_header(value) -> str:
    return " ".join(str(value or "").strip().lower().split())


def max_bytes() -> int:
    return getattr(settings, "NETRAL_ROSTER_MAX_BYTES", MAX_BYTES)


def max_rows() -> int:
    return getattr(settings, "NETRAL_ROSTER_MAX_ROWS", MAX_ROWS)


def too_large_message() -> str:
    return _("Berkas terlalu besar (paling besar %(size)s).") % {"size": filesizeformat(max_bytes())}


# The first bytes of files people upload by mistake, and what to call them in the error.
SIGNATURES = {
    b"%PDF-": "PDF",
    b"\x89PNG": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF",
    b"MZ": _lazy("program (.exe)"),
    b"\xd0\xcf\x11\xe0": _lazy("Excel lama (.xls)"),
    b"\x7fELF": _lazy("program"),
    b"PK\x03\x04": "ZIP",
}


def _looks_like(data: bytes) -> str | None:
    return next((str(kind) for magic, kind in SIGNATURES.items() if data.startswith(magic)), None)


def read_rows(data: bytes, filename: str) -> list[tuple[int, dict]]:
    """(line number, {field: text}) for each non-empty row, from CSV (comma or semicolon) or XLSX.

    What cannot be a roster is refused before it is parsed (RosterFileError, with the reason in Indonesian): a
    file over NETRAL_ROSTER_MAX_BYTES, another kind of file under a .csv or .xlsx name, an XLSX that would
    unpack to far more than it weighs (a zip bomb), a line too long, more than NETRAL_ROSTER_MAX_ROWS rows."""
    if len(data) > max_bytes():
        raise RosterFileError(too_large_message())
    name = filename.lower()
    if name.endswith(".xlsx"):
        table = _xlsx_table(data)
    elif name.endswith(".csv"):
        table = _csv_table(data)
    else:
        raise RosterFileError(_("Gunakan berkas .csv atau .xlsx."))
    try:
        header = next(table, None)
    except csv.Error:
        raise RosterFileError(_("Berkas CSV tidak dapat dibaca.")) from None
    if header is None:
        raise RosterFileError(_("Berkas kosong."))
    header = [HEADERS.get(_normal_header(cell)) for cell in header]
    missing = REQUIRED - set(header)
    if missing:
        names = {v: k for k, v in HEADERS.items()}
        raise RosterFileError(
            _("Kolom wajib tidak ada: %(columns)s.") % {"columns": ", ".join(sorted(names[m] for m in missing))}
        )
    rows, limit = [], max_rows()
    too_many = RosterFileError(_("Terlalu banyak baris (paling banyak %(max)s).") % {"max": limit})
    try:
        for number, cells in enumerate(table, start=2):
            if number > limit + MAX_BLANK_ROWS:  # rows read so far, blank or not: never reads on without end
                raise too_many
            values, numeric_nip = {}, False
            for key, cell in zip(header, cells, strict=False):
                if not key:
                    continue
                if isinstance(cell, int | float) and not isinstance(cell, bool):
                    # Excel keeps 15 significant digits: an 18-digit NIP typed as a number has lost its tail.
                    numeric_nip = numeric_nip or key == "nip"
                    cell = int(cell) if float(cell).is_integer() else cell
                values[key] = str(cell if cell is not None else "").strip()
            if not any(values.values()):
                continue
            if numeric_nip:
                values["_nip_numeric"] = "1"
            rows.append((number, values))
            if len(rows) > limit:
                raise too_many
    except csv.Error:
        raise RosterFileError(_("Berkas CSV tidak dapat dibaca.")) from None
    return rows


def _csv_table(data: bytes) -> Iterator[list[str]]:
    kind = _looks_like(data)
    if kind or b"\x00" in data:
        raise RosterFileError(
            _(
                "Berkas CSV tidak dapat dibaca: isinya %(kind)s, bukan teks. Simpan daftar pegawai sebagai CSV UTF-8 "
                "atau .xlsx."
            )
            % {"kind": kind or _("berkas biner")}
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RosterFileError(_("Berkas CSV harus berenkode UTF-8.")) from None
    for number, line in enumerate(io.StringIO(text, newline=""), start=1):
        if len(line) > MAX_LINE_CHARS:
            raise RosterFileError(
                _("Baris %(line)s terlalu panjang (paling banyak %(max)s karakter).")
                % {"line": number, "max": MAX_LINE_CHARS}
            )
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _check_xlsx_archive(data: bytes) -> None:
    """An XLSX is a zip: refuse one that is not, or that would unpack to far more than a roster needs, before
    openpyxl opens it. The sizes a zip declares can lie, so each part is also unpacked here with a running count
    of the bytes actually produced, stopping at the limit (Python's zipfile also stops at the declared size)."""
    kind = _looks_like(data)
    if kind != "ZIP":
        message = _("Berkas XLSX tidak dapat dibaca: isinya bukan lembar kerja Excel.")
        if kind:
            message = _("Berkas XLSX tidak dapat dibaca: isinya %(kind)s, bukan lembar kerja Excel.") % {"kind": kind}
        raise RosterFileError(message)
    limit = UNPACKED_PER_PACKED * max_bytes()
    bomb = RosterFileError(_("Berkas XLSX ini terlalu besar setelah dibuka (mungkin berkas rusak atau berbahaya)."))
    unreadable = RosterFileError(_("Berkas XLSX tidak dapat dibaca."))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            names = {member.filename for member in members}
            if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
                raise unreadable
            if len(members) > MAX_ZIP_MEMBERS or sum(member.file_size for member in members) > limit:
                raise bomb
            unpacked = 0
            for member in members:
                with archive.open(member) as part:
                    while chunk := part.read(1024 * 1024):
                        unpacked += len(chunk)
                        if unpacked > limit:
                            raise bomb
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError, zlib.error):
        raise unreadable from None


def _xlsx_table(data: bytes) -> Iterator[list]:
    from openpyxl import load_workbook

    _check_xlsx_archive(data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
    except Exception:  # openpyxl raises many kinds on a damaged file
        raise RosterFileError(_("Berkas XLSX tidak dapat dibaca.")) from None

    def rows():
        try:
            for row in sheet.iter_rows(values_only=True):
                yield list(row)
        except Exception:
            raise RosterFileError(_("Berkas XLSX tidak dapat dibaca.")) from None
        finally:
            book.close()

    return rows()


def _employment_type(value: str) -> str | None:
    return {"pns": EmploymentType.PNS, "pppk": EmploymentType.PPPK}.get(value.strip().lower())


def roster_plan(rows: list[tuple[int, dict]], *, progress: Callable[[int, int], None] | None = None) -> RosterPlan:
    units = {code.upper(): pk for code, pk in WorkUnit.objects.values_list("code", "pk")}
    nips_in_file = Counter(normalize_nip(values.get("nip", "")) for _line, values in rows)
    emails_in_file = Counter(values.get("email", "").strip().lower() for _line, values in rows)
    existing = {user.nip: user for user in User.objects.filter(nip__in=list(nips_in_file))}
    emails_taken = dict(
        User.objects.exclude(email="")
        .annotate(email_lower=Lower("email"))
        .filter(email_lower__in=[e for e in emails_in_file if e])
        .values_list("email_lower", "nip")
    )
    outcomes = []
    for index, (line, values) in enumerate(rows, start=1):
        nip = normalize_nip(values.get("nip", ""))
        row = RowOutcome(line=line, nip=nip, name=values.get("first_name", ""))
        kind = _employment_type(values.get("employment_type", ""))
        if kind is None:
            row.errors.append(_("Status harus PNS atau PPPK."))
        if values.get("_nip_numeric"):
            row.errors.append(
                _(
                    "NIP tersimpan sebagai angka di Excel, sehingga digit terakhirnya bisa berubah. "
                    "Format kolom NIP sebagai teks lalu ketik ulang."
                )
            )
        try:
            parts = parse_nip(nip)
        except ValidationError as error:
            row.errors.append(_("NIP tidak valid: %(reason)s") % {"reason": " ".join(error.messages)})
        else:
            if kind == EmploymentType.PNS and parts.is_pppk:
                row.errors.append(_("NIP ini NI PPPK, tetapi status tertulis PNS."))
        if nip and nips_in_file[nip] > 1:
            row.errors.append(_("NIP ganda dalam berkas."))
        if not row.name:
            row.errors.append(_("Nama kosong."))
        unit_code = values.get("unit", "").upper()
        if unit_code not in units:
            row.errors.append(_("Kode unit %(code)s tidak dikenal.") % {"code": unit_code or "–"})
        email = values.get("email", "").strip().lower()
        if email:
            try:
                validate_email(email)
            except ValidationError:
                row.errors.append(_("Email tidak valid."))
            if emails_in_file[email] > 1:
                row.errors.append(_("Email ganda dalam berkas."))
            elif email in emails_taken and emails_taken[email] != nip:
                row.errors.append(_("Email sudah dipakai pegawai lain."))
        golongan = values.get("golongan", "").strip()
        allowed = PNS_RANKS if kind == EmploymentType.PNS else PPPK_GRADES
        if golongan and golongan not in allowed:
            row.errors.append(_("Pangkat/golongan %(g)s tidak dikenal.") % {"g": golongan})
        row.values = {
            "first_name": row.name,
            "title_prefix": values.get("title_prefix", ""),
            "title_suffix": values.get("title_suffix", ""),
            "email": email,
            "position": values.get("position", ""),
            "golongan": golongan,
            "employment_type": kind or "",
            "work_unit_id": units.get(unit_code),
        }
        if row.errors:
            row.action = "error"
        elif nip in existing:
            user = existing[nip]
            row.changes = {
                name: (getattr(user, name), value) for name, value in row.values.items() if getattr(user, name) != value
            }
            if not user.is_active:
                row.changes["is_active"] = (False, True)
            row.action = "updated" if row.changes else "unchanged"
        else:
            row.action = "new"
        outcomes.append(row)
        if progress:
            progress(index, len(rows))
    active_asn = User.objects.filter(is_active=True).exclude(employment_type=EmploymentType.NON_ASN)
    missing = sorted(set(active_asn.values_list("nip", flat=True)) - set(nips_in_file))
    return RosterPlan(rows=outcomes, missing=missing)
