"""HR exports too large for one request: built by the task worker with the employee list's own columns and filters,
then downloaded by the officer who asked, whole (with its length), from a page that says when it is ready."""

import tempfile

from django.core.files import File
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.test import RequestFactory
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import View

from netral.admin import AdminPageView, PermissionRequiredMixin

from .. import services
from ..models import ExportFile
from ..permissions import VIEW_COMPLETION


def build(export_id: int) -> int:
    """Write the export to a temporary file exactly as the list would have streamed it, then store it whole."""
    from .views import EmployeeStatusView

    export = ExportFile.objects.select_related("requested_by").get(pk=export_id)
    request = RequestFactory().get(f"{reverse('hr_employees')}?{export.query}")
    request.user = export.requested_by
    view = EmployeeStatusView()
    view.setup(request)
    queryset = view.export_queryset()
    try:
        rows = queryset.count()
        with tempfile.TemporaryFile() as output:
            if request.GET.get("export") == view.FORMAT_XLSX:
                view.write_xlsx(queryset, output)
            else:
                for line in view.stream_csv(queryset):
                    output.write(line.encode("utf-8") if isinstance(line, str) else line)
            output.seek(0)
            services.export_finish(export=export, content=File(output), rows=rows)
    except BaseException:
        services.export_failed(export=export)
        raise
    return rows


def own_export(request, pk: int) -> ExportFile:
    """Only the officer who asked sees or downloads an export (anyone else: 404, ids reveal nothing)."""
    return get_object_or_404(ExportFile, pk=pk, requested_by=request.user)


class ExportStatusView(AdminPageView):
    permission_required = VIEW_COMPLETION
    template_name = "tracking/admin/export.html"
    page_title = _("Berkas ekspor")
    header_icon = "download"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["export"] = own_export(self.request, self.kwargs["pk"])
        return context


class ExportDownloadView(PermissionRequiredMixin, View):
    permission_required = VIEW_COMPLETION

    def get(self, request, pk: int):
        export = own_export(request, pk)
        if export.state != ExportFile.State.READY or not export.file:
            raise Http404
        return FileResponse(export.file.open("rb"), as_attachment=True, filename=export.filename)
