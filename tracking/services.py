"""Writes on tracking: assignments materialised as one Completion row per employee and course, kept current in the
same transaction as whatever changes it (tracking.receivers calls these from the other apps' events), and the
reminders sent to employees and unit HR. Nothing else writes these rows."""

import datetime
from functools import partial

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from certificates.models import Certificate
from certificates.selectors import standing_certificate
from cms.models import CoursePage
from employees.models import EmploymentType, User
from employees.selectors import visible_employees

from .models import Assignment, Completion, ExportFile, ReminderLog


def assignment_employees(assignment: Assignment):
    """The employees an assignment names: active ASN of its unit and the units beneath it, of its employment type."""
    users = User.objects.filter(is_active=True).exclude(employment_type=EmploymentType.NON_ASN)
    if assignment.work_unit_id:
        users = users.filter(work_unit__path__startswith=assignment.work_unit.path)
    if assignment.employment_type:
        users = users.filter(employment_type=assignment.employment_type)
    return users


def _renewal_due(course: CoursePage) -> datetime.date:
    """The renewal deadline of the course's current version (set by the rule update that raised it)."""
    change = course.version_changes.filter(to_version=course.version).order_by("-created_at").first()
    if change is not None and change.renewal_due:
        return change.renewal_due
    return timezone.localdate() + datetime.timedelta(days=settings.NETRAL_RENEWAL_DAYS)


def completion_refresh(*, user: User, course: CoursePage) -> Completion | None:
    """Recompute the row (if the employee is assigned the course) from their certificates: a standing certificate
    of the current version is "completed"; one of an older version is "completed, needs renewal" (due by the
    renewal deadline); none sends a completed row back to "not started"."""
    row = Completion.objects.select_for_update().filter(user=user, course=course).first()
    if row is None:
        return None
    certificate = standing_certificate(user=user, course=course)
    if certificate and certificate.course_version == course.version:
        row.state, row.certificate, row.renewal_due_date = Completion.State.COMPLETED, certificate, None
    elif certificate is not None:
        row.state, row.certificate = Completion.State.RENEWAL, certificate
        row.renewal_due_date = row.renewal_due_date or _renewal_due(course)
    else:
        row.certificate, row.renewal_due_date = None, None
        if row.state in (Completion.State.COMPLETED, Completion.State.RENEWAL):
            row.state = Completion.State.NOT_STARTED
    row.save(update_fields=["state", "certificate", "renewal_due_date", "updated_at"])
    return row


def completion_started(*, user: User, course: CoursePage) -> None:
    """A first lesson read or a first attempt. A holder renewing stays "completed, needs renewal" until they pass."""
    Completion.objects.filter(user=user, course=course, state=Completion.State.NOT_STARTED).update(
        state=Completion.State.IN_PROGRESS, updated_at=timezone.now()
    )


def course_version_raised(*, course: CoursePage, renewal_due: datetime.date | None = None) -> int:
    """Everyone who completed an older version is now "completed, needs renewal", due by the rule update's renewal
    deadline (never by the assignment's past due date: the renewal is a new obligation)."""
    due = renewal_due or timezone.localdate() + datetime.timedelta(days=settings.NETRAL_RENEWAL_DAYS)
    return Completion.objects.filter(course=course, state=Completion.State.COMPLETED).update(
        state=Completion.State.RENEWAL, renewal_due_date=due, updated_at=timezone.now()
    )


def assignment_specificity(assignment: Assignment) -> tuple[int, int]:
    """How precisely an assignment names its people: a deeper unit, then a named employment type."""
    depth = assignment.work_unit.depth if assignment.work_unit_id else 0
    return depth, 1 if assignment.employment_type else 0


def _due_dates(course: CoursePage, user_ids=None) -> dict[int, datetime.date]:
    """The due date per matching employee: the most specific of the course's assignments that names them wins (a
    dinas' own deadline over the regency's, PNS-only over all ASN); among equally specific ones, the earliest."""
    due: dict[int, tuple[tuple[int, int], datetime.date]] = {}
    for assignment in Assignment.objects.filter(course=course).select_related("work_unit"):
        rank = assignment_specificity(assignment)
        users = assignment_employees(assignment)
        if user_ids is not None:
            users = users.filter(pk__in=user_ids)
        for pk in users.values_list("pk", flat=True):
            current = due.get(pk)
            if current is None or rank > current[0] or (rank == current[0] and assignment.due_date < current[1]):
                due[pk] = (rank, assignment.due_date)
    return {pk: day for pk, (_rank, day) in due.items()}


def newcomer_due_date(assigned_due: datetime.date, today: datetime.date | None = None) -> datetime.date:
    """An employee who joins (or moves in) after the assignment's due date gets their own, NETRAL_NEWCOMER_DAYS (30)
    from today, instead of a date already past; before it, the assignment's."""
    today = today or timezone.localdate()
    if assigned_due >= today:
        return assigned_due
    return today + datetime.timedelta(days=settings.NETRAL_NEWCOMER_DAYS)


