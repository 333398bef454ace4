"""Reads on content: a course's lessons and a learner's progress through them, a lesson's neighbours, whether the
quiz is open, and the regulations a course cites. Pages' get_context and the other apps read through these."""

import hashlib

from django.core.cache import cache
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from employees.models import User

from . import cache as content_cache
from .models import Clause, CoursePage, LessonPage, LessonProgress


def course_lessons(course: CoursePage) -> QuerySet[LessonPage]:
    """The course's live, public lessons in the order editors gave them."""
    return LessonPage.objects.child_of(course).live().public().order_by("path")


def _outline(course: CoursePage) -> tuple[list[LessonPage], Page | None] | None:
    """The course's live, public lessons in order (without their bodies) and its assessment: the same for every
    learner, so remembered per content generation when the page caches are on (a learner's own progress is not in
    it); None when they are off. A rush of learners opening their last lesson or the quiz reads the course's
    structure from the cache."""
    from .cache import enabled, remembered

    if not enabled():
        return None

    def compute():
        return list(course_lessons(course).defer_streamfields()), _course_assessment(course)

    return remembered(("outline", course.pk), compute)


def _live_lessons(course: CoursePage) -> list[LessonPage]:
    outline = _outline(course)
    return outline[0] if outline is not None else list(course_lessons(course))


def lessons_read(*, course: CoursePage, user: User) -> set[int]:
    """Ids of the course's live lessons the user has read."""
    if not user.is_authenticated:
        return set()
    from .cache import lessons_read_by  # remembered per learner when the page caches are on

    read = lessons_read_by(user)
    if read is not None:
        return {lesson.pk for lesson in _live_lessons(course) if lesson.pk in read}
    return set(
        LessonProgress.objects.filter(user=user, lesson__in=course_lessons(course)).values_list("lesson_id", flat=True)
    )


def course_progress(*, course: CoursePage, user: User) -> dict:
    """The learner's way through the course: each lesson with whether it is read, the count read, the first unread
    lesson, and whether the quiz is open."""
    lessons = _live_lessons(course)
    read = lessons_read(course=course, user=user)
    first_unread = next((lesson for lesson in lessons if lesson.pk not in read), None)
    return {
        "lessons": [(lesson, lesson.pk in read) for lesson in lessons],
        "read_count": len(read),
        "lesson_count": len(lessons),
        "first_unread": first_unread,
        "quiz_unlocked": not course.require_lessons_before_quiz or first_unread is None,
    }


def quiz_unlocked_for(*, course: CoursePage, user: User) -> bool:
    """The course's quiz is open to the user: the course does not require its lessons first, or all are read."""
    if not course.require_lessons_before_quiz:
        return True
    if _outline(course) is None:
        return not course_lessons(course).exclude(pk__in=lessons_read(course=course, user=user)).exists()
    return len(lessons_read(course=course, user=user)) == len(_live_lessons(course))


def lesson_neighbours(lesson: LessonPage) -> tuple[LessonPage | None, LessonPage | None]:
    """The previous and the next live lesson of the same course."""
    siblings = LessonPage.objects.sibling_of(lesson).live().public()
    previous = siblings.filter(path__lt=lesson.path).order_by("-path").first()
    following = siblings.filter(path__gt=lesson.path).order_by("path").first()
    return previous, following


def lesson_is_read(*, lesson: LessonPage, user: User) -> bool:
    if not user.is_authenticated:
        return False
    from .cache import lessons_read_by  # remembered per learner when the page caches are on

    read = lessons_read_by(user)
    if read is not None:
        return lesson.pk in read
    return LessonProgress.objects.filter(user=user, lesson=lesson).exists()


def lesson_next_step(*, course: CoursePage, following: LessonPage | None, user: User) -> dict:
    """Where a learner goes once a lesson is read (the page, for `{% pageurl %}`): the next lesson; after the last, the
    first lesson still unread, else the quiz (the database is asked only then)."""
    if following is not None:
        return {"kind": "lesson", "label": _("Lanjut ke materi berikutnya"), "page": following}
    progress = course_progress(course=course, user=user)
    if progress["first_unread"] is not None:
        return {"kind": "unread", "label": _("Baca materi yang belum dibaca"), "page": progress["first_unread"]}
    assessment = course_assessment(course)
    if assessment is not None and progress["quiz_unlocked"]:
        return {"kind": "quiz", "label": _("Ikuti kuis"), "page": assessment}
    return {"kind": "course", "label": _("Kembali ke pelatihan"), "page": course}


