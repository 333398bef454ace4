"""Panels of the content app's edit forms."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class RuleUpdateImpactPanel(Panel):
    """On a rule update's edit page: what publishing it does (courses, versions, holders who will need renewal,
    employees assigned; per unit for HR BKD), computed from what is saved (save a draft to refresh it)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Dampak bila diterbitkan"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "cms/admin/rule_update_impact_panel.html"

        def get_context_data(self, parent_context=None):
            from ..selectors import rule_update_impact

            context = super().get_context_data(parent_context)
            context["page"] = self.instance
            context["impact"] = rule_update_impact(self.instance, viewer=self.request.user) if self.instance else []
            context["renewal_due"] = self.instance.renewal_due(timezone.localdate()) if self.instance else None
            return context
