"""Edit forms of the content app's pages."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class RuleUpdatePageForm(WagtailAdminPageForm):
    """ "Pasal terkait" lists the clauses of the chosen regulation in their order (all regulations' clauses, sorted
    by regulation and order, until one is chosen), and refuses a clause of another regulation."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("clauses")
        if field is None:
            return
        from ..models import Clause

        clauses = Clause.objects.select_related("regulation").order_by("regulation__short_name", "sort_order")
        regulation = self.data.get("regulation") if self.is_bound else self.instance.regulation_id
        if regulation and str(regulation).isdigit():
            chosen = [clause.pk for clause in self.instance.clauses.all()] if self.instance.pk else []
            clauses = clauses.filter(regulation_id=regulation) | clauses.filter(pk__in=chosen)
        field.queryset = clauses
        field.label_from_instance = str  # "PP 94/2021 Pasal 5 huruf n"
        field.help_text = _("Pasal dari peraturan yang dipilih di atas, menurut urutannya.")

    def clean(self):
        cleaned = super().clean()
        regulation = cleaned.get("regulation")
        clauses = cleaned.get("clauses") or []
        if regulation is not None and any(clause.regulation_id != regulation.pk for clause in clauses):
            self.add_error("clauses", forms.ValidationError(_("Pilih pasal dari peraturan yang dipilih saja.")))
        return cleaned
