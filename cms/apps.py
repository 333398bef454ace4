from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Konten pelatihan")

    def ready(self):
        from . import signals
        from .permissions import ensure_editorial_groups

        signals.connect()
        # After every app (not only this one): permissions of later apps exist only once their own post_migrate ran.
        post_migrate.connect(ensure_editorial_groups, dispatch_uid="netral_editorial_groups")

        from employees.privacy import register_section

        from .privacy import lesson_progress

        register_section("materi_dibaca", lesson_progress)
