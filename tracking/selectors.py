"""HR reads: the completion dashboard per unit, the employee list per status, one employee's record and the SIASN
rows, always within what the viewer may see (employees.selectors). "Completed" has one definition, COMPLETED below
(a Completion row in that state); counts come from Completion rows, never from attempts or answers."""

import datetime

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Max, Q, QuerySet
from django.db.models.functions import Substr
from django.utils import timezone

from certificates.models import Certificate
from certificates.selectors import current_certificates, standing_certificates
from cms.models import CoursePage
from employees.models import User, WorkUnit
from employees.selectors import sees_all_units, visible_employees, visible_units

from .models import Completion

EXPIRING_DAYS = 30
# The states HR counts, each row in exactly one of the first six; "expiring" is a warning across completed ones.
STATUSES = ["completed", "renewal", "renewal_overdue", "in_progress", "not_started", "overdue", "expiring"]

COMPLETED = Q(state=Completion.State.COMPLETED)
# Still counted as done: holds an older version's certificate and the renewal deadline has not passed.
DONE = COMPLETED | Q(state=Completion.State.RENEWAL)


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
    """Each status as a filter on Completion rows. "Overdue" is past the assignment's due date without ever having
    completed; a renewal is late only after its own deadline ("renewal_overdue")."""
    renewal = Q(state=Completion.State.RENEWAL)
    open_ = Q(state__in=[Completion.State.NOT_STARTED, Completion.State.IN_PROGRESS])
    return {
        "completed": COMPLETED,
        "renewal": renewal & Q(renewal_due_date__gte=today),
        "renewal_overdue": renewal & Q(renewal_due_date__lt=today),
        "in_progress": Q(state=Completion.State.IN_PROGRESS) & Q(due_date__gte=today),
        "not_started": Q(state=Completion.State.NOT_STARTED) & Q(due_date__gte=today),
        "overdue": open_ & Q(due_date__lt=today),
        "expiring": DONE & Q(certificate__expires_on__lte=today + datetime.timedelta(days=EXPIRING_DAYS)),
    }


def completions_visible(viewer: User, course: CoursePage | None) -> QuerySet[Completion]:
    """The course's rows of the active employees the viewer may see: a plain join, never `user IN (subquery)` (a
    count over that took 650 ms at 100,000 employees)."""
    if course is None:
        return Completion.objects.none()
    rows = Completion.objects.filter(course=course, user__is_active=True)
    if sees_all_units(viewer):
        return rows
    if viewer.hr_unit_id:
        return rows.filter(user__work_unit__path__startswith=viewer.hr_unit.path)
    return rows.none()


def unit_summary(viewer: User, course: CoursePage | None, parent: WorkUnit | None = None) -> list[dict]:
    """Per unit (its subtree counted): assigned and each status, with completion %. The top-level units the viewer
    sees, or `parent` and its direct children. Two queries whatever the number of units and employees: the counts
    are grouped by the employee's unit in the database, and each unit's group is added to the shown unit above it
    by walking up its path (a few dictionary look-ups per unit, never every unit against every other)."""
    today = timezone.localdate()
    units = list(visible_units(viewer).order_by("path"))
    if not units:
        return []
    steplen = WorkUnit.steplen
    by_path = {u.path: u for u in units}
    with_children = {u.path[:-steplen] for u in units if u.depth > 1}  # visible units that have a visible child
    if parent is not None:
        shown = [
            u for u in units if u.pk == parent.pk or (u.depth == parent.depth + 1 and u.path[:-steplen] == parent.path)
        ]
    else:
        # Top level: no visible unit above it.
        shown = [u for u in units if not any(u.path[:end] in by_path for end in range(steplen, len(u.path), steplen))]
    path_of = {u.pk: u.path for u in units}
    totals = {u.path: dict.fromkeys(["assigned", *STATUSES], 0) for u in shown}
    for group in counts_per_unit(viewer, course, today):
        path = path_of.get(group["user__work_unit_id"])
        if path is None:
            continue
        # Every shown unit on the way up: one top-level unit, or in a drill-down the parent and its child.
        for end in range(len(path), 0, -steplen):
            bucket = totals.get(path[:end])
            if bucket is not None:
                for key in bucket:
                    bucket[key] += group[key]
    rows = []
    for unit in shown:
        unit_totals = totals[unit.path]
        done = unit_totals["completed"] + unit_totals["renewal"]
        percent = round(100 * done / unit_totals["assigned"]) if unit_totals["assigned"] else 0
        rows.append(
            {
                "unit": unit,
                "percent": percent,
                "is_parent": parent is not None and unit.pk == parent.pk,
                "has_children": unit.path in with_children,
                "counts": [(key, unit_totals[key]) for key in STATUSES],
                **unit_totals,
            }
        )
    return rows


