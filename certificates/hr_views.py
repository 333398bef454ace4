"""HR in the Wagtail admin: the completion dashboard per unit, employees per status, one employee's record, and the
SIASN-shaped export. Every queryset starts from what the viewer may see (employees.selectors)."""

import csv
import datetime

import django_filters
from django.core.exceptions import PermissionDenied
from django.db.models import Q, Sum
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.log_actions import log

from cms.models import CoursePage
from employees.models import GOLONGAN_CHOICES, EmploymentType, WorkUnit
from employees.selectors import visible_employees, visible_units

from .exports import StreamedExportMixin, csv_safe
from .hr import completions_visible, status_filters, unit_summary
from .models import Certificate, Completion

PERMISSION = "certificates.view_completion"
EXPORTED = "netral.hr_exported"
STATUS_LABELS = {
    "completed": _("Selesai"), "in_progress": _("Sedang berjalan"), "not_started": _("Belum mulai"),
    "overdue": _("Terlambat"), "needs_renewal": _("Perlu pembaruan"), "expiring": _("Sertifikat segera habis"),
}  # fmt: skip


class HRPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def selected_course(self) -> CoursePage | None:
        courses = CoursePage.objects.filter(assignments__isnull=False).distinct().order_by("path")
        selected = self.request.GET.get("course", "")
        if selected.isdigit():
            return courses.filter(pk=selected).first()
        return courses.first()


