"""Admin wiring only: the HR completion report, the certificate register, the lifecycle log actions."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, StatusFlagColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from cms.models import CoursePage
from employees.models import User, WorkUnit
from employees.selectors import ALL_UNITS, visible_employees, visible_units

from .exports import StreamedExportMixin
from .models import Assignment
from .permissions import AssignmentPermissionPolicy
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


register_permission_policy(Assignment, AssignmentPermissionPolicy(Assignment))


class AssignmentForm(WagtailAdminModelForm):
    """A unit's HR picks only among their own units, and must pick one (the whole regency is BKD's)."""

    class Meta:
        model = Assignment
        fields = ["course", "work_unit", "employment_type", "due_date"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and not (for_user.is_superuser or for_user.has_perm(ALL_UNITS)):
            self.fields["work_unit"].queryset = visible_units(for_user)
            self.fields["work_unit"].required = True


class AssignmentIndexView(IndexView):
    def get_base_queryset(self):
        actions = ["view", "change", "delete"]
        return self.permission_policy.instances_user_has_any_permission_for(self.request.user, actions)


def _in_unit_scope(view_class):
    """The view, answering 404 for an assignment outside the user's units (Wagtail's generic views check the
    model permission only; ids of other units' assignments must reveal nothing)."""

    class ScopedView(view_class):
        def get_object(self, *args, **kwargs):
            assignment = super().get_object(*args, **kwargs)
            actions = ["view", "change", "delete"]
            if not self.permission_policy.user_has_any_permission_for_instance(self.request.user, actions, assignment):
                raise Http404
            return assignment

    ScopedView.__name__ = ScopedView.__qualname__ = f"Assignment{view_class.__name__}"
    return ScopedView


class AssignmentViewSet(ModelViewSet):
    model = Assignment
    icon = "calendar"
    menu_label = _("Penugasan pelatihan")
    add_to_admin_menu = True
    menu_order = 250
    index_view_class = AssignmentIndexView
    edit_view_class = _in_unit_scope(ModelViewSet.edit_view_class)
    delete_view_class = _in_unit_scope(ModelViewSet.delete_view_class)
    history_view_class = _in_unit_scope(ModelViewSet.history_view_class)
    usage_view_class = _in_unit_scope(ModelViewSet.usage_view_class)
    copy_view_class = _in_unit_scope(ModelViewSet.copy_view_class)
    inspect_view_class = _in_unit_scope(ModelViewSet.inspect_view_class)
    list_display = ["course", "work_unit", "employment_type", "due_date"]

    def get_form_class(self, for_update=False):
        return AssignmentForm


@hooks.register("register_admin_viewset")
def register_assignment_viewset():
    return AssignmentViewSet("assignments", url_prefix="penugasan")


@hooks.register("register_log_actions")
def register_hr_actions(actions):
    from .hr_views import EXPORTED

    actions.register_action(EXPORTED, _("Data HR diekspor"), _("Data HR diekspor"))
