"""Roster import: every row checked before anything is written; all or nothing; re-import changes nothing."""

import io
import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from openpyxl import Workbook

from employees.models import RosterImport, User
from employees.roster import RosterFileError, read_rows, roster_plan
from tests.support.auth import enrol_totp
from tests.support.builders import ROSTER_HEADER, UserFactory, WorkUnitFactory, roster_csv, roster_nip, roster_rows
from tests.support.responses import assert_refused_by_admin


@pytest.fixture
def roster_file(tmp_path):
    def write(rows, name="pegawai.csv"):
        path = tmp_path / name
        path.write_bytes(roster_csv(rows))
        return str(path)

    return write


@pytest.mark.django_db
def test_five_bad_rows_among_a_thousand_are_reported_and_nothing_is_written(regency, roster_file):
    someone = UserFactory(email="sudah.dipakai@batangkab.go.id")
    rows = roster_rows(1000)
    rows[10][0] = "19900101201503100A"  # letters
    rows[200][0] = "199013322015031001"  # no such date
    rows[300][5] = "DINAS.TIDAK.ADA"
    rows[400][0] = rows[401][0] = roster_nip(400)  # the same NIP twice (two rows)
    rows[999][4] = "sudah.dipakai@batangkab.go.id"
    path = roster_file(rows)

    plan = roster_plan(read_rows(open(path, "rb").read(), "pegawai.csv"))
    bad = {row.line: row.errors for row in plan.errors}
    # Line numbers count the header: data row n is on line n + 2.
    assert sorted(bad) == [12, 202, 302, 402, 403, 1001]
    assert "NIP tidak valid" in bad[12][0] and "NIP tidak valid" in bad[202][0]
    assert bad[302] == ["Kode unit DINAS.TIDAK.ADA tidak dikenal."]
    assert bad[402] == bad[403] == ["NIP ganda dalam berkas."]
    assert bad[1001] == ["Email sudah dipakai pegawai lain."]

    before = User.objects.count()
    with pytest.raises(CommandError, match="nothing written"):
        call_command("import_roster", path, "--apply", stdout=io.StringIO())
    assert User.objects.count() == before and not RosterImport.objects.exists()
    assert someone.email == "sudah.dipakai@batangkab.go.id"


@pytest.mark.django_db
def test_the_corrected_file_imports_everyone_and_a_second_import_changes_nothing(regency, roster_file):
    path = roster_file(roster_rows(1000))
    out = io.StringIO()
    call_command("import_roster", path, "--apply", stdout=out)
    assert "Imported: 1000 new" in out.getvalue() and "1000/1000" in out.getvalue()
    assert User.objects.filter(is_active=True).count() == 1000
    imported = User.objects.get(nip=roster_nip(3))
    assert imported.get_full_name() == "Pegawai 3, S.Sos." and imported.work_unit.code == "DINKES"
    assert not imported.has_usable_password()
    # Activation emails: allauth's password-set link, to those with an email address (every third).
    assert len(mail.outbox) == 334
    assert "/accounts/password/reset/key/" in mail.outbox[0].body and roster_nip(0) in mail.outbox[0].body

    out = io.StringIO()
    call_command("import_roster", path, "--apply", stdout=out)
    assert "0 new, 0 updated, 1000 unchanged" in out.getvalue()
    record = RosterImport.objects.first()
    assert record.counts == {"new": 0, "updated": 0, "unchanged": 1000, "deactivated": 0}


@pytest.mark.django_db
def test_changes_are_reported_and_missing_employees_are_deactivated_only_on_request(regency, roster_file):
    call_command("import_roster", roster_file(roster_rows(5)), "--apply", "--no-email", stdout=io.StringIO())
    rows = roster_rows(4)  # employee 4 left
    rows[1][6] = "Kepala Puskesmas"
    plan = roster_plan(read_rows(roster_csv(rows), "x.csv"))
    assert plan.counts == {"updated": 1, "unchanged": 3} and plan.missing == [roster_nip(4)]
    (changed,) = [row for row in plan.rows if row.action == "updated"]
    assert changed.changes == {"position": ("Pengadministrasi Perkantoran", "Kepala Puskesmas")}

    call_command("import_roster", roster_file(rows), "--apply", stdout=io.StringIO())
    assert User.objects.get(nip=roster_nip(4)).is_active
    call_command("import_roster", roster_file(rows), "--apply", "--deactivate-missing", stdout=io.StringIO())
    left = User.objects.get(nip=roster_nip(4))
    assert not left.is_active  # deactivated, never deleted


