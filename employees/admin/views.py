"""Roster upload in the Wagtail admin: upload, see every row's outcome (dry run), then apply all or nothing."""

import secrets

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, View

from netral.admin import AdminPageView, PermissionRequiredMixin

from ..permissions import IMPORT_ROSTER
from ..roster import RosterFileError, max_bytes, read_rows, roster_plan, too_large_message
from ..selectors import units_in_tree_order
from ..services import roster_apply
from ..tasks import send_activation_emails
from .forms import RosterForm
from .roster_template import roster_template

PENDING_SECONDS = 30 * 60


class RosterImportView(AdminPageView, FormView):
    permission_required = IMPORT_ROSTER
    template_name = "employees/admin/roster_import.html"
    form_class = RosterForm
    page_title = gettext_lazy("Impor daftar pegawai")
    header_icon = "upload"

    def post(self, request, *args, **kwargs):
        if "apply" in request.POST:
            return self.apply(request.POST.get("token", ""))
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        if upload.size > max_bytes():  # before anything is read into memory
            form.add_error("file", too_large_message())
            return self.form_invalid(form)
        try:
            rows = read_rows(upload.read(), upload.name)
        except RosterFileError as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        plan = roster_plan(rows)
        token = ""
        if plan.ok:
            token = secrets.token_urlsafe(16)
            cache.set(
                f"netral:roster:{self.request.user.pk}:{token}",
                {"rows": rows, "filename": upload.name, "deactivate": form.cleaned_data["deactivate_missing"]},
                PENDING_SECONDS,
            )
        deactivate = form.cleaned_data["deactivate_missing"]
        context = self.get_context_data(form=form, plan=plan, token=token, deactivate=deactivate)
        return self.render_to_response(context)

    def apply(self, token: str):
        key = f"netral:roster:{self.request.user.pk}:{token}"
        pending = cache.get(key)
        if not pending:
            messages.error(self.request, _("Pratinjau sudah kedaluwarsa; unggah berkasnya lagi."))
            return redirect("roster_import")
        plan = roster_plan(pending["rows"])  # checked again: the database may have changed since the preview
        if not plan.ok:
            messages.error(self.request, _("Data berubah sejak pratinjau dan kini ada galat; periksa lagi."))
            return redirect("roster_import")
        result = roster_apply(
            plan, filename=pending["filename"], by=self.request.user, deactivate_missing=pending["deactivate"]
        )
        cache.delete(key)
        sent = sum(1 for user in result.created if user.email)
        send_activation_emails.enqueue(
            user_ids=[user.pk for user in result.created], base_url=settings.NETRAL_PUBLIC_BASE_URL
        )
        messages.success(
            self.request,
            _(
                "Impor selesai: %(new)s baru, %(updated)s diperbarui, %(unchanged)s tetap, "
                "%(deactivated)s dinonaktifkan; %(sent)s email aktivasi dikirim."
            )
            % {
                "new": len(result.created),
                "updated": result.updated,
                "unchanged": result.unchanged,
                "deactivated": result.deactivated,
                "sent": sent,
            },
        )
        return redirect("roster_import")


class RosterTemplateView(PermissionRequiredMixin, View):
    """The roster template: the columns, an example row and the unit codes."""

    permission_required = IMPORT_ROSTER

    def get(self, request):
        response = HttpResponse(
            roster_template(list(units_in_tree_order())),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = 'attachment; filename="templat-daftar-pegawai.xlsx"'
        return response
