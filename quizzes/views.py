from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from . import selectors, services
from .models import Attempt, QuizPage


def _answers_from(post) -> dict[str, list[str]]:
    return {key[2:]: post.getlist(key) for key in post if key.startswith("q-")}


def quiz_page_serve(request, page: QuizPage):
    """The quiz's own page: rules, the pledge, the learner's attempts (GET); confirm the pledge or start (POST).
    A course that requires its lessons read first keeps the quiz locked until they are."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if request.method == "POST":
        if request.POST.get("action") == "pledge":
            if request.POST.get("agree") != "1":
                messages.error(request, _("Centang pernyataan persetujuan untuk melanjutkan."))
            else:
                services.pledge_confirm(user=request.user, ip_address=request.META.get("REMOTE_ADDR"))
                messages.success(request, _("Terima kasih. Pakta integritas Anda tercatat."))
            return redirect(page.url)
        try:
            attempt = services.attempt_start(user=request.user, quiz=page)
        except ValidationError as exc:
            messages.error(request, exc.messages[0])
            return redirect(page.url)
        return redirect("quizzes:attempt", pk=attempt.pk)
    attempts = list(selectors.attempts_of(user=request.user, quiz=page))
    open_attempt = next((a for a in attempts if not a.is_submitted and not services.is_expired(a)), None)
    context = page.get_context(request)
    pledge = services.pledge_needed(request.user)
    blocker = (
        None if open_attempt else services.start_blocker(user=request.user, quiz=page, pledge=pledge, attempts=attempts)
    )
    context.update(
        {
            "attempts": attempts,
            "open_attempt": open_attempt,
            "course": selectors.quiz_course(page),
            "pledge": pledge,
            "blocker": blocker,
            "rules": selectors.quiz_rules(quiz=page, user=request.user, attempts=attempts),
        }
    )
    return TemplateResponse(request, page.get_template(request), context)


@login_required
@require_http_methods(["GET", "POST"])
def attempt(request, pk: int):
    # Another learner's attempt is a 404: ids reveal nothing.
    attempt = get_object_or_404(Attempt.objects.select_related("quiz"), pk=pk, user=request.user)
    attempt = services.attempt_finish_if_expired(attempt)
    error = None
    if request.method == "POST" and not attempt.is_submitted:
        given = _answers_from(request.POST)
        blanks = [] if request.POST.get("confirm_blank") else selectors.unanswered_numbers(attempt, given)
        try:
            if blanks:
                # Keep what was given (also for "Kembali menjawab"), then ask before grading with blanks.
                attempt = services.attempt_save(attempt=attempt, answers=given)
                context = {"attempt": attempt, "quiz": attempt.quiz, "blanks": blanks, "given": given}
                return render(request, "quizzes/attempt_confirm.html", context)
            attempt = services.attempt_submit(attempt=attempt, answers=given)
        except ValidationError as exc:
            if exc.code in services.CLOSED:  # the time ran out meanwhile: graded on what was saved
                return redirect("quizzes:attempt", pk=services.attempt_finish_if_expired(attempt).pk)
            error = exc.messages[0]
        else:
            return redirect("quizzes:attempt", pk=attempt.pk)
    elif request.method == "POST":
        return redirect("quizzes:attempt", pk=attempt.pk)  # a replayed POST shows the same result
    if attempt.is_submitted:
        level = selectors.review_level(attempt)
        context = {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "level": level,
            "rows": selectors.review_rows(attempt, level),
            "reread": selectors.topics_to_reread(attempt) if not attempt.passed else [],
            "blocker": None if attempt.passed else services.start_blocker(user=request.user, quiz=attempt.quiz),
        }
        return render(request, "quizzes/attempt_result.html", context)
    # After a rejected submission the learner's choices stay ticked; otherwise the saved ones are.
    picked = _answers_from(request.POST) if error else None
    context = {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "questions": selectors.questions_for_display(attempt, picked),
        "error": error,
        "now": timezone.now(),
    }
    return render(request, "quizzes/attempt_form.html", context, status=400 if error else 200)


@login_required
@require_POST
def attempt_save(request, pk: int):
    """Autosave from the page's script: the same form fields as the submit, answered with JSON."""
    attempt = get_object_or_404(Attempt, pk=pk, user=request.user)
    try:
        attempt = services.attempt_save(attempt=attempt, answers=_answers_from(request.POST))
    except ValidationError as exc:
        if exc.code in services.CLOSED:
            # Submitted (or out of time) meanwhile: a late autosave is ignored quietly, never an error to the learner.
            return JsonResponse({"saved": False, "closed": True, "message": exc.messages[0]})
        return JsonResponse({"saved": False, "error": exc.messages[0]}, status=400)
    saved = timezone.localtime(attempt.saved_at)
    return JsonResponse(
        {
            "saved": True,
            "saved_at": saved.isoformat(),
            "message": _("Tersimpan %(time)s") % {"time": saved.strftime("%H:%M:%S")},
        }
    )
