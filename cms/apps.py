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
        post_migrate.connect(ensure_editorial_groups, sender=self, dispatch_uid="netral_editorial_groups")