class DashboardView(HRPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    template_name = "certificates/admin/hr_dashboard.html"
    page_title = _("Dasbor penyelesaian")
    header_icon = "table"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        course = self.selected_course()
        parent = None
        unit_id = self.request.GET.get("unit", "")
        if unit_id.isdigit():
            parent = visible_units(self.request.user).filter(pk=unit_id).first()
            if parent is None:
                raise Http404
        rows = unit_summary(self.request.user, course, parent)
        context.update({"course": course, "parent": parent, "rows": rows, "statuses": STATUS_LABELS,
                        "courses": CoursePage.objects.filter(assignments__isnull=False).distinct(),
                        "chart_height": 28 * len(rows) + 10})  # fmt: skip
        return context


class EmployeeStatusFilterSet(WagtailFilterSet):
    q = django_filters.CharFilter(label=_("NIP atau nama"), method="search")
    course = django_filters.ModelChoiceFilter(
        label=_("Pelatihan"), method="keep", queryset=CoursePage.objects.filter(assignments__isnull=False).distinct()
    )
    unit = django_filters.ModelChoiceFilter(label=_("Unit kerja"), queryset=WorkUnit.objects.all(), method="in_unit")
    status = django_filters.ChoiceFilter(label=_("Status"), choices=list(STATUS_LABELS.items()), method="in_status")
    employment_type = django_filters.ChoiceFilter(
        label=_("Status kepegawaian"), field_name="user__employment_type",
        choices=[(EmploymentType.PNS, "PNS"), (EmploymentType.PPPK, "PPPK")],
    )  # fmt: skip
    golongan = django_filters.ChoiceFilter(label=_("Pangkat/golongan"), field_name="user__golongan",
                                           choices=GOLONGAN_CHOICES)  # fmt: skip

    class Meta:
        model = Completion
        fields = ["q", "course", "unit", "status", "employment_type", "golongan"]

    def keep(self, queryset, name, value):
        return queryset  # the view applies the course

    def search(self, queryset, name, value):
        value = value.strip()
        return queryset.filter(Q(user__nip__startswith=value.replace(" ", "")) | Q(user__first_name__icontains=value))

    def in_unit(self, queryset, name, unit):
        return queryset.filter(user__work_unit__path__startswith=unit.path)

    def in_status(self, queryset, name, value):
        return queryset.filter(status_filters(timezone.localdate())[value])


class EmployeeStatusView(HRPermissionMixin, StreamedExportMixin, ReportView):
    page_title = _("Pegawai per status")
    header_icon = "user"
    index_url_name = "hr_employees"
    index_results_url_name = "hr_employees_results"
    filterset_class = EmployeeStatusFilterSet
    paginate_by = 100
    columns = [
        Column("user.nip", label="NIP", accessor="user.nip"),
        Column("name", label=_("Nama"), accessor="user.get_full_name"),
        Column("unit", label=_("Unit kerja"), accessor="user.work_unit"),
        Column("state", label=_("Status"), accessor="get_state_display"),
        DateColumn("due_date", label=_("Batas waktu")),
        Column("certificate", label=_("Sertifikat")),
        Column("needs_renewal", label=_("Perlu pembaruan")),
    ]
    list_export = ["user.nip", "user.get_full_name", "user.work_unit", "user.get_employment_type_display",
                   "user.golongan", "get_state_display", "due_date", "certificate", "needs_renewal"]  # fmt: skip
    export_headings = {"user.nip": "NIP", "user.get_full_name": _("Nama"), "user.work_unit": _("Unit kerja"),
                       "user.get_employment_type_display": _("Status kepegawaian"), "user.golongan": _("Golongan"),
                       "get_state_display": _("Status"), "due_date": _("Batas waktu"), "certificate": _("Sertifikat"),
                       "needs_renewal": _("Perlu pembaruan")}  # fmt: skip

    def get_queryset(self):
        return (
            completions_visible(self.request.user, self.selected_course())
            .select_related("user__work_unit", "certificate")
            .order_by("user__work_unit__path", "user__first_name")
        )

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if request.GET.get("export"):
            log(instance=request.user, action=EXPORTED, user=request.user,
                data={"export": request.GET.get("export"), "filters": request.GET.dict()})  # fmt: skip
        return response


class EmployeeDetailView(HRPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    template_name = "certificates/admin/hr_employee.html"
    header_icon = "user"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        employee = get_object_or_404(visible_employees(self.request.user).select_related("work_unit"),
                                     pk=self.kwargs["pk"])  # fmt: skip
        year = timezone.localdate().year
        certificates = Certificate.objects.filter(user=employee).order_by("-issued_at")
        jp = certificates.filter(issued_at__year=year, revoked_at__isnull=True, superseded_at__isnull=True)
        context.update({
            "employee": employee, "certificates": certificates, "year": year,
            "jp_total": jp.aggregate(total=Sum("jp"))["total"] or 0,
            "completions": Completion.objects.filter(user=employee).select_related("course", "certificate"),
            "attempts": employee.attempts.select_related("quiz").order_by("-started_at"),  # reverse relation
            "page_title": employee.get_full_name(),
        })  # fmt: skip
        return context

    def get_page_title(self):
        return _("Pegawai")


SIASN_COLUMNS = ["nip", "namaKursus", "jumlahJam", "nomorSertipikat", "tanggalKursus", "tanggalSelesaiKursus",
                 "tahunKursus", "institusiPenyelenggara"]  # fmt: skip


class _Echo:
    def write(self, value):
        return value


def siasn_export(request):
    """Training history shaped like SIASN's `riwayat kursus` (jumlahJam, nomorSertipikat ...), streamed: memory stays
    flat however many rows. One row per standing certificate the viewer may see."""
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    from django.conf import settings

    certificates = (
        Certificate.objects.filter(
            user__in=visible_employees(request.user), revoked_at__isnull=True, superseded_at__isnull=True
        )  # fmt: skip
        .order_by("pk")
        .values_list("holder_nip", "course_title", "jp", "number", "issued_at")
    )
    writer = csv.writer(_Echo())

    def rows():
        yield writer.writerow(SIASN_COLUMNS)
        for nip, title, jp, number, issued_at in certificates.iterator(chunk_size=2000):
            day: datetime.date = timezone.localdate(issued_at)
            yield writer.writerow(map(csv_safe, [nip, title, jp, number, day.strftime("%d-%m-%Y"),
                                                 day.strftime("%d-%m-%Y"), day.year,
                                                 settings.NETRAL_ISSUER_NAME]))  # fmt: skip

    log(instance=request.user, action=EXPORTED, user=request.user, data={"export": "siasn"})
    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="riwayat-kursus-siasn.csv"'
    return response
