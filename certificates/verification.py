"""Public verification: by code (the QR's URL), by number, or by uploading the PDF. No login; rate limited."""

import hashlib

from django import forms
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from employees.ratelimit import allowed

from . import badges
from .models import Certificate, SignatureState
from .selectors import renewed_by
from .signing import SignatureReport, inspect_pdf

MAX_PDF_BYTES = 10 * 1024 * 1024


def _too_many(request, wants_json: bool):
    message = _("Terlalu banyak pemeriksaan. Coba lagi sebentar lagi.")
    if wants_json:
        return JsonResponse({"error": message}, status=429)
    return render(request, "certificates/verify_error.html", {"message": message}, status=429)


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def stored_signature(certificate: Certificate) -> SignatureReport | None:
    """The signature of the stored PDF as it is now (None when the certificate is not marked signed)."""
    if certificate.signature_state != SignatureState.SIGNED or not certificate.pdf:
        return None
    with certificate.pdf.open("rb") as handle:
        return inspect_pdf(handle.read())


def signature_fields(certificate: Certificate, report: SignatureReport | None) -> dict:
    """`signature` in the verification JSON: whether the issued PDF is electronically signed, by whom, and whether
    the signature covers the stored file's current bytes. Only a signature that checks out counts as signed."""
    signed = bool(report and report.signed and report.intact)
    return {
        "state": certificate.signature_state if report is None or signed else "invalid",
        "signed": signed,
        "signer": (report.signer or certificate.signed_by) if signed else None,
        "signed_at": certificate.signed_at.isoformat() if signed and certificate.signed_at else None,
        "covers_current_bytes": bool(report.covers_current_bytes) if report else None,
        "trusted": bool(report.trusted) if report else None,
    }


def public_fields(certificate: Certificate, report: SignatureReport | None = None) -> dict:
    """What anyone may know about a certificate: no digit of the NIP, never the score. `status` says whether this
    record stands (valid, expired, revoked, superseded); `current_course_version` and `renewed_by` say whether the
    rules changed since (a course version raised) and whether the holder has renewed."""
    successor = certificate.superseded_by
    renewal = renewed_by(certificate)
    return {
        "status": certificate.status,
        "number": certificate.number,
        "name": certificate.holder_name,
        "course": certificate.course_title,
        "course_version": certificate.course_version,
        "issued_on": timezone.localdate(certificate.issued_at).isoformat(),
        "expires_on": certificate.expires_on.isoformat() if certificate.expires_on else None,
        "revoked_reason": certificate.revoked_reason if certificate.revoked_at else None,
        "superseded_by": successor.number if successor else None,
        "current_course_version": certificate.course.version,
        "renewed_by": renewal.number if renewal else None,
        "signature": signature_fields(certificate, report),
        "open_badge": badges.credential_url(certificate) if badges.badges_enabled() else None,
    }


def verify(request, code: str):
    wants_json = _wants_json(request)
    # Every lookup counts; codes that do not exist count again, much more tightly (guessing codes is the attack).
    if not allowed(request, "verify_miss", dry_run=True) or not allowed(request, "verify"):
        return _too_many(request, wants_json)
    certificate = Certificate.objects.select_related("superseded_by", "course").filter(code=code).first()
    if certificate is None:
        allowed(request, "verify_miss")
        if wants_json:
            return JsonResponse({"status": "not_found"}, status=404)
        message = _("Sertifikat dengan kode ini tidak ditemukan.")
        return render(request, "certificates/verify_error.html", {"message": message}, status=404)
    report = stored_signature(certificate)
    fields = public_fields(certificate, report)
    response = (
        JsonResponse(fields)
        if wants_json
        else render(
            request,
            "certificates/verify.html",
            {"certificate": certificate, "fields": fields, "renewal": renewed_by(certificate), "report": report},
        )
    )
    response["Vary"] = "Accept"
    response["X-Robots-Tag"] = "noindex"
    return response


class NumberForm(forms.Form):
    number = forms.CharField(
        label=gettext_lazy("Nomor sertifikat"),
        max_length=40,
        widget=forms.TextInput(attrs={"placeholder": "NTR/2026/000001"}),
    )


class PdfForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Berkas PDF sertifikat"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_PDF_BYTES:
            raise forms.ValidationError(_("Berkas terlalu besar (paling besar 10 MB)."))
        start = upload.read(5)
        upload.seek(0)
        if start != b"%PDF-":  # every PDF starts so; anything else is not a certificate
            raise forms.ValidationError(_("Berkas harus berupa PDF sertifikat."))
        return upload


