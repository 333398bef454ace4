"""What a certificate looks like: the PDF (WeasyPrint, through certificates.pdf) and the machine-readable record
attached to it. Pure functions of an issued certificate and the current certificate settings; nothing is written."""

import base64
import io
import json
from functools import lru_cache

import zxingcpp
from django.conf import settings
from django.utils import timezone, translation
from PIL import Image

from .models import Certificate, CertificateSettings
from .pdf import render_pdf


def _image_data_uri(image) -> str:
    """A Wagtail image as a data: URI (the renderer fetches nothing else), read once per process and file: the
    key is the file's name and content hash, so a replaced image is read again."""
    if image is None:
        return ""
    return _file_data_uri(image.file.name, image.file_hash)


@lru_cache(maxsize=8)
def _file_data_uri(name: str, file_hash: str) -> str:
    from wagtail.images import get_image_model

    with get_image_model().file.field.storage.open(name, "rb") as handle:
        data = handle.read()
    mime = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "svg": "image/svg+xml"}.get(
        name.rsplit(".", 1)[-1].lower(), "image/png"
    )
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


def qr_data_uri(url: str) -> str:
    """The QR code of `url` (error correction M, the mask chosen by the standard's penalty rules) as a greyscale PNG
    with one pixel per module and a two-module quiet zone; the stylesheet scales it without smoothing. zxing-cpp
    encodes it in a fraction of a millisecond (segno, pure Python, took 4 ms of every certificate; an SVG of one
    path per module row cost WeasyPrint a sixth of a render)."""
    code = zxingcpp.create_barcode(url, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    modules = code.to_image(scale=1, add_quiet_zones=False)
    height, width = modules.shape
    symbol = Image.frombuffer("L", (width, height), bytes(modules), "raw", "L", 0, 1)
    qr_image = Image.new("L", (width + 4, height + 4), 255)
    qr_image.paste(symbol, (2, 2))
    png = io.BytesIO()
    qr_image.save(png, format="PNG")
    return f"data:image/png;base64,{base64.b64encode(png.getvalue()).decode()}"


def certificate_record(certificate: Certificate, *, verification_url: str = "") -> dict:
    """The record attached to the PDF as JSON: what the certificate says, machine-readable."""
    return {
        "number": certificate.number,
        "verification_url": verification_url or certificate.get_verification_url(),
        "holder": {
            "name": certificate.holder_name,
            "nip": certificate.holder_nip,
            "rank": certificate.holder_rank,
            "position": certificate.holder_position,
            "unit": certificate.holder_unit,
            # The secret salt of the credential's identity hash: with it the holder proves the NIP is theirs.
            "identity_salt": certificate.identity_salt,
        },
        "course": {
            "title": certificate.course_title,
            "version": certificate.course_version,
            "regulations": certificate.course_regulations,
            "jp": certificate.jp,
        },
        "score": str(certificate.score),
        "issued_on": timezone.localdate(certificate.issued_at).isoformat(),
        "expires_on": certificate.expires_on.isoformat() if certificate.expires_on else None,
        "issuer": settings.NETRAL_ISSUER_NAME,
    }


def certificate_render(certificate: Certificate) -> bytes:
    # Certificates are Indonesian documents whatever language the learner browses in.
    signing = CertificateSettings.load()
    url = certificate.get_verification_url()
    context = {
        "certificate": certificate,
        "issuer": settings.NETRAL_ISSUER_NAME,
        "signing": signing,
        "signature": _image_data_uri(signing.signature),
        "logo": _image_data_uri(signing.logo),
        "verification_url": url,
        "qr": qr_data_uri(url),
    }
    record = json.dumps(certificate_record(certificate, verification_url=url), ensure_ascii=False, indent=2)
    with translation.override("id"):
        return render_pdf(
            "certificates/pdf/certificate.html",
            context,
            title=f"Sertifikat {certificate.number}",
            author=settings.NETRAL_ISSUER_NAME,
            subject=f"Sertifikat penyelesaian pelatihan {certificate.course_title} – {certificate.holder_name}",
            attachments=(("sertifikat.json", record, "Data sertifikat"),),
            stylesheets=("css/certificate-pdf.css",),
        )
