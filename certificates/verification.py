"""Public verification: by code (the QR's URL), by number, or by uploading the PDF. No login; rate limited."""

import hashlib

from django import forms
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from employees.ratelimit import allowed

from .models import Certificate
from .selectors import renewed_by

MAX_PDF_BYTES = 10 * 1024 * 1024


def _too_many(request, wants_json: bool):
    message = _("Terlalu banyak pemeriksaan. Coba lagi sebentar lagi.")
    if wants_json:
        return JsonResponse({"error": message}, status=429)
    return render(request, "certificates/verify_error.html", {"message": message}, status=429)


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def public_fields(certificate: Certificate) -> dict:
    """What anyone may know about a certificate: never the full NIP, never the score. `status` says whether this
    record stands (valid, expired, revoked, superseded); `current_course_version` and `renewed_by` say whether the
    rules changed since (a course version raised) and whether the holder has renewed."""
    successor = certificate.superseded_by
    renewal = renewed_by(certificate)
    return {
        "status": certificate.status,
        "number": certificate.number,
        "name": certificate.holder_name,
        "nip_masked": certificate.nip_masked,
        "course": certificate.course_title,
        "course_version": certificate.course_version,
        "issued_on": timezone.localdate(certificate.issued_at).isoformat(),
        "expires_on": certificate.expires_on.isoformat() if certificate.expires_on else None,
        "revoked_reason": certificate.revoked_reason if certificate.revoked_at else None,
        "superseded_by": successor.number if successor else None,
        "current_course_version": certificate.course.version,
        "renewed_by": renewal.number if renewal else None,
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
    fields = public_fields(certificate)
    response = (
        JsonResponse(fields)
        if wants_json
        else render(
            request,
            "certificates/verify.html",
            {"certificate": certificate, "fields": fields, "renewal": renewed_by(certificate)},
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
        digest = hashlib.sha256()
        for chunk in pdf_form.cleaned_data["file"].chunks():
            digest.update(chunk)
        certificate = Certificate.objects.filter(sha256=digest.hexdigest()).first()
        if certificate:
            result = {
                "found": True,
                "certificate": certificate,
                "fields": public_fields(certificate),
                "message": _("Berkas ini asli: sama persis dengan sertifikat yang diterbitkan."),
            }
        else:
            allowed(request, "verify_miss")
            message = _("Berkas ini tidak cocok dengan sertifikat mana pun. Bisa jadi telah diubah.")
            result = {"found": False, "message": message}
    status = 404 if result and not result["found"] else 200
    context = {"number_form": number_form, "pdf_form": pdf_form, "result": result}
    return render(request, "certificates/lookup.html", context, status=status)
