"""The quiz app's Wagtail admin views: item statistics for editors, the attempts listing for HR."""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, StatusFlagColumn
from wagtail.admin.views.reports import ReportView

from employees.selectors import visible_employees_q
from netral.admin import AdminPageView, EmployeeColumn, PermissionRequiredMixin, StreamedExportMixin

from ..models import Attempt, QuizPage
from ..permissions import VIEW_ATTEMPTS, VIEW_STATISTICS
from ..statistics import quiz_statistics
from .filters import AttemptFilterSet


class StatisticsView(AdminPageView):
    permission_required = VIEW_STATISTICS
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
        context.update(
            {"quizzes": quizzes, "quiz": quiz, "questions": questions, "clauses": clauses, "attempt_count": attempts}
        )
        return context


class AttemptReportView(PermissionRequiredMixin, StreamedExportMixin, ReportView):
    permission_required = VIEW_ATTEMPTS
    export_name = "percobaan-kuis"
    text_columns = ("user.nip",)
    page_title = _("Percobaan kuis")
    header_icon = "form"
    index_url_name = "quiz_attempts"
    index_results_url_name = "quiz_attempts_results"
    filterset_class = AttemptFilterSet
    paginate_by = 100
    columns = [
        Column("user.nip", label="NIP", accessor="user.nip"),
        EmployeeColumn("user", label=_("Nama"), accessor="user.get_full_name"),
        Column("unit", label=_("Unit kerja"), accessor="user.work_unit"),
        Column("quiz", label=_("Kuis")),
        Column("number", label=_("Ke")),
        DateColumn("submitted_at", label=_("Dikumpulkan")),
        Column("score", label=_("Nilai")),
        StatusFlagColumn("passed", label=_("Hasil"), true_label=_("Lulus"), false_label=_("Belum lulus")),
    ]
    list_export = [
        "user.nip",
        "user.get_full_name",
        "user.work_unit",
        "quiz",
        "number",
        "submitted_at",
        "score",
        "passed",
        "late",
    ]
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
            Attempt.objects.filter(visible_employees_q(self.request.user), submitted_at__isnull=False)
            .select_related("user__work_unit", "quiz")
            .defer("snapshot", "answers")  # the questions and answers of 100 attempts: not shown, not exported
            .order_by("-submitted_at")
        )
