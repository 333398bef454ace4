"""Who an HR officer may see. Every HR list, count, detail and export starts from these querysets, and
`sees_all_units` is the one definition of "sees every unit"."""

from django.db.models import Q, QuerySet

from .models import User, WorkUnit
from .permissions import VIEW_ALL_UNITS


def sees_all_units(viewer: User) -> bool:
    """HR BKD (`employees.view_all_units`) and superusers: every unit. (has_perm is False for inactive users and
    True for active superusers.)"""
    return viewer.has_perm(VIEW_ALL_UNITS)


def visible_units(viewer: User) -> QuerySet[WorkUnit]:
    """BKD HR: every unit. A unit's HR officer: their unit and the units beneath it. Anyone else: none."""
    if sees_all_units(viewer):
        return WorkUnit.objects.all()
    if viewer.hr_unit_id:
        return WorkUnit.objects.filter(path__startswith=viewer.hr_unit.path)
    return WorkUnit.objects.none()


def unit_is_visible(viewer: User, unit: WorkUnit | None) -> bool:
    """The same rule as `visible_units`, for one unit already in hand (no query once the viewer's unit is loaded).
    No unit (a regency-wide assignment) is visible to those who see all units only."""
    if sees_all_units(viewer):
        return True
    return unit is not None and viewer.hr_unit_id is not None and unit.path.startswith(viewer.hr_unit.path)


def visible_employees(viewer: User) -> QuerySet[User]:
    if sees_all_units(viewer):
        return User.objects.all()
    if viewer.hr_unit_id:
        return User.objects.filter(work_unit__path__startswith=viewer.hr_unit.path)
    return User.objects.none()


def units_in_tree_order() -> QuerySet[WorkUnit]:
    return WorkUnit.objects.order_by("path")


def unit_by_code(code: str) -> WorkUnit | None:
    return WorkUnit.objects.filter(code=code).first()


def visible_employees_q(viewer: User, field: str = "user") -> Q:
    """`visible_employees` as a filter on a relation to the employee (`field`): a join, never `field IN (SELECT …)`,
    so that PostgreSQL counts and pages 100,000 rows from its indexes."""
    if sees_all_units(viewer):
        return Q()
    if viewer.hr_unit_id:
        return Q(**{f"{field}__work_unit__path__startswith": viewer.hr_unit.path})
    return Q(pk__in=[])
