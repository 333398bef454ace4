"""Filters of the quiz attempts listing."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from employees.models import WorkUnit
from netral.admin import PlainSelect

from ..models import Attempt, QuizPage


class AttemptFilterSet(WagtailFilterSet):
    quiz = django_filters.ModelChoiceFilter(label=_("Kuis"), queryset=QuizPage.objects.all())
    work_unit = django_filters.ModelChoiceFilter(
        label=_("Unit kerja"), field_name="user__work_unit", queryset=WorkUnit.objects.all(), widget=PlainSelect
    )
    passed = django_filters.BooleanFilter(label=_("Lulus"))
    submitted_at = django_filters.DateFromToRangeFilter(label=_("Tanggal dikumpulkan"), widget=DateRangePickerWidget)

    class Meta:
        model = Attempt
        fields = ["quiz", "work_unit", "passed", "submitted_at"]
