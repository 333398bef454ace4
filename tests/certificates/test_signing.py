"""Electronic signatures on certificate PDFs: signed in the background after issuing with a test CA made in the test
session, checked by poppler's `pdfsig` and by pyHanko's validator; one changed byte and both reject the file; a
failing signer leaves the certificate "menunggu tanda tangan" and the retry signs it; the BSrE client against a
local fake gateway that answers as the v2 API does, errors included."""

import base64
import io
import re
import shutil
import subprocess
from decimal import Decimal

import pytest
import requests
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from certificates.models import Certificate, SignatureState
from certificates.services import certificate_issue, certificate_revoke
from certificates.signing import BsrEError, BsrESigner, Pkcs12Signer, SigningError, _trust_roots, inspect_pdf
from tests.support.builders import UserFactory
from tests.support.pdf import pdf_bytes, pdf_reader, placeholder_pdf
from tests.support.signing import (
    GATEWAY_EMAIL,
    GATEWAY_NIK,
    GATEWAY_PASSPHRASE,
    GATEWAY_PASSWORD,
    GATEWAY_TOTP,
    GATEWAY_USER,
)

JSON = {"HTTP_ACCEPT": "application/json"}


def pdfsig(data: bytes, tmp_path) -> str:
    path = tmp_path / "checked.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False).stdout


