"""The quiz engine: drawing, scoring rules, the timer, attempt limits, the pledge, review options, integrity."""

import re
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from quizzes import grading, selectors, services
from quizzes.models import Attempt, Choice, PledgeConfirmation, PledgeText, Question, QuizPage
from tests.support.builders import build_quiz


def answers(attempt, *, right: int) -> dict[str, list[int]]:
    """The first `right` questions answered correctly, the rest wrongly."""
    result = {}
    for n, q in enumerate(attempt.snapshot["questions"]):
        wrong = next(c["id"] for c in q["choices"] if c["id"] not in q["correct"])
        result[str(q["id"])] = q["correct"] if n < right else [wrong]
    return result


def as_post(answer_map) -> dict[str, list[str]]:
    return {f"q-{qid}": [str(c) for c in chosen] for qid, chosen in answer_map.items()}


def settle(quiz, **fields) -> QuizPage:
    QuizPage.objects.filter(pk=quiz.pk).update(**fields)
    return QuizPage.objects.get(pk=quiz.pk)


@pytest.mark.django_db
def test_each_attempt_draws_n_questions_and_shuffles_them(course, learner):
    quiz = build_quiz(course, questions=12, draw_count=5)
    orders = set()
    for _ in range(6):
        attempt = services.attempt_start(user=learner, quiz=quiz)
        drawn = attempt.snapshot["questions"]
        assert len(drawn) == 5 and len({q["id"] for q in drawn}) == 5
        orders.add(tuple(q["id"] for q in drawn))
        services.attempt_submit(attempt=attempt, answers={})
    assert len(orders) > 1  # 12 choose 5 in order: six equal draws would be a broken shuffle


@pytest.mark.django_db
def test_draw_per_topic_takes_that_many_from_each_topic(course, learner):
    from cms.models import Topic

    quiz = build_quiz(course, questions=9, draw_per_topic=2)
    topics = [Topic.objects.create(name=name, slug=name) for name in ("sosmed", "kampanye", "sanksi")]
    for n, question in enumerate(quiz.questions.order_by("sort_order")):
        question.topic = topics[n % 3]
        question.save()
    drawn = services.attempt_start(user=learner, quiz=quiz).snapshot["questions"]
    assert sorted(q["topic"] for q in drawn) == ["kampanye", "kampanye", "sanksi", "sanksi", "sosmed", "sosmed"]


def multiple_question(scoring):
    question = {"kind": "multiple", "scoring": scoring, "weight": 1, "correct": [1, 2, 3], "choices": []}
    return question


def test_partial_scoring_is_right_minus_wrong_over_right_never_negative():
    partial = multiple_question("partial")
    assert grading.question_credit(partial, [1, 2, 3]) == 1
    assert grading.question_credit(partial, [1, 2, 4]) == Decimal(1) / 3
    assert grading.question_credit(partial, [1, 4, 5]) == 0
    assert grading.question_credit(partial, []) == 0
    all_or_nothing = multiple_question("all")
    assert grading.question_credit(all_or_nothing, [1, 2]) == 0
    assert grading.question_credit(all_or_nothing, [3, 2, 1]) == 1


@pytest.mark.django_db
def test_a_late_submission_is_graded_on_the_answers_saved_before_the_deadline(client, course, learner):
    quiz = build_quiz(course, questions=5, time_limit_minutes=10, grace_seconds=30)
    attempt = services.attempt_start(user=learner, quiz=quiz)
    assert attempt.deadline is not None
    client.force_login(learner)
    saved = client.post(reverse("quizzes:attempt_save", args=(attempt.pk,)), as_post(answers(attempt, right=2)))
    assert saved.status_code == 200 and saved.json()["saved"] is True

    # Eleven minutes later the learner submits five right answers: too late, the saved two count.
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(seconds=31))
    client.post(reverse("quizzes:attempt", args=(attempt.pk,)), as_post(answers(attempt, right=5)))
    attempt.refresh_from_db()
    assert attempt.late and attempt.score == Decimal("40.00") and not attempt.passed
    late_save = client.post(reverse("quizzes:attempt_save", args=(attempt.pk,)), as_post(answers(attempt, right=5)))
    # A save after the submission is ignored quietly: 200, "closed", and the graded answers stay as they were.
    assert late_save.status_code == 200 and late_save.json()["closed"] is True and late_save.json()["saved"] is False
    graded_answers = attempt.answers
    attempt.refresh_from_db()
    assert attempt.answers == graded_answers and attempt.score == Decimal("40.00")


@pytest.mark.django_db
def test_within_the_grace_period_the_submitted_answers_count(course, learner):
    quiz = build_quiz(course, questions=5, time_limit_minutes=10, grace_seconds=60)
    attempt = services.attempt_start(user=learner, quiz=quiz)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(seconds=20))
    attempt.refresh_from_db()
    graded = services.attempt_submit(attempt=attempt, answers=answers(attempt, right=5))
    assert not graded.late and graded.score == 100


