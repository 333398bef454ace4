"""Admin wiring of the employees app: the audit-log action of roster imports."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .roster import IMPORTED


@hooks.register("register_log_actions")
def register_roster_action(actions):
    actions.register_action(IMPORTED, _("Daftar pegawai diimpor"), _("Daftar pegawai diimpor"))
