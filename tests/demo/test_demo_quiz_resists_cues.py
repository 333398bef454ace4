"""The demo quiz, as seed_demo makes it, against learners who never read (issue 14): under its own blueprint and pass
mark, each cue strategy of quizzes.cues passes at most 5 % of simulated attempts, and every attempt covers every
topic of the bank. Measured on the seeded quiz page (its blueprint rows, its questions), not on the data file."""

import pytest
from django.core.management import call_command

from quizzes.models import QuizPage
from quizzes.statistics import cue_resistance

pytestmark = pytest.mark.django_db


def test_the_seeded_demo_quiz_is_not_passed_by_cues_and_covers_every_topic(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", verbosity=0)
    quiz = QuizPage.objects.get()
    result = cue_resistance(quiz)

    assert result.attempts == 2000
    assert {strategy: rate <= 0.05 for strategy, rate in result.pass_rates.items()} == dict.fromkeys(
        ["longest", "strict", "always_false", "random", "mixed"], True
    ), result.pass_rates
    assert result.covers_all_topics == 1.0, result.topic_missed
    assert quiz.blueprint.count() == len({q.topic_id for q in quiz.questions.all()}) == 10
    assert result.question_count == 10
