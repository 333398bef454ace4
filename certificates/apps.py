from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Sertifikat")

    def ready(self):
        from employees.privacy import register_section

        from . import privacy

        register_section("sertifikat", privacy.certificates)
