"""Writes on tracking: assignments materialised as one Completion row per employee and course, kept current in the
same transaction as whatever changes it (tracking.receivers calls these from the other apps' events), and the
reminders sent to employees and unit HR. Nothing else writes these rows."""

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from certificates.models import Certificate
from certificates.selectors import standing_certificate
from cms.models import CoursePage
from employees.models import EmploymentType, User
from employees.selectors import visible_employees

from .models import Assignment, Completion, ReminderLog


def _matching_users(assignment: Assignment):
    users = User.objects.filter(is_active=True).exclude(employment_type=EmploymentType.NON_ASN)
    if assignment.work_unit_id:
        users = users.filter(work_unit__path__startswith=assignment.work_unit.path)
    if assignment.employment_type:
        users = users.filter(employment_type=assignment.employment_type)
    return users


def completion_refresh(*, user: User, course: CoursePage) -> Completion | None:
    """Recompute the row (if the employee is assigned the course) from their certificates."""
    row = Completion.objects.select_for_update().filter(user=user, course=course).first()
    if row is None:
        return None
    certificate = standing_certificate(user=user, course=course)
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


def course_version_raised(*, course: CoursePage) -> int:
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
def assignments_sync(*, course: CoursePage, user_ids=None) -> int:
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


def user_assignments_sync(*, user: User) -> None:
    """A new or moved employee inherits the assignments of their unit."""
    for course in CoursePage.objects.filter(assignments__isnull=False).distinct():
        assignments_sync(course=course, user_ids=[user.pk])


# --- reminders ---------------------------------------------------------------------------------------------------


def _once(recipient: User, course, kind: str, today: datetime.date, detail: dict) -> bool:
    """Record the send; False if this reminder already went out today."""
    try:
        with transaction.atomic():
            ReminderLog.objects.create(recipient=recipient, course=course, kind=kind, sent_on=today, detail=detail)
    except IntegrityError:
        return False
    return True


def reminders_send(*, days: int | None = None, today: datetime.date | None = None) -> dict[str, int]:
    """Remind employees whose due date is within `days` and who have not completed, and send each unit HR officer
    a digest of their overdue employees per course. One per recipient, course, kind and day (ReminderLog's
    constraint), whatever re-runs happen."""
    days = settings.NETRAL_DUE_REMINDER_DAYS if days is None else days
    today = today or timezone.localdate()
    base_url = settings.NETRAL_PUBLIC_BASE_URL.rstrip("/")
    sent = {"due": 0, "digest": 0}
    due_soon = (
        Completion.objects.exclude(state=Completion.State.COMPLETED)
        .filter(due_date__gte=today, due_date__lte=today + datetime.timedelta(days=days), user__is_active=True)
        .exclude(user__email="")
        .select_related("user", "course")
    )
    for row in due_soon.iterator():
        if not _once(row.user, row.course, ReminderLog.Kind.DUE, today, {"due_date": row.due_date.isoformat()}):
            continue
        with translation.override("id"):
            body = render_to_string("tracking/email/due_reminder.txt", {"row": row, "url": base_url + row.course.url})
        send_mail(f"Pengingat: {row.course.title}", body, None, [row.user.email])
        sent["due"] += 1

    officers = User.objects.filter(is_active=True, hr_unit__isnull=False).exclude(email="").select_related("hr_unit")
    for officer in officers:
        overdue = (
            Completion.objects.filter(user__in=visible_employees(officer), user__is_active=True, due_date__lt=today)
            .exclude(state=Completion.State.COMPLETED)
            .select_related("user__work_unit", "course")
            .order_by("course_id", "user__work_unit__path", "user__first_name")
        )
        by_course: dict = {}
        for row in overdue:
            by_course.setdefault(row.course, []).append(row)
        for course, rows in by_course.items():
            if not _once(officer, course, ReminderLog.Kind.DIGEST, today, {"overdue": len(rows)}):
                continue
            with translation.override("id"):
                context = {"officer": officer, "course": course, "rows": rows}
                body = render_to_string("tracking/email/unit_digest.txt", context)
            send_mail(f"Rekap keterlambatan {course.title}: {officer.hr_unit.name}", body, None, [officer.email])
            sent["digest"] += 1
    return sent
