"""Admin wiring of the employees app: roster import and its audit-log action."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .privacy import DOWNLOADED
from .roster import IMPORTED


@hooks.register("register_log_actions")
def register_roster_action(actions):
    actions.register_action(IMPORTED, _("Daftar pegawai diimpor"), _("Daftar pegawai diimpor"))
    actions.register_action(DOWNLOADED, _("Data pribadi diunduh"), _("Pegawai mengunduh data pribadinya"))


@hooks.register("register_admin_urls")
def register_roster_urls():
    from .admin_views import RosterImportView

    return [path("pegawai/impor/", RosterImportView.as_view(), name="roster_import")]


class RosterMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("employees.import_roster")


@hooks.register("register_settings_menu_item")
def register_roster_menu_item():
    return RosterMenuItem(_("Impor daftar pegawai"), reverse("roster_import"), name="roster-import",
                          icon_name="upload", order=610)  # fmt: skip