def course_of(page: Page) -> CoursePage | None:
    """The course a lesson or a quiz belongs to."""
    return CoursePage.objects.parent_of(page).first()


def course_assessment(course: CoursePage) -> Page | None:
    """The course's assessment: whatever live child is not a lesson (the quizzes app adds it; cms does not import
    it)."""
    outline = _outline(course)
    return outline[1] if outline is not None else _course_assessment(course)


def _course_assessment(course: CoursePage) -> Page | None:
    return course.get_children().live().public().not_type(LessonPage).specific().first()


def regulations_cited(course: CoursePage) -> list[str]:
    """Short names of the regulations this course's lessons quote or cite, in order of first citation. Every
    certificate prints them, so issuing must not read every lesson's body each time.

    With the content caches on (production), the answer is remembered per course and content generation
    (`cms.cache`: any page saved, published, unpublished, moved or deleted starts a new one, so a republished
    lesson or a renamed regulation reaches the next certificate), in the shared cache and in this process's memory
    (`cms.cache.remembered`): a worker issuing thousands of certificates reads nothing per certificate. Off, it is
    cached per set of published lesson revisions (ten minutes), which costs one small row per lesson."""
    if content_cache.enabled():
        return list(content_cache.remembered(("regulations-cited", course.pk), lambda: _regulations_cited(course)))
    lessons = list(course_lessons(course).values_list("pk", "live_revision_id"))
    key = f"regulations_cited:{course.pk}:{hashlib.sha1(repr(lessons).encode()).hexdigest()}"
    cited = cache.get(key)
    if cited is None:
        cited = _regulations_cited(course)
        cache.set(key, cited, 10 * 60)  # a renamed regulation shows on new certificates within minutes
    return cited


def _regulations_cited(course: CoursePage) -> list[str]:
    clause_ids = []
    for lesson in course_lessons(course):
        for block in lesson.body.raw_data:
            value = block.get("value") or {}
            if block["type"] == "clause_quote":
                clause_ids.append(value.get("clause"))
            elif block["type"] == "scenario":
                clause_ids.append(value.get("basis"))
    names = dict(
        Clause.objects.filter(pk__in=[pk for pk in clause_ids if pk]).values_list("pk", "regulation__short_name")
    )
    return list(dict.fromkeys(names[pk] for pk in clause_ids if pk in names))


# --- a rule update's impact -------------------------------------------------------------------------------------
# cms knows the courses and their versions; the apps above it (who holds certificates, who is assigned) add their
# numbers through a provider registered from their AppConfig.ready(): the direction of imports stays one way.
_impact_providers: list = []


def register_impact_provider(func) -> None:
    """`func(rows, *, viewer)` adds keys to each row of `rule_update_impact` (see tracking.selectors)."""
    if func not in _impact_providers:
        _impact_providers.append(func)


def rule_update_impact(rule_update, *, viewer: User | None = None, numbers: bool = True) -> list[dict]:
    """Per affected course: its current version, the version publishing will raise it to (or the change already
    applied), and whatever the registered providers add (holders who will need renewal, employees assigned, per
    unit for those who see all units)."""
    from .models import CourseVersionChange

    courses = list(CoursePage.objects.filter(pk__in=[c.pk for c in rule_update.courses.all()]).order_by("path"))
    applied = {}
    if rule_update.pk:
        applied = {
            change.course_id: change for change in CourseVersionChange.objects.filter(rule_update_id=rule_update.pk)
        }
    rows = [
        {
            "course": course,
            "current_version": course.version,
            "next_version": course.version + 1 if rule_update.requires_recertification else course.version,
            "applied": applied.get(course.pk),
        }
        for course in courses
    ]
    if numbers:
        for provider in _impact_providers:
            provider(rows, viewer=viewer)
    return rows


# --- the logged-in home page ------------------------------------------------------------------------------------
# The home page is cms's, but what a learner must do (assignments, completions, certificates) is known only to the
# apps above it. One of them registers a provider from its AppConfig.ready() (tracking does): cms never imports it.
_learner_home_providers: list = []


def register_learner_home(func) -> None:
    """`func(request) -> dict` adds keys to the home page's context for a logged-in visitor (see tracking.selectors
    `learner_home`)."""
    if func not in _learner_home_providers:
        _learner_home_providers.append(func)


def learner_home(request) -> dict:
    """What the registered providers add to the home page for a logged-in visitor; nothing for anonymous ones."""
    context: dict = {}
    if request.user.is_authenticated:
        for provider in _learner_home_providers:
            context.update(provider(request))
    return context