@pytest.mark.django_db
def test_an_abandoned_timed_attempt_is_graded_when_next_opened(client, course, learner):
    quiz = build_quiz(course, questions=5, time_limit_minutes=5, grace_seconds=0)
    attempt = services.attempt_start(user=learner, quiz=quiz)
    services.attempt_save(attempt=attempt, answers=answers(attempt, right=4))
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=1))
    client.force_login(learner)
    html = client.get(reverse("quizzes:attempt", args=(attempt.pk,))).content.decode()
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.late and attempt.score == 80
    assert "Nilai Anda 80" in html


@pytest.mark.django_db
def test_scripted_learner_fails_waits_retries_and_passes_within_the_limit(client, course, learner):
    quiz = build_quiz(course, questions=5, pass_mark=80, max_attempts=3, wait_minutes=60)
    client.force_login(learner)

    client.post(quiz.url)
    first = Attempt.objects.get(user=learner)
    client.post(reverse("quizzes:attempt", args=(first.pk,)), as_post(answers(first, right=2)))
    first.refresh_from_db()
    assert first.passed is False

    response = client.post(quiz.url, follow=True)  # right away: the waiting time holds
    assert Attempt.objects.filter(user=learner).count() == 1
    assert "Anda dapat mencoba lagi mulai" in response.content.decode()

    Attempt.objects.filter(pk=first.pk).update(submitted_at=timezone.now() - timedelta(minutes=61))
    client.post(quiz.url)
    second = Attempt.objects.get(user=learner, number=2)
    client.post(reverse("quizzes:attempt", args=(second.pk,)), as_post(answers(second, right=4)))
    second.refresh_from_db()
    assert second.passed is True and second.score == 80


@pytest.mark.django_db
def test_the_attempt_limit_holds(course, learner):
    quiz = build_quiz(course, questions=5, max_attempts=2)
    for _ in range(2):
        attempt = services.attempt_start(user=learner, quiz=quiz)
        services.attempt_submit(attempt=attempt, answers={})
    with pytest.raises(ValidationError, match="semua kesempatan"):
        services.attempt_start(user=learner, quiz=quiz)
    assert Attempt.objects.filter(user=learner).count() == 2


@pytest.mark.django_db
def test_the_quiz_opens_and_closes_on_its_dates(course, learner):
    quiz = build_quiz(course, opens_at=timezone.now() + timedelta(days=1))
    with pytest.raises(ValidationError, match="Kuis dibuka pada"):
        services.attempt_start(user=learner, quiz=quiz)
    quiz = settle(quiz, opens_at=None, closes_at=timezone.now() - timedelta(minutes=1))
    with pytest.raises(ValidationError, match="sudah ditutup"):
        services.attempt_start(user=learner, quiz=quiz)


@pytest.mark.django_db
def test_the_pledge_is_confirmed_before_the_first_attempt_with_time_ip_and_version(client, quiz, learner):
    pledge = PledgeText.objects.create(text="<p>Saya akan menjaga netralitas.</p>")
    client.force_login(learner)
    html = client.get(quiz.url).content.decode()
    assert "Saya akan menjaga netralitas." in html and "Mulai kuis" not in html
    client.post(quiz.url)
    assert not Attempt.objects.exists()

    client.post(quiz.url, {"action": "pledge", "agree": "1"}, REMOTE_ADDR="10.20.30.40")
    confirmation = PledgeConfirmation.objects.get(user=learner)
    assert (confirmation.version, confirmation.ip_address) == (1, "10.20.30.40")
    assert confirmation.text == pledge.text and confirmation.confirmed_at is not None
    assert "Mulai kuis" in client.get(quiz.url).content.decode()

    pledge.text = "<p>Saya akan menjaga netralitas, juga di media sosial.</p>"
    pledge.save()
    assert pledge.version == 2
    assert services.pledge_needed(learner) == pledge


def graded(course, learner, right=3, **settings):
    quiz = build_quiz(course, questions=5, pass_mark=80, **settings)
    attempt = services.attempt_start(user=learner, quiz=quiz)
    return services.attempt_submit(attempt=attempt, answers=answers(attempt, right=right))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("failed", "passed", "right", "expected_level", "rows"),
    [
        ("score", "full", 3, "score", 0),
        ("wrong", "full", 3, "wrong", 2),
        ("topics", "full", 3, "topics", 0),
        ("score", "score", 5, "score", 0),
        ("score", "wrong", 4, "wrong", 1),
        ("score", "full", 4, "full", 5),
    ],
)
def test_review_shows_what_the_quiz_allows(client, course, learner, failed, passed, right, expected_level, rows):
    attempt = graded(course, learner, right=right, review_failed=failed, review=passed)
    assert selectors.review_level(attempt) == expected_level
    client.force_login(learner)
    html = client.get(reverse("quizzes:attempt", args=(attempt.pk,))).content.decode()
    assert html.count('<section class="review') == rows
    assert ("(kunci)" in html) == (expected_level == "full")