@transaction.atomic
def assignments_sync(*, course: CoursePage, user_ids=None, newcomers: bool = False) -> int:
    """Create the missing rows and correct due dates for this course (all employees, or the given ones). With
    `newcomers`, the rows created are for people who just joined: a due date already past becomes their own."""
    due = _due_dates(course, user_ids)
    existing = {row.user_id: row for row in Completion.objects.filter(course=course, user_id__in=list(due))}
    today = timezone.localdate()
    new = [
        Completion(
            user_id=pk,
            course=course,
            due_date=newcomer_due_date(day, today) if newcomers else day,
            own_due_date=newcomers and day < today,
        )
        for pk, day in due.items()
        if pk not in existing
    ]
    Completion.objects.bulk_create(new, batch_size=1000)
    changed = [
        row
        for pk, row in existing.items()
        if row.due_date != due[pk] and not (row.own_due_date and due[pk] < row.due_date)
    ]
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
        assignments_sync(course=course, user_ids=[user.pk], newcomers=True)


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
    window = (today, today + datetime.timedelta(days=days))
    open_states = [Completion.State.NOT_STARTED, Completion.State.IN_PROGRESS]
    not_done = Q(state__in=open_states, due_date__range=window)
    renewal_due = Q(state=Completion.State.RENEWAL, renewal_due_date__range=window)
    due_soon = (
        Completion.objects.filter(not_done | renewal_due, user__is_active=True)
        .exclude(user__email="")
        .select_related("user", "course")
    )
    for row in due_soon.iterator():
        deadline = row.renewal_due_date if row.state == Completion.State.RENEWAL else row.due_date
        if not _once(row.user, row.course, ReminderLog.Kind.DUE, today, {"due_date": deadline.isoformat()}):
            continue
        with translation.override("id"):
            context = {"row": row, "deadline": deadline, "url": base_url + row.course.url}
            body = render_to_string("tracking/email/due_reminder.txt", context)
        send_mail(f"Pengingat: {row.course.title}", body, None, [row.user.email])
        sent["due"] += 1

    officers = User.objects.filter(is_active=True, hr_unit__isnull=False).exclude(email="").select_related("hr_unit")
    for officer in officers:
        late = Q(state__in=open_states, due_date__lt=today) | Q(
            state=Completion.State.RENEWAL, renewal_due_date__lt=today
        )
        overdue = (
            Completion.objects.filter(late, user__in=visible_employees(officer), user__is_active=True)
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


def renewal_notices_send(*, course: CoursePage, rule_update, today: datetime.date | None = None) -> dict[str, int]:
    """After a rule update raised the course's version: one email to each holder who must renew (what changed, the
    deadline, the link) and one digest to each unit HR officer with holders in their units. Once: a second run the
    same day sends nothing (ReminderLog)."""
    from django.utils.html import strip_tags

    today = today or timezone.localdate()
    url = settings.NETRAL_PUBLIC_BASE_URL.rstrip("/") + course.url
    summary = strip_tags(rule_update.summary).strip()
    sent = {"renewal": 0, "renewal_digest": 0}
    holders = (
        Completion.objects.filter(course=course, state=Completion.State.RENEWAL, user__is_active=True)
        .select_related("user__work_unit", "certificate")
        .order_by("user__work_unit__path", "user__first_name")
    )
    for row in holders.exclude(user__email=""):
        detail = {"rule_update": rule_update.pk, "due": row.renewal_due_date.isoformat()}
        if not _once(row.user, course, ReminderLog.Kind.RENEWAL, today, detail):
            continue
        context = {"row": row, "rule_update": rule_update, "summary": summary, "url": url}
        with translation.override("id"):
            body = render_to_string("tracking/email/renewal_notice.txt", context)
        send_mail(f"Perbarui sertifikat: {course.title}", body, None, [row.user.email])
        sent["renewal"] += 1
    officers = User.objects.filter(is_active=True, hr_unit__isnull=False).exclude(email="").select_related("hr_unit")
    for officer in officers:
        rows = list(holders.filter(user__in=visible_employees(officer)))
        if not rows or not _once(officer, course, ReminderLog.Kind.RENEWAL_DIGEST, today, {"holders": len(rows)}):
            continue
        due = max(row.renewal_due_date for row in rows)
        context = {"officer": officer, "course": course, "rule_update": rule_update, "rows": rows, "due": due}
        with translation.override("id"):
            body = render_to_string("tracking/email/renewal_digest.txt", context)
        send_mail(f"Pembaruan sertifikat {course.title}: {officer.hr_unit.name}", body, None, [officer.email])
        sent["renewal_digest"] += 1
    return sent


# --- exports built in the background ----------------------------------------------------------------------------


def export_request(*, user: User, query: str, filename: str) -> ExportFile:
    """Queue an export too large for one request; the task worker builds it once this commits."""
    from .tasks import build_export

    export = ExportFile.objects.create(requested_by=user, query=query, filename=filename)
    transaction.on_commit(partial(build_export.enqueue, export_id=export.pk))
    return export


def export_finish(*, export: ExportFile, content, rows: int) -> None:
    """Store the whole file, then mark it ready (a failure before this leaves it pending or failed, never ready)."""
    export.file.save(export.filename, content, save=False)
    export.rows = rows
    export.state = export.State.READY
    export.finished_at = timezone.now()
    export.save(update_fields=["file", "rows", "state", "finished_at"])


def export_failed(*, export: ExportFile) -> None:
    export.state = export.State.FAILED
    export.finished_at = timezone.now()
    export.save(update_fields=["state", "finished_at"])
