"""Background work of the quiz app. Each task is thin: it calls one service."""

from django_tasks import task

from . import services


@task()
def finish_expired_attempts() -> int:
    """Grade attempts left open past their time limit (run it every few minutes from a scheduler, or by cron
    through `manage.py quizzes_finish_expired`)."""
    return services.attempts_finish_expired()
