"""The project's account policy, in one place (allauth's adapter)."""

from types import SimpleNamespace

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.urls import reverse


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request) -> bool:
        # Employees come from the BKD roster; nobody signs up on their own.
        return False

    def get_login_redirect_url(self, request) -> str:
        """Staff (anyone who can open the Wagtail admin) land on the admin home, where their work is; learners on
        the site's home. A `next` address, when there is one, still wins (allauth asks it first)."""
        if request.user.has_perm("wagtailadmin.access_admin"):
            return reverse("wagtailadmin_home")
        return super().get_login_redirect_url(request)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        # allauth's mails greet with the site's name, which without django.contrib.sites is the host name:
        # "Halo dari Netral!" rather than "Halo dari netral.batangkab.go.id!".
        site = get_current_site(allauth_context.request)
        context = {"current_site": SimpleNamespace(name=settings.WAGTAIL_SITE_NAME, domain=site.domain), **context}
        super().send_mail(template_prefix, email, context)
