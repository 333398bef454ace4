from allauth.account.forms import AddEmailForm as AllauthAddEmailForm
from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import ResetPasswordKeyForm as AllauthResetPasswordKeyForm
from allauth.account.internal.flows.email_verification import send_verification_email_to_address
from django import forms
from django.utils.translation import gettext_lazy as _

from .services import email_change_request, email_verify_by_password_link
from .validators import normalize_nip, validate_nip


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


class AddEmailForm(AllauthAddEmailForm):
    """Changing the email (ACCOUNT_CHANGE_EMAIL): the new address waits, unverified, until its owner confirms it.

    allauth takes "the newest unverified address" for the pending new one and deletes it when another is asked
    for. An address that came with the BKD roster is unverified too, so allauth would delete the current address
    (and blank user.email) on the first change request. Here only a pending address other than user.email goes.
    """

    def save(self, request):
        address = email_change_request(user=self.user, email=self.cleaned_data["email"])
        send_verification_email_to_address(request, address)
        return address


class ResetPasswordKeyForm(AllauthResetPasswordKeyForm):
    """Setting a password from the emailed link (reset, or the roster's activation) proves the employee reads that
    mailbox: their address counts as verified from then on."""

    def save(self) -> None:
        super().save()
        email_verify_by_password_link(user=self.user)


class ActivationForm(forms.Form):
    """First access for an employee on the roster: their NIP and the email address BKD holds for them."""

    nip = forms.CharField(
        label=_("NIP"),
        max_length=40,
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "username", "placeholder": _("18 angka")}
        ),
    )
    email = forms.EmailField(
        label=_("Email dinas"),
        help_text=_("Alamat email yang tercatat di data kepegawaian BKD."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def clean_nip(self) -> str:
        nip = normalize_nip(self.cleaned_data["nip"])
        validate_nip(nip)
        return nip
