"""HR reads: the completion dashboard per unit, the employee list per status, one employee's record and the SIASN
rows, always within what the viewer may see (employees.selectors). "Completed" has one definition, COMPLETED below
(a Completion row in that state); counts come from Completion rows, never from attempts or answers."""

import datetime

from django.db.models import Count, Q, QuerySet, Sum
from django.utils import timezone

from certificates.models import Certificate
from certificates.selectors import current_certificates
from cms.models import CoursePage
from employees.models import User, WorkUnit
from employees.selectors import visible_employees, visible_units

from .models import Completion

EXPIRING_DAYS = 30
STATUSES = ["completed", "in_progress", "not_started", "overdue", "needs_renewal", "expiring"]


COMPLETED = Q(state=Completion.State.COMPLETED)


def assigned_courses() -> QuerySet[CoursePage]:
    """Courses somebody is assigned, in page-tree order."""
    return CoursePage.objects.filter(assignments__isnull=False).distinct().order_by("path")


def course_or_first(course_id: str | None) -> CoursePage | None:
    """The assigned course asked for by id, else the first assigned course."""
    courses = assigned_courses()
    if course_id and str(course_id).isdigit():
        return courses.filter(pk=course_id).first()
    return courses.first()


def status_filters(today: datetime.date) -> dict[str, Q]:
    done = COMPLETED
    return {
        "completed": done,
        "in_progress": Q(state=Completion.State.IN_PROGRESS),
        "not_started": Q(state=Completion.State.NOT_STARTED),
        "overdue": ~done & Q(due_date__lt=today),
        "needs_renewal": Q(needs_renewal=True),
        "expiring": done & Q(certificate__expires_on__lte=today + datetime.timedelta(days=EXPIRING_DAYS)),
    }


def completions_visible(viewer: User, course: CoursePage | None) -> QuerySet[Completion]:
    rows = Completion.objects.filter(user__in=visible_employees(viewer), user__is_active=True)
    return rows.filter(course=course) if course else rows.none()


def unit_summary(viewer: User, course: CoursePage | None, parent: WorkUnit | None = None) -> list[dict]:
    """Per unit (its subtree counted): assigned and each status, with completion %. The top-level units the viewer
    sees, or `parent` and its direct children. Two queries whatever the number of employees."""
    today = timezone.localdate()
    units = list(visible_units(viewer).order_by("path"))
    if not units:
        return []
    if parent is not None:
        shown = [
            u for u in units if u.pk == parent.pk or (u.path.startswith(parent.path) and u.depth == parent.depth + 1)
        ]
    else:
        top = min(u.depth for u in units)
        shown = [
            u
            for u in units
            if u.depth == top or not any(u.path.startswith(o.path) and o.depth < u.depth for o in units)
        ]
    counts = {name: Count("pk", filter=condition) for name, condition in status_filters(today).items()}
    per_path = list(
        completions_visible(viewer, course).values("user__work_unit__path").annotate(assigned=Count("pk"), **counts)
    )
    rows = []
    for unit in shown:
        totals = dict.fromkeys(["assigned", *STATUSES], 0)
        for group in per_path:
            path = group["user__work_unit__path"] or ""
            if path.startswith(unit.path):
                for key in totals:
                    totals[key] += group[key]
        percent = round(100 * totals["completed"] / totals["assigned"]) if totals["assigned"] else 0
        rows.append({"unit": unit, "percent": percent, "is_parent": parent is not None and unit.pk == parent.pk,
                     "has_children": any(u.path.startswith(unit.path) and u.depth > unit.depth for u in units),
                     **totals})  # fmt: skip
    return rows


def completion_rows(viewer: User, course: CoursePage | None) -> QuerySet[Completion]:
    """The employee list per status: every visible employee's row for the course, by unit then name."""
    return (
        completions_visible(viewer, course)
        .select_related("user__work_unit", "certificate")
        .order_by("user__work_unit__path", "user__first_name")
    )


def employee_record(viewer: User, employee_id: int) -> dict | None:
    """One employee's page: assignments, certificates, attempts, and JP earned this year; None if not visible."""
    employee = visible_employees(viewer).select_related("work_unit").filter(pk=employee_id).first()
    if employee is None:
        return None
    year = timezone.localdate().year
    certificates = Certificate.objects.filter(user=employee).order_by("-issued_at")
    jp = current_certificates().filter(user=employee, issued_at__year=year)
    return {
        "employee": employee,
        "certificates": certificates,
        "year": year,
        "jp_total": jp.aggregate(total=Sum("jp"))["total"] or 0,
        "completions": Completion.objects.filter(user=employee).select_related("course", "certificate"),
        "attempts": employee.attempts.select_related("quiz").order_by("-started_at"),  # quizzes' reverse relation
    }


def siasn_rows(viewer: User):
    """Training history rows for SIASN: one per current certificate the viewer may see, streamed in chunks."""
    certificates = (
        current_certificates()
        .filter(user__in=visible_employees(viewer))
        .order_by("pk")
        .values_list("holder_nip", "course_title", "jp", "number", "issued_at")
    )
    return certificates.iterator(chunk_size=2000)
