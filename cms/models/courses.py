"""What to learn, as pages: the site's home, the training index, courses and their lessons, and each employee's
reading progress."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import LessonStreamBlock


class HomePage(Page):
    intro = RichTextField(_("pengantar"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["cms.TrainingIndexPage", "cms.RegulationIndexPage"]
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
    for_pns = models.BooleanField(_("PNS"), default=True)
    for_pppk = models.BooleanField(_("PPPK"), default=True)
    for_non_asn = models.BooleanField(_("pegawai non-ASN"), default=False)
    jp = models.PositiveSmallIntegerField(
        _("JP"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Jam pelajaran pengembangan kompetensi yang diakui."),
    )
    due_date = models.DateField(_("batas waktu penyelesaian"), null=True, blank=True)
    require_lessons_before_quiz = models.BooleanField(_("semua materi wajib dibaca sebelum kuis"), default=True)
    version = models.PositiveIntegerField(
        _("versi"),
        default=1,
        help_text=_("Naik otomatis saat pembaruan aturan yang mewajibkan sertifikasi ulang diterbitkan."),
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("masa berlaku sertifikat (bulan)"),
        null=True,
        blank=True,
        help_text=_("Kosongkan bila sertifikat berlaku tanpa batas waktu."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("for_pns"), FieldPanel("for_pppk"), FieldPanel("for_non_asn")], heading=_("Sasaran")),
        MultiFieldPanel(
            [
                FieldPanel("jp"),
                FieldPanel("due_date"),
                FieldPanel("require_lessons_before_quiz"),
                FieldPanel("version"),
                FieldPanel("certificate_validity_months"),
            ],
            heading=_("Penyelenggaraan dan sertifikasi"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    parent_page_types = ["cms.TrainingIndexPage"]
    subpage_types = ["cms.LessonPage", "quizzes.QuizPage"]

    class Meta:
        verbose_name = _("pelatihan")
        verbose_name_plural = _("pelatihan")

    @property
    def audience_labels(self) -> list[str]:
        flags = [(self.for_pns, _("PNS")), (self.for_pppk, _("PPPK")), (self.for_non_asn, _("pegawai non-ASN"))]
        return [label for wanted, label in flags if wanted]

    def get_context(self, request, *args, **kwargs):
        from .. import selectors  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.course_progress(course=self, user=request.user))
        context["assessment"] = selectors.course_assessment(self)
        context["version_changes"] = self.version_changes.select_related("rule_update").order_by("-to_version")
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
        from .. import cache, selectors  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        # Course, neighbours and the rendered body (body_html), the same for every learner: cached per revision.
        context.update(cache.lesson_parts(self, request))
        context["is_read"] = selectors.lesson_is_read(lesson=self, user=request.user)
        return context


class LessonProgress(models.Model):
    """A lesson an employee has read to the end (confirmed with the button at its end)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress")
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="progress")
    read_at = models.DateTimeField(_("dibaca pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("progres materi")
        verbose_name_plural = _("progres materi")
        constraints = [models.UniqueConstraint(fields=["user", "lesson"], name="lesson_read_once")]