def one_byte_changed(data: bytes) -> bytes:
    """Flip one bit inside the signed content (the first half of the file, before the signature's own bytes)."""
    changed = bytearray(data)
    changed[len(data) // 3] ^= 0x01
    return bytes(changed)


def tiny_pdf() -> bytes:
    return placeholder_pdf("certificates/pdf/certificate.html", {}, title="Uji", author="Netral")


@pytest.fixture
def holder(db):
    return UserFactory(first_name="Siti Aminah", title_suffix="S.H.", email="siti.aminah@batangkab.go.id")


@pytest.mark.pdf
@pytest.mark.django_db
@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils (pdfsig) not installed")
def test_an_issued_certificate_is_signed_and_pdfsig_and_pyhanko_accept_it_until_one_byte_changes(
    client, holder, course, pkcs12_signing, tmp_path, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        certificate = certificate_issue(user=holder, course=course, score=Decimal("90"))
    certificate.refresh_from_db()
    assert certificate.signature_state == SignatureState.SIGNED
    assert certificate.signed_by == "Penanda tangan uji Netral — tidak tepercaya"
    data = pdf_bytes(certificate)
    # Still the PDF/A-3b document WeasyPrint made (the signature is an incremental update after it).
    xmp = pdf_reader(certificate).trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert re.search(r"pdfaid:part(>|=\")3", xmp) and re.search(r"pdfaid:conformance(>|=\")B", xmp)

    report = pdfsig(data, tmp_path)
    assert "Signer Certificate Common Name: Penanda tangan uji Netral — tidak tepercaya" in report
    assert "Signature Validation: Signature is Valid." in report
    assert "Total document signed" in report
    checked = inspect_pdf(data)
    assert (checked.intact, checked.covers_current_bytes, checked.trusted) == (True, True, True)

    altered = one_byte_changed(data)
    assert "Signature Validation: Signature is Valid." not in pdfsig(altered, tmp_path)
    assert "Digest Mismatch" in pdfsig(altered, tmp_path)
    assert inspect_pdf(altered).intact is False

    # The public upload says both things a reader wants: which certificate, and whether the signature holds.
    page = client.post(reverse("certificates:lookup"), {"file": SimpleUploadedFile("s.pdf", data)}).content.decode()
    assert "Berkas ini asli" in page and "Tanda tangan elektronik sah: ditandatangani oleh Penanda tangan uji" in page
    answer = client.post(reverse("certificates:lookup"), {"file": SimpleUploadedFile("s.pdf", altered)}, **JSON)
    assert answer.status_code == 404
    assert answer.json()["signature"]["verdict"] == "bad"
    assert answer.json()["signature"]["message"].startswith("Tanda tangan elektronik tidak sah: isi berkas")

    # The learner is emailed once, with the signed PDF.
    (email,) = mail.outbox
    assert email.attachments[0][1] == data


@pytest.mark.django_db
def test_the_verification_json_and_pages_say_who_signed_and_that_the_signature_covers_the_stored_file(
    client, holder, course, pkcs12_signing, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        certificate = certificate_issue(user=holder, course=course, score=Decimal("90"))
    certificate.refresh_from_db()
    answer = client.get(reverse("certificates:verify", args=(certificate.code,)), **JSON).json()
    assert answer["status"] == "valid"
    assert answer["signature"]["signed"] is True and answer["signature"]["covers_current_bytes"] is True
    assert answer["signature"]["trusted"] is True and answer["signature"]["state"] == "signed"
    assert answer["signature"]["signer"].startswith("Penanda tangan uji Netral")

    page = client.get(reverse("certificates:verify", args=(certificate.code,))).content.decode()
    assert "Ditandatangani elektronik oleh Penanda tangan uji Netral" in page
    assert "Tanda tangan mencakup seluruh berkas PDF apa adanya sekarang." in page
    client.force_login(holder)
    mine = client.get(reverse("certificates:mine")).content.decode()
    assert "Ditandatangani elektronik oleh Penanda tangan uji Netral" in mine

    # Someone appends bytes to the stored file: the page no longer says the signature covers it.
    with certificate.pdf.open("ab") as handle:
        handle.write(b"\n% appended after signing\n")
    answer = client.get(reverse("certificates:verify", args=(certificate.code,)), **JSON).json()
    assert answer["signature"]["covers_current_bytes"] is False


@pytest.mark.django_db
def test_a_failing_signer_leaves_the_certificate_waiting_and_the_retry_signs_it(
    client, holder, course, pkcs12_signing, settings, django_capture_on_commit_callbacks
):
    settings.NETRAL_SIGNING_PKCS12_PASSPHRASE = "salah"
    with django_capture_on_commit_callbacks(execute=True):
        certificate = certificate_issue(user=holder, course=course, score=Decimal("90"))
    certificate.refresh_from_db()
    assert certificate.signature_state == SignatureState.PENDING
    assert certificate.signing_attempts == 1 and "PKCS#12" in certificate.signing_error
    assert inspect_pdf(pdf_bytes(certificate)).signed is False
    assert mail.outbox == []  # the email waits for the signed PDF
    answer = client.get(reverse("certificates:verify", args=(certificate.code,)), **JSON).json()
    assert answer["signature"] == {
        "state": "pending",
        "signed": False,
        "signer": None,
        "signed_at": None,
        "covers_current_bytes": None,
        "trusted": None,
    }
    page = client.get(reverse("certificates:verify", args=(certificate.code,))).content.decode()
    assert "Menunggu tanda tangan elektronik." in page and "Ditandatangani elektronik oleh" not in page

    settings.NETRAL_SIGNING_PKCS12_PASSPHRASE = pkcs12_signing.passphrase
    with django_capture_on_commit_callbacks(execute=True):
        call_command("certificates_sign_pending", stdout=io.StringIO())
    certificate.refresh_from_db()
    assert certificate.signature_state == SignatureState.SIGNED and certificate.signing_attempts == 2
    assert inspect_pdf(pdf_bytes(certificate)).intact is True
    assert len(mail.outbox) == 1
    # The hash the upload check matches is the signed file's.
    assert Certificate.objects.filter(sha256=certificate.sha256).get() == certificate


@pytest.mark.django_db
def test_without_a_signer_nothing_claims_a_signature(client, holder, course, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        certificate = certificate_issue(user=holder, course=course, score=Decimal("90"))
    assert certificate.signature_state == SignatureState.UNSIGNED and len(mail.outbox) == 1
    page = client.get(reverse("certificates:verify", args=(certificate.code,))).content.decode()
    assert "Tidak ditandatangani elektronik" in page and "Ditandatangani elektronik oleh" not in page
    upload = client.post(reverse("certificates:lookup"), {"file": SimpleUploadedFile("s.pdf", pdf_bytes(certificate))})
    assert "Berkas ini tidak bertanda tangan elektronik." in upload.content.decode()


def test_a_signature_by_an_untrusted_ca_is_intact_but_not_trusted(test_ca, tmp_path_factory):
    from demo.signing import make_test_ca

    other = make_test_ca(tmp_path_factory.mktemp("other-ca"), key_size=2048)
    signed = Pkcs12Signer(other.pkcs12, other.passphrase).sign(tiny_pdf(), reason="uji", location="Batang")
    report = inspect_pdf(signed.pdf, roots=_trust_roots((str(test_ca.ca_pem),)))
    assert (report.signed, report.intact, report.covers_current_bytes, report.trusted) == (True, True, True, False)


# BSrE --------------------------------------------------------------------------------------------------------------


def bsre(url: str, **overrides) -> BsrESigner:
    options = {"username": GATEWAY_USER, "password": GATEWAY_PASSWORD, "nik": GATEWAY_NIK, "passphrase": "x"}
    options["passphrase"] = GATEWAY_PASSPHRASE
    return BsrESigner(url, **{**options, **overrides})


def test_the_bsre_client_sends_the_v2_request_and_returns_the_gateways_signed_pdf(bsre_gateway, test_ca):
    url, received = bsre_gateway
    pdf = tiny_pdf()
    signed = bsre(url).sign(pdf, reason="Sertifikat NTR/2026/000001", location="Batang")
    (body,) = received
    assert body == {
        "nik": GATEWAY_NIK,
        "passphrase": GATEWAY_PASSPHRASE,
        "signatureProperties": [
            {"tampilan": "INVISIBLE", "location": "Batang", "reason": "Sertifikat NTR/2026/000001"}
        ],
        "file": [base64.b64encode(pdf).decode()],
    }
    report = inspect_pdf(signed.pdf, roots=_trust_roots((str(test_ca.ca_pem),)))
    assert report.intact and report.covers_current_bytes and report.trusted
    assert signed.signer.startswith("Penanda tangan uji Netral")


def test_the_bsre_client_signs_by_email_and_totp_with_a_visible_signature(bsre_gateway):
    url, received = bsre_gateway
    client = bsre(url, nik="", email=GATEWAY_EMAIL, passphrase="", totp=GATEWAY_TOTP, visible=True)
    client.sign(tiny_pdf(), reason="r", location="Batang")
    (body,) = received
    assert body["email"] == GATEWAY_EMAIL and body["totp"] == GATEWAY_TOTP
    assert "nik" not in body and "passphrase" not in body
    properties = body["signatureProperties"][0]
    assert properties["tampilan"] == "VISIBLE" and properties["page"] == 1 and properties["width"] > 0


@pytest.mark.parametrize(
    ("overrides", "status", "code", "message"),
    [
        ({"passphrase": "salah"}, 400, "2031", "Passphrase anda salah"),
        ({"nik": "3325010101800009"}, 400, "1111", "NIK tidak terdaftar"),
        ({"passphrase": "", "totp": "000000"}, 400, "2032", "TOTP tidak valid"),
        ({"password": "bukan"}, 401, "401", "Unauthorized"),
    ],
)
def test_the_bsre_client_reports_the_gateways_error_answers(bsre_gateway, overrides, status, code, message):
    url, _received = bsre_gateway
    with pytest.raises(BsrEError) as raised:
        bsre(url, **overrides).sign(tiny_pdf(), reason="r", location="l")
    assert (raised.value.status, raised.value.code) == (status, code)
    assert message in str(raised.value)


def test_an_unreachable_gateway_or_an_unsigned_answer_is_a_failure_not_a_signature(monkeypatch):
    with pytest.raises(BsrEError, match="unreachable"):
        bsre("http://127.0.0.1:9", timeout=2).sign(tiny_pdf(), reason="r", location="l")

    class Answer:
        ok, status_code, text = True, 200, ""

        def json(self):
            return {"file": [base64.b64encode(tiny_pdf()).decode()]}  # the gateway "signed" nothing

    session = requests.Session()
    monkeypatch.setattr(session, "post", lambda *args, **kwargs: Answer())
    with pytest.raises(SigningError, match="without a signature"):
        bsre("http://gateway.invalid", session=session).sign(tiny_pdf(), reason="r", location="l")


@pytest.mark.django_db
def test_certificates_are_signed_through_the_bsre_gateway_when_configured(
    holder, course, bsre_gateway, test_ca, settings, django_capture_on_commit_callbacks
):
    url, received = bsre_gateway
    settings.NETRAL_SIGNER = "bsre"
    settings.NETRAL_SIGNING_TRUST_ROOTS = [str(test_ca.ca_pem)]
    settings.NETRAL_BSRE = {"URL": url, "USERNAME": GATEWAY_USER, "PASSWORD": GATEWAY_PASSWORD}
    settings.NETRAL_BSRE.update({"NIK": GATEWAY_NIK, "PASSPHRASE": "salah"})
    with django_capture_on_commit_callbacks(execute=True):
        certificate = certificate_issue(user=holder, course=course, score=Decimal("90"))
    certificate.refresh_from_db()
    assert certificate.signature_state == SignatureState.PENDING
    assert "Passphrase anda salah" in certificate.signing_error

    settings.NETRAL_BSRE["PASSPHRASE"] = GATEWAY_PASSPHRASE
    call_command("certificates_sign_pending", stdout=io.StringIO())
    certificate.refresh_from_db()
    assert certificate.signature_state == SignatureState.SIGNED and len(received) == 2
    certificate_revoke(certificate=certificate, by=None, reason="Salah orang")  # revoking keeps the signed file
    assert inspect_pdf(pdf_bytes(certificate)).intact


@pytest.mark.django_db
def test_hr_sees_the_signature_in_the_register_and_why_one_is_still_waiting(
    client, holder, course, pkcs12_signing, settings, django_capture_on_commit_callbacks
):
    from tests.support.builders import hr_officer

    with django_capture_on_commit_callbacks(execute=True):
        signed = certificate_issue(user=holder, course=course, score=Decimal("90"))
    settings.NETRAL_SIGNING_PKCS12_PASSPHRASE = "salah"
    with django_capture_on_commit_callbacks(execute=True):
        waiting = certificate_issue(user=UserFactory(first_name="Budi Santoso"), course=course, score=Decimal("80"))
    client.force_login(hr_officer(everything=True))
    register = client.get(reverse("certificate_register")).content.decode()
    assert "ditandatangani oleh Penanda tangan uji Netral — tidak tepercaya" in register
    assert "menunggu tanda tangan" in register
    detail = client.get(reverse("certificate_detail", args=(waiting.pk,))).content.decode()
    assert "Menunggu tanda tangan elektronik." in detail and "1 percobaan" in detail
    assert "Could not open PKCS#12 file" in detail
    detail = client.get(reverse("certificate_detail", args=(signed.pk,))).content.decode()
    assert "Ditandatangani elektronik oleh Penanda tangan uji Netral" in detail


def test_with_a_timestamp_authority_the_signature_is_timestamped_pades_b_t(test_ca, timestamp_authority):
    url, tsa_root = timestamp_authority
    signed = Pkcs12Signer(test_ca.pkcs12, test_ca.passphrase, tsa_url=url).sign(tiny_pdf(), reason="r", location="l")
    report = inspect_pdf(signed.pdf, roots=_trust_roots((str(test_ca.ca_pem), str(tsa_root))))
    assert report.timestamped and report.intact and report.trusted and report.covers_current_bytes
    untimed = Pkcs12Signer(test_ca.pkcs12, test_ca.passphrase).sign(tiny_pdf(), reason="r", location="l")
    assert inspect_pdf(untimed.pdf, roots=_trust_roots((str(test_ca.ca_pem),))).timestamped is False


@pytest.mark.django_db
def test_a_bsre_signer_configured_without_an_official_keeps_certificates_waiting(
    holder, course, settings, django_capture_on_commit_callbacks
):
    settings.NETRAL_SIGNER = "bsre"
    settings.NETRAL_BSRE = {"URL": "http://127.0.0.1:9", "USERNAME": "u", "PASSWORD": "p", "PASSPHRASE": "x"}
    with django_capture_on_commit_callbacks(execute=True):
        certificate = certificate_issue(user=holder, course=course, score=Decimal("90"))
    certificate.refresh_from_db()
    assert certificate.signature_state == SignatureState.PENDING
    assert certificate.signing_error == "A BSrE signer needs the official's NIK or email"
