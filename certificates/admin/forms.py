"""Forms of the certificate detail page: revoke and re-issue."""

from django import forms
from django.utils.translation import gettext_lazy


class RevokeForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Alasan pencabutan"), widget=forms.Textarea(attrs={"rows": 3}))


class ReissueForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Alasan penerbitan ulang"), max_length=300)