def as_xlsx(rows) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(ROSTER_HEADER)
    for row in rows:
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


@pytest.mark.django_db
def test_xlsx_and_semicolon_csv_read_alike_and_a_numeric_nip_is_caught(regency):
    row = roster_rows(1)[0]
    (xlsx_row,) = read_rows(as_xlsx([row]), "pegawai.xlsx")
    (csv_row,) = read_rows(roster_csv([row], delimiter=";"), "pegawai.csv")
    assert xlsx_row[1]["nip"] == csv_row[1]["nip"] == row[0]
    # Typed as a number, Excel rounds an 18-digit NIP: reported, never imported as a wrong NIP.
    plan = roster_plan(read_rows(as_xlsx([[int(row[0]), *row[1:]]]), "pegawai.xlsx"))
    assert "Format kolom NIP sebagai teks" in plan.errors[0].errors[0]


@pytest.mark.django_db
def test_bad_files_get_a_clear_error(regency):
    with pytest.raises(RosterFileError, match="Kolom wajib tidak ada: kode unit"):
        read_rows(b"NIP,Nama,Status\n", "x.csv")
    with pytest.raises(RosterFileError, match=".csv atau .xlsx"):
        read_rows(b"...", "pegawai.pdf")
    with pytest.raises(RosterFileError, match="XLSX tidak dapat dibaca"):
        read_rows(b"not a zip", "pegawai.xlsx")
    with pytest.raises(RosterFileError, match="terlalu besar"):
        read_rows(b"x" * (5 * 1024 * 1024 + 1), "pegawai.csv")


@pytest.mark.django_db
def test_bkd_previews_then_applies_an_upload_in_the_admin(client, regency):
    from django.contrib.auth.models import Permission
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    officer = UserFactory()
    officer.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "import_roster"]))
    client.force_login(enrol_totp(officer))
    rows = roster_rows(3)
    rows[2][5] = "TIDAK.ADA"
    upload = SimpleUploadedFile("pegawai.csv", roster_csv(rows))
    html = client.post(reverse("roster_import"), {"file": upload}).content.decode()
    assert "Kode unit TIDAK.ADA tidak dikenal." in html and 'name="apply"' not in html
    assert User.objects.count() == 1  # only the officer

    html = client.post(
        reverse("roster_import"), {"file": SimpleUploadedFile("pegawai.csv", roster_csv(roster_rows(3)))}
    )
    token = re.search(r'name="token" value="([^"]+)"', html.content.decode())[1]
    assert User.objects.count() == 1  # the preview writes nothing
    client.post(reverse("roster_import"), {"apply": "1", "token": token})
    assert User.objects.filter(nip__in=[r[0] for r in roster_rows(3)]).count() == 3
    assert RosterImport.objects.get().imported_by == officer

    learner = UserFactory()
    learner.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(enrol_totp(learner))
    assert_refused_by_admin(client.get(reverse("roster_import")))


@pytest.mark.django_db
def test_the_template_lists_the_unit_codes_and_its_example_row_passes(client):
    import io

    from openpyxl import load_workbook

    from tests.support.builders import staff_with

    dinkes = WorkUnitFactory.create(code="DINKES", name="Dinas Kesehatan")
    WorkUnitFactory.create(code="DINKES.PKM1", name="Puskesmas Batang I", kind="upt", parent=dinkes)
    client.force_login(staff_with("access_admin", "import_roster"))
    page = client.get(reverse("roster_import")).content.decode()
    assert "Unduh templat XLSX" in page
    response = client.get(reverse("roster_template"))
    assert response["Content-Disposition"] == 'attachment; filename="templat-daftar-pegawai.xlsx"'
    workbook = load_workbook(io.BytesIO(response.content))
    people, codes = workbook["Pegawai"], workbook["Kode unit"]
    rows = [[cell.value for cell in row] for row in people.iter_rows()]
    assert rows[0][:6] == ["NIP", "Nama", "Gelar Depan", "Gelar Belakang", "Email", "Kode Unit"]
    assert [row[0].value for row in codes.iter_rows(min_row=2)] == ["DINKES", "DINKES.PKM1"]

    # The example row, as downloaded, is a valid roster: the preview says "baru", in Indonesian.
    upload = SimpleUploadedFile("templat.xlsx", response.content)
    preview = client.post(reverse("roster_import"), {"file": upload}).content.decode()
    assert "<td>baru</td>" in preview and "1 baru, 0 diperbarui, 0 tetap, 0 galat" in preview
