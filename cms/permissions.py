"""The editorial groups. Wagtail's own migrations create "Editors" and "Moderators" with page permissions and the
"Moderators approval" workflow on the root page; here they also get the content models of this app, and never
anything of HR (employees, certificates)."""

from django.contrib.auth.models import Group, Permission

EDITORS, MODERATORS = "Editors", "Moderators"
CONTENT_PERMISSIONS = {
    EDITORS: ["add_topic", "change_topic"],
    MODERATORS: ["add_topic", "change_topic", "delete_topic"],
}


def ensure_editorial_groups(**kwargs) -> None:
    for name, codenames in CONTENT_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        permissions = Permission.objects.filter(content_type__app_label="cms", codename__in=codenames)
        group.permissions.add(*permissions)
        for access in Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"):
            group.permissions.add(access)
