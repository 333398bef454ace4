"""Assessment: a quiz page under a course, its questions and choices, and learners' attempts."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page


class QuizPage(Page):
    """The quiz of a course (a child page of the course). Questions are ordered rows, not free JSON."""

    intro = RichTextField(_("petunjuk"), blank=True, features=["bold", "italic", "ol", "ul", "link"])
    pass_mark = models.PositiveSmallIntegerField(
        _("nilai kelulusan (%)"), default=70, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("pass_mark"),
        InlinePanel("questions", label=_("Soal"), min_num=1),
    ]
    parent_page_types = ["cms.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("kuis")
        verbose_name_plural = _("kuis")

    @property
    def course(self):
        return self.get_parent().specific

    def serve(self, request, *args, **kwargs):
        from .views import quiz_page_serve  # views import models: keep the page thin and the flow in views

        return quiz_page_serve(request, self)


class Question(ClusterableModel, Orderable):
    class Kind(models.TextChoices):
        SINGLE = "single", _("Pilihan tunggal")
        MULTIPLE = "multiple", _("Pilihan ganda (semua benar)")
        TRUE_FALSE = "true_false", _("Benar / salah")

    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="questions")
    text = models.TextField(_("soal"), help_text=_("Biasanya berupa skenario singkat dan pertanyaannya."))
    kind = models.CharField(_("jenis"), max_length=16, choices=Kind.choices, default=Kind.SINGLE)
    explanation = models.TextField(_("pembahasan"), blank=True, help_text=_("Ditampilkan setelah kuis dinilai."))
    weight = models.PositiveSmallIntegerField(_("bobot"), default=1, validators=[MinValueValidator(1)])

    panels = [
        FieldPanel("text"),
        FieldPanel("kind"),
        FieldPanel("weight"),
        FieldPanel("explanation"),
        InlinePanel("choices", label=_("Pilihan jawaban"), min_num=2),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("soal")
        verbose_name_plural = _("soal")

    def __str__(self) -> str:
        return self.text[:80]


class Choice(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("pilihan"), max_length=500)
    is_correct = models.BooleanField(_("jawaban benar"), default=False)

    panels = [FieldPanel("text"), FieldPanel("is_correct")]

    class Meta(Orderable.Meta):
        verbose_name = _("pilihan jawaban")
        verbose_name_plural = _("pilihan jawaban")

    def __str__(self) -> str:
        return self.text


class Attempt(models.Model):
    """One sitting of a quiz. `snapshot` freezes exactly what was shown (and the key), so later edits to the
    questions never change a past result."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("pegawai"), on_delete=models.PROTECT, related_name="attempts"
    )
    quiz = models.ForeignKey(QuizPage, verbose_name=_("kuis"), on_delete=models.PROTECT, related_name="attempts")
    started_at = models.DateTimeField(_("dimulai"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("dikumpulkan"), null=True, blank=True)
    snapshot = models.JSONField(_("soal yang ditampilkan"))
    answers = models.JSONField(_("jawaban"), default=dict, blank=True)
    score = models.DecimalField(_("nilai"), max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(_("lulus"), null=True, blank=True)

    class Meta:
        verbose_name = _("percobaan kuis")
        verbose_name_plural = _("percobaan kuis")
        ordering = ["-started_at"]
        constraints = [
            # At most one open attempt per learner and quiz: a second "start" resumes it.
            models.UniqueConstraint(
                fields=["user", "quiz"], condition=models.Q(submitted_at__isnull=True), name="one_open_attempt"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.quiz} ({self.started_at:%Y-%m-%d %H:%M})"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None
