"""The certificate as a frozen record: QR to the verification page, PDF/A with its JSON record, verification by code,
number and file, revocation, re-issue, expiry reminders, renewal after a rule update, the issued email."""

import datetime
import hashlib
import io
import json
import re
from decimal import Decimal

import pypdfium2
import pytest
import zxingcpp
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from certificates.models import Certificate
from certificates.services import certificate_issue, certificate_reissue, certificate_revoke
from tests.support.auth import enrol_totp
from tests.support.builders import UserFactory, build_rule_update
from tests.support.pdf import pdf_bytes

JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def holder(db):
    return UserFactory(first_name="Siti Aminah", title_suffix="S.H.", email="siti.aminah@batangkab.go.id")


@pytest.fixture
def certificate(holder, course, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return certificate_issue(user=holder, course=course, score=Decimal("90"))


def qr_on_the_page(data: bytes) -> str:
    page = pypdfium2.PdfDocument(data)[0]
    image = page.render(scale=3).to_pil()
    (barcode,) = zxingcpp.read_barcodes(image)
    return barcode.text


def verification_path(url: str) -> str:
    return url.split("://", 1)[1].split("/", 1)[1].join(["/", ""])


@pytest.mark.pdf
@pytest.mark.django_db
def test_the_qr_opens_the_verification_page_which_says_valid_then_revoked(client, certificate, admin_user):
    data = pdf_bytes(certificate)
    url = qr_on_the_page(data)
    assert url == certificate.get_verification_url() and f"/verifikasi/{certificate.code}/" in url

    answer = client.get(verification_path(url), **JSON).json()
    assert answer == {
        "status": "valid",
        "number": certificate.number,
        "name": "Siti Aminah, S.H.",
        "course": "Netralitas ASN dalam Pemilu dan Pilkada",
        "course_version": 1,
        "issued_on": timezone.localdate().isoformat(),
        "expires_on": None,
        "revoked_reason": None,
        "superseded_by": None,
        "current_course_version": 1,
        "renewed_by": None,
        # No signer configured in this test: the JSON says so, and claims no signature.
        "signature": {
            "state": "unsigned",
            "signed": False,
            "signer": None,
            "signed_at": None,
            "covers_current_bytes": None,
            "trusted": None,
        },
        "open_badge": None,
    }
    html = client.get(verification_path(url)).content.decode()
    assert "Sertifikat ini asli dan berlaku." in html and certificate.holder_nip not in html

    certificate_revoke(certificate=certificate, by=admin_user, reason="Terbukti menyukai unggahan calon.")
    answer = client.get(verification_path(url), **JSON).json()
    assert answer["status"] == "revoked" and answer["revoked_reason"] == "Terbukti menyukai unggahan calon."
    assert "telah dicabut" in client.get(verification_path(url)).content.decode()


@pytest.mark.pdf
@pytest.mark.django_db
def test_the_pdf_is_pdf_a_3b_with_metadata_and_the_json_record(certificate):
    reader = PdfReader(io.BytesIO(pdf_bytes(certificate)))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert re.search(r"pdfaid:part(>|=\")3", xmp) and re.search(r"pdfaid:conformance(>|=\")B", xmp)
    assert reader.metadata.subject.startswith("Sertifikat penyelesaian pelatihan Netralitas ASN")
    record = json.loads(reader.attachments["sertifikat.json"][0])
    assert record["number"] == certificate.number and record["holder"]["nip"] == certificate.holder_nip
    assert record["verification_url"] == certificate.get_verification_url()


@pytest.mark.django_db
def test_editing_the_employee_after_issue_changes_nothing_issued(certificate, holder):
    before = pdf_bytes(certificate)
    holder.first_name, holder.title_suffix = "Siti Aminah Rahayu", "S.H., M.H."
    holder.save()
    certificate.refresh_from_db()
    assert pdf_bytes(certificate) == before
    assert certificate.holder_name == "Siti Aminah, S.H."
    assert hashlib.sha256(before).hexdigest() == certificate.sha256


@pytest.mark.django_db
def test_reissue_supersedes_and_never_rewrites_the_old_pdf(client, certificate, holder, admin_user):
    old_bytes = pdf_bytes(certificate)
    holder.first_name = "Siti Aminah Rahayu"
    holder.save()
    new = certificate_reissue(certificate=certificate, by=admin_user, reason="Nama salah ketik")
    certificate.refresh_from_db()
    assert new.number != certificate.number and new.holder_name == "Siti Aminah Rahayu, S.H."
    assert pdf_bytes(certificate) == old_bytes
    old = client.get(reverse("certificates:verify", args=(certificate.code,)), **JSON).json()
    assert old["status"] == "superseded" and old["superseded_by"] == new.number
    assert client.get(reverse("certificates:verify", args=(new.code,)), **JSON).json()["status"] == "valid"


@pytest.mark.django_db
def test_unknown_code_is_a_clear_404(client):
    response = client.get(reverse("certificates:verify", args=("tidak-ada",)))
    assert response.status_code == 404 and "tidak ditemukan" in response.content.decode()
    assert client.get(reverse("certificates:verify", args=("tidak-ada",)), **JSON).status_code == 404


@pytest.mark.django_db
def test_lookup_by_number_and_by_uploaded_pdf(client, certificate):
    response = client.get(reverse("certificates:lookup"), {"number": certificate.number.lower()})
    assert response.status_code == 302 and response["Location"].endswith(f"/verifikasi/{certificate.code}/")
    assert client.get(reverse("certificates:lookup"), {"number": "NTR/1999/000001"}).status_code == 404

    genuine = SimpleUploadedFile("s.pdf", pdf_bytes(certificate), content_type="application/pdf")
    html = client.post(reverse("certificates:lookup"), {"file": genuine}).content.decode()
    assert "Berkas ini asli" in html and certificate.number in html
    forged = SimpleUploadedFile("s.pdf", pdf_bytes(certificate) + b"%", content_type="application/pdf")
    response = client.post(reverse("certificates:lookup"), {"file": forged})
    assert response.status_code == 404 and "tidak cocok" in response.content.decode()


@pytest.mark.django_db
def test_lookups_are_rate_limited(client, certificate, settings):
    settings.NETRAL_RATE_LIMITS = {"verify": "3/m/ip", "verify_miss": "10/m/ip"}
    from django.core.cache import cache

    cache.clear()
    url = reverse("certificates:verify", args=(certificate.code,))
    assert [client.get(url, **JSON).status_code for _ in range(4)] == [200, 200, 200, 429]
    cache.clear()


@pytest.mark.django_db
def test_issued_email_carries_the_pdf_and_the_verification_link(certificate):
    (message,) = mail.outbox
    assert message.to == ["siti.aminah@batangkab.go.id"] and certificate.number in message.subject
    assert certificate.get_verification_url() in message.body and "Selamat" in message.body
    (name, content, mimetype) = message.attachments[0]
    assert mimetype == "application/pdf" and content == pdf_bytes(certificate)


@pytest.mark.django_db
def test_daily_command_marks_expired_and_reminds_once(course, holder, django_capture_on_commit_callbacks):
    course.certificate_validity_months = 12
    course.save()
    certificate = certificate_issue(user=holder, course=course, score=Decimal("85"))
    assert certificate.expires_on == timezone.localdate().replace(year=timezone.localdate().year + 1) or (
        certificate.expires_on.month == 2 and certificate.expires_on.day == 28
    )
    mail.outbox.clear()
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=timezone.localdate() + datetime.timedelta(days=10))
    call_command("certificates_daily", days=30, verbosity=0)
    call_command("certificates_daily", days=30, verbosity=0)  # the same day again: no second mail
    assert len(mail.outbox) == 1 and "akan habis masa berlakunya" in mail.outbox[0].subject

    Certificate.objects.filter(pk=certificate.pk).update(expires_on=timezone.localdate() - datetime.timedelta(days=1))
    call_command("certificates_daily", verbosity=0)
    certificate.refresh_from_db()
    assert certificate.expired_marked_at is not None and certificate.status == "expired"


