"""StreamField blocks for lessons. One place for every block an editor can compose."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class KeyPointsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("judul"), default=_("Poin penting"))
    points = blocks.ListBlock(blocks.CharBlock(label=_("poin")), label=_("poin-poin"))

    class Meta:
        icon = "list-ul"
        label = _("Ringkasan poin penting")
        template = "blocks/key_points.html"


class LessonStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Teks"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
    )
    key_points = KeyPointsBlock()
