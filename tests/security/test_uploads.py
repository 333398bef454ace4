"""Uploads: the roster import and the verification page's PDF check refuse what they cannot safely read, with a
clear Indonesian error, before parsing it, and write nothing."""

import io
import struct
import time
import tracemalloc
import zipfile
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from openpyxl import Workbook

from certificates.services import certificate_issue
from employees.models import RosterImport, User
from employees.roster import RosterFileError, read_rows
from tests.support.auth import enrol_totp
from tests.support.builders import ROSTER_HEADER, UserFactory, roster_csv

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"This program cannot be run"
MB = 1024 * 1024


def row(i: int) -> list[str]:
    return [
        f"19750101201003{1 + i % 2}{i % 1000:03d}",
        f"Pegawai {i}",
        "",
        "S.Sos.",
        "",
        "DINKES",
        "Pengadministrasi Perkantoran",
        "II/c",
        "PNS",
    ]


def as_xlsx(rows) -> bytes:
    book = Workbook()
    book.active.append(ROSTER_HEADER)
    for cells in rows:
        book.active.append(cells)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def xlsx_bomb(*, unpacked_mb: int = 300, declare_size: int | None = None) -> bytes:
    """A real workbook whose first sheet is padded to `unpacked_mb` MB of whitespace: ~300 KB on disk. With
    `declare_size`, the zip's local and central headers are then edited to claim that uncompressed size."""
    real = zipfile.ZipFile(io.BytesIO(as_xlsx([row(1)])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for member in real.infolist():
            content = real.read(member)
            if member.filename != "xl/worksheets/sheet1.xml":
                bomb.writestr(member.filename, content)
                continue
            head, tail = content.split(b"<sheetData>")
            with bomb.open(member.filename, "w", force_zip64=False) as sheet:
                sheet.write(head + b"<sheetData>")
                blank = b" " * MB
                for _ in range(unpacked_mb):
                    sheet.write(blank)
                sheet.write(tail)
    data = bytearray(out.getvalue())
    if declare_size is not None:
        archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
        info = archive.getinfo("xl/worksheets/sheet1.xml")
        struct.pack_into("<I", data, info.header_offset + 22, declare_size)  # local header: uncompressed size
        name = info.filename.encode()
        at = data.index(b"PK\x01\x02", archive.start_dir)
        while data[at + 46 : at + 46 + len(name)] != name:
            at = data.index(b"PK\x01\x02", at + 4)
        struct.pack_into("<I", data, at + 24, declare_size)  # central directory: uncompressed size
    return bytes(data)


@pytest.fixture
def importer(client, regency):
    """BKD's officer, with the import permission and a second factor (staff must have one), logged in."""
    officer = UserFactory(first_name="Petugas BKD")
    officer.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "import_roster"]))
    client.force_login(enrol_totp(officer))
    return client


def upload(client, name: str, data: bytes) -> str:
    response = client.post(reverse("roster_import"), {"file": SimpleUploadedFile(name, data)})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="apply"' not in html  # no preview to apply
    return html


def nothing_written():
    assert User.objects.count() == 1  # only the officer
    assert not RosterImport.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("pegawai.xlsx", PDF, "Berkas XLSX tidak dapat dibaca: isinya PDF, bukan lembar kerja Excel."),
        ("pegawai.xlsx", PNG, "Berkas XLSX tidak dapat dibaca: isinya PNG, bukan lembar kerja Excel."),
        ("pegawai.csv", PNG, "Berkas CSV tidak dapat dibaca: isinya PNG, bukan teks."),
        ("pegawai.csv", PDF, "Berkas CSV tidak dapat dibaca: isinya PDF, bukan teks."),
        ("pegawai.exe", EXE, "Gunakan berkas .csv atau .xlsx."),
        ("pegawai.txt", b"Daftar pegawai Dinas Kesehatan\nsemua hadir\n", "Gunakan berkas .csv atau .xlsx."),
        ("pegawai.csv", b"Daftar pegawai Dinas Kesehatan\nsemua hadir\n", "Kolom wajib tidak ada"),
        ("pegawai.csv", EXE, "Berkas CSV tidak dapat dibaca: isinya program (.exe), bukan teks."),
    ],
    ids=["pdf-as-xlsx", "png-as-xlsx", "png-as-csv", "pdf-as-csv", "exe", "txt", "prose-as-csv", "exe-as-csv"],
)
def test_a_file_of_the_wrong_type_is_refused_in_the_admin(importer, name, data, message):
    html = upload(importer, name, data)
    assert message in html
    nothing_written()


@pytest.mark.django_db
def test_an_oversize_file_is_refused_before_it_is_read(importer, settings, tmp_path):
    settings.NETRAL_ROSTER_MAX_BYTES = 2000
    data = roster_csv([row(i) for i in range(40)])
    assert len(data) > 2000
    assert "Berkas terlalu besar (paling besar 2,0" in upload(importer, "pegawai.csv", data)
    nothing_written()
    path = tmp_path / "pegawai.csv"
    path.write_bytes(data)
    with pytest.raises(CommandError, match="Berkas terlalu besar"):
        call_command("import_roster", str(path), "--apply", stdout=io.StringIO())
    nothing_written()
    # The same file under a higher limit is read and checked row by row (the limit, not the content, refused it).
    settings.NETRAL_ROSTER_MAX_BYTES = 5 * MB
    html = upload(importer, "pegawai.csv", data)
    assert "Hasil pemeriksaan" in html and "terlalu besar" not in html


