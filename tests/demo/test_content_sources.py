"""Every legal statement a learner reads in the demo training links to a clause page or names a guidance source, and
guidance is never shown as a ruling (issue 15).

What counts as a legal statement (the operational definition):
- a `ruling` or `clause_quote` block: it must have its clause;
- a `scenario` or `allowed_forbidden` block: it must have a clause, or a guidance source (issuer and name); a
  "risky" (grey-zone) scenario must name its guidance source;
- a `guidance` block: it must name its issuer and source, and it renders labelled "Panduan", never "Ketentuan";
- a paragraph's element (<p>, <li>) that names a rule (Pasal, UU, PP, SKB, SE, Perpres, PKPU, Peraturan BKN) or rules on
  conduct (dilarang, wajib, sanksi, hukuman disiplin, diancam, pidana) must link to a clause page;
- key points recap the lesson: a regulation they name must be one the lesson links to;
- a question must have the clause it tests or a guidance source; an explanation worded as guidance ("Ini panduan",
  "sebaiknya", "menyarankan") must name its source, and the review shows it labelled "Panduan".
"""

import re
from html import unescape

import pytest
from django.urls import reverse

from cms.models import Clause, LessonPage, LessonProgress
from demo import lessons, people, questions
from demo.pages import seed_course
from demo.quiz import seed_quiz
from quizzes import services as quiz_services
from quizzes.models import Question
from tests.support.auth import log_in
from tests.support.builders import take_attempt

LEGAL = re.compile(
    r"\b(Pasal|UU \d|PP \d|SKB|SE (MenPANRB|Bupati)|Perpres|PKPU|Peraturan BKN|dilarang|wajib|sanksi|"
    r"hukuman disiplin|diancam|pidana)\b",
    re.IGNORECASE,
)
ELEMENT = re.compile(r"<(p|li)\b[^>]*>(.*?)</\1>", re.DOTALL)
CLAUSE_HREF = re.compile(r'href="([^"]*/pasal/[^"]*)"')
REGULATION_NAME = re.compile(r"\b(UU|PP|Perpres|PKPU) (\d+)/(\d{4})\b")
GUIDANCE_WORDING = re.compile(r"Ini panduan|sebaiknya|menyarankan|disarankan", re.IGNORECASE)


@pytest.fixture
def demo(db):
    course = seed_course()
    return course, seed_quiz(course)


def clause_urls() -> set[str]:
    return {clause.get_url() for clause in Clause.objects.select_related("regulation")}


def test_every_lesson_block_with_a_legal_statement_has_its_clause_or_guidance_source(demo, client):
    """...and, on the lesson pages as served, guidance is labelled Panduan and rulings Ketentuan."""
    course, _ = demo
    known = clause_urls()
    lesson_pages = list(LessonPage.objects.child_of(course).live().specific())
    assert len(lesson_pages) == len(lessons.LESSONS) == 10
    rulings = guidance = 0
    for lesson in lesson_pages:
        linked = set()
        for block in lesson.body:
            kind, value = block.block_type, block.value
            where = f"{lesson.slug}: {kind}"
            if kind in ("ruling", "clause_quote"):
                assert value["clause"] is not None, where
                linked.add(value["clause"].regulation.slug)
                rulings += 1
            elif kind == "guidance":
                assert value["source"]["issuer"] and value["source"]["name"], where
                guidance += 1
            elif kind in ("scenario", "allowed_forbidden"):
                basis = value["basis"] if kind == "allowed_forbidden" else [c for c in [value["basis"]] if c]
                source = value["guidance"] or {}
                assert basis or (source.get("issuer") and source.get("name")), where
                if kind == "scenario" and value["ruling"] == "risky":
                    assert source.get("name"), f"{where}: a grey zone is guidance and must say who says so"
                linked.update(clause.regulation.slug for clause in basis)
            elif kind == "paragraph":
                for _, element in ELEMENT.findall(value.source):
                    text = unescape(re.sub(r"<[^>]+>", "", element))
                    if LEGAL.search(text):
                        hrefs = CLAUSE_HREF.findall(element)
                        assert hrefs, f"{where}: legal statement without a clause link: {text[:100]}"
                        assert set(hrefs) <= known, hrefs
                        linked.update(href.strip("/").split("/")[-3] for href in hrefs)
        for kind, value in ((b.block_type, b.value) for b in lesson.body):
            if kind == "key_points":
                for point in value["points"]:
                    for name in REGULATION_NAME.findall(point):
                        slug = "-".join(name).lower()
                        assert slug in linked, f"{lesson.slug}: key point names {slug}, which the lesson never links"
    assert rulings >= 20 and guidance >= 8
    learners_see_guidance_labelled_panduan_and_rulings_labelled_ketentuan(course, client)


