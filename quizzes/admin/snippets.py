"""The pledge text as a Wagtail snippet (editors keep one text; each change of wording is a new version)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from ..models import PledgeText


class PledgeViewSet(SnippetViewSet):
    model = PledgeText
    icon = "doc-full"
    menu_label = _("Pakta integritas")
    add_to_admin_menu = False
