"""Background work of the content app. Each task is thin: it calls one service."""

from django_tasks import task

from . import services


@task()
def publish_scheduled_pages() -> None:
    """The same as `manage.py publish_scheduled` (cron, every 10 minutes), for a scheduler that enqueues tasks."""
    services.pages_publish_scheduled()
