"""StreamField blocks for lessons. One place for every block an editor can compose."""

import copy

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class ClauseChooserBlock(blocks.ChooserBlock):
    """A clause chosen from the regulation pages (Wagtail's chooser modal), never pasted text."""

    target_model = "cms.Clause"

    @cached_property
    def widget(self):
        from .admin.viewsets import clause_chooser_viewset  # the viewset imports the models, which import this module

        return clause_chooser_viewset.widget_class()

    def bulk_to_python(self, values):
        """The clauses with their regulation page in one query (a quoted clause's link needs the regulation)."""
        objects = self.model_class.objects.select_related("regulation").in_bulk(values)
        seen, result = set(), []
        for pk in values:
            obj = objects.get(pk)
            if obj is not None and pk in seen:
                obj = copy.copy(obj)  # the same clause twice: distinct instances, as Wagtail's ChooserBlock gives
            seen.add(pk)
            result.append(obj)
        return result

    class Meta:
        icon = "doc-full"


class KeyPointsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("judul"), default=_("Poin penting"))
    points = blocks.ListBlock(blocks.CharBlock(label=_("poin")), label=_("poin-poin"))

    class Meta:
        icon = "list-ul"
        label = _("Ringkasan poin penting")
        template = "blocks/key_points.html"


class AllowedForbiddenBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("judul"), required=False)
    allowed = blocks.ListBlock(blocks.CharBlock(label=_("hal")), label=_("Boleh"))
    forbidden = blocks.ListBlock(blocks.CharBlock(label=_("hal")), label=_("Dilarang"))

    class Meta:
        icon = "tasks"
        label = _("Boleh / dilarang")
        template = "blocks/allowed_forbidden.html"


class ScenarioBlock(blocks.StructBlock):
    RULINGS = [("allowed", _("Boleh")), ("forbidden", _("Dilarang")), ("risky", _("Berisiko, hindari"))]

    situation = blocks.TextBlock(label=_("situasi"))
    ruling = blocks.ChoiceBlock(choices=RULINGS, label=_("penilaian"))
    explanation = blocks.TextBlock(label=_("penjelasan"))
    basis = ClauseChooserBlock(label=_("dasar hukum"), required=False)

    class Meta:
        icon = "help"
        label = _("Kartu skenario")
        template = "blocks/scenario.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["ruling_label"] = dict(self.RULINGS).get(value["ruling"], "")
        return context


class ClauseQuoteBlock(blocks.StructBlock):
    clause = ClauseChooserBlock(label=_("pasal / butir"))
    note = blocks.TextBlock(label=_("catatan"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Kutipan pasal")
        template = "blocks/clause_quote.html"


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("gambar"))
    caption = blocks.CharBlock(label=_("keterangan"), required=False)

    class Meta:
        icon = "image"
        label = _("Gambar")
        template = "blocks/figure.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("alamat video"), help_text=_("Misalnya tautan YouTube."))
    caption = blocks.CharBlock(label=_("keterangan"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("dokumen"))
    title = blocks.CharBlock(label=_("judul tautan"), required=False)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Unduhan dokumen")
        template = "blocks/document.html"


class LessonStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Teks"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
    )
    allowed_forbidden = AllowedForbiddenBlock()
    scenario = ScenarioBlock()
    clause_quote = ClauseQuoteBlock()
    figure = FigureBlock()
    video = VideoBlock()
    document = DocumentBlock()
    key_points = KeyPointsBlock()