@require_http_methods(["GET", "POST"])
def lookup(request):
    """Look a certificate up by its number (GET), or check an uploaded PDF's SHA-256 (POST)."""
    number_form = NumberForm(request.GET or None)
    pdf_form = PdfForm(request.POST or None, request.FILES or None)
    result = None
    if request.GET.get("number") or request.method == "POST":
        if not allowed(request, "verify_miss", dry_run=True) or not allowed(request, "verify"):
            return _too_many(request, False)
    if request.GET.get("number") and number_form.is_valid():
        number = number_form.cleaned_data["number"].strip().upper()
        certificate = Certificate.objects.filter(number=number).first()
        if certificate:
            return redirect("certificates:verify", code=certificate.code)
        allowed(request, "verify_miss")
        result = {"found": False, "message": _("Nomor %(number)s tidak ditemukan.") % {"number": number}}
    if request.method == "POST" and pdf_form.is_valid():
        data = b"".join(pdf_form.cleaned_data["file"].chunks())
        certificate = Certificate.objects.filter(sha256=hashlib.sha256(data).hexdigest()).first()
        report = inspect_pdf(data)
        if certificate:
            result = {
                "found": True,
                "certificate": certificate,
                "fields": public_fields(certificate, report if report.signed else None),
                "message": _("Berkas ini asli: sama persis dengan sertifikat yang diterbitkan."),
            }
        else:
            allowed(request, "verify_miss")
            message = _("Berkas ini tidak cocok dengan sertifikat mana pun. Bisa jadi telah diubah.")
            result = {"found": False, "message": message}
        result["signature"] = upload_signature(report, certificate)
    status = 404 if result and not result["found"] else 200
    if result and _wants_json(request):
        body = {"found": result["found"], "message": result["message"], "signature": result.get("signature")}
        if result.get("fields"):
            body["certificate"] = result["fields"]
        return JsonResponse(body, status=status)
    context = {"number_form": number_form, "pdf_form": pdf_form, "result": result}
    return render(request, "certificates/lookup.html", context, status=status)


def upload_signature(report: SignatureReport, certificate: Certificate | None) -> dict:
    """What the upload check says about the uploaded file's own signature, in one plain sentence (and the facts).
    "ok" only when the signature is intact, covers the whole file, chains to a root this site trusts and, for a
    file matched to a certificate, was made with the same signing certificate the record holds."""
    facts = report.as_json()
    same_signer = certificate is None or not certificate.signer_cert_sha256
    if certificate is not None and certificate.signer_cert_sha256:
        same_signer = report.cert_sha256 == certificate.signer_cert_sha256
    facts["same_signer_as_record"] = same_signer if certificate is not None else None
    signer = report.signer or _("penanda tangan tidak dikenal")
    if not report.signed:
        verdict, message = "none", _("Berkas ini tidak bertanda tangan elektronik.")
    elif not report.intact:
        verdict = "bad"
        message = _("Tanda tangan elektronik tidak sah: isi berkas telah diubah setelah ditandatangani.")
    elif not report.covers_current_bytes:
        verdict = "bad"
        message = _(
            "Tanda tangan elektronik utuh, tetapi berkas ditambah setelah ditandatangani: "
            "bagian tambahan itu tidak tercakup tanda tangan."
        )
    elif not report.trusted or not same_signer:
        verdict = "bad"
        message = _(
            "Tanda tangan elektronik utuh, tetapi penanda tangannya (%(signer)s) bukan penanda tangan sertifikat "
            "yang dipercaya situs ini."
        ) % {"signer": signer}
    else:
        verdict = "ok"
        message = _(
            "Tanda tangan elektronik sah: ditandatangani oleh %(signer)s, dan berkas tidak berubah sejak "
            "ditandatangani."
        ) % {"signer": signer}
    return {**facts, "verdict": verdict, "message": message}


def _credential_or_404(request, code: str) -> Certificate:
    if not badges.badges_enabled():
        raise Http404
    if not allowed(request, "verify_miss", dry_run=True) or not allowed(request, "verify"):
        raise Http404
    certificate = Certificate.objects.select_related("user").filter(code=code).first()
    if certificate is None:
        allowed(request, "verify_miss")
        raise Http404
    return certificate


def badge_json(request, code: str):
    """The certificate's Open Badges 3.0 AchievementCredential as JSON-LD (readable; the proof is the .jwt)."""
    certificate = _credential_or_404(request, code)
    response = JsonResponse(badges.achievement_credential(certificate), json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/ld+json"
    response["X-Robots-Tag"] = "noindex"
    return response


def badge_jwt(request, code: str):
    """The same credential, signed: a VC-JWT (Compact JWS), as OB 3.0's file format for JWT proofs."""
    certificate = _credential_or_404(request, code)
    response = HttpResponse(badges.credential_jwt(certificate), content_type="application/jwt")
    filename = f"openbadges-{certificate.number.replace('/', '-')}.jwt"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Robots-Tag"] = "noindex"
    return response


def badge_issuer(request):
    if not badges.badges_enabled():
        raise Http404
    profile = {"@context": [badges.VC_CONTEXT, badges.OB_CONTEXT], **badges.issuer_profile()}
    return JsonResponse(profile, json_dumps_params={"ensure_ascii": False})


def badge_key(request):
    """The public key that verifies our credentials' JWT proofs (the `kid` of their JOSE header)."""
    if not badges.badges_enabled():
        raise Http404
    return JsonResponse(badges.public_jwk())


def badge_status(request, number: int):
    """The Bitstring Status List credential (revocation), signed as a VC-JWT."""
    if not badges.badges_enabled():
        raise Http404
    response = HttpResponse(badges.status_list_jwt(number), content_type="application/jwt")
    response["Cache-Control"] = "max-age=300"
    return response
