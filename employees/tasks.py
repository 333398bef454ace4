"""Background work of the employees app. Each task is thin: it loads its objects and calls one service."""

from django_tasks import task

from . import services
from .models import User


@task()
def send_activation_emails(*, user_ids: list[int], base_url: str) -> int:
    """The activation emails of a roster import's new employees (a regency's import may create thousands: the
    upload's request must not wait for the mail server). Returns how many were sent."""
    return sum(services.send_activation(user, base_url=base_url) for user in User.objects.filter(pk__in=user_ids))
