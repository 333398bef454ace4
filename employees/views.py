"""The employee's own account: "Akun saya" and the download of their personal data."""

import json
import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods
from wagtail.log_actions import log

from .forms import ActivationForm
from .privacy import DOWNLOADED, personal_data
from .ratelimit import allowed
from .services import activation_request

logger = logging.getLogger("netral.employees")


@login_required
@require_GET
def account(request):
    return render(request, "employees/account.html", {"employee": request.user})


@never_cache
@login_required
@require_GET
def my_data(request):
    """Everything Netral holds about the requesting employee (and only them: there is no id to change)."""
    user = request.user
    body = json.dumps(personal_data(user), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    log(instance=user, action=DOWNLOADED, user=user)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="netral-data-{user.nip or user.pk}.json"'
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def activate(request):
    """Roster-gated first access (public signup stays closed): an employee whose NIP is on the roster, who has never
    set a password and who gives the email address BKD holds for them gets the activation link the roster import
    sends. Every answer looks the same, so the page tells nobody which NIPs or addresses exist."""
    if request.user.is_authenticated:
        return redirect("employees:account")
    form = ActivationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        nip, email = form.cleaned_data["nip"], form.cleaned_data["email"]
        # Per address, and per NIP so that nobody floods one employee's mailbox.
        if allowed(request, "activate") and allowed(request, "activate_nip", key=nip):
            activation_request(nip=nip, email=email, base_url=request.build_absolute_uri("/"))
        messages.info(
            request,
            _(
                "Jika NIP dan email itu cocok dengan data kepegawaian dan akunnya belum aktif, tautan aktivasi sudah "
                "dikirim ke email tersebut. Akun yang sudah aktif memakai “Lupa kata sandi”."
            ),
        )
        return redirect("account_login")
    return render(request, "employees/activate.html", {"form": form})
