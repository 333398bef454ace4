"""The editor's side of issue 14: a blueprint the bank cannot fill is refused with per-topic numbers, item-writing
flaws are shown (a warning after saving, never blocking; a panel on the edit page), and the question statistics
report shows the cue-resistance figure."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from cms.models import Topic
from quizzes.models import QuizBlueprintRow, QuizPage
from tests.support.auth import enrol_totp
from tests.support.builders import UserFactory, build_quiz

FLAWED = {
    "text": "Perbuatan berikut melanggar netralitas, kecuali ...",
    "choices": [
        ("Memberikan suara secara rahasia di TPS pada hari pemungutan suara sesuai jadwal", True),
        ("Semua jawaban di atas", False),
        ("Memasang spanduk", False),
    ],
}


@pytest.fixture
def editor(db):
    user = UserFactory(nip=None, email="editor@netral.test", first_name="Editor Hukum")
    user.groups.add(Group.objects.get(name="Editors"))
    return enrol_totp(user)


def question_data(text, choices, topic):
    return {
        "text": text,
        "kind": "single",
        "scoring": "all",
        "weight": "1",
        "topic": str(topic.pk),
        "clause": "",
        "explanation": "",
        "choices": inline_formset([{"text": t, "is_correct": "on" if c else ""} for t, c in choices], min=2),
    }


def quiz_form(quiz, questions, blueprint):
    return nested_form_data(
        {
            "title": quiz.title,
            "slug": quiz.slug,
            "intro": rich_text(""),
            "pass_mark": "80",
            "draw_count": "0",
            "draw_per_topic": "0",
            "shuffle_questions": "on",
            "shuffle_choices": "on",
            "grace_seconds": "60",
            "wait_minutes": "15",
            "max_attempts_per_day": "3",
            "review_failed": "topics",
            "review": "full",
            "review_when": "immediately",
            "comments": inline_formset([]),
            "blueprint": inline_formset([{"topic": str(t.pk), "count": str(n)} for t, n in blueprint]),
            "questions": inline_formset(questions, min=1),
        }
    )


@pytest.fixture
def topics(db):
    return [Topic.objects.create(name=name, slug=name.lower().replace(" ", "-")) for name in ("Sanksi", "Kampanye")]


CLEAN_CHOICES = [("Menolak ajakan itu", True), ("Menerima ajakan itu", False), ("Menunda jawaban", False)]


@pytest.mark.django_db
def test_a_blueprint_the_bank_cannot_fill_is_refused_with_the_numbers(client, course, editor, topics):
    sanksi, kampanye = topics
    quiz = build_quiz(course, questions=1)
    client.force_login(editor)
    questions = [question_data(f"Apa yang dilakukan ASN {n}?", CLEAN_CHOICES, sanksi) for n in range(2)]
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(quiz.pk,)), quiz_form(quiz, questions, [(sanksi, 3), (kampanye, 1)])
    )
    assert response.status_code == 200  # the form again, not saved
    html = response.content.decode()
    assert "Bank soal belum cukup untuk cetak biru: topik Sanksi perlu 3 soal, tersedia 2." in html
    assert "topik Kampanye perlu 1 soal, tersedia 0." in html
    assert not QuizBlueprintRow.objects.exists()


@pytest.mark.django_db
def test_saving_a_flawed_question_warns_but_saves_and_the_panel_lists_it(client, course, editor, topics):
    sanksi, _kampanye = topics
    quiz = build_quiz(course, questions=1)
    client.force_login(editor)
    questions = [
        question_data("Apa yang dilakukan ASN diajak kampanye?", CLEAN_CHOICES, sanksi),
        question_data(FLAWED["text"], FLAWED["choices"], sanksi),
    ]
    url = reverse("wagtailadmin_pages:edit", args=(quiz.pk,))
    response = client.post(url, quiz_form(quiz, questions, [(sanksi, 2)]))
    assert response.status_code == 302 and response["Location"] == url
    draft = QuizPage.objects.get(pk=quiz.pk).get_latest_revision_as_object()
    numbers = {q.text: n for n, q in enumerate(draft.questions.all(), start=1)}
    assert FLAWED["text"] in numbers  # saved despite the flaws
    warnings = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    assert len(warnings) == 1
    (warning,) = warnings
    flawed, clean = numbers[FLAWED["text"]], numbers["Apa yang dilakukan ASN diajak kampanye?"]
    assert warning.startswith(f"Periksa penulisan soal: Soal {flawed}: ")
    assert "kata negatif (kecuali)" in warning and "Kunci jauh lebih panjang" in warning
    assert "semua/tidak ada jawaban di atas" in warning and f"Soal {clean}:" not in warning

    html = client.get(url).content.decode()
    assert "Pemeriksaan bank soal" in html and 'class="blueprint-fill"' in html
    assert "<td>Sanksi</td><td>2</td><td>2</td>" in html and "Cukup" in html

    # A clean bank: no warning.
    clean = [question_data("Apa yang dilakukan ASN diajak kampanye?", CLEAN_CHOICES, sanksi)]
    response = client.post(url, quiz_form(quiz, clean, []))
    assert [m for m in get_messages(response.wsgi_request) if m.level_tag == "warning"] == []


@pytest.mark.django_db
def test_the_statistics_report_shows_the_cue_resistance_figure(client, course, editor):
    quiz = build_quiz(course, questions=5, pass_mark=80)  # keys "Benar n" are as long as "Salah na": no length cue
    client.force_login(editor)
    html = client.get(reverse("quiz_statistics"), {"quiz": quiz.pk}).content.decode()
    assert "Ketahanan terhadap tebakan" in html and "Simulasi 2000 percobaan" in html
    for code in ("longest", "strict", "always_false", "random", "mixed"):
        assert f'data-strategy="{code}"' in html
    assert "Selalu memilih pilihan terpanjang" in html
    assert "Penulisan soal" in html
