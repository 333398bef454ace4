"""Admin registration of the project package: the audit-log action shared by every app's exports, and the admin's
stylesheet."""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .admin import EXPORTED


@hooks.register("register_log_actions")
def register_export_action(actions):
    actions.register_action(EXPORTED, _("Data HR diekspor"), _("Data HR diekspor"))


@hooks.register("insert_global_admin_css")
def admin_stylesheet():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))