@pytest.mark.django_db
def test_a_recertification_rule_update_marks_older_holders_for_renewal(client, certificate, course, admin_user):
    build_rule_update(course).save_revision(user=admin_user).publish(user=admin_user)
    certificate.refresh_from_db()
    assert certificate.needs_renewal and certificate.status == "valid"
    client.force_login(certificate.user)
    mine = client.get(reverse("certificates:mine")).content.decode()
    # A warning (not the valid colour) and one button to the course.
    assert '<p class="verdict verdict-renewal">Perlu pembaruan: aturan berubah.' in mine
    assert "verdict-valid" not in mine
    assert f'<a class="button" href="{course.url}">Perbarui sertifikat</a>' in mine
    old_page = client.get(reverse("certificates:verify", args=(certificate.code,))).content.decode()
    assert "pelatihan ini kini versi 2" in old_page and "belum memperbarui" in old_page
    answer = client.get(reverse("certificates:verify", args=(certificate.code,)), **JSON).json()
    assert (answer["status"], answer["current_course_version"], answer["renewed_by"]) == ("valid", 2, None)

    # The holder passes the new version: a new certificate for version 2 is a new number.
    course.refresh_from_db()
    renewed = certificate_issue(user=certificate.user, course=course, score=Decimal("95"))
    assert renewed.course_version == 2 and renewed.number != certificate.number
    mine = client.get(reverse("certificates:mine")).content.decode()
    assert "Perbarui sertifikat" not in mine
    verify_new = reverse("certificates:verify", args=(renewed.code,))
    assert f'Sudah diperbarui dengan <a href="{verify_new}">{renewed.number}</a>' in mine
    answer = client.get(reverse("certificates:verify", args=(certificate.code,)), **JSON).json()
    assert answer["renewed_by"] == renewed.number
    old_page = client.get(reverse("certificates:verify", args=(certificate.code,))).content.decode()
    assert f'sudah memperbarui sertifikatnya: <a href="{verify_new}">{renewed.number}</a>' in old_page


