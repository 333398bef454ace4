"""Admin viewsets of the content app: the clause chooser lessons use, and topics as snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from ..models import Clause, Topic


class ClauseListMixin:
    def get_object_list(self):
        return Clause.objects.select_related("regulation").order_by("regulation__short_name", "sort_order")


class ClauseChooseView(ClauseListMixin, chooser_views.ChooseView):
    pass


class ClauseChooseResultsView(ClauseListMixin, chooser_views.ChooseResultsView):
    pass


class ClauseChooserViewSet(ChooserViewSet):
    model = Clause
    icon = "doc-full"
    choose_one_text = _("Pilih pasal")
    choose_another_text = _("Pilih pasal lain")
    edit_item_text = _("Ubah")
    per_page = 30
    choose_view_class = ClauseChooseView
    choose_results_view_class = ClauseChooseResultsView


clause_chooser_viewset = ClauseChooserViewSet("clause_chooser", url_prefix="pilih-pasal")


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topik pasal")
    add_to_admin_menu = False
    list_display = ["name", "slug"]
    search_fields = ["name"]
