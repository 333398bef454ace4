from allauth.account.forms import LoginForm as AllauthLoginForm
from django.utils.translation import gettext_lazy as _

from .validators import normalize_nip


class LoginForm(AllauthLoginForm):
    """allauth's login form with the field ASN expect: 'NIP atau email'."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["login"]
        field.label = _("NIP atau email")
        field.widget.attrs.update(
            {"placeholder": _("18 angka NIP atau alamat email"), "autocomplete": "username", "autofocus": True}
        )
        # Django, Wagtail and allauth translate "Password" differently ("Kata Kunci", "Kata sandi"): say it once.
        password = self.fields["password"]
        password.label = _("Kata sandi")
        password.widget.attrs["placeholder"] = _("Kata sandi")

    def clean_login(self) -> str:
        login = super().clean_login()
        if "@" in login:
            return login
        # A NIP copied in its 8-6-1-3 display form still logs in.
        return normalize_nip(login)
