"""What to learn: the site's home, the training index, courses and their lessons (Wagtail pages)."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import LessonStreamBlock


class HomePage(Page):
    intro = RichTextField(_("pengantar"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["cms.TrainingIndexPage"]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("beranda")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = CoursePage.objects.live().public().order_by("path")
        return context


class TrainingIndexPage(Page):
    intro = RichTextField(_("pengantar"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.CoursePage"]

    class Meta:
        verbose_name = _("indeks pelatihan")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = CoursePage.objects.child_of(self).live().public()
        return context


class CoursePage(Page):
    """A course: its lessons and its quiz are child pages, in the order editors give them."""

    summary = models.TextField(_("ringkasan"), help_text=_("Satu atau dua kalimat untuk daftar pelatihan."))
    jp = models.PositiveSmallIntegerField(
        _("JP"), default=2, validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Jam pelajaran yang diakui (1 JP = 45 menit)."),
    )  # fmt: skip
    version = models.PositiveIntegerField(
        _("versi"), default=1, help_text=_("Naik bila perubahan aturan mengharuskan sertifikasi ulang.")
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("masa berlaku sertifikat (bulan)"), null=True, blank=True,
        help_text=_("Kosongkan bila sertifikat berlaku tanpa batas waktu."),
    )  # fmt: skip

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("jp"), FieldPanel("version"), FieldPanel("certificate_validity_months")],
            heading=_("Sertifikasi"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    parent_page_types = ["cms.TrainingIndexPage"]
    subpage_types = ["cms.LessonPage", "quizzes.QuizPage"]

    class Meta:
        verbose_name = _("pelatihan")
        verbose_name_plural = _("pelatihan")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = self.get_children().live().public()
        context["lessons"] = LessonPage.objects.child_of(self).live().public()
        # The assessment is whatever live child is not a lesson (the quizzes app adds it; cms does not import it).
        assessment = children.not_type(LessonPage).first()
        context["assessment"] = assessment.specific if assessment else None
        return context


class LessonPage(Page):
    body = StreamField(LessonStreamBlock(), verbose_name=_("isi materi"))

    content_panels = Page.content_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["cms.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("materi")
        verbose_name_plural = _("materi")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        siblings = LessonPage.objects.sibling_of(self).live().public()
        context["previous_lesson"] = siblings.filter(path__lt=self.path).order_by("-path").first()
        context["next_lesson"] = siblings.filter(path__gt=self.path).order_by("path").first()
        context["course"] = self.get_parent().specific
        return context
