"""Admin registration of the quiz app (registration only: the views are in quizzes/admin/): item statistics for
editors, the attempts listing for HR, the pledge text as a snippet."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from netral.admin import PermissionMenuItem

from .admin.snippets import PledgeViewSet
from .admin.views import AttemptReportView, StatisticsView, warn_about_item_writing_flaws
from .permissions import VIEW_ATTEMPTS, VIEW_STATISTICS

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
    return PermissionMenuItem(
        _("Statistik soal"),
        reverse("quiz_statistics"),
        name="quiz-statistics",
        icon_name="table",
        order=20,
        permission=VIEW_STATISTICS,
    )


@hooks.register("register_reports_menu_item")
def register_attempts_menu_item():
    return PermissionMenuItem(
        _("Percobaan kuis"),
        reverse("quiz_attempts"),
        name="quiz-attempts",
        icon_name="form",
        order=30,
        permission=VIEW_ATTEMPTS,
    )


hooks.register("after_create_page", warn_about_item_writing_flaws)
hooks.register("after_edit_page", warn_about_item_writing_flaws)