@pytest.mark.django_db
def test_a_failed_attempt_never_gets_the_key_even_if_a_stored_setting_says_full(course, learner):
    attempt = graded(course, learner, review="full")
    QuizPage.objects.filter(pk=attempt.quiz_id).update(review_failed="full")  # not a choice; say, an old row
    attempt = Attempt.objects.select_related("quiz").get(pk=attempt.pk)
    assert attempt.passed is False
    assert selectors.review_level(attempt) == "score"


@pytest.mark.django_db
def test_review_after_close_waits_for_the_closing_time(course, learner):
    attempt = graded(
        course,
        learner,
        right=5,
        review="full",
        review_when="after_close",
        closes_at=timezone.now() + timedelta(hours=1),
    )
    assert selectors.review_level(attempt) == "score"
    assert selectors.review_level(attempt, now=timezone.now() + timedelta(hours=2)) == "full"


@pytest.mark.django_db
def test_no_answer_key_reaches_the_browser_before_submission(client, course, learner):
    quiz = build_quiz(course, questions=5)
    question = quiz.questions.first()
    question.kind, question.explanation = Question.Kind.MULTIPLE, "Pembahasan rahasia sampai dikumpulkan."
    question.save()
    Choice.objects.create(question=question, text="Benar juga", is_correct=True, sort_order=3)
    attempt = services.attempt_start(user=learner, quiz=quiz)
    client.force_login(learner)
    html = client.get(reverse("quizzes:attempt", args=(attempt.pk,))).content.decode()
    assert "Pembahasan rahasia" not in html and "correct" not in html.lower() and "kunci" not in html.lower()
    # A right choice and a wrong one are rendered identically, apart from their id and text.
    for q in attempt.snapshot["questions"]:
        labels = []
        for choice in q["choices"]:
            match = re.search(
                rf'<label class="choice">\s*<input[^>]*value="{choice["id"]}"[^>]*>\s*[^<]*</label>', html
            )
            labels.append(match.group(0).replace(f'value="{choice["id"]}"', "ID").replace(choice["text"], "TEXT"))
        assert len(set(labels)) == 1, labels
    assert re.search(r"data-(?!autosave|countdown|blank)", html) is None
    # The page's only script knows nothing of answers either.
    script = (Path(settings.BASE_DIR) / "static" / "js" / "quiz.js").read_text()
    assert "quiz.js" in html and "correct" not in script and "kunci" not in script


@pytest.mark.django_db
def test_autosave_of_another_learners_attempt_is_not_found(client, attempt_of_learner, other_learner):
    client.force_login(other_learner)
    url = reverse("quizzes:attempt_save", args=(attempt_of_learner.pk,))
    assert client.post(url, as_post(answers(attempt_of_learner, right=5))).status_code == 404
    attempt_of_learner.refresh_from_db()
    assert attempt_of_learner.answers == {}


@pytest.fixture
def attempt_of_learner(quiz, learner):
    return services.attempt_start(user=learner, quiz=quiz)


def queries(client, method, url, data=None):
    with CaptureQueriesContext(connection) as captured:
        response = getattr(client, method)(url, data or {})
    assert response.status_code in (200, 302)
    return len(captured)


@pytest.mark.django_db
def test_quiz_pages_and_submit_use_the_same_queries_for_10_and_50_questions(client, learner, course):
    counts = []
    for size, slug in ((10, "kuis-10"), (50, "kuis-50")):
        quiz = build_quiz(course, questions=size)
        QuizPage.objects.filter(pk=quiz.pk).update(slug=slug, url_path=quiz.url_path.replace("kuis/", f"{slug}/"))
        quiz.refresh_from_db()
        client.force_login(learner)
        attempt = services.attempt_start(user=learner, quiz=quiz)
        attempt_url = reverse("quizzes:attempt", args=(attempt.pk,))
        counts.append(
            (
                queries(client, "get", quiz.url),
                queries(client, "get", attempt_url),
                queries(client, "post", attempt_url, as_post(answers(attempt, right=size))),
            )
        )
    assert counts[0] == counts[1]
    # Quiz page (with its rules: attempts used in total and today, counted from the attempts the page lists, the
    # blueprint, the bank's topics); question form; submit (session, user, the user's permissions for the staff MFA
    # gate, attempt under a row lock, grade from the snapshot, save).
    assert counts[0] == (20, 5, 10)
