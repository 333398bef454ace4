"""The cue-resistance simulation against hand-built banks whose pass rates are known analytically."""

from math import comb

import pytest
from django.core.management import call_command

from cms.models import Topic
from quizzes.cues import simulate
from quizzes.models import QuizBlueprintRow
from quizzes.statistics import cue_resistance
from tests.support.builders import build_quiz

_ids = iter(range(1, 1_000_000))


def question(kind, options, *, topic=1):
    """options: (text, correct) pairs."""
    return {
        "id": next(_ids),
        "text": "Soal",
        "kind": kind,
        "scoring": "all",
        "weight": 1,
        "topic_id": topic,
        "topic": f"Topik {topic}",
        "choices": [{"id": next(_ids), "text": t, "correct": c} for t, c in options],
    }


def binomial_at_least(n, p, k):
    return sum(comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(k, n + 1))


def test_a_bank_whose_key_is_always_the_longest_option_passes_the_longest_strategy_every_time():
    bank = [
        question("single", [("Tidak boleh, karena ASN wajib netral", True), ("Boleh", False), ("Bebas", False)])
        for _ in range(10)
    ]
    result = simulate(bank, pass_mark=80, attempts=500)
    assert result.pass_rates["longest"] == 1.0
    assert result.pass_rates["mixed"] == 1.0  # the longest non-permissive option is the key too


def test_a_balanced_bank_passes_random_and_longest_guessers_at_the_binomial_rate():
    # Four options of equal length: "longest" is a tie, so it guesses like "random": P(X >= 3), X ~ B(10, 1/4).
    bank = [question("single", [(f"Pilihan {c}{n}", c == "A") for c in "ABCD"]) for n in range(10)]
    expected = binomial_at_least(10, 0.25, 3)  # 0.4744
    result = simulate(bank, pass_mark=30, attempts=2000)
    assert abs(result.pass_rates["random"] - expected) < 0.035
    assert abs(result.pass_rates["longest"] - expected) < 0.035
    assert simulate(bank, pass_mark=80, attempts=2000).pass_rates["random"] < 0.005  # B(10, 1/4) >= 8: 0.0004


def test_never_the_permissive_option_halves_the_choice_when_two_distractors_allow():
    # Key and one distractor forbid, two distractors allow: the strict guesser picks between two, P = 1/2 each.
    bank = [
        question(
            "single",
            [("Dilarang", True), ("Tidak boleh dilakukan", False), ("Boleh", False), ("Diperbolehkan", False)],
        )
        for _ in range(10)
    ]
    result = simulate(bank, pass_mark=80, attempts=2000)
    assert abs(result.pass_rates["strict"] - binomial_at_least(10, 0.5, 8)) < 0.02  # 56/1024 = 0.0547


@pytest.mark.parametrize(("pass_mark", "rate"), [(50, 1.0), (60, 0.0)])
def test_always_false_scores_exactly_the_share_of_false_keys(pass_mark, rate):
    bank = [question("true_false", [("Benar", n % 2 == 0), ("Salah", n % 2 == 1)]) for n in range(10)]
    assert simulate(bank, pass_mark=pass_mark, attempts=200).pass_rates["always_false"] == rate


def test_blueprint_covers_every_topic_and_a_plain_draw_misses_as_computed():
    bank = [question("single", [("A", True), ("B", False)], topic=1 + n % 3) for n in range(12)]
    with_blueprint = simulate(bank, pass_mark=80, blueprint={1: 2, 2: 1, 3: 1}, attempts=1000)
    assert with_blueprint.covers_all_topics == 1.0 and with_blueprint.question_count == 4
    # Four of twelve (four per topic): all three topics in (495 - (3*70 - 3*1)) / 495 = 0.5818 of draws.
    plain = simulate(bank, pass_mark=80, count=4, attempts=2000)
    assert abs(plain.covers_all_topics - 288 / 495) < 0.035 and plain.question_count == 4


def test_the_figure_is_deterministic():
    bank = [question("single", [(f"Pilihan {c}{n}", c == "A") for c in "ABC"]) for n in range(8)]
    assert simulate(bank, pass_mark=50, count=5) == simulate(bank, pass_mark=50, count=5)


@pytest.mark.django_db
def test_a_quiz_uses_its_own_blueprint_and_the_command_prints_the_rates(course, capsys):
    quiz = build_quiz(course, questions=6, pass_mark=80)
    topics = [Topic.objects.create(name=f"Topik {n}", slug=f"topik-{n}") for n in range(3)]
    for n, q in enumerate(quiz.questions.order_by("sort_order")):
        q.topic = topics[n % 3]
        q.save()
    for topic in topics:
        QuizBlueprintRow.objects.create(quiz=quiz, topic=topic, count=1)
    result = cue_resistance(quiz, attempts=300)
    assert result.question_count == 3 and result.covers_all_topics == 1.0
    call_command("quiz_cue_resistance", "--quiz", "kuis", "--attempts", "300")
    out = capsys.readouterr().out
    assert "questions/attempt=3.00" in out and "covers every topic 100.00 %" in out
    for strategy in ("longest", "strict", "always_false", "random", "mixed"):
        assert strategy in out
