"""Staff views of issued certificates in the Wagtail admin: the register (filter, export, ZIP), and one
certificate's record with its history, revocation and re-issue. Every change is logged (Wagtail's audit log)."""

import io
import zipfile

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import ModelLogEntry

from netral.admin import AdminPageView, EmployeeColumn, PermissionRequiredMixin, StreamedExportMixin

from .. import services
from ..permissions import CHANGE_CERTIFICATES as CHANGE
from ..permissions import VIEW_CERTIFICATES as VIEW
from ..selectors import certificates_visible, renewed_by
from ..verification import stored_signature
from .filters import CertificateFilterSet
from .forms import ReissueForm, RevokeForm


class CertificateRegisterView(PermissionRequiredMixin, StreamedExportMixin, ReportView):
    permission_required = VIEW
    page_title = gettext_lazy("Register sertifikat")
    export_name = "sertifikat"
    text_columns = ("holder_nip",)
    header_icon = "doc-full"
    index_url_name = "certificate_register"
    index_results_url_name = "certificate_register_results"
    filterset_class = CertificateFilterSet
    paginate_by = 100
    results_template_name = "certificates/admin/register_results.html"
    columns = [
        TitleColumn("number", label=gettext_lazy("Nomor"), url_name="certificate_detail"),
        Column("holder_nip", label="NIP"),
        EmployeeColumn("holder_name", label=gettext_lazy("Nama")),
        Column("holder_unit", label=gettext_lazy("Unit kerja")),
        Column("course_title", label=gettext_lazy("Pelatihan")),
        Column("course_version", label=gettext_lazy("Versi")),
        DateColumn("issued_at", label=gettext_lazy("Diterbitkan")),
        Column("get_status_display", label=gettext_lazy("Status")),
        Column("signature_display", label=gettext_lazy("Tanda tangan elektronik")),
    ]
    list_export = [
        "number",
        "holder_nip",
        "holder_name",
        "holder_unit",
        "course_title",
        "course_version",
        "issued_at",
        "expires_on",
        "get_status_display",
        "revoked_reason",
    ]
    export_headings = {
        "number": gettext_lazy("Nomor"),
        "holder_nip": "NIP",
        "holder_name": gettext_lazy("Nama"),
        "holder_unit": gettext_lazy("Unit kerja"),
        "course_title": gettext_lazy("Pelatihan"),
        "course_version": gettext_lazy("Versi"),
        "issued_at": gettext_lazy("Diterbitkan"),
        "expires_on": gettext_lazy("Berlaku sampai"),
        "get_status_display": gettext_lazy("Status"),
        "revoked_reason": gettext_lazy("Alasan pencabutan"),
    }

    def get_queryset(self):
        return certificates_visible(self.request.user).select_related("user__work_unit").order_by("-issued_at")


class CertificateZipView(CertificateRegisterView):
    """The register's current filter as one ZIP of the stored PDFs (as issued, byte for byte)."""

    def get(self, request, *args, **kwargs):
        queryset = self.filter_queryset(self.get_queryset())
        if isinstance(queryset, tuple):  # some Wagtail versions return (filters, queryset)
            queryset = queryset[-1]
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for certificate in queryset:
                if certificate.pdf:
                    with certificate.pdf.open("rb") as pdf:
                        archive.writestr(f"{certificate.number.replace('/', '-')}.pdf", pdf.read())
        response = HttpResponse(buffer.getvalue(), content_type="application/zip")
        response["Content-Disposition"] = 'attachment; filename="sertifikat.zip"'
        return response


class CertificateDetailView(AdminPageView):
    permission_required = VIEW
    template_name = "certificates/admin/detail.html"
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if request.user.has_perm(VIEW):
            self.certificate = get_object_or_404(certificates_visible(request.user), pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Sertifikat %(number)s") % {"number": self.certificate.number}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "certificate": self.certificate,
                "can_change": self.request.user.has_perm(CHANGE),
                "revoke_form": kwargs.get("revoke_form") or RevokeForm(),
                "reissue_form": kwargs.get("reissue_form") or ReissueForm(),
                "history": ModelLogEntry.objects.for_instance(self.certificate).select_related("user"),
                "renewal": renewed_by(self.certificate),
                "report": stored_signature(self.certificate),
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        if not request.user.has_perm(CHANGE):
            raise PermissionDenied
        certificate = self.certificate
        if request.POST.get("action") == "revoke":
            form = RevokeForm(request.POST)
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(revoke_form=form))
            services.certificate_revoke(certificate=certificate, by=request.user, reason=form.cleaned_data["reason"])
            messages.success(request, _("Sertifikat %(number)s dicabut.") % {"number": certificate.number})
        elif request.POST.get("action") == "reissue":
            form = ReissueForm(request.POST)
            if not form.is_valid() or certificate.superseded_at or certificate.revoked_at:
                return self.render_to_response(self.get_context_data(reissue_form=form))
            new = services.certificate_reissue(
                certificate=certificate, by=request.user, reason=form.cleaned_data["reason"]
            )
            messages.success(request, _("Diterbitkan ulang sebagai %(number)s.") % {"number": new.number})
            return redirect("certificate_detail", new.pk)
        return redirect("certificate_detail", certificate.pk)
