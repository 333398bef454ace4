from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Konten pelatihan")

    def ready(self):
        from . import receivers

        receivers.connect()

        from . import cache

        cache.connect()

        from employees.privacy import register_section

        from .privacy import lesson_progress

        register_section("materi_dibaca", lesson_progress)
