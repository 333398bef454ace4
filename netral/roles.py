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
from django.utils.translation import gettext_lazy as _

HR_BKD = "HR BKD"
HR_UNIT = "HR Unit"
EDITORS = "Editors"
MODERATORS = "Moderators"

ADMIN_ACCESS = ["wagtailadmin.access_admin"]
CONTENT = ["cms.add_topic", "cms.change_topic", "quizzes.view_quiz_statistics", "quizzes.add_pledgetext",
           "quizzes.change_pledgetext"]  # fmt: skip
HR_COMMON = ["tracking.view_completion", "certificates.view_certificate", "quizzes.view_attempt",
             "tracking.view_assignment", "tracking.add_assignment", "tracking.change_assignment",
             "tracking.delete_assignment"]  # fmt: skip

ROLES: dict[str, list[str]] = {
    # The personnel office (BKD): every unit, the roster, certificates' lifecycle and settings, the audit trail.
    HR_BKD: [
        *ADMIN_ACCESS,
        *HR_COMMON,
        "employees.view_all_units",
        "employees.import_roster",
        "employees.view_rosterimport",
        "employees.view_user",
        "certificates.change_certificate",
        "certificates.change_certificatesettings",
    ],  # fmt: skip
    # A unit's HR officer: the same reports and assignments, limited to their unit's subtree (User.hr_unit).
    HR_UNIT: [*ADMIN_ACCESS, *HR_COMMON],
    EDITORS: [*ADMIN_ACCESS, *CONTENT],
    MODERATORS: [*ADMIN_ACCESS, *CONTENT, "cms.delete_topic"],
}
ROLE_LABELS = {
    HR_BKD: _("HR BKD: semua unit kerja"),
    HR_UNIT: _("HR unit: unit sendiri dan di bawahnya"),
    EDITORS: _("Editor konten"),
    MODERATORS: _("Moderator (menyetujui dan menerbitkan)"),
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
