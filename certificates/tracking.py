"""Per-employee tracking: assignments materialised as one Completion row per employee and course, kept current in
the same transaction as whatever changes it. Counting these rows is what the HR dashboard does."""

import datetime

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from cms.models import CoursePage
from employees.models import EmploymentType, User

from .models import Assignment, Certificate, Completion


def _matching_users(assignment: Assignment):
    users = User.objects.filter(is_active=True).exclude(employment_type=EmploymentType.NON_ASN)
    if assignment.work_unit_id:
        users = users.filter(work_unit__path__startswith=assignment.work_unit.path)
    if assignment.employment_type:
        users = users.filter(employment_type=assignment.employment_type)
    return users


def _standing(user: User, course: CoursePage) -> Certificate | None:
    today = timezone.localdate()
    return (
        Certificate.objects.filter(user=user, course=course, revoked_at__isnull=True, superseded_at__isnull=True)
        .filter(Q(expires_on__isnull=True) | Q(expires_on__gte=today))
        .order_by("-course_version", "-issued_at")
        .first()
    )


def completion_refresh(*, user: User, course: CoursePage) -> Completion | None:
    """Recompute the row (if the employee is assigned the course) from their certificates."""
    row = Completion.objects.select_for_update().filter(user=user, course=course).first()
    if row is None:
        return None
    certificate = _standing(user, course)
    if certificate and certificate.course_version == course.version:
        row.state, row.certificate, row.needs_renewal = Completion.State.COMPLETED, certificate, False
    else:
        row.certificate = None
        row.needs_renewal = certificate is not None  # holds an older version: must pass the new one
        if row.state == Completion.State.COMPLETED:
            row.state = Completion.State.NOT_STARTED
    row.save(update_fields=["state", "certificate", "needs_renewal", "updated_at"])
    return row


def completion_started(*, user: User, course: CoursePage) -> None:
    Completion.objects.filter(user=user, course=course, state=Completion.State.NOT_STARTED).update(
        state=Completion.State.IN_PROGRESS, updated_at=timezone.now()
    )


def course_version_raised(course: CoursePage) -> int:
    """Everyone who completed an older version now needs renewal."""
    return Completion.objects.filter(course=course, state=Completion.State.COMPLETED).update(
        state=Completion.State.NOT_STARTED, needs_renewal=True, updated_at=timezone.now()
    )


def _due_dates(course: CoursePage, user_ids=None) -> dict[int, datetime.date]:
    """Earliest due date per matching employee over all the course's assignments."""
    due: dict[int, datetime.date] = {}
    for assignment in Assignment.objects.filter(course=course).select_related("work_unit"):
        users = _matching_users(assignment)
        if user_ids is not None:
            users = users.filter(pk__in=user_ids)
        for pk in users.values_list("pk", flat=True):
            if pk not in due or assignment.due_date < due[pk]:
                due[pk] = assignment.due_date
    return due


@transaction.atomic
def assignments_sync(course: CoursePage, user_ids=None) -> int:
    """Create the missing rows and correct due dates for this course (all employees, or the given ones)."""
    due = _due_dates(course, user_ids)
    existing = {row.user_id: row for row in Completion.objects.filter(course=course, user_id__in=list(due))}
    new = [Completion(user_id=pk, course=course, due_date=day) for pk, day in due.items() if pk not in existing]
    Completion.objects.bulk_create(new, batch_size=1000)
    changed = [row for pk, row in existing.items() if row.due_date != due[pk]]
    for row in changed:
        row.due_date = due[row.user_id]
    Completion.objects.bulk_update(changed, ["due_date"], batch_size=1000)
    # Someone newly assigned may already hold a certificate: one query finds them, only they are refreshed.
    holders = set(
        Certificate.objects.filter(course=course, user_id__in=[row.user_id for row in new]).values_list(
            "user_id", flat=True
        )
    )
    for user in User.objects.filter(pk__in=holders):
        completion_refresh(user=user, course=course)
    return len(new)


def user_assignments_sync(user: User) -> None:
    """A new or moved employee inherits the assignments of their unit."""
    for course in CoursePage.objects.filter(assignments__isnull=False).distinct():
        assignments_sync(course, user_ids=[user.pk])
