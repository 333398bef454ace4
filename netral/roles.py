"""The roles of a Netral install, in code: the groups HR BKD, HR Unit, Editors and Moderators and what each may do.

`ensure_roles` runs after every `migrate` (post_migrate, connected in netral.apps), so a production install has the
groups with their permissions before anyone is assigned to them; the demo only puts people in them. It adds what is
missing and never takes away a permission an administrator granted by hand.

Wagtail's own migrations create "Editors" and "Moderators" with their page and collection permissions and the
"Moderators approval" workflow on the root page; here they also get the content models of our apps, and never
anything of HR (employees, certificates, tracking). Which units an HR officer sees is not a permission but
`employees.selectors.visible_units`: `employees.view_all_units` (HR BKD) sees all, a unit's HR only their
`User.hr_unit` subtree.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from certificates.permissions import CHANGE_CERTIFICATES, CHANGE_SETTINGS, VIEW_CERTIFICATES
from cms.permissions import DELETE_TOPICS, EDIT_TOPICS
from employees.permissions import (
    IMPORT_ROSTER,
    MANAGE_UNITS,
    VIEW_ALL_UNITS,
    VIEW_ROSTER_IMPORTS,
    VIEW_UNITS,
    VIEW_USERS,
)
from quizzes.permissions import EDIT_PLEDGE, VIEW_ATTEMPTS, VIEW_STATISTICS
from tracking.permissions import MANAGE_ASSIGNMENTS, VIEW_COMPLETION

HR_BKD = "HR BKD"
HR_UNIT = "HR Unit"
EDITORS = "Editors"
MODERATORS = "Moderators"

ADMIN_ACCESS = "wagtailadmin.access_admin"
HR_COMMON = [ADMIN_ACCESS, VIEW_COMPLETION, *MANAGE_ASSIGNMENTS, VIEW_CERTIFICATES, VIEW_ATTEMPTS, VIEW_UNITS]
CONTENT = [ADMIN_ACCESS, *EDIT_TOPICS, VIEW_STATISTICS, *EDIT_PLEDGE]

ROLES: dict[str, list[str]] = {
    # The personnel office (BKD): every unit, the roster, certificates' lifecycle and settings, the audit trail.
    HR_BKD: [
        *HR_COMMON,
        VIEW_ALL_UNITS,
        IMPORT_ROSTER,
        *MANAGE_UNITS,
        VIEW_ROSTER_IMPORTS,
        VIEW_USERS,
        CHANGE_CERTIFICATES,
        CHANGE_SETTINGS,
    ],
    # A unit's HR officer: the same reports and assignments, limited to their unit's subtree (User.hr_unit).
    HR_UNIT: HR_COMMON,
    EDITORS: CONTENT,
    MODERATORS: [*CONTENT, DELETE_TOPICS],
}


def permissions_for(role: str):
    query = Q(pk__in=[])
    for name in ROLES[role]:
        app_label, codename = name.split(".", 1)
        query |= Q(content_type__app_label=app_label, codename=codename)
    return Permission.objects.filter(query)


def ensure_roles(**kwargs) -> None:
    """Create the groups and give each its permissions (idempotent; run after every migrate)."""
    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role)
        group.permissions.add(*permissions_for(role))
