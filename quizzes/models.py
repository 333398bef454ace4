"""Assessment: a quiz page under a course, its questions and choices, and learners' attempts."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page


class QuizPage(Page):
    """The quiz of a course (a child page of the course). Questions are ordered rows in a pool; each attempt
    draws from the pool and freezes what it drew."""

    class Review(models.TextChoices):
        SCORE = "score", _("Nilai saja")
        WRONG = "wrong", _("Nilai dan soal yang salah")
        FULL = "full", _("Pembahasan lengkap: kunci jawaban dan penjelasan")

    class ReviewWhen(models.TextChoices):
        IMMEDIATELY = "immediately", _("Langsung setelah dikumpulkan")
        AFTER_PASSING = "after_passing", _("Setelah peserta lulus")
        AFTER_CLOSE = "after_close", _("Setelah kuis ditutup")

    intro = RichTextField(_("petunjuk"), blank=True, features=["bold", "italic", "ol", "ul", "link"])
    pass_mark = models.PositiveSmallIntegerField(
        _("nilai kelulusan (%)"), default=80, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    draw_count = models.PositiveSmallIntegerField(
        _("jumlah soal per percobaan"), default=0, help_text=_("0 = semua soal dalam bank soal.")
    )
    draw_per_topic = models.PositiveSmallIntegerField(
        _("jumlah soal per topik"),
        default=0,
        help_text=_("Bila diisi, tiap percobaan mengambil sejumlah ini dari tiap topik (menggantikan jumlah di atas)."),
    )
    shuffle_questions = models.BooleanField(_("acak urutan soal"), default=True)
    shuffle_choices = models.BooleanField(_("acak urutan pilihan"), default=True)
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("batas waktu (menit)"), null=True, blank=True, help_text=_("Kosongkan bila tanpa batas waktu.")
    )
    grace_seconds = models.PositiveSmallIntegerField(
        _("tenggang waktu (detik)"),
        default=60,
        help_text=_("Kiriman setelah batas waktu dan tenggang dinilai dari jawaban yang sudah tersimpan."),
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maksimal percobaan"), null=True, blank=True, help_text=_("Kosongkan bila tidak dibatasi.")
    )
    wait_minutes = models.PositiveIntegerField(_("jeda antarpercobaan (menit)"), default=0)
    opens_at = models.DateTimeField(_("dibuka pada"), null=True, blank=True)
    closes_at = models.DateTimeField(_("ditutup pada"), null=True, blank=True)
    review = models.CharField(
        _("yang dilihat peserta setelah mengumpulkan"), max_length=16, choices=Review.choices, default=Review.FULL
    )
    review_when = models.CharField(
        _("kapan pembahasan ditampilkan"), max_length=16, choices=ReviewWhen.choices, default=ReviewWhen.IMMEDIATELY
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldRowPanel([FieldPanel("draw_count"), FieldPanel("draw_per_topic")]),
                FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_choices")]),
                FieldRowPanel([FieldPanel("time_limit_minutes"), FieldPanel("grace_seconds")]),
                FieldRowPanel([FieldPanel("max_attempts"), FieldPanel("wait_minutes")]),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldRowPanel([FieldPanel("review"), FieldPanel("review_when")]),
            ],
            heading=_("Pengaturan"),
        ),
        InlinePanel("questions", label=_("Soal"), heading=_("Bank soal"), min_num=1),
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
        MULTIPLE = "multiple", _("Pilihan ganda (beberapa jawaban benar)")
        TRUE_FALSE = "true_false", _("Benar / salah")

    class Scoring(models.TextChoices):
        ALL = "all", _("Semua atau tidak sama sekali")
        PARTIAL = "partial", _("Sebagian (benar dikurangi salah)")

    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="questions")
    text = models.TextField(_("soal"), help_text=_("Biasanya berupa skenario singkat dan pertanyaannya."))
    kind = models.CharField(_("jenis"), max_length=16, choices=Kind.choices, default=Kind.SINGLE)
    scoring = models.CharField(
        _("penilaian"),
        max_length=8,
        choices=Scoring.choices,
        default=Scoring.ALL,
        help_text=_("Untuk pilihan ganda: sebagian memberi nilai per pilihan benar, dikurangi pilihan salah."),
    )
    explanation = models.TextField(_("pembahasan"), blank=True, help_text=_("Ditampilkan setelah kuis dinilai."))
    weight = models.PositiveSmallIntegerField(_("bobot"), default=1, validators=[MinValueValidator(1)])
    topic = models.ForeignKey(
        "cms.Topic", verbose_name=_("topik"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    clause = models.ForeignKey(
        "cms.Clause",
        verbose_name=_("pasal yang diuji"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )

    panels = [
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("scoring"), FieldPanel("weight")]),
        FieldRowPanel([FieldPanel("topic"), FieldPanel("clause")]),
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
    number = models.PositiveSmallIntegerField(_("percobaan ke"), default=1)
    started_at = models.DateTimeField(_("dimulai"), auto_now_add=True)
    deadline = models.DateTimeField(_("batas waktu"), null=True, blank=True)
    saved_at = models.DateTimeField(_("terakhir disimpan"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("dikumpulkan"), null=True, blank=True)
    late = models.BooleanField(_("terlambat"), default=False)
    snapshot = models.JSONField(_("soal yang ditampilkan"))
    answers = models.JSONField(_("jawaban"), default=dict, blank=True)
    score = models.DecimalField(_("nilai"), max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(_("lulus"), null=True, blank=True)

    class Meta:
        verbose_name = _("percobaan kuis")
        verbose_name_plural = _("percobaan kuis")
        ordering = ["-started_at"]
        # The attempts list, newest submission first: read from this index, one page at a time.
        indexes = [
            models.Index(
                models.F("submitted_at").desc(),
                name="attempt_submitted_newest",
                condition=models.Q(submitted_at__isnull=False),
            )
        ]
        constraints = [
            # At most one open attempt per learner and quiz: a second "start" resumes it.
            models.UniqueConstraint(
                fields=["user", "quiz"], condition=models.Q(submitted_at__isnull=True), name="one_open_attempt"
            ),
            # The n-th attempt exists once: with the limit checked under a row lock, two starts cannot both count.
            models.UniqueConstraint(fields=["user", "quiz", "number"], name="attempt_number_once"),
        ]
        permissions = [("view_quiz_statistics", _("Dapat melihat statistik soal"))]

    def __str__(self) -> str:
        return f"{self.user} – {self.quiz} ({self.started_at:%Y-%m-%d %H:%M})"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None


class PledgeText(models.Model):
    """The neutrality pledge (pakta integritas netralitas) learners confirm before their first attempt. Editors
    keep one text; every change of wording is a new version, and confirmations record the version they saw."""

    title = models.CharField(_("judul"), max_length=200, default=_("Pakta Integritas Netralitas ASN"))
    text = RichTextField(_("isi pakta"), features=["bold", "italic", "ol", "ul"])
    version = models.PositiveIntegerField(_("versi"), default=1, editable=False)
    updated_at = models.DateTimeField(_("diperbarui"), auto_now=True)

    panels = [FieldPanel("title"), FieldPanel("text")]

    class Meta:
        verbose_name = _("pakta integritas")
        verbose_name_plural = _("pakta integritas")

    def __str__(self) -> str:
        return f"{self.title} (v{self.version})"

    def save(self, *args, **kwargs):
        if self.pk:
            previous = PledgeText.objects.filter(pk=self.pk).values_list("text", "title").first()
            if previous and previous != (self.text, self.title):
                self.version += 1
        super().save(*args, **kwargs)

    @classmethod
    def current(cls) -> "PledgeText | None":
        return cls.objects.order_by("pk").first()


class PledgeConfirmation(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="pledges")
    pledge = models.ForeignKey(PledgeText, on_delete=models.PROTECT, related_name="confirmations")
    version = models.PositiveIntegerField(_("versi"))
    text = models.TextField(_("teks yang disetujui"))
    confirmed_at = models.DateTimeField(_("disetujui pada"), auto_now_add=True)
    ip_address = models.GenericIPAddressField(_("alamat IP"), null=True, blank=True)

    class Meta:
        verbose_name = _("persetujuan pakta integritas")
        verbose_name_plural = _("persetujuan pakta integritas")
        constraints = [
            models.UniqueConstraint(fields=["user", "pledge", "version"], name="pledge_confirmed_once_per_version")
        ]
