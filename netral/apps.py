from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class NetralConfig(AppConfig):
    """The project package: settings, URLs, the admin toolkit and the roles. It wires the apps; none imports it
    except for the admin toolkit (netral.admin) and the roles' names."""

    name = "netral"
    verbose_name = _("Netral")

    def ready(self):
        from .roles import ensure_roles

        # After every app's migrations: the permissions of the apps exist only once their own post_migrate ran.
        post_migrate.connect(ensure_roles, dispatch_uid="netral_roles")
