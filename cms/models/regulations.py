"""The rules behind the training, as pages: regulations clause by clause (with topics), and rule updates that can
raise a course's version."""

import datetime

from django import forms
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..admin.forms import RuleUpdatePageForm
from ..admin.panels import RuleUpdateImpactPanel
from .courses import CoursePage


class Topic(models.Model):
    """A subject a clause is about (media sosial, kampanye, sanksi ...): editors tag clauses with it."""

    name = models.CharField(_("nama"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("topik")
        verbose_name_plural = _("topik")

    def __str__(self) -> str:
        return self.name


class RegulationIndexPage(Page):
    intro = RichTextField(_("pengantar"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.RegulationPage", "cms.RuleUpdatePage"]
    max_count = 1

    class Meta:
        verbose_name = _("indeks peraturan")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["regulations"] = RegulationPage.objects.child_of(self).live().public().order_by("-signed_on")
        context["rule_updates"] = RuleUpdatePage.objects.child_of(self).live().public().order_by("-effective_date")
        return context


class RegulationPage(RoutablePageMixin, Page):
    """A regulation (UU, PP, SKB, circular letter) and its key clauses, each clause with its own URL."""

    class Kind(models.TextChoices):
        UU = "uu", _("Undang-Undang")
        PP = "pp", _("Peraturan Pemerintah")
        SKB = "skb", _("Keputusan Bersama")
        SE_MENTERI = "se_menteri", _("Surat Edaran Menteri")
        SE_DAERAH = "se_daerah", _("Surat Edaran Kepala Daerah")
        OTHER = "other", _("Lainnya")

    class Status(models.TextChoices):
        IN_FORCE = "in_force", _("berlaku")
        REVOKED = "revoked", _("dicabut")
        AMENDED = "amended", _("diubah")

    kind = models.CharField(_("jenis"), max_length=16, choices=Kind.choices)
    short_name = models.CharField(_("nama singkat"), max_length=60, help_text=_("Misalnya PP 94/2021."))
    number = models.CharField(_("nomor"), max_length=255)
    issuer = models.CharField(_("penerbit"), max_length=200)
    signed_on = models.DateField(_("tanggal ditetapkan"), null=True, blank=True)
    in_force_on = models.DateField(_("tanggal berlaku"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.IN_FORCE)
    summary = RichTextField(_("ringkasan"), blank=True, features=["bold", "italic", "ul", "link"])
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("berkas peraturan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    verification_note = models.TextField(
        _("catatan verifikasi (hanya untuk editor)"),
        blank=True,
        help_text=_("Hal yang belum pasti dan harus dicek pada naskah resmi (JDIH). Tidak tampil bagi peserta."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("short_name"),
                FieldPanel("number"),
                FieldPanel("issuer"),
                FieldRowPanel([FieldPanel("signed_on"), FieldPanel("in_force_on")]),
                FieldPanel("status"),
                FieldPanel("document"),
            ],
            heading=_("Identitas peraturan"),
        ),
        FieldPanel("summary"),
        FieldPanel("verification_note"),
        InlinePanel("clauses", label=_("Pasal / butir"), heading=_("Pasal dan butir penting")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("short_name"),
        index.SearchField("number"),
        index.SearchField("summary"),
    ]
    parent_page_types = ["cms.RegulationIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("peraturan")
        verbose_name_plural = _("peraturan")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["clauses"] = self.clauses.prefetch_related("topics")
        return context

    @path("pasal/<slug:slug>/", name="clause")
    def clause_view(self, request, slug):
        clause = get_object_or_404(self.clauses.prefetch_related("topics"), slug=slug)
        return self.render(request, context_overrides={"clause": clause}, template="cms/clause_page.html")


class Clause(index.Indexed, ClusterableModel, Orderable):
    """One article or point of a regulation, in our own summary, addressable at <regulation>/pasal/<slug>/."""

    regulation = ParentalKey(RegulationPage, on_delete=models.CASCADE, related_name="clauses")
    number = models.CharField(_("nomor pasal / butir"), max_length=120, help_text=_("Misalnya Pasal 5 huruf n."))
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Bagian alamat tautan, misalnya pasal-5-huruf-n."))
    text = models.TextField(_("isi (ringkasan kita)"), help_text=_("Ringkas dengan kata-kata sendiri."))
    topics = ParentalManyToManyField(Topic, verbose_name=_("topik"), blank=True, related_name="clauses")
    verification_note = models.TextField(_("catatan verifikasi (hanya untuk editor)"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("slug")]),
        FieldPanel("text"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("verification_note"),
    ]
    search_fields = [
        index.SearchField("number"),
        index.SearchField("text"),
        index.AutocompleteField("number"),
        index.FilterField("regulation_id"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("pasal / butir")
        verbose_name_plural = _("pasal / butir")
        constraints = [models.UniqueConstraint(fields=["regulation", "slug"], name="clause_slug_unique_in_regulation")]

    def __str__(self) -> str:
        return f"{self.regulation.short_name} {self.number}"

    def get_url(self, request=None) -> str:
        return self.regulation.get_url(request) + self.regulation.reverse_subpage("clause", kwargs={"slug": self.slug})


class RuleUpdatePage(Page):
    """A change in the rules. Publishing one that requires re-certification raises the named courses' version."""

    summary = RichTextField(_("apa yang berubah"), features=["bold", "italic", "ul", "ol", "link"])
    regulation = models.ForeignKey(
        RegulationPage,
        verbose_name=_("peraturan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="rule_updates",
    )
    clauses = ParentalManyToManyField(Clause, verbose_name=_("pasal terkait"), blank=True, related_name="rule_updates")
    effective_date = models.DateField(_("tanggal berlaku"))
    courses = ParentalManyToManyField(
        CoursePage, verbose_name=_("pelatihan terdampak"), blank=True, related_name="rule_updates"
    )
    requires_recertification = models.BooleanField(
        _("wajib sertifikasi ulang"),
        default=False,
        help_text=_(
            "Bila dicentang, menerbitkan halaman ini menaikkan versi pelatihan terdampak; sertifikat versi lama "
            "perlu diperbarui."
        ),
    )
    renewal_deadline = models.DateField(
        _("batas pembaruan sertifikat"),
        null=True,
        blank=True,
        help_text=_("Kosongkan untuk memakai jumlah hari di bawah."),
    )
    renewal_days = models.PositiveSmallIntegerField(
        _("hari untuk pembaruan"),
        default=60,
        help_text=_(
            "Bila batas pembaruan kosong: pemegang sertifikat versi lama punya waktu sebanyak ini sejak tanggal "
            "berlaku (atau sejak diterbitkan, bila lebih akhir)."
        ),
    )
    verification_note = models.TextField(_("catatan verifikasi (hanya untuk editor)"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("regulation"), FieldPanel("clauses", widget=forms.SelectMultiple)],
            heading=_("Dasar perubahan"),
        ),
        FieldPanel("effective_date"),
        MultiFieldPanel(
            [
                HelpPanel(_("Versi pelatihan dinaikkan sekali saja, saat halaman ini pertama kali diterbitkan.")),
                FieldPanel("courses", widget=forms.CheckboxSelectMultiple),
                FieldPanel("requires_recertification"),
                FieldRowPanel([FieldPanel("renewal_deadline"), FieldPanel("renewal_days")]),
            ],
            heading=_("Dampak"),
        ),
        RuleUpdateImpactPanel(),
        FieldPanel("verification_note"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    parent_page_types = ["cms.RegulationIndexPage"]
    subpage_types: list[str] = []
    preview_modes = [("", _("Halaman")), ("dampak", _("Dampak bagi sertifikat"))]
    base_form_class = RuleUpdatePageForm

    class Meta:
        verbose_name = _("pembaruan aturan")
        verbose_name_plural = _("pembaruan aturan")

    def renewal_due(self, published_on: datetime.date) -> datetime.date:
        """The date by which holders of an older version must renew: the date set, else `renewal_days` after the
        effective date or the publication, whichever is later (an update published after its effective date never
        makes a renewal overdue on the day it goes out)."""
        if self.renewal_deadline:
            return self.renewal_deadline
        start = max(self.effective_date, published_on) if self.effective_date else published_on
        return start + datetime.timedelta(days=self.renewal_days or 0)

    def serve_preview(self, request, mode_name):
        if mode_name != "dampak":
            return super().serve_preview(request, mode_name)
        from django.template.response import TemplateResponse
        from django.utils import timezone

        from ..selectors import rule_update_impact

        context = {
            "page": self,
            "impact": rule_update_impact(self, viewer=request.user),
            "renewal_due": self.renewal_due(timezone.localdate()),
        }
        return TemplateResponse(request, "cms/rule_update_impact_preview.html", context)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from ..selectors import rule_update_impact

        context["clauses"] = self.clauses.select_related("regulation").order_by("regulation__short_name", "sort_order")
        context["affected"] = rule_update_impact(self, numbers=False)
        return context


class CourseVersionChange(models.Model):
    """A course version raised by a rule update: applied once per (course, rule update)."""

    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="version_changes")
    rule_update = models.ForeignKey(RuleUpdatePage, on_delete=models.CASCADE, related_name="version_changes")
    from_version = models.PositiveIntegerField(_("dari versi"))
    to_version = models.PositiveIntegerField(_("menjadi versi"))
    renewal_due = models.DateField(_("batas pembaruan"), null=True, blank=True)
    created_at = models.DateTimeField(_("waktu"), auto_now_add=True)

    class Meta:
        verbose_name = _("perubahan versi pelatihan")
        verbose_name_plural = _("perubahan versi pelatihan")
        constraints = [
            models.UniqueConstraint(fields=["course", "rule_update"], name="course_version_raised_once_per_update")
        ]
