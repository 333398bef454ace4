"""The quiz page's edit form: the blueprint must be one the bank (in the same form) can fill."""

from collections import Counter

from django import forms
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm


def _kept(formset):
    """The cleaned data of a formset's rows that are not being deleted."""
    if formset is None or not formset.is_valid():
        return None
    return [f.cleaned_data for f in formset.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")]


class QuizPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        rows = _kept(self.formsets.get("blueprint"))
        questions = _kept(self.formsets.get("questions"))
        if not rows or questions is None:
            return cleaned
        available = Counter(q.get("topic") for q in questions if q.get("topic"))
        seen = Counter(row.get("topic") for row in rows if row.get("topic"))
        for topic, times in seen.items():
            if times > 1:
                self.add_error(None, forms.ValidationError(_("Topik %(topic)s tercantum dua kali dalam cetak biru.") % {
                    "topic": topic}))  # fmt: skip
        for row in rows:
            topic, count = row.get("topic"), row.get("count") or 0
            if topic and available[topic] < count:
                message = _("Bank soal belum cukup untuk cetak biru: topik %(topic)s perlu %(required)s soal, tersedia "
                            "%(available)s.")  # fmt: skip
                params = {"topic": topic, "required": count, "available": available[topic]}
                self.add_error(None, forms.ValidationError(message % params))
        return cleaned