def counts_per_unit(viewer: User, course: CoursePage | None, today: datetime.date) -> list[dict]:
    """Assigned and each status per employee's unit, for the viewer's scope. Two aggregations over the course's rows
    (the "expiring" one through the certificates' expiry index), kept for NETRAL_HR_DASHBOARD_CACHE_SECONDS: at
    100,000 employees they cost ~150 ms of database time, and every drill-down of the dashboard reads the same."""
    if course is None:
        return []
    scope = "all" if sees_all_units(viewer) else (viewer.hr_unit.path if viewer.hr_unit_id else "none")
    key = f"hr_counts_per_unit:{course.pk}:{scope}:{today.isoformat()}"
    seconds = settings.NETRAL_HR_DASHBOARD_CACHE_SECONDS
    cached = cache.get(key) if seconds else None
    if cached is not None:
        return cached
    filters = status_filters(today)
    expiring = filters.pop("expiring")
    counts = {name: Count("pk", filter=condition) for name, condition in filters.items()}
    rows = completions_visible(viewer, course)
    per_unit = list(rows.values("user__work_unit_id").annotate(assigned=Count("pk"), **counts).order_by())
    soon = rows.filter(expiring).values("user__work_unit_id").annotate(expiring=Count("pk")).order_by()
    expiring_in = {group["user__work_unit_id"]: group["expiring"] for group in soon}
    for group in per_unit:
        group["expiring"] = expiring_in.get(group["user__work_unit_id"], 0)
    if seconds:
        cache.set(key, per_unit, seconds)
    return per_unit


def summary_total(rows: list[dict]) -> dict | None:
    """The total of the viewer's whole scope: the parent's own row in a drill-down, else the sum of the top-level
    rows (disjoint subtrees)."""
    if not rows:
        return None
    parent = next((row for row in rows if row["is_parent"]), None)
    if parent is not None:
        return parent
    total = {key: sum(row[key] for row in rows) for key in ["assigned", *STATUSES]}
    done = total["completed"] + total["renewal"]
    total["percent"] = round(100 * done / total["assigned"]) if total["assigned"] else 0
    total["counts"] = [(key, total[key]) for key in STATUSES]
    return total


def completion_rows(viewer: User, course: CoursePage | None) -> QuerySet[Completion]:
    """The employee list per status: every visible employee's row for the course, by name (the unit is a column
    and a filter). Ordered by the employees' name index, so a page of 100 never sorts every row of the course."""
    return (
        completions_visible(viewer, course)
        .select_related("user__work_unit", "certificate")
        .order_by("user__first_name", "user_id")
    )


def employee_record(viewer: User, employee_id: int) -> dict | None:
    """One employee's page: assignments, certificates, attempts, and JP earned this year; None if not visible."""
    employee = visible_employees(viewer).select_related("work_unit").filter(pk=employee_id).first()
    if employee is None:
        return None
    year = timezone.localdate().year
    certificates = Certificate.objects.filter(user=employee).order_by("-issued_at")
    unit = employee.work_unit
    return {
        "employee": employee,
        "unit_path": [*unit.get_ancestors(), unit] if unit else [],
        "certificates": certificates,
        "year": year,
        "jp_total": jp_in_year(employee, year),
        "completions": Completion.objects.filter(user=employee).select_related("course", "certificate"),
        "attempts": employee.attempts.select_related("quiz").order_by("-started_at"),  # quizzes' reverse relation
    }


