from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render

from .models import Certificate
from .selectors import certificates_of


@login_required
def my_certificates(request):
    return render(request, "certificates/my_certificates.html", {"certificates": certificates_of(user=request.user)})


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
