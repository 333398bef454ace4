"""Admin registration of the project package: the audit-log action shared by every app's exports."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .admin import EXPORTED


@hooks.register("register_log_actions")
def register_export_action(actions):
    actions.register_action(EXPORTED, _("Data HR diekspor"), _("Data HR diekspor"))
