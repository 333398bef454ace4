"""Who an HR officer may see. Every HR list, count, detail and export starts from these querysets."""

from django.db.models import QuerySet

from .models import User, WorkUnit

ALL_UNITS = "employees.view_all_units"


def visible_units(viewer: User) -> QuerySet[WorkUnit]:
    """BKD HR (`employees.view_all_units`): every unit. A unit's HR officer: their unit and the units beneath it.
    Anyone else: none."""
    if viewer.has_perm(ALL_UNITS):
        return WorkUnit.objects.all()
    if viewer.hr_unit_id:
        return WorkUnit.objects.filter(path__startswith=viewer.hr_unit.path)
    return WorkUnit.objects.none()


def unit_is_visible(viewer: User, unit: WorkUnit | None) -> bool:
    """The same rule as `visible_units`, for one unit already in hand (no query once the viewer's unit is loaded)."""
    if viewer.is_superuser or viewer.has_perm(ALL_UNITS):
        return True
    return unit is not None and viewer.hr_unit_id is not None and unit.path.startswith(viewer.hr_unit.path)


def visible_employees(viewer: User) -> QuerySet[User]:
    if viewer.has_perm(ALL_UNITS):
        return User.objects.all()
    if viewer.hr_unit_id:
        return User.objects.filter(work_unit__path__startswith=viewer.hr_unit.path)
    return User.objects.none()
