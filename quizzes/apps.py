from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Kuis")

    def ready(self):
        from employees.privacy import register_section

        from . import privacy

        register_section("pakta_integritas", privacy.pledges)
        register_section("percobaan_kuis", privacy.attempts)
