from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrackingConfig(AppConfig):
    """Who has completed. Reads the apps below it and keeps its completion rows from their events (receivers)."""

    name = "tracking"
    verbose_name = _("Penugasan dan penyelesaian")

    def ready(self):
        from employees.privacy import register_section

        from . import privacy, receivers

        receivers.connect()

        from cms.selectors import register_impact_provider, register_learner_home

        from .selectors import add_rule_update_impact, learner_home

        register_impact_provider(add_rule_update_impact)
        register_learner_home(learner_home)
        register_section("penugasan", privacy.assignments)
        register_section("penyelesaian", privacy.completions)
        register_section("pengingat_terkirim", privacy.reminders)
