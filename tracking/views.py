"""The learner's side of tracking: the training they are assigned, with their deadlines."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from .selectors import learner_cards


@login_required
@require_GET
def mine(request):
    """'Pelatihan saya': every course the learner must complete, its deadline (or renewal deadline), status and one
    next step: the same cards as the logged-in home page."""
    return render(request, "tracking/mine.html", {"cards": learner_cards(request.user, request)})
