"""Admin wiring of the content app: clause chooser, topics, and the version log action."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet

from .admin.viewsets import TopicViewSet, clause_chooser_viewset
from .services import VERSION_RAISED

register_snippet(TopicViewSet)


@hooks.register("register_admin_viewset")
def register_clause_chooser():
    return clause_chooser_viewset


@hooks.register("register_log_actions")
def register_version_action(actions):
    @actions.register_action(VERSION_RAISED)
    class VersionRaised(LogFormatter):
        label = _("Versi pelatihan dinaikkan")

        def format_message(self, log_entry):
            data = log_entry.data
            return _("Versi dinaikkan dari %(from)s ke %(to)s oleh pembaruan aturan “%(title)s”.") % data
