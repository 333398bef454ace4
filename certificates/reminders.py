"""Reminders: employees whose due date is near and who have not completed, and each unit HR's digest of its overdue
employees. One per recipient, course, kind and day (ReminderLog's constraint), whatever re-runs happen."""

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from employees.models import User
from employees.selectors import visible_employees

from .models import Completion, ReminderLog


def _once(recipient: User, course, kind: str, today: datetime.date, detail: dict) -> bool:
    """Record the send; False if this reminder already went out today."""
    try:
        with transaction.atomic():
            ReminderLog.objects.create(recipient=recipient, course=course, kind=kind, sent_on=today, detail=detail)
    except IntegrityError:
        return False
    return True


def send_reminders(*, days: int | None = None, today: datetime.date | None = None) -> dict[str, int]:
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
        if not _once(row.user, row.course, "due", today, {"due_date": row.due_date.isoformat()}):
            continue
        with translation.override("id"):
            body = render_to_string("certificates/email/due_reminder.txt",
                                    {"row": row, "url": base_url + row.course.url})  # fmt: skip
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
            if not _once(officer, course, "digest", today, {"overdue": len(rows)}):
                continue
            with translation.override("id"):
                body = render_to_string("certificates/email/unit_digest.txt",
                                        {"officer": officer, "course": course, "rows": rows})  # fmt: skip
            send_mail(f"Rekap keterlambatan {course.title}: {officer.hr_unit.name}", body, None, [officer.email])
            sent["digest"] += 1
    return sent