@pytest.mark.django_db
def test_the_default_limit_is_5_mb(regency):
    data = b"NIP,Nama,Kode Unit,Status\n" + b"x" * (5 * MB)
    with pytest.raises(RosterFileError, match="terlalu besar"):
        read_rows(data, "pegawai.csv")


@pytest.mark.django_db
def test_an_xlsx_zip_bomb_is_refused_before_openpyxl_unpacks_it(importer, tmp_path):
    bomb = xlsx_bomb(unpacked_mb=300)
    assert len(bomb) < 2 * MB  # 300 MB of sheet in well under the 5 MB upload limit
    started = time.monotonic()
    html = upload(importer, "pegawai.xlsx", bomb)
    assert time.monotonic() - started < 5
    assert "Berkas XLSX ini terlalu besar setelah dibuka" in html
    nothing_written()
    path = tmp_path / "bom.xlsx"
    path.write_bytes(bomb)
    with pytest.raises(CommandError, match="terlalu besar setelah dibuka"):
        call_command("import_roster", str(path), stdout=io.StringIO())


@pytest.mark.django_db
def test_a_zip_bomb_that_lies_about_its_size_is_refused_without_unpacking_it(regency):
    bomb = xlsx_bomb(unpacked_mb=300, declare_size=4096)
    declared = zipfile.ZipFile(io.BytesIO(bomb)).getinfo("xl/worksheets/sheet1.xml").file_size
    assert declared == 4096  # the headers claim a small sheet
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(RosterFileError, match="XLSX"):
            read_rows(bomb, "pegawai.xlsx")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 5
    assert peak < 40 * MB  # never held anything near the 300 MB the sheet unpacks to


@pytest.mark.django_db
def test_a_zip_with_too_many_parts_is_refused(regency):
    real = zipfile.ZipFile(io.BytesIO(as_xlsx([row(1)])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as many:
        for member in real.infolist():
            many.writestr(member.filename, real.read(member))
        for n in range(5000):
            many.writestr(f"xl/media/image{n}.png", b"")
    with pytest.raises(RosterFileError, match="terlalu besar setelah dibuka"):
        read_rows(out.getvalue(), "pegawai.xlsx")


@pytest.mark.django_db
def test_a_csv_with_a_huge_line_is_refused(importer):
    data = roster_csv([row(1)]) + b"19750101201003" + b"9" * 200_000 + b",Nama\n"
    assert "Baris 3 terlalu panjang (paling banyak 10000 karakter)." in upload(importer, "pegawai.csv", data)
    nothing_written()
    # One quoted field spread over many short lines is refused too (it is not a roster).
    spread = roster_csv([row(1)]) + b'"' + b"isi\n" * 50_000 + b'"\n'
    assert "Berkas CSV tidak dapat dibaca." in upload(importer, "pegawai.csv", spread)
    nothing_written()


@pytest.mark.django_db
def test_a_csv_with_too_many_rows_is_refused(importer, settings):
    settings.NETRAL_ROSTER_MAX_ROWS = 50
    assert "Terlalu banyak baris (paling banyak 50)." in upload(
        importer, "pegawai.csv", roster_csv([row(i) for i in range(51)])
    )
    assert "Terlalu banyak baris (paling banyak 50)." in upload(
        importer, "pegawai.xlsx", as_xlsx([row(i) for i in range(51)])
    )
    # Blank rows are read too, up to a margin: a sheet of a million empty rows is not read on to its end.
    blanks = roster_csv([row(1)]) + b",,,,,,,,\n" * 10_100
    assert "Terlalu banyak baris (paling banyak 50)." in upload(importer, "pegawai.csv", blanks)
    nothing_written()


@pytest.mark.django_db
def test_the_default_row_limit_is_20000(regency):
    with pytest.raises(RosterFileError, match="Terlalu banyak baris"):
        read_rows(roster_csv([row(i) for i in range(20_001)]), "pegawai.csv")


# The public verification page's PDF check.


@pytest.mark.django_db
def test_verification_refuses_a_file_that_is_not_a_pdf(client, course):
    certificate = certificate_issue(user=UserFactory(), course=course, score=Decimal("90"))
    response = client.post(reverse("certificates:lookup"), {"file": SimpleUploadedFile("sertifikat.pdf", PNG)})
    assert response.status_code == 200
    assert "Berkas harus berupa PDF sertifikat." in response.content.decode()
    # The real PDF is still recognised.
    with certificate.pdf.open("rb") as fh:
        real = SimpleUploadedFile("sertifikat.pdf", fh.read())
    response = client.post(reverse("certificates:lookup"), {"file": real})
    assert "Berkas ini asli" in response.content.decode()


@pytest.mark.django_db
def test_verification_refuses_an_oversize_pdf(client):
    huge = SimpleUploadedFile("sertifikat.pdf", PDF + b"0" * (10 * MB))
    response = client.post(reverse("certificates:lookup"), {"file": huge})
    assert response.status_code == 200
    assert "Berkas terlalu besar (paling besar 10 MB)." in response.content.decode()