def learners_see_guidance_labelled_panduan_and_rulings_labelled_ketentuan(course, client):
    for lesson in LessonPage.objects.child_of(course).live().specific():
        html = client.get(lesson.url).content.decode()
        asides = re.findall(r'<aside class="(guidance|ruling-block)".*?</aside>', html, re.DOTALL)
        expected = {
            "guidance": sum(1 for b in lesson.body if b.block_type == "guidance"),
            "ruling-block": sum(1 for b in lesson.body if b.block_type == "ruling"),
        }
        assert {kind: asides.count(kind) for kind in expected} == expected, lesson.slug
        for aside in re.findall(r'<aside class="guidance".*?</aside>', html, re.DOTALL):
            assert "Panduan" in aside and "Sumber:" in aside and "Ketentuan" not in aside and "/pasal/" not in aside
        for aside in re.findall(r'<aside class="ruling-block".*?</aside>', html, re.DOTALL):
            assert "Ketentuan" in aside and "Panduan" not in aside and CLAUSE_HREF.search(aside)
        for section in re.findall(r'<section class="scenario.*?</section>', html, re.DOTALL):
            assert "Ketentuan" in section or "Panduan" in section, section[:200]
        # Editor-only verification notes never reach learners.
        if lesson.verification_note:
            assert lesson.verification_note not in html


def test_every_question_has_its_clause_or_guidance_source_and_the_review_says_which(demo, client, learner):
    _, quiz = demo
    pool = list(quiz.questions.all())
    assert len(pool) == len(questions.QUESTIONS)
    for question in pool:
        assert question.clause_id or question.guidance_source, question.text[:80]
        if GUIDANCE_WORDING.search(question.explanation):
            assert question.guidance_source, f"guidance shown as a ruling: {question.text[:80]}"
    assert Question.objects.filter(quiz=quiz).exclude(guidance_source="").count() >= 10

    # The review labels guidance with its source and rulings with their clause.
    for lesson in LessonPage.objects.sibling_of(quiz).live():
        LessonProgress.objects.get_or_create(user=learner, lesson=lesson)
    quiz_services.pledge_confirm(user=learner, ip_address="127.0.0.1")
    attempt = take_attempt(learner, quiz, correct=True)
    log_in(client, learner.nip)
    html = unescape(client.get(reverse("quizzes:attempt", args=[attempt.pk])).content.decode())
    for question in attempt.snapshot["questions"]:
        if question["guidance"]:
            assert f"Panduan {question['guidance']['source']}" in re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
        if question["clause"]:
            assert question["clause"]["url"] in html
    assert html.count("tag-guidance") == sum(1 for q in attempt.snapshot["questions"] if q["guidance"])


# --- language and names (data only) ---------------------------------------------------------------------------------


def demo_strings(*, regulation_pages=True):
    from tests.demo.test_content_corrections import all_demo_text, lesson_text, strings

    text = all_demo_text() if regulation_pages else lesson_text() + " ".join(strings(questions.QUESTIONS))
    return unescape(re.sub(r"https?://\S+|<[^>]+>", "", text))


def test_language_points_of_the_issue():
    text = demo_strings()
    for wrong in ("di bulan", "bergaya", "mengikuti debat", "seorang Kepala", "berfoto bergaya"):
        assert wrong not in text, wrong
    assert not re.search(r"(?<!baik )PNS maupun PPPK", text)
    for match in re.finditer(r"\blike\b", text):
        assert text[max(0, match.start() - 12) : match.start()].endswith("tanda suka ("), text[match.start() - 40 :][
            :60
        ]


def test_work_units_named_in_the_training_are_the_regency_s_own():
    """OPD names in lessons and questions are those of demo/people.py (Batang's organisation), written alike."""
    units = [name for _, name, _, _ in people.UNITS]
    text = demo_strings(regulation_pages=False)
    mentions = list(re.finditer(r"\b(Dinas|Badan|Bagian|Kecamatan|Kelurahan|Puskesmas|Inspektorat) [A-Z]", text))
    assert len(mentions) >= 30
    unknown = {
        text[m.start() : m.start() + 40] for m in mentions if not any(text.startswith(u, m.start()) for u in units)
    }
    assert unknown == set()
    assert "Dinas Pendidikan dan Kebudayaan" in text and "Dinas Pendidikan berfoto" not in text
