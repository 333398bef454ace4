from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods

from cms.models import CoursePage

from . import selectors, services
from .models import Attempt, QuizPage


def quiz_page_serve(request, page: QuizPage):
    """The quiz's own page: its rules and the learner's attempts (GET), or start an attempt (POST).
    A course that requires its lessons read first keeps the quiz locked until they are."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    course = CoursePage.objects.parent_of(page).first()
    locked = course is not None and not course.quiz_unlocked_for(request.user)
    if request.method == "POST":
        try:
            attempt = services.attempt_start(user=request.user, quiz=page)
        except ValidationError as exc:
            messages.error(request, exc.messages[0])
            return redirect(page.url)
        return redirect("quizzes:attempt", pk=attempt.pk)
    attempts = selectors.attempts_of(user=request.user, quiz=page)
    context = page.get_context(request)
    context.update(
        {
            "attempts": attempts,
            "open_attempt": next((a for a in attempts if not a.is_submitted), None),
            "course": course,
            "locked": locked,
        }
    )
    return TemplateResponse(request, page.get_template(request), context)


@login_required
@require_http_methods(["GET", "POST"])
def attempt(request, pk: int):
    # Another learner's attempt is a 404: ids reveal nothing.
    attempt = get_object_or_404(Attempt.objects.select_related("quiz"), pk=pk, user=request.user)
    error = None
    if request.method == "POST" and not attempt.is_submitted:
        answers = {key[2:]: request.POST.getlist(key) for key in request.POST if key.startswith("q-")}
        try:
            services.attempt_submit(attempt=attempt, answers=answers)
        except ValidationError as exc:
            error = exc.messages[0]
        else:
            return redirect("quizzes:attempt", pk=attempt.pk)
    elif request.method == "POST":
        return redirect("quizzes:attempt", pk=attempt.pk)  # a replayed POST shows the same result
    if attempt.is_submitted:
        return render(request, "quizzes/attempt_result.html", {"attempt": attempt, "quiz": attempt.quiz})
    # After a rejected submission the learner's choices stay ticked.
    questions = selectors.questions_for_display(attempt)
    for question in questions:
        picked = set(request.POST.getlist(f"q-{question['id']}"))
        question["choices"] = [{**c, "checked": str(c["id"]) in picked} for c in question["choices"]]
    return render(
        request,
        "quizzes/attempt_form.html",
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "questions": questions,
            "error": error,
        },
        status=400 if error else 200,
    )
