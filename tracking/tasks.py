"""Background work of the tracking app. Each task is thin: it calls one service."""

from django_tasks import task

from . import services


@task()
def send_hr_reminders() -> dict:
    """The same as `manage.py hr_reminders`, for a scheduler that enqueues tasks."""
    return services.reminders_send()
