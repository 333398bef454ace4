"""Admin wiring only: the HR completion report, the certificate register, the lifecycle log actions."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, StatusFlagColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.model import ModelViewSet

from cms.models import CoursePage
from employees.models import User, WorkUnit
from employees.selectors import visible_employees

from .exports import StreamedExportMixin
from .models import Assignment
from .selectors import employees_with_completion

PERMISSION = "certificates.view_completion"


class CompletionFilterSet(WagtailFilterSet):
    # The course decides what "completed" means; the view reads it (see CompletionReportView.course).
    course = django_filters.ModelChoiceFilter(
        label=_("Pelatihan"), queryset=CoursePage.objects.live(), method=lambda queryset, name, value: queryset,
        empty_label=None,
    )  # fmt: skip
    work_unit = django_filters.ModelChoiceFilter(label=_("Unit kerja"), queryset=WorkUnit.objects.all())
    completed = django_filters.BooleanFilter(label=_("Sudah selesai"))

    class Meta:
        model = User
        fields = ["course", "work_unit", "employment_type", "completed"]


class CompletionReportView(StreamedExportMixin, ReportView):
    page_title = _("Penyelesaian pelatihan")
    header_icon = "tasks"
    index_url_name = "completion_report"
    index_results_url_name = "completion_report_results"
    filterset_class = CompletionFilterSet
    paginate_by = 100
    columns = [
        Column("nip", label="NIP"),
        Column("get_full_name", label=_("Nama")),
        Column("work_unit", label=_("Unit kerja")),
        Column("get_employment_type_display", label=_("Status kepegawaian")),
        StatusFlagColumn("completed", label=_("Penyelesaian"), true_label=_("Selesai"), false_label=_("Belum")),
    ]
    list_export = ["nip", "get_full_name", "work_unit", "get_employment_type_display", "completed"]
    export_headings = {
        "nip": "NIP",
        "get_full_name": _("Nama"),
        "work_unit": _("Unit kerja"),
        "get_employment_type_display": _("Status kepegawaian"),
        "completed": _("Selesai"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @property
    def course(self) -> CoursePage | None:
        courses = CoursePage.objects.live()
        selected = self.request.GET.get("course")
        if selected and selected.isdigit():
            return courses.filter(pk=selected).first()
        return courses.order_by("path").first()

    def get_queryset(self):
        visible = visible_employees(self.request.user).values("pk")
        return employees_with_completion(course=self.course).filter(pk__in=visible)


class CompletionMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_urls")
def register_completion_urls():
    return [
        path("penyelesaian/", CompletionReportView.as_view(), name="completion_report"),
        path(
            "penyelesaian/results/",
            CompletionReportView.as_view(results_only=True),
            name="completion_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_completion_menu_item():
    return CompletionMenuItem(
        _("Penyelesaian pelatihan"), reverse("completion_report"), name="completion", icon_name="tasks", order=10
    )


@hooks.register("register_admin_urls")
def register_certificate_urls():
    from .admin_views import CertificateDetailView, CertificateRegisterView, CertificateZipView

    return [
        path("sertifikat/", CertificateRegisterView.as_view(), name="certificate_register"),
        path("sertifikat/results/", CertificateRegisterView.as_view(results_only=True),
             name="certificate_register_results"),
        path("sertifikat/zip/", CertificateZipView.as_view(), name="certificate_zip"),
        path("sertifikat/<int:pk>/", CertificateDetailView.as_view(), name="certificate_detail"),
    ]  # fmt: skip


class CertificateMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("certificates.view_certificate")


@hooks.register("register_reports_menu_item")
def register_certificate_menu_item():
    return CertificateMenuItem(_("Register sertifikat"), reverse("certificate_register"), name="certificates",
                               icon_name="doc-full", order=15)  # fmt: skip


@hooks.register("register_log_actions")
def register_certificate_actions(actions):
    from .services import REISSUED, REVOKED

    actions.register_action(REVOKED, _("Sertifikat dicabut"), _("Sertifikat dicabut"))
    actions.register_action(REISSUED, _("Sertifikat diterbitkan ulang"), _("Sertifikat diterbitkan ulang"))


@hooks.register("register_admin_urls")
def register_hr_urls():
    from .hr_views import DashboardView, EmployeeDetailView, EmployeeStatusView, siasn_export

    return [
        path("hr/", DashboardView.as_view(), name="hr_dashboard"),
        path("hr/pegawai/", EmployeeStatusView.as_view(), name="hr_employees"),
        path("hr/pegawai/results/", EmployeeStatusView.as_view(results_only=True), name="hr_employees_results"),
        path("hr/pegawai/<int:pk>/", EmployeeDetailView.as_view(), name="hr_employee"),
        path("hr/siasn.csv", siasn_export, name="hr_siasn_export"),
    ]


@hooks.register("register_reports_menu_item")
def register_hr_dashboard_menu_item():
    return CompletionMenuItem(_("Dasbor penyelesaian"), reverse("hr_dashboard"), name="hr-dashboard",
                              icon_name="table", order=5)  # fmt: skip


class AssignmentViewSet(ModelViewSet):
    model = Assignment
    icon = "calendar"
    menu_label = _("Penugasan pelatihan")
    add_to_admin_menu = True
    menu_order = 250
    form_fields = ["course", "work_unit", "employment_type", "due_date"]
    list_display = ["course", "work_unit", "employment_type", "due_date"]


@hooks.register("register_admin_viewset")
def register_assignment_viewset():
    return AssignmentViewSet("assignments", url_prefix="penugasan")


@hooks.register("register_log_actions")
def register_hr_actions(actions):
    from .hr_views import EXPORTED

    actions.register_action(EXPORTED, _("Data HR diekspor"), _("Data HR diekspor"))
