"""Background work of the tracking app. Each task is thin: it calls one service."""

from django_tasks import task

from . import services


@task()
def send_hr_reminders() -> dict:
    """The same as `manage.py hr_reminders`, for a scheduler that enqueues tasks."""
    return services.reminders_send()


@task()
def send_renewal_notices(*, course_id: int, rule_update_id: int) -> dict:
    """The emails that follow a rule update raising a course's version (enqueued once its publication commits)."""
    from cms.models import CoursePage, RuleUpdatePage

    return services.renewal_notices_send(
        course=CoursePage.objects.get(pk=course_id), rule_update=RuleUpdatePage.objects.get(pk=rule_update_id)
    )


@task()
def build_export(*, export_id: int) -> int:
    """An HR export too large for one request, built whole and stored for the officer who asked (tracking/admin/
    exports.py writes the rows with the list view's own columns). Returns the number of rows."""
    from .admin.exports import build

    return build(export_id)
