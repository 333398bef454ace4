"""Reads on certificates and completion."""

from django.db.models import Exists, OuterRef, QuerySet

from cms.models import CoursePage
from employees.models import EmploymentType, User

from .models import Certificate


def certificates_of(*, user: User) -> QuerySet[Certificate]:
    return Certificate.objects.filter(user=user).order_by("-issued_at")


def employees_with_completion(*, course: CoursePage | None) -> QuerySet[User]:
    """Every active ASN with `completed` = holds a certificate for the course's current version."""
    employees = (
        User.objects.filter(is_active=True)
        .exclude(employment_type=EmploymentType.NON_ASN)
        .select_related("work_unit")
        .order_by("work_unit__path", "first_name")
    )
    if course is None:
        return employees.none()
    return employees.annotate(
        completed=Exists(Certificate.objects.filter(user=OuterRef("pk"), course=course, course_version=course.version))
    )
