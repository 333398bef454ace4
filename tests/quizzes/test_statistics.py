"""Item statistics against a hand-computed example, and who may see statistics and attempts in the admin."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from quizzes import services
from quizzes.models import Attempt
from quizzes.statistics import quiz_statistics
from tests.support.auth import enrol_totp
from tests.support.builders import UserFactory, build_quiz, build_regulation
from tests.support.responses import assert_refused_by_admin

# Six learners, two questions; R = right, W = the first wrong choice.
PATTERN = [("R", "R"), ("R", "W"), ("W", "R"), ("R", "W"), ("W", "W"), ("W", "R")]


@pytest.fixture
def answered(course):
    quiz = build_quiz(course, questions=2, shuffle_questions=False, shuffle_choices=False)
    regulation = build_regulation(course.get_parent().get_parent())
    clause = regulation.clauses.first()
    quiz.questions.update(clause=clause)
    first, second = quiz.questions.order_by("sort_order")
    for pattern in PATTERN:
        attempt = services.attempt_start(user=UserFactory(), quiz=quiz)
        chosen = {}
        for mark, q in zip(pattern, attempt.snapshot["questions"], strict=True):
            wrong = next(c["id"] for c in q["choices"] if c["id"] not in q["correct"])
            chosen[str(q["id"])] = q["correct"] if mark == "R" else [wrong]
        services.attempt_submit(attempt=attempt, answers=chosen)
    return quiz, first, second, clause


@pytest.mark.django_db
def test_statistics_match_the_hand_computed_example(answered):
    quiz, first, second, clause = answered
    # Scores: 100, 50, 50, 50, 0, 50. Ordered by score then id: bottom third = learners 5 and 2 (0 and 50),
    # top third = learners 6 and 1 (50 and 100).
    questions, clauses, attempts = quiz_statistics(quiz)
    assert attempts == 6
    stats = {stat.id: stat for stat in questions}

    q1 = stats[first.pk]  # right for learners 1, 2, 4
    assert q1.attempts == 6 and q1.facility == Decimal("0.50")
    assert q1.discrimination == Decimal("0.00")  # top: 0 and 1; bottom: 0 and 1
    picked = {choice.text: choice.picked for choice in q1.choices.values()}
    assert picked == {"Benar 0": 3, "Salah 0a": 3, "Salah 0b": 0}

    q2 = stats[second.pk]  # right for learners 1, 3, 6
    assert q2.facility == Decimal("0.50")
    assert q2.discrimination == Decimal("1.00")  # top: 1 and 1; bottom: 0 and 0

    (per_clause,) = clauses
    assert per_clause.label == str(clause) and per_clause.attempts == 12
    assert per_clause.facility == Decimal("0.50") and len(per_clause.questions) == 2


def staff(*, group=None, permission=None):
    user = UserFactory()
    if group:
        user.groups.add(Group.objects.get(name=group))
    if permission:
        app_label, codename = permission.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        user.user_permissions.add(Permission.objects.get(codename="view_all_units"))
    return enrol_totp(user)


@pytest.mark.django_db
def test_editors_see_item_statistics_but_not_personal_attempts(client, answered):
    quiz, first, _second, _clause = answered
    client.force_login(staff(group="Editors"))
    html = client.get(reverse("quiz_statistics"), {"quiz": quiz.pk}).content.decode()
    assert f'data-question="{first.pk}"' in html and "0,50" in html and "1,00" in html  # Indonesian decimals
    assert_refused_by_admin(client.get(reverse("quiz_attempts")))


@pytest.mark.django_db
def test_hr_lists_and_exports_attempts_with_filters(client, answered):
    client.force_login(staff(permission="quizzes.view_attempt"))
    response = client.get(reverse("quiz_attempts"), {"passed": "true"})
    assert response.status_code == 200
    assert response.context["object_list"].count() == Attempt.objects.filter(passed=True).count() == 1
    export = client.get(reverse("quiz_attempts"), {"export": "csv"})
    rows = b"".join(export.streaming_content).decode("utf-8-sig").strip().splitlines()
    assert rows[0].startswith("NIP;Nama;Unit kerja;Kuis") and len(rows) == 7
    assert {row.split(";")[7] for row in rows[1:]} <= {"Ya", "Tidak"}  # Lulus: never True/False
    assert export["Content-Disposition"] == f'attachment; filename="percobaan-kuis-{timezone.localdate()}.csv"'
    assert_refused_by_admin(client.get(reverse("quiz_statistics")))


@pytest.mark.django_db
def test_editor_edits_the_question_bank_with_topic_and_clause_choosers(client, answered):
    quiz, first, _second, clause = answered
    client.force_login(staff(group="Editors"))
    html = client.get(reverse("wagtailadmin_pages:edit", args=(quiz.pk,))).content.decode()
    assert "Bank soal" in html and "Pasal yang diuji" in html and "Pilih pasal" in html
    assert first.text in html
