"""Quiz permissions for the editorial groups: item statistics and the pledge text. Personal results (the attempts
listing) stay with HR (see employees.demo's "HR BKD" group)."""

from django.contrib.auth.models import Group, Permission

EDITORIAL = {"Editors": ["view_quiz_statistics", "add_pledgetext", "change_pledgetext"],
             "Moderators": ["view_quiz_statistics", "add_pledgetext", "change_pledgetext"]}  # fmt: skip


def ensure_quiz_permissions(**kwargs) -> None:
    for name, codenames in EDITORIAL.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="quizzes", codename__in=codenames))
