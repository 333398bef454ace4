from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo regency: `seed_demo`, `demo_totp`, the demo content and the demo codes on the second-factor page.
    Installed by the dev and test settings only; production never loads it."""

    name = "demo"
    verbose_name = _("Demo")
