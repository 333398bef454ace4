"""Staff accounts: a second factor before anything else, and a short idle timeout.

allauth asks for the second factor at login once an account has one (its MFA stage), but it has no switch that
makes MFA *required*. Every account that can open the Wagtail admin (HR, editors, moderators, superusers) holds
personal data or publishes rules, so until it has enrolled TOTP or a security key it can reach only the enrolment
pages (and log out). Staff sessions also end after `NETRAL_STAFF_IDLE_TIMEOUT` seconds without a request.
"""

import time

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout, user_logged_in
from django.contrib.auth.views import redirect_to_login
from django.dispatch import receiver
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from . import permission_cache

# What a staff account without a second factor may still open: allauth's MFA pages (enrol TOTP or a key, see
# and download the recovery codes), the re-authentication they may ask for, logout and the language switch.
ENROLMENT_URL_NAMES = frozenset(
    {
        "mfa_index",
        "mfa_activate_totp",
        "mfa_reauthenticate",
        "mfa_add_webauthn",
        "mfa_list_webauthn",
        "mfa_generate_recovery_codes",
        "mfa_view_recovery_codes",
        "mfa_download_recovery_codes",
        "account_reauthenticate",
        "account_logout",
        "set_language",
    }
)
SECOND_FACTORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)  # recovery codes alone are not a factor
LAST_SEEN_KEY = "netral_last_seen"


def requires_mfa(user) -> bool:
    """Whether this account can open the Wagtail admin (and so must have a second factor).

    Asked through `has_perm`, whose per-request cache the page header's `perms.wagtailadmin.access_admin` reuses.
    """
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


class StaffAccountMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if user is not None:
            permission_cache.prime(user)  # has_perm below and in the page header then costs no query
        if user is None or not requires_mfa(user):
            return None
        if self._idle_too_long(request):
            logout(request)
            messages.info(request, _("Sesi Anda berakhir karena lama tidak aktif. Silakan masuk lagi."))
            return redirect_to_login(request.get_full_path(), reverse("account_login"))
        if request.path.startswith((settings.STATIC_URL, settings.MEDIA_URL)):
            return None
        match = request.resolver_match
        if match is not None and match.url_name in ENROLMENT_URL_NAMES:
            return None
        if is_mfa_enabled(user, types=SECOND_FACTORS):
            return None
        message = _(
            "Akun staf wajib memakai autentikasi dua langkah. Aktifkan aplikasi autentikator atau kunci keamanan "
            "sebelum melanjutkan."
        )
        if request.headers.get("Accept", "").startswith("application/json"):
            return JsonResponse({"error": message, "enrol": reverse("mfa_index")}, status=403)
        messages.warning(request, message)
        return redirect("mfa_index")

    @staticmethod
    def _idle_too_long(request) -> bool:
        """Record the time of this request (at most once a minute, to spare session writes); True when idle."""
        now = int(time.time())
        last_seen = request.session.get(LAST_SEEN_KEY)
        if last_seen is not None and now - last_seen > settings.NETRAL_STAFF_IDLE_TIMEOUT:
            return True
        if last_seen is None or now - last_seen >= 60:
            request.session[LAST_SEEN_KEY] = now
        return False


@receiver(user_logged_in)
def _start_activity_clock(sender, request, user, **kwargs):
    """A login is activity: the idle clock starts now (and the first request after it writes no session)."""
    if request is not None and hasattr(request, "session"):
        request.session[LAST_SEEN_KEY] = int(time.time())
