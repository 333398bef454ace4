"""Filters of the certificate register."""

import django_filters
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from cms.models import CoursePage
from employees.models import WorkUnit
from netral.admin import PlainSelect

from ..models import Certificate


class CertificateFilterSet(WagtailFilterSet):
    STATE = [
        ("current", gettext_lazy("Berlaku atau kedaluwarsa")),
        ("revoked", gettext_lazy("Dicabut")),
        ("superseded", gettext_lazy("Digantikan")),
    ]
    course = django_filters.ModelChoiceFilter(label=gettext_lazy("Pelatihan"), queryset=CoursePage.objects.all())
    work_unit = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Unit kerja"), queryset=WorkUnit.objects.all(), method="in_unit", widget=PlainSelect
    )
    state = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=STATE, method="in_state")
    issued_at = django_filters.DateFromToRangeFilter(label=gettext_lazy("Diterbitkan"), widget=DateRangePickerWidget)

    class Meta:
        model = Certificate
        fields = ["course", "work_unit", "state", "issued_at"]

    def in_unit(self, queryset, name, unit):
        # A dinas includes its bidang and seksi.
        return queryset.filter(user__work_unit__path__startswith=unit.path)

    def in_state(self, queryset, name, value):
        if value == "revoked":
            return queryset.filter(revoked_at__isnull=False)
        if value == "superseded":
            return queryset.filter(superseded_at__isnull=False)
        return queryset.filter(revoked_at__isnull=True, superseded_at__isnull=True)
