"""The employee's own account: "Akun saya" and the download of their personal data."""

import json

from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.log_actions import log

from .privacy import DOWNLOADED, personal_data


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
