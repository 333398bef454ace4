"""Learner views of the content app: mark a lesson read, and search lessons and regulations."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from . import selectors, services
from .models import Clause, CoursePage, LessonPage, RegulationPage, RuleUpdatePage

SEARCHABLE = (LessonPage, CoursePage, RegulationPage, RuleUpdatePage)
READ_TAG = "lesson-read"
READ_ANCHOR = "selesai"


@login_required
@require_POST
def lesson_read(request, pk: int):
    """Record that the learner read the lesson to its end; idempotent. Back to where they pressed the button, which now
    confirms it ("Tercatat: …") and offers the next step (the next lesson, or the quiz once everything is read)."""
    lesson = get_object_or_404(LessonPage.objects.live().public(), pk=pk)
    course = selectors.course_of(lesson)
    services.lesson_mark_read(user=request.user, lesson=lesson, course=course)
    # Tagged so that the lesson page shows it beside the button that was pressed (templates/cms/lesson_page.html).
    messages.success(request, _("Tercatat: %(title)s sudah dibaca.") % {"title": lesson.title}, extra_tags=READ_TAG)
    _previous, following = selectors.lesson_neighbours(lesson)
    if following is None and selectors.quiz_unlocked_for(course=course, user=request.user):
        messages.success(request, _("Semua materi sudah dibaca. Kuis sudah terbuka."), extra_tags=READ_TAG)
    return redirect(f"{lesson.url}#{READ_ANCHOR}")


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    pages, clauses = [], []
    if query:
        results = Page.objects.live().public().type(*SEARCHABLE).specific().search(query)[:30]
        pages = [(page, page._meta.verbose_name) for page in results]
        live_regulations = RegulationPage.objects.live().public().values("pk")
        in_live_regulations = Clause.objects.filter(regulation__in=live_regulations).select_related("regulation")
        clauses = get_search_backend().search(query, in_live_regulations)[:30]
    return render(request, "cms/search.html", {"query": query, "pages": pages, "clauses": clauses})
