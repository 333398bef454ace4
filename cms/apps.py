from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Konten pelatihan")

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import receivers
        from .services import site_follow_public_url

        receivers.connect()
        post_migrate.connect(site_follow_public_url, sender=self, dispatch_uid="cms_site_follows_public_url")

        from . import cache

        cache.connect()

        from employees.privacy import register_section

        from .privacy import lesson_progress

        register_section("materi_dibaca", lesson_progress)
