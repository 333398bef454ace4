"""Reads on certificates and completion."""

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from cms.models import CoursePage
from employees.models import EmploymentType, User

from .models import Certificate


def certificates_of(*, user: User) -> QuerySet[Certificate]:
    return Certificate.objects.filter(user=user).select_related("course", "superseded_by").order_by("-issued_at")


def standing_certificates(*, course: CoursePage) -> QuerySet[Certificate]:
    """Certificates that count today: the course's current version, not revoked, not superseded, not expired."""
    today = timezone.localdate()
    return Certificate.objects.filter(
        course=course, course_version=course.version, revoked_at__isnull=True, superseded_at__isnull=True
    ).filter(Q(expires_on__isnull=True) | Q(expires_on__gte=today))


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
    return employees.annotate(completed=Exists(standing_certificates(course=course).filter(user=OuterRef("pk"))))
