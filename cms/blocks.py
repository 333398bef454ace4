"""StreamField blocks for lessons. One place for every block an editor can compose."""

import copy

from django.core.exceptions import ValidationError
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


class GuidanceSourceBlock(blocks.StructBlock):
    """Who says so, when a statement is guidance (an agency's advice, a regional circular, an official's remarks)
    rather than the ruling of a clause: the learner sees the issuer, the source's name, its date and link."""

    ISSUERS = [
        ("bkn", _("BKN")),
        ("bawaslu", _("Bawaslu")),
        ("kasn", _("KASN")),
        ("kemenpanrb", _("KemenPANRB")),
        ("kemendagri", _("Kemendagri")),
        ("daerah", _("Pemerintah daerah (surat edaran atau arahan)")),
        ("sosialisasi", _("Materi sosialisasi")),
        ("media", _("Pemberitaan")),
        ("tim-materi", _("Tim materi pelatihan")),
        ("lainnya", _("Lainnya")),
    ]

    issuer = blocks.ChoiceBlock(choices=ISSUERS, label=_("penerbit panduan"), required=False)
    name = blocks.CharBlock(
        label=_("nama sumber"),
        required=False,
        help_text=_("Misalnya: pernyataan Pj Bupati Batang kepada media, 2 Oktober 2023."),
    )
    url = blocks.URLBlock(label=_("alamat sumber"), required=False)
    date = blocks.DateBlock(label=_("tanggal sumber"), required=False)

    class Meta:
        icon = "info-circle"
        label = _("Sumber panduan")
        form_classname = "struct-block guidance-source"


def guidance_issuer_label(value) -> str:
    return dict(GuidanceSourceBlock.ISSUERS).get(value.get("issuer") if value else None, "")


def _require_guidance_source(value, field: str = "source"):
    source = value.get(field)
    if not source or not source.get("name") or not source.get("issuer"):
        raise blocks.StructBlockValidationError(
            block_errors={field: ValidationError(_("Panduan harus menyebut penerbit dan nama sumbernya."))}
        )


class GuidanceBlock(blocks.StructBlock):
    """Panduan: advice with its source (BKN, Bawaslu, a regional circular), shown apart from a clause's ruling."""

    text = blocks.TextBlock(label=_("isi panduan"))
    source = GuidanceSourceBlock(label=_("sumber panduan"))

    class Meta:
        icon = "info-circle"
        label = _("Panduan (dengan sumber)")
        template = "blocks/guidance.html"

    def clean(self, value):
        value = super().clean(value)
        _require_guidance_source(value)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["issuer_label"] = guidance_issuer_label(value["source"])
        return context


class RulingBlock(blocks.StructBlock):
    """Ketentuan: what a clause rules, in our words, always linked to the clause page."""

    text = blocks.TextBlock(label=_("isi ketentuan (ringkasan kita)"))
    clause = ClauseChooserBlock(label=_("pasal / butir"))

    class Meta:
        icon = "doc-full"
        label = _("Ketentuan (dengan pasal)")
        template = "blocks/ruling.html"


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
    basis = blocks.ListBlock(ClauseChooserBlock(label=_("pasal / butir")), label=_("dasar hukum"), min_num=0)
    guidance = GuidanceSourceBlock(label=_("sumber panduan"), required=False)

    class Meta:
        icon = "tasks"
        label = _("Boleh / dilarang")
        template = "blocks/allowed_forbidden.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["issuer_label"] = guidance_issuer_label(value.get("guidance"))
        return context


class ScenarioBlock(blocks.StructBlock):
    RULINGS = [("allowed", _("Boleh")), ("forbidden", _("Dilarang")), ("risky", _("Berisiko, hindari"))]

    situation = blocks.TextBlock(label=_("situasi"))
    ruling = blocks.ChoiceBlock(choices=RULINGS, label=_("penilaian"))
    explanation = blocks.TextBlock(label=_("penjelasan"))
    basis = ClauseChooserBlock(label=_("dasar hukum"), required=False)
    guidance = GuidanceSourceBlock(
        label=_("sumber panduan"),
        required=False,
        help_text=_("Isi bila penilaian ini berupa panduan (BKN, Bawaslu, surat edaran daerah), bukan putusan pasal."),
    )

    class Meta:
        icon = "help"
        label = _("Kartu skenario")
        template = "blocks/scenario.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["ruling_label"] = dict(self.RULINGS).get(value["ruling"], "")
        context["issuer_label"] = guidance_issuer_label(value.get("guidance"))
        return context

    def clean(self, value):
        value = super().clean(value)
        guidance = value.get("guidance") or {}
        if not value.get("basis") and not guidance.get("name"):
            raise blocks.StructBlockValidationError(
                block_errors={"basis": ValidationError(_("Pilih pasal dasar hukumnya, atau isi sumber panduannya."))}
            )
        if guidance.get("name") and not guidance.get("issuer"):
            _require_guidance_source(value, "guidance")
        return value


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
    ruling = RulingBlock()
    guidance = GuidanceBlock()
    clause_quote = ClauseQuoteBlock()
    figure = FigureBlock()
    video = VideoBlock()
    document = DocumentBlock()
    key_points = KeyPointsBlock()
