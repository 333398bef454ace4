"""The roster upload form."""

from django import forms
from django.utils.translation import gettext_lazy


class RosterForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Berkas daftar pegawai (.csv atau .xlsx)"))
    deactivate_missing = forms.BooleanField(
        label=gettext_lazy("Nonaktifkan pegawai yang tidak ada dalam berkas (tidak dihapus)"), required=False
    )
