from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, render

from . import badges
from .models import Certificate
from .selectors import certificates_of
from .verification import stored_signature


@login_required
def my_certificates(request):
    certificates = certificates_of(user=request.user)
    for certificate in certificates:
        certificate.signature_report = stored_signature(certificate)
    context = {"certificates": certificates, "badges_enabled": badges.badges_enabled()}
    return render(request, "certificates/my_certificates.html", context)


@login_required
def download(request, pk: int):
    # Only the holder downloads their certificate; anyone else gets a 404, not a 403, so ids leak nothing.
    certificate = get_object_or_404(Certificate, pk=pk, user=request.user)
    if not certificate.pdf:
        raise Http404
    filename = f"sertifikat-{certificate.number.replace('/', '-')}.pdf"
    return FileResponse(
        certificate.pdf.open("rb"), as_attachment=True, filename=filename, content_type="application/pdf"
    )


@login_required
def download_badge(request, pk: int):
    """The holder's Open Badges 3.0 credential, signed (VC-JWT), to import into a wallet or a backpack."""
    certificate = get_object_or_404(Certificate, pk=pk, user=request.user)
    if not badges.badges_enabled():
        raise Http404
    # The holder's own copy carries the identity hash's secret salt (docs/privacy.md); the public one does not.
    response = HttpResponse(badges.credential_jwt(certificate, for_holder=True), content_type="application/jwt")
    filename = f"openbadges-{certificate.number.replace('/', '-')}.jwt"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
