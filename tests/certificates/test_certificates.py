import hashlib
from decimal import Decimal

import pytest
from django.utils import timezone
from pypdf import PdfReader

from certificates.models import Certificate
from certificates.services import certificate_issue
from tests.support.auth import PASSWORD
from tests.support.builders import UserFactory, WorkUnitFactory
from tests.support.pdf import pdf_bytes, pdf_reader


def embedded_fonts(reader: PdfReader) -> set[str]:
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object()
            if any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                fonts.add(str(font["/BaseFont"]).split("+")[-1])
    return fonts


@pytest.fixture
def holder(db):
    unit = WorkUnitFactory.create()
    return UserFactory(first_name="Ahmad Fauzi", title_suffix="S.Kom.", golongan="III/b", work_unit=unit)


@pytest.mark.pdf
@pytest.mark.django_db
def test_certificate_pdf_holds_name_nip_course_date_and_number(holder, course):
    certificate = certificate_issue(user=holder, course=course, score=Decimal("90"))
    reader = pdf_reader(certificate)
    text = " ".join(reader.pages[0].extract_text().split())
    today = timezone.localdate()
    months = [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ]
    for expected in (
        "Ahmad Fauzi, S.Kom.",
        f"NIP {holder.nip}",
        "Netralitas ASN dalam Pemilu dan Pilkada",
        certificate.number,
        f"{today.day} {months[today.month - 1]} {today.year}",
        "Penata Muda Tingkat I (III/b)",
        "Dinas Komunikasi dan Informatika",
    ):
        assert expected in text
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert box.width > box.height  # A4 landscape
    assert {"Noto-Serif-Bold", "Noto-Sans"} <= embedded_fonts(reader)  # the shipped fonts, embedded
    assert reader.metadata.title == f"Sertifikat {certificate.number}"
    assert reader.metadata.author == "Pemerintah Kabupaten Batang"


@pytest.mark.django_db
def test_numbers_follow_the_format_without_gaps_and_issuing_is_idempotent(course):
    year = timezone.localdate().year
    first = certificate_issue(user=UserFactory(), course=course, score=Decimal("80"))
    again = certificate_issue(user=first.user, course=course, score=Decimal("100"))
    second = certificate_issue(user=UserFactory(), course=course, score=Decimal("75"))
    assert again.pk == first.pk and again.score == Decimal("80")
    assert (first.number, second.number) == (f"NTR/{year}/000001", f"NTR/{year}/000002")
    assert Certificate.objects.count() == 2


@pytest.mark.django_db
def test_stored_hash_matches_the_stored_pdf(holder, course):
    certificate = certificate_issue(user=holder, course=course, score=Decimal("90"))
    assert hashlib.sha256(pdf_bytes(certificate)).hexdigest() == certificate.sha256


@pytest.mark.pdf
@pytest.mark.django_db
def test_a_holder_without_rank_or_position_gets_the_unit_alone_under_the_name(course):
    user = UserFactory(
        first_name="Sari Dewi", golongan="", position="", work_unit=WorkUnitFactory.create(name="Dinas Kominfo")
    )
    certificate = certificate_issue(user=user, course=course, score=Decimal("90"))
    lines = [line.strip() for line in pdf_reader(certificate).pages[0].extract_text().splitlines()]
    assert "Dinas Kominfo" in lines
    assert not any(line.startswith("·") or line.endswith("·") for line in lines)


@pytest.mark.pdf
@pytest.mark.django_db
def test_a_name_with_markup_prints_as_text(course):
    user = UserFactory(first_name="<b>Budi</b> <img src=x>")
    text = pdf_reader(certificate_issue(user=user, course=course, score=Decimal("90"))).pages[0].extract_text()
    assert "<b>Budi</b> <img src=x>" in text


@pytest.mark.django_db
def test_my_certificates_lists_and_downloads_only_my_own(client, holder, other_learner, course):
    mine = certificate_issue(user=holder, course=course, score=Decimal("90"))
    theirs = certificate_issue(user=other_learner, course=course, score=Decimal("85"))
    client.login(username=holder.nip, password=PASSWORD)

    page = client.get("/sertifikat/").content.decode()
    assert mine.number in page and theirs.number not in page

    response = client.get(f"/sertifikat/{mine.pk}/unduh/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert client.get(f"/sertifikat/{theirs.pk}/unduh/").status_code == 404


@pytest.mark.django_db
def test_certificates_need_login(client, holder, course):
    certificate = certificate_issue(user=holder, course=course, score=Decimal("90"))
    for url in ("/sertifikat/", f"/sertifikat/{certificate.pk}/unduh/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