@pytest.mark.django_db
def test_staff_revoke_in_the_admin_with_a_reason_and_the_history_shows_it(client, certificate):
    from django.contrib.auth.models import Permission

    hr = UserFactory()
    codenames = ["access_admin", "view_certificate", "view_all_units", "change_certificate"]
    hr.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    client.force_login(enrol_totp(hr))
    url = reverse("certificate_detail", args=(certificate.pk,))
    assert client.post(url, {"action": "revoke", "reason": ""}).status_code == 200  # a reason is required
    client.post(url, {"action": "revoke", "reason": "Data ganda."})
    certificate.refresh_from_db()
    assert certificate.revoked_at and certificate.revoked_by == hr
    assert "Sertifikat dicabut" in client.get(url).content.decode()
    zipped = client.get(reverse("certificate_zip"))
    assert zipped.status_code == 200 and zipped["Content-Type"] == "application/zip"


@pytest.mark.django_db
def test_bulk_reissue_supersedes_the_chosen_set_and_keeps_old_pdfs(course):
    issued = [certificate_issue(user=UserFactory(), course=course, score=Decimal("88")) for _ in range(3)]
    before = {c.pk: pdf_bytes(c) for c in issued}
    out = io.StringIO()
    call_command("certificates_reissue", course=course.pk, reason="Koreksi templat", stdout=out)
    assert "3/3" in out.getvalue() and "Re-issued 3" in out.getvalue()
    for old in issued:
        old.refresh_from_db()
        assert old.status == "superseded" and old.superseded_by.status == "valid"
        assert pdf_bytes(old) == before[old.pk]
    assert Certificate.objects.count() == 6
    call_command("certificates_reissue", course=course.pk, reason="Koreksi templat", stdout=io.StringIO())
    assert Certificate.objects.count() == 9  # the new current set, once more; superseded ones are never touched


@pytest.mark.django_db
def test_hr_sees_an_old_certificate_as_renewed_not_as_needing_renewal(client, certificate, course, admin_user):
    from tests.support.builders import build_rule_update, hr_officer

    build_rule_update(course).save_revision(user=admin_user).publish(user=admin_user)
    client.force_login(hr_officer(everything=True))
    detail = reverse("certificate_detail", args=(certificate.pk,))
    assert "perlu pembaruan" in client.get(detail).content.decode()
    course.refresh_from_db()
    renewed = certificate_issue(user=certificate.user, course=course, score=Decimal("95"))
    html = client.get(detail).content.decode()
    assert "perlu pembaruan" not in html
    assert f'Sudah diperbarui dengan <a href="{reverse("certificate_detail", args=(renewed.pk,))}">' in html
