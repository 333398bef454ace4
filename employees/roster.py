"""Roster import: the employee list HR already keeps (CSV or XLSX) into employees, matched by NIP.

Two steps, always: `roster_plan` reads and validates every row and says what would happen to each (new, updated,
unchanged, error with the reason) without writing anything; `roster_apply` writes a plan that has no errors, all
or nothing, in one transaction. Employees missing from the file can be deactivated on request, never deleted.
"""

import csv
import io
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from .models import PNS_PANGKAT, PPPK_GRADES, EmploymentType, RosterImport, User, WorkUnit
from .validators import normalize_nip, parse_nip

IMPORTED = "netral.roster_imported"
MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 50_000
# Column headers as HR writes them (case and spacing ignored) -> our field.
HEADERS = {
    "nip": "nip",
    "nama": "first_name",
    "gelar depan": "gelar_depan",
    "gelar belakang": "gelar_belakang",
    "email": "email",
    "kode unit": "unit",
    "jabatan": "jabatan",
    "pangkat/golongan": "golongan",
    "golongan": "golongan",
    "status": "employment_type",
}
REQUIRED = {"nip", "first_name", "unit", "employment_type"}
FIELDS = ["first_name", "gelar_depan", "gelar_belakang", "email", "jabatan", "golongan", "employment_type"]


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


def read_rows(data: bytes, filename: str) -> list[tuple[int, dict]]:
    """(line number, {field: text}) for each non-empty row, from CSV (comma or semicolon) or XLSX."""
    if len(data) > MAX_BYTES:
        raise RosterFileError(_("Berkas terlalu besar (paling besar 5 MB)."))
    if filename.lower().endswith(".xlsx"):
        table = _xlsx_table(data)
    elif filename.lower().endswith(".csv"):
        table = _csv_table(data)
    else:
        raise RosterFileError(_("Gunakan berkas .csv atau .xlsx."))
    if not table:
        raise RosterFileError(_("Berkas kosong."))
    header = [HEADERS.get(_normal_header(cell)) for cell in table[0]]
    missing = REQUIRED - set(header)
    if missing:
        names = {v: k for k, v in HEADERS.items()}
        raise RosterFileError(
            _("Kolom wajib tidak ada: %(columns)s.") % {"columns": ", ".join(sorted(names[m] for m in missing))}
        )
    rows = []
    for number, cells in enumerate(table[1:], start=2):
        values, numeric_nip = {}, False
        for key, cell in zip(header, cells, strict=False):
            if not key:
                continue
            if isinstance(cell, int | float) and not isinstance(cell, bool):
                # Excel keeps 15 significant digits: an 18-digit NIP typed as a number has lost its tail.
                numeric_nip = numeric_nip or key == "nip"
                cell = int(cell) if float(cell).is_integer() else cell
            values[key] = str(cell if cell is not None else "").strip()
        if any(values.values()):
            if numeric_nip:
                values["_nip_numeric"] = "1"
            rows.append((number, values))
    if len(rows) > MAX_ROWS:
        raise RosterFileError(_("Terlalu banyak baris (paling banyak %(max)s).") % {"max": MAX_ROWS})
    return rows


def _csv_table(data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RosterFileError(_("Berkas CSV harus berenkode UTF-8.")) from None
    delimiter = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def _xlsx_table(data: bytes) -> list[list]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on a damaged file
        raise RosterFileError(_("Berkas XLSX tidak dapat dibaca.")) from None
    sheet = book.worksheets[0]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


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
            row.errors.append(_("NIP tersimpan sebagai angka di Excel, sehingga digit terakhirnya bisa berubah. "
                                "Format kolom NIP sebagai teks lalu ketik ulang."))  # fmt: skip
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
        allowed = PNS_PANGKAT if kind == EmploymentType.PNS else PPPK_GRADES
        if golongan and golongan not in allowed:
            row.errors.append(_("Pangkat/golongan %(g)s tidak dikenal.") % {"g": golongan})
        row.values = {
            "first_name": row.name, "gelar_depan": values.get("gelar_depan", ""),
            "gelar_belakang": values.get("gelar_belakang", ""), "email": email, "jabatan": values.get("jabatan", ""),
            "golongan": golongan, "employment_type": kind or "", "work_unit_id": units.get(unit_code),
        }  # fmt: skip
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


@dataclass
class RosterResult:
    created: list[User]
    updated: int
    unchanged: int
    deactivated: int


def roster_apply(plan: RosterPlan, *, filename: str, by: User | None = None, deactivate_missing: bool = False,
                 progress: Callable[[int, int], None] | None = None) -> RosterResult:  # fmt: skip
    """Write a plan without errors, all or nothing, and record who imported what (audit log)."""
    from wagtail.log_actions import log

    if not plan.ok:
        raise ValueError("A roster with errors is never applied")
    created, updated = [], 0
    with transaction.atomic():
        existing = {user.nip: user for user in User.objects.filter(nip__in=[row.nip for row in plan.rows])}
        for index, row in enumerate(plan.rows, start=1):
            if row.action == "new":
                user = User(nip=row.nip, **row.values)
                user.set_unusable_password()
                user.save()
                created.append(user)
            elif row.action == "updated":
                user = existing[row.nip]
                for name, value in row.values.items():
                    setattr(user, name, value)
                user.is_active = True
                user.save()
                updated += 1
            if progress:
                progress(index, len(plan.rows))
        deactivated = 0
        if deactivate_missing and plan.missing:
            deactivated = User.objects.filter(nip__in=plan.missing, is_active=True).update(is_active=False)
        unchanged = sum(1 for row in plan.rows if row.action == "unchanged")
        counts = {"new": len(created), "updated": updated, "unchanged": unchanged, "deactivated": deactivated}
        record = RosterImport.objects.create(filename=filename, imported_by=by, counts=counts)
        log(instance=record, action=IMPORTED, user=by, data=counts)
    return RosterResult(created=created, updated=updated, unchanged=unchanged, deactivated=deactivated)


def send_activation(user: User, *, base_url: str) -> bool:
    """allauth's password-set link (the reset-from-key flow), in an Indonesian welcome email."""
    from allauth.account.forms import default_token_generator
    from allauth.account.utils import user_pk_to_url_str
    from django.core.mail import send_mail
    from django.template.loader import render_to_string
    from django.urls import reverse
    from django.utils import translation

    if not user.email:
        return False
    path = reverse(
        "account_reset_password_from_key",
        kwargs={"uidb36": user_pk_to_url_str(user), "key": default_token_generator.make_token(user)},
    )
    with translation.override("id"):
        body = render_to_string("employees/email/activation.txt", {"user": user, "url": base_url.rstrip("/") + path})
    send_mail("Akun Netral Anda", body, None, [user.email])
    return True
