from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Sertifikat dan penyelesaian")

    def ready(self):
        from . import signals

        signals.connect()

        from employees.privacy import register_section

        from . import privacy

        register_section("sertifikat", privacy.certificates)
        register_section("penugasan", privacy.assignments)
        register_section("penyelesaian", privacy.completions)
        register_section("pengingat_terkirim", privacy.reminders)
