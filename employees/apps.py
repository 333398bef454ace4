from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EmployeesConfig(AppConfig):
    name = "employees"
    verbose_name = _("Pegawai")

    def ready(self):
        from . import (
            middleware,  # noqa: F401  (connects the login signal that starts the staff idle clock)
            permission_cache,
        )

        permission_cache.connect()
