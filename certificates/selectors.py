"""Reads on certificates. The one definition of a *current* certificate (not revoked, not superseded) and of a
*standing* one (current and not expired), whatever version of the course it attests."""

import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone

from cms.models import CoursePage
from employees.models import User, WorkUnit
from employees.selectors import visible_employees_q

from .models import Certificate


def certificates_of(*, user: User) -> list[Certificate]:
    """The learner's certificates, newest first, each with `renewed_by` (the newer version's certificate that renewed
    it, or None) and `renewal_needed` (valid, for an older course version, and not renewed yet)."""
    certificates = list(
        Certificate.objects.filter(user=user).select_related("course", "superseded_by").order_by("-issued_at")
    )
    for certificate in certificates:
        certificate.renewed_by = _newer_version(certificate, certificates)
        certificate.renewal_needed = certificate.needs_renewal and certificate.renewed_by is None
    return certificates


def _newer_version(certificate: Certificate, candidates) -> Certificate | None:
    newer = [
        other
        for other in candidates
        if other.course_id == certificate.course_id
        and other.course_version > certificate.course_version
        and other.revoked_at is None
        and other.superseded_at is None
    ]
    return max(newer, key=lambda other: (other.course_version, other.issued_at), default=None)


def renewed_by(certificate: Certificate) -> Certificate | None:
    """The current certificate of a newer course version that the same holder earned after this one, if any."""
    newer = current_certificates().filter(
        user_id=certificate.user_id, course_id=certificate.course_id, course_version__gt=certificate.course_version
    )
    return newer.order_by("-course_version", "-issued_at").first()


def current_certificates() -> QuerySet[Certificate]:
    """Neither revoked nor superseded by a re-issue (it may have expired)."""
    return Certificate.objects.filter(revoked_at__isnull=True, superseded_at__isnull=True)


def standing_certificates(
    *, user: User | None = None, course: CoursePage | None = None, today: datetime.date | None = None
) -> QuerySet[Certificate]:
    """Certificates that count today: current and not expired (any course version; compare `course_version` with
    the course's to tell a valid one from one that needs renewal)."""
    today = today or timezone.localdate()
    certificates = current_certificates().filter(Q(expires_on__isnull=True) | Q(expires_on__gte=today))
    if user is not None:
        certificates = certificates.filter(user=user)
    if course is not None:
        certificates = certificates.filter(course=course)
    return certificates


def standing_certificate(*, user: User, course: CoursePage) -> Certificate | None:
    """The employee's best standing certificate for the course: the newest version, then the newest issue."""
    return standing_certificates(user=user, course=course).order_by("-course_version", "-issued_at").first()


def certificates_to_reissue(
    *, course_id: int | None = None, unit: WorkUnit | None = None, numbers: list[str] | None = None
) -> QuerySet[Certificate]:
    """Current certificates chosen for a re-issue: of a course, of the employees of a unit and the units beneath it
    (the unit tree, not a code prefix), and/or by number."""
    chosen = current_certificates().order_by("pk")
    if course_id:
        chosen = chosen.filter(course_id=course_id)
    if unit is not None:
        chosen = chosen.filter(user__work_unit__path__startswith=unit.path)
    if numbers:
        chosen = chosen.filter(number__in=numbers)
    return chosen


def certificates_expiring(*, today: datetime.date, days: int) -> QuerySet[Certificate]:
    """Current certificates expiring within `days` whose holders were not reminded yet."""
    return current_certificates().filter(
        expires_on__gte=today,
        expires_on__lte=today + datetime.timedelta(days=days),
        expiry_reminder_sent_at__isnull=True,
    )


def certificates_visible(viewer: User) -> QuerySet[Certificate]:
    """The certificates of the employees an HR officer may see (employees.selectors)."""
    return Certificate.objects.filter(visible_employees_q(viewer)).select_related("superseded_by")
