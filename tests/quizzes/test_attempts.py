from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from certificates.models import Certificate
from certificates.tasks import issue_certificate
from quizzes import services
from quizzes.models import Attempt
from tests.support.auth import PASSWORD
from tests.support.builders import answers


def answer_post(attempt, *, right: int) -> dict:
    """Form data answering the first `right` questions correctly and the rest wrongly."""
    data = {}
    for n, question in enumerate(attempt.snapshot["questions"]):
        if n < right:
            choice = question["correct"][0]
        else:
            choice = next(c["id"] for c in question["choices"] if c["id"] not in question["correct"])
        data[f"q-{question['id']}"] = str(choice)
    return data


@pytest.fixture
def logged_in(client, learner):
    client.login(username=learner.nip, password=PASSWORD)
    return client


@pytest.fixture
def attempt(learner, quiz):
    return services.attempt_start(user=learner, quiz=quiz)


@pytest.mark.django_db
def test_quiz_page_needs_login(client, quiz):
    response = client.get(quiz.url)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_start_from_quiz_page_and_resume_the_same_attempt(logged_in, quiz, learner):
    first = logged_in.post(quiz.url)
    second = logged_in.post(quiz.url)
    assert first["Location"] == second["Location"]
    assert Attempt.objects.filter(user=learner).count() == 1


@pytest.mark.django_db
def test_the_form_never_shows_the_key(logged_in, attempt):
    html = logged_in.get(f"/kuis/percobaan/{attempt.pk}/").content.decode()
    for question in attempt.snapshot["questions"]:
        assert question["text"] in html
        for choice in question["choices"]:
            assert f'value="{choice["id"]}"' in html
    # The key exists only on the server: nothing in the page says which choice is right.
    for marker in ("correct", "is_correct", "benar-", "data-key", "explanation"):
        assert marker not in html.lower()
    assert "checked" not in html


@pytest.mark.django_db
def test_passing_submission_is_graded_on_the_server_and_issues_one_certificate(
    logged_in, attempt, learner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = logged_in.post(f"/kuis/percobaan/{attempt.pk}/", answer_post(attempt, right=4))  # 4 of 5 = 80
    # The certificate is asked for once, after the grade is committed (then its email, once it is issued).
    assert [getattr(c, "func", None) for c in callbacks].count(issue_certificate.enqueue) == 1
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.score == 80 and attempt.passed is True
    result = logged_in.get(response["Location"]).content.decode()
    assert "Nilai Anda 80" in result and "lulus" in result
    assert Certificate.objects.filter(user=learner).count() == 1


@pytest.mark.django_db
def test_failing_submission_issues_no_certificate(logged_in, attempt, learner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        logged_in.post(f"/kuis/percobaan/{attempt.pk}/", answer_post(attempt, right=3))  # 60 < 70
    attempt.refresh_from_db()
    assert attempt.score == 60 and attempt.passed is False
    assert not Certificate.objects.exists()
    assert "belum lulus" in logged_in.get(f"/kuis/percobaan/{attempt.pk}/").content.decode()


@pytest.mark.django_db
def test_double_submission_grades_once(logged_in, attempt, learner, django_capture_on_commit_callbacks):
    url = f"/kuis/percobaan/{attempt.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        logged_in.post(url, answer_post(attempt, right=5))
        submitted_at = Attempt.objects.get().submitted_at
        # A replayed POST with other answers changes nothing.
        logged_in.post(url, answer_post(attempt, right=0))
        again = services.attempt_submit(attempt=attempt, answers={})
    assert (again.score, again.submitted_at) == (100, submitted_at)
    assert Certificate.objects.count() == 1


@pytest.mark.django_db
def test_another_learners_attempt_is_not_found(client, attempt, other_learner):
    client.login(username=other_learner.nip, password=PASSWORD)
    url = f"/kuis/percobaan/{attempt.pk}/"
    assert client.get(url).status_code == 404
    assert client.post(url, answer_post(attempt, right=5)).status_code == 404
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


@pytest.mark.django_db
def test_choice_from_another_question_is_rejected_with_a_message(logged_in, attempt):
    first, second = attempt.snapshot["questions"][:2]
    data = answer_post(attempt, right=5)
    data[f"q-{first['id']}"] = str(second["choices"][0]["id"])
    response = logged_in.post(f"/kuis/percobaan/{attempt.pk}/", data)
    assert response.status_code == 400
    assert "tidak termasuk dalam soal ini" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


@pytest.mark.django_db
def test_answer_to_a_question_outside_the_attempt_is_rejected(attempt):
    with pytest.raises(ValidationError):
        services.attempt_submit(attempt=attempt, answers={"999999": ["1"]})
    with pytest.raises(ValidationError):
        services.attempt_submit(attempt=attempt, answers={str(attempt.snapshot["questions"][0]["id"]): ["x"]})


@pytest.mark.django_db
def test_two_choices_on_a_single_choice_question_are_rejected(attempt):
    question = attempt.snapshot["questions"][0]
    with pytest.raises(ValidationError):
        services.attempt_submit(attempt=attempt, answers={str(question["id"]): [c["id"] for c in question["choices"]]})


@pytest.mark.django_db
def test_snapshot_keeps_a_past_result_when_editors_change_the_key(attempt, quiz):
    for question in quiz.questions.all():
        question.choices.update(is_correct=False)
    graded = services.attempt_submit(attempt=attempt, answers=answers(attempt, correct=True))
    assert graded.score == 100


@pytest.mark.django_db
def test_weights_count_in_the_score(attempt):
    heavy = attempt.snapshot["questions"][0]
    heavy["weight"] = 5  # 5 of 9 weight points
    attempt.save()
    chosen = {str(heavy["id"]): heavy["correct"]}
    assert services.attempt_submit(attempt=attempt, answers=chosen).score == Decimal("55.56")
