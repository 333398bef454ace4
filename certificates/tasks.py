"""Background work. Each task is thin: it loads its objects and calls one service."""

from decimal import Decimal

from django_tasks import task

from cms.models import CoursePage
from employees.models import User

from . import services


@task()
def issue_certificate(*, user_id: int, course_id: int, score: str) -> str:
    certificate = services.certificate_issue(
        user=User.objects.select_related("work_unit").get(pk=user_id),  # the certificate prints the unit
        course=CoursePage.objects.get(pk=course_id),
        score=Decimal(score),
    )
    return certificate.number
