from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Kuis")

    def ready(self):
        from .permissions import ensure_quiz_permissions

        # After every app (not only this one): permissions of later apps exist only once their own post_migrate ran.
        post_migrate.connect(ensure_quiz_permissions, dispatch_uid="netral_quiz_permissions")

        from employees.privacy import register_section

        from . import privacy

        register_section("pakta_integritas", privacy.pledges)
        register_section("percobaan_kuis", privacy.attempts)
