"""Admin wiring of the quiz app: item statistics for editors, the attempts listing for HR, the pledge text."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, StatusFlagColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from certificates.exports import StreamedExportMixin
from employees.models import WorkUnit
from employees.selectors import visible_employees

from .models import Attempt, PledgeText, QuizPage
from .statistics import quiz_statistics

STATISTICS_PERMISSION = "quizzes.view_quiz_statistics"
ATTEMPTS_PERMISSION = "quizzes.view_attempt"


class PermissionRequiredMixin:
    permission = ""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class StatisticsView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    permission = STATISTICS_PERMISSION
    template_name = "quizzes/admin/statistics.html"
    page_title = _("Statistik soal")
    header_icon = "table"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        quizzes = QuizPage.objects.order_by("path")
        selected = self.kwargs.get("quiz_id") or self.request.GET.get("quiz", "")
        selected = int(selected) if str(selected).isdigit() else None
        quiz = get_object_or_404(quizzes, pk=selected) if selected else quizzes.first()
        questions, clauses, attempts = quiz_statistics(quiz) if quiz else ([], [], 0)
        context.update({"quizzes": quizzes, "quiz": quiz, "questions": questions, "clauses": clauses,
                        "attempt_count": attempts})  # fmt: skip
        return context


class AttemptFilterSet(WagtailFilterSet):
    quiz = django_filters.ModelChoiceFilter(label=_("Kuis"), queryset=QuizPage.objects.all())
    work_unit = django_filters.ModelChoiceFilter(
        label=_("Unit kerja"), field_name="user__work_unit", queryset=WorkUnit.objects.all()
    )
    passed = django_filters.BooleanFilter(label=_("Lulus"))
    submitted_at = django_filters.DateFromToRangeFilter(label=_("Tanggal dikumpulkan"), widget=DateRangePickerWidget)

    class Meta:
        model = Attempt
        fields = ["quiz", "work_unit", "passed", "submitted_at"]


class AttemptReportView(PermissionRequiredMixin, StreamedExportMixin, ReportView):
    permission = ATTEMPTS_PERMISSION
    page_title = _("Percobaan kuis")
    header_icon = "form"
    index_url_name = "quiz_attempts"
    index_results_url_name = "quiz_attempts_results"
    filterset_class = AttemptFilterSet
    paginate_by = 100
    columns = [
        Column("user.nip", label="NIP", accessor="user.nip"),
        Column("user", label=_("Nama"), accessor="user.get_full_name"),
        Column("unit", label=_("Unit kerja"), accessor="user.work_unit"),
        Column("quiz", label=_("Kuis")),
        Column("number", label=_("Ke")),
        DateColumn("submitted_at", label=_("Dikumpulkan")),
        Column("score", label=_("Nilai")),
        StatusFlagColumn("passed", label=_("Hasil"), true_label=_("Lulus"), false_label=_("Belum lulus")),
    ]
    list_export = ["user.nip", "user.get_full_name", "user.work_unit", "quiz", "number", "submitted_at", "score",
                   "passed", "late"]  # fmt: skip
    export_headings = {
        "user.nip": "NIP",
        "user.get_full_name": _("Nama"),
        "user.work_unit": _("Unit kerja"),
        "quiz": _("Kuis"),
        "number": _("Percobaan ke"),
        "submitted_at": _("Dikumpulkan"),
        "score": _("Nilai"),
        "passed": _("Lulus"),
        "late": _("Terlambat"),
    }

    def get_queryset(self):
        return (
            Attempt.objects.filter(submitted_at__isnull=False, user__in=visible_employees(self.request.user))
            .select_related("user__work_unit", "quiz")
            .order_by("-submitted_at")
        )


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        self.permission = permission
        super().__init__(*args, **kwargs)

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class PledgeViewSet(SnippetViewSet):
    model = PledgeText
    icon = "doc-full"
    menu_label = _("Pakta integritas")
    add_to_admin_menu = False


register_snippet(PledgeViewSet)


@hooks.register("register_admin_urls")
def register_quiz_admin_urls():
    return [
        path("kuis/statistik/", StatisticsView.as_view(), name="quiz_statistics"),
        path("kuis/statistik/<int:quiz_id>/", StatisticsView.as_view(), name="quiz_statistics_for"),
        path("kuis/percobaan/", AttemptReportView.as_view(), name="quiz_attempts"),
        path("kuis/percobaan/results/", AttemptReportView.as_view(results_only=True), name="quiz_attempts_results"),
    ]


@hooks.register("register_reports_menu_item")
def register_statistics_menu_item():
    return PermissionMenuItem(_("Statistik soal"), reverse("quiz_statistics"), name="quiz-statistics",
                              icon_name="table", order=20, permission=STATISTICS_PERMISSION)  # fmt: skip


@hooks.register("register_reports_menu_item")
def register_attempts_menu_item():
    return PermissionMenuItem(_("Percobaan kuis"), reverse("quiz_attempts"), name="quiz-attempts", icon_name="form",
                              order=30, permission=ATTEMPTS_PERMISSION)  # fmt: skip
