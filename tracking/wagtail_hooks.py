"""Admin registration of the tracking app (registration only: the views are in tracking/admin/)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from netral.admin import PermissionMenuItem

from .admin.assignments import AssignmentViewSet
from .admin.exports import ExportDownloadView, ExportStatusView
from .admin.panels import CompletionHomePanel
from .admin.views import (
    CompletionReportRedirectView,
    DashboardView,
    EmployeeDetailView,
    EmployeeStatusView,
    SiasnExportView,
)
from .models import Assignment
from .permissions import VIEW_COMPLETION, AssignmentPermissionPolicy

register_permission_policy(Assignment, AssignmentPermissionPolicy(Assignment))


@hooks.register("register_admin_urls")
def register_hr_urls():
    return [
        path("hr/", DashboardView.as_view(), name="hr_dashboard"),
        path("hr/pegawai/", EmployeeStatusView.as_view(), name="hr_employees"),
        path("hr/pegawai/results/", EmployeeStatusView.as_view(results_only=True), name="hr_employees_results"),
        path("hr/pegawai/<int:pk>/", EmployeeDetailView.as_view(), name="hr_employee"),
        path("hr/ekspor/<int:pk>/", ExportStatusView.as_view(), name="hr_export"),
        path("hr/ekspor/<int:pk>/unduh/", ExportDownloadView.as_view(), name="hr_export_download"),
        path("hr/siasn.csv", SiasnExportView.as_view(), name="hr_siasn_export"),
        path("penyelesaian/", CompletionReportRedirectView.as_view(), name="completion_report"),
    ]


@hooks.register("register_reports_menu_item")
def register_hr_dashboard_menu_item():
    return PermissionMenuItem(
        _("Dasbor penyelesaian"),
        reverse("hr_dashboard"),
        name="hr-dashboard",
        icon_name="table",
        order=5,
        permission=VIEW_COMPLETION,
    )


@hooks.register("register_reports_menu_item")
def register_hr_employees_menu_item():
    return PermissionMenuItem(
        _("Pegawai per status"),
        reverse("hr_employees"),
        name="hr-employees",
        icon_name="user",
        order=10,
        permission=VIEW_COMPLETION,
    )


@hooks.register("construct_homepage_panels")
def add_completion_panel(request, panels):
    if request.user.has_perm(VIEW_COMPLETION):
        panels.insert(0, CompletionHomePanel(request))


@hooks.register("register_admin_viewset")
def register_assignment_viewset():
    return AssignmentViewSet("assignments", url_prefix="penugasan")
