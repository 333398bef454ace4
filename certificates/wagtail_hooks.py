"""Admin registration of the certificates app (registration only: the views are in certificates/admin/)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from netral.admin import PermissionMenuItem

from .admin.views import CertificateDetailView, CertificateRegisterView, CertificateZipView
from .permissions import VIEW_CERTIFICATES
from .services import REISSUED, REVOKED


@hooks.register("register_admin_urls")
def register_certificate_urls():
    return [
        path("sertifikat/", CertificateRegisterView.as_view(), name="certificate_register"),
        path(
            "sertifikat/results/",
            CertificateRegisterView.as_view(results_only=True),
            name="certificate_register_results",
        ),
        path("sertifikat/zip/", CertificateZipView.as_view(), name="certificate_zip"),
        path("sertifikat/<int:pk>/", CertificateDetailView.as_view(), name="certificate_detail"),
    ]


@hooks.register("register_reports_menu_item")
def register_certificate_menu_item():
    return PermissionMenuItem(
        _("Register sertifikat"),
        reverse("certificate_register"),
        name="certificates",
        icon_name="doc-full",
        order=15,
        permission=VIEW_CERTIFICATES,
    )


@hooks.register("register_log_actions")
def register_certificate_actions(actions):
    actions.register_action(REVOKED, _("Sertifikat dicabut"), _("Sertifikat dicabut"))
    actions.register_action(REISSUED, _("Sertifikat diterbitkan ulang"), _("Sertifikat diterbitkan ulang"))