def jp_in_year(employee: User, year: int) -> int:
    """JP earned in a calendar year: each course counts once, however many renewals or re-issues that year (the
    largest JP among its certificates of the year, revoked ones excluded)."""
    per_course = (
        Certificate.objects.filter(user=employee, revoked_at__isnull=True, issued_at__year=year)
        .values("course_id")
        .annotate(jp=Max("jp"))
    )
    return sum(row["jp"] for row in per_course)


def siasn_rows(viewer: User, *, history: bool = False):
    """Training history rows for SIASN's `riwayat kursus`, streamed: one per employee, course and year, from the
    newest certificate of that year (a renewal or a re-issue replaces the earlier one). With `history`, every
    certificate ever issued to the employees the viewer may see, revoked and superseded ones included."""
    certificates = Certificate.objects.all() if history else current_certificates()
    rows = (
        certificates.filter(user__in=visible_employees(viewer))
        .order_by("user_id", "course_id", "-issued_at")
        .values_list("user_id", "course_id", "holder_nip", "course_title", "jp", "number", "issued_at")
        .iterator(chunk_size=2000)
    )
    seen = None
    for user_id, course_id, *row in rows:
        key = (user_id, course_id, timezone.localdate(row[-1]).year)
        if not history and key == seen:
            continue
        seen = key
        yield row


def add_rule_update_impact(rows: list[dict], *, viewer: User | None = None) -> None:
    """For the rule update's impact (cms.selectors.rule_update_impact): per course, how many hold a standing
    certificate of the version that will be raised (they will need renewal) and how many are assigned, in total and
    per top-level unit (numbers only, never names)."""

    # Counts per unit are not personal data: everyone who sees the impact (editors, moderators, HR) sees them.
    per_unit = True
    for row in rows:
        course, version = row["course"], row["current_version"]
        if row["applied"] is not None:
            version = row["applied"].from_version
        holders = standing_certificates(course=course).filter(course_version=version)
        assigned = Completion.objects.filter(course=course, user__is_active=True)
        row["holders"] = holders.values("user_id").distinct().count()
        row["assigned"] = assigned.count()
        if per_unit:
            row["units"] = _per_top_unit(holders, assigned)


def _per_top_unit(holders, assigned) -> list[dict]:
    """Counts per top-level unit (Setda, each dinas, each kecamatan ...): the database groups the employees by the
    first step of their unit's path (one query each, whatever the number of employees)."""
    tops = {unit.path: unit for unit in WorkUnit.objects.filter(depth=1)}
    top_path = Substr("user__work_unit__path", 1, WorkUnit.steplen)
    counts: dict[str, dict] = {}
    for key, rows in (("holders", holders), ("assigned", assigned)):
        grouped = rows.annotate(top=top_path).values("top").annotate(n=Count("user_id", distinct=True))
        for group in grouped.order_by():
            top = tops.get(group["top"] or "")
            if top is not None:
                counts.setdefault(top.path, {"unit": top, "holders": 0, "assigned": 0})[key] += group["n"]
    return [counts[path] for path in sorted(counts)]


def my_training(user: User) -> list[Completion]:
    """The learner's own assigned courses: due date, renewal deadline and status, soonest deadline first."""
    rows = Completion.objects.filter(user=user, course__live=True).select_related("course", "certificate")
    return sorted(rows, key=lambda row: (row.status == "completed", row.renewal_due_date or row.due_date))


def assignment_reach(assignment) -> dict:
    """Whom an assignment names and whose due date it sets: the employees it names (active ASN of its unit subtree
    and type) and, among them, those whose due date comes from another, more specific (or earlier) assignment."""
    from .services import assignment_employees

    named = assignment_employees(assignment).values("pk")
    rows = Completion.objects.filter(course_id=assignment.course_id, user__in=named)
    total = rows.count()
    own = rows.filter(due_date=assignment.due_date).count()
    return {"employees": total, "own_date": own, "other_date": total - own}
