"""Admin registration of the content app (registration only: the viewsets and formatters are in cms/admin/)."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .admin.log_actions import VersionRaisedFormatter
from .admin.viewsets import TopicViewSet, clause_chooser_viewset
from .services import VERSION_RAISED

register_snippet(TopicViewSet)


@hooks.register("register_admin_viewset")
def register_clause_chooser():
    return clause_chooser_viewset


@hooks.register("register_log_actions")
def register_version_action(actions):
    actions.register_action(VERSION_RAISED)(VersionRaisedFormatter)
