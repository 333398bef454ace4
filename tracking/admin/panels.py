"""The HR officer's panel on the Wagtail admin home: the headline figures of their scope, each a link to the list."""

from django.db.models import Count
from django.utils import timezone
from wagtail.admin.ui.components import Component

from ..models import Completion
from ..selectors import assigned_courses, completions_visible, status_filters

HEADLINES = ["completed", "renewal", "overdue", "renewal_overdue"]


class CompletionHomePanel(Component):
    name = "netral-completion"
    order = 50
    template_name = "tracking/admin/home_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        today = timezone.localdate()
        filters = status_filters(today)
        courses = []
        for course in assigned_courses()[:5]:
            rows = completions_visible(self.request.user, course)
            counts = rows.aggregate(
                assigned=Count("pk"), **{key: Count("pk", filter=filters[key]) for key in HEADLINES}
            )
            courses.append(
                {
                    "course": course,
                    "assigned": counts["assigned"],
                    "figures": [(key, Completion.STATUS_LABELS[key], counts[key]) for key in HEADLINES],
                }
            )
        context["courses"] = courses
        return context
