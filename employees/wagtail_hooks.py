"""Admin wiring of the employees app: roster import and its audit-log action."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from netral.admin import PermissionMenuItem

from .admin.units import WorkUnitViewSet
from .admin.views import RosterImportView, RosterTemplateView
from .models import WorkUnit
from .permissions import IMPORT_ROSTER
from .privacy import DOWNLOADED
from .roster import IMPORTED


@hooks.register("register_log_actions")
def register_roster_action(actions):
    actions.register_action(IMPORTED, _("Daftar pegawai diimpor"), _("Daftar pegawai diimpor"))
    actions.register_action(DOWNLOADED, _("Data pribadi diunduh"), _("Pegawai mengunduh data pribadinya"))


@hooks.register("register_admin_urls")
def register_roster_urls():
    return [
        path("pegawai/impor/", RosterImportView.as_view(), name="roster_import"),
        path("pegawai/impor/templat.xlsx", RosterTemplateView.as_view(), name="roster_template"),
    ]


@hooks.register("register_settings_menu_item")
def register_roster_menu_item():
    return PermissionMenuItem(
        _("Impor daftar pegawai"),
        reverse("roster_import"),
        name="roster-import",
        icon_name="upload",
        order=610,
        permission=IMPORT_ROSTER,
    )


register_permission_policy(WorkUnit, WorkUnitViewSet.permission_policy)


@hooks.register("register_admin_viewset")
def register_unit_viewset():
    return WorkUnitViewSet("unit_kerja", url_prefix="unit-kerja")
