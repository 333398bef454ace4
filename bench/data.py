"""Bench data made through the application's own code paths (tests/support/builders.py), idempotent: a second
run finds what the first made. Pages: a published course of LESSONS lessons under the home page, a regulation with
CLAUSES clauses, and one lesson (QUOTING_SLUG) quoting every clause; learners and a staff account."""

import json

LESSONS = 12
CLAUSES = 8
QUOTING_SLUG = "materi-5"
REGULATION_SLUG = "pp-94-2021"


def pages() -> dict:
    """{"home", "course", "lessons", "lesson" (the quoting one), "regulation"} (pages)."""
    from cms.models import CoursePage, HomePage, LessonPage, RegulationPage
    from tests.support.builders import build_course, build_regulation

    course = CoursePage.objects.filter(slug="netralitas-asn").first()
    if course is None:
        course = build_course(lessons=LESSONS)
    home = HomePage.objects.get()
    regulation = RegulationPage.objects.filter(slug=REGULATION_SLUG).first()
    if regulation is None:
        regulation = build_regulation(home, clauses=[f"pasal-{n}" for n in range(1, CLAUSES + 1)])
    lesson = LessonPage.objects.get(slug=QUOTING_SLUG, path__startswith=course.path)
    if lesson.latest_revision is None:
        body = [{"type": "paragraph", "value": "<p>Netralitas adalah kewajiban setiap ASN.</p>" * 3}]
        for clause in regulation.clauses.all():
            body.append({"type": "clause_quote", "value": {"clause": clause.pk, "note": "Perhatikan pasal ini."}})
            body.append({"type": "paragraph", "value": "<p>Penjelasan pasal di atas dengan contoh kasus.</p>"})
        lesson.body = json.dumps(body)
        lesson.save_revision().publish()
    lessons = list(LessonPage.objects.child_of(course).live().order_by("path"))
    return {"home": home, "course": course, "lessons": lessons, "lesson": lesson.specific, "regulation": regulation}


def learner(n: int = 0):
    """A plain learner account (no admin access), made once per n."""
    from employees.models import User
    from tests.support.builders import UserFactory

    nip = f"19900101201503{1 + n % 2}{900 + n:03d}"[:18]
    return User.objects.filter(nip=nip).first() or UserFactory(nip=nip)
