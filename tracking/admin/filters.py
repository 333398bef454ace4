"""Filters of the HR employee list."""

import django_filters
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from employees.models import GOLONGAN_CHOICES, EmploymentType, WorkUnit
from netral.admin import PlainSelect

from ..models import Completion
from ..selectors import assigned_courses, status_filters

STATUS_LABELS = Completion.STATUS_LABELS


class EmployeeStatusFilterSet(WagtailFilterSet):
    q = django_filters.CharFilter(label=_("NIP atau nama"), method="search")
    course = django_filters.ModelChoiceFilter(label=_("Pelatihan"), method="keep", queryset=assigned_courses())
    unit = django_filters.ModelChoiceFilter(
        label=_("Unit kerja"), queryset=WorkUnit.objects.all(), method="in_unit", widget=PlainSelect
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=list(STATUS_LABELS.items()), method="in_status")
    employment_type = django_filters.ChoiceFilter(
        label=_("Status kepegawaian"),
        field_name="user__employment_type",
        choices=[(EmploymentType.PNS, "PNS"), (EmploymentType.PPPK, "PPPK")],
    )
    golongan = django_filters.ChoiceFilter(
        label=_("Pangkat/golongan"), field_name="user__golongan", choices=GOLONGAN_CHOICES
    )

    class Meta:
        model = Completion
        fields = ["q", "course", "unit", "status", "employment_type", "golongan"]

    def keep(self, queryset, name, value):
        return queryset  # the view applies the course

    def search(self, queryset, name, value):
        value = value.strip()
        return queryset.filter(Q(user__nip__startswith=value.replace(" ", "")) | Q(user__first_name__icontains=value))

    def in_unit(self, queryset, name, unit):
        return queryset.filter(user__work_unit__path__startswith=unit.path)

    def in_status(self, queryset, name, value):
        return queryset.filter(status_filters(timezone.localdate())[value])
