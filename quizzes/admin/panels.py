"""Panels of the quiz page's edit form."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class QuizCheckPanel(Panel):
    """On a quiz's edit page: whether the bank can fill the blueprint (per topic, required vs available) and the
    item-writing flaws of its questions, computed from what is saved (save a draft to refresh it)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Pemeriksaan bank soal"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "quizzes/admin/check_panel.html"

        def get_context_data(self, parent_context=None):
            from ..statistics import bank_report

            context = super().get_context_data(parent_context)
            context["report"] = bank_report(self.instance) if self.instance else None
            return context
