"""HR in the Wagtail admin: the completion dashboard per unit, employees per status, one employee's record and the
SIASN-shaped export. Every read goes through tracking.selectors, which start from what the viewer may see."""

import csv
import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.views.mixins import Echo
from wagtail.admin.views.reports import ReportView

from employees.models import WorkUnit
from employees.selectors import visible_units
from netral.admin import (
    AdminPageView,
    CalendarDateColumn,
    EmployeeColumn,
    PermissionRequiredMixin,
    StreamedExportMixin,
    csv_safe,
    log_export,
)

from ..permissions import VIEW_COMPLETION
from ..selectors import (
    assigned_courses,
    completion_rows,
    course_or_first,
    employee_record,
    siasn_rows,
    summary_total,
    unit_summary,
)
from .filters import STATUS_LABELS, EmployeeStatusFilterSet


class DashboardView(AdminPageView):
    permission_required = VIEW_COMPLETION
    template_name = "tracking/admin/dashboard.html"
    page_title = _("Dasbor penyelesaian")
    header_icon = "table"

    @cached_property
    def courses(self):
        return list(assigned_courses())

    @cached_property
    def course(self):
        """The assigned course asked for, else the first (read from the one list of assigned courses)."""
        wanted = self.request.GET.get("course", "")
        if wanted.isdigit():
            return next((course for course in self.courses if course.pk == int(wanted)), None)
        return self.courses[0] if self.courses else None

    @cached_property
    def parent(self):
        unit_id = self.request.GET.get("unit", "")
        if not unit_id.isdigit():
            return None
        parent = visible_units(self.request.user).filter(pk=unit_id).first()
        if parent is None:
            raise Http404
        return parent

    def get_breadcrumbs_items(self):
        """Admin home › Dasbor penyelesaian › each unit above the one drilled into (those the viewer sees) › it."""
        if self.parent is None:
            return super().get_breadcrumbs_items()
        course = f"?course={self.course.pk}" if self.course else "?"
        items = [*self.breadcrumbs_items, {"url": reverse("hr_dashboard") + course, "label": self.get_page_title()}]
        steplen, path = WorkUnit.steplen, self.parent.path
        above = [path[:end] for end in range(steplen, len(path), steplen)]
        for unit in visible_units(self.request.user).filter(path__in=above).order_by("path") if above else []:
            items.append({"url": f"{reverse('hr_dashboard')}{course}&unit={unit.pk}", "label": unit.name})
        return [*items, {"url": "", "label": self.parent.name}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        course, parent = self.course, self.parent
        rows = unit_summary(self.request.user, course, parent)
        total = summary_total(rows)
        rows = [row for row in rows if not row["is_parent"]]  # the parent of a drill-down is the total row
        context.update(
            {
                "course": course,
                "parent": parent,
                "rows": rows,
                "total": total,
                "statuses": STATUS_LABELS,
                "courses": self.courses,
                "chart_height": 28 * len(rows) + 10,
                "refresh_minutes": -(-settings.NETRAL_HR_DASHBOARD_CACHE_SECONDS // 60),
            }
        )
        return context


def is_done(row) -> bool:
    return row.status in ("completed", "renewal")


class EmployeeStatusView(PermissionRequiredMixin, StreamedExportMixin, ReportView):
    permission_required = VIEW_COMPLETION
    page_title = _("Pegawai per status")
    export_name = "penyelesaian"
    text_columns = ("user.nip",)
    export_only = (
        *("due_date", "state", "renewal_due_date", "user", "certificate", "user__work_unit", "certificate__number"),
        *("user__nip", "user__first_name", "user__last_name", "user__title_prefix", "user__title_suffix"),
        *("user__employment_type", "user__golongan", "user__is_active", "user__work_unit__name"),
    )
    header_icon = "user"
    index_url_name = "hr_employees"
    index_results_url_name = "hr_employees_results"
    filterset_class = EmployeeStatusFilterSet
    paginate_by = 100
    columns = [
        EmployeeColumn("name", label=_("Nama"), accessor="user.get_full_name"),
        Column("user.nip", label="NIP", accessor="user.nip"),
        Column("unit", label=_("Unit kerja"), accessor="user.work_unit"),
        StatusTagColumn("status", label=_("Status"), accessor="get_status_display", primary=is_done),
        CalendarDateColumn("due_date", label=_("Batas waktu")),
        CalendarDateColumn("renewal_due_date", label=_("Batas pembaruan")),
        Column("certificate", label=_("Sertifikat")),
    ]
    list_export = [
        "user.nip",
        "user.get_full_name",
        "user.work_unit",
        "user.get_employment_type_display",
        "user.golongan",
        "get_status_display",
        "due_date",
        "renewal_due_date",
        "certificate",
    ]
    export_headings = {
        "user.nip": "NIP",
        "user.get_full_name": _("Nama"),
        "user.work_unit": _("Unit kerja"),
        "user.get_employment_type_display": _("Status kepegawaian"),
        "user.golongan": _("Golongan"),
        "get_status_display": _("Status"),
        "due_date": _("Batas waktu"),
        "renewal_due_date": _("Batas pembaruan"),
        "certificate": _("Sertifikat"),
    }

    @cached_property
    def course(self):
        return course_or_first(self.request.GET.get("course"))

    def get_queryset(self):
        return completion_rows(self.request.user, self.course)

    def export_filename_details(self) -> list[str]:
        """penyelesaian-<course>-<unit or semua-unit>-<status>-<date>."""
        course = self.course
        unit_id = self.request.GET.get("unit", "")
        unit = visible_units(self.request.user).filter(pk=unit_id).first() if unit_id.isdigit() else None
        status = self.request.GET.get("status", "")
        return [course.slug if course else "", unit.code if unit else "semua-unit", status]


class EmployeeDetailView(AdminPageView):
    permission_required = VIEW_COMPLETION
    template_name = "tracking/admin/employee.html"
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        if request.user.has_perm(VIEW_COMPLETION):
            self.record = employee_record(request.user, kwargs["pk"])
            if self.record is None:
                raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Pegawai")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(self.record)
        context["page_title"] = self.record["employee"].get_full_name()
        return context


SIASN_COLUMNS = [
    "nip",
    "namaKursus",
    "jumlahJam",
    "nomorSertipikat",
    "tanggalKursus",
    "tanggalSelesaiKursus",
    "tahunKursus",
    "institusiPenyelenggara",
]


class SiasnExportView(PermissionRequiredMixin, View):
    """Training history shaped like SIASN's `riwayat kursus` (jumlahJam, nomorSertipikat ...), streamed: memory
    stays flat however many rows. One row per current certificate the viewer may see."""

    permission_required = VIEW_COMPLETION

    def get(self, request):
        writer = csv.writer(Echo())
        issuer = settings.NETRAL_ISSUER_NAME
        history = request.GET.get("riwayat") == "lengkap"  # every certificate, superseded and revoked included

        def rows():
            yield writer.writerow(SIASN_COLUMNS)
            for nip, title, jp, number, issued_at in siasn_rows(request.user, history=history):
                day: datetime.date = timezone.localdate(issued_at)
                date = day.strftime("%d-%m-%Y")
                yield writer.writerow(map(csv_safe, [nip, title, jp, number, date, date, day.year, issuer]))

        log_export(request, "siasn", history=history)
        response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="riwayat-kursus-siasn.csv"'
        return response


class CompletionReportRedirectView(PermissionRequiredMixin, View):
    """The former "Penyelesaian pelatihan" report (it counted certificates, the dashboard counted completion rows):
    its address now opens the employee list, the one definition of completed."""

    permission_required = VIEW_COMPLETION

    def get(self, request):
        query = {"course": request.GET["course"]} if request.GET.get("course", "").isdigit() else {}
        return redirect(f"{reverse('hr_employees')}?{urlencode(query)}" if query else reverse("hr_employees"))
