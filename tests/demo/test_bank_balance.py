"""The demo bank resists test-wise guessing (issue 15): a learner who knows no law and follows a cue (always the
longest option, never a permissive option, always "Salah") or guesses at random passes the demo quiz rarely.

The figures are measured on the bank's data (demo/questions.py) and graded with the real scoring (quizzes.grading);
no database is needed. Each simulated attempt draws the demo quiz's number of questions with every topic covered,
as the quiz does (draw_per_topic), and passes at the quiz's pass mark.
"""

import random
import re
from collections import Counter, defaultdict
from decimal import Decimal

import pytest

from demo import questions as bank
from quizzes.grading import grade

QUESTIONS = bank.QUESTIONS
SINGLE = [q for q in QUESTIONS if q["kind"] == bank.SINGLE]
TRUE_FALSE = [q for q in QUESTIONS if q["kind"] == bank.TRUE_FALSE]

# An option that lets the act pass, by its first words; a multiple-choice stem that asks for what is allowed.
PERMISSIVE = re.compile(r"^(Boleh|Tidak melanggar|Tidak dilarang|Tidak ada batasan|Bebas|Aman|Tidak apa)")
PROHIBITIVE = re.compile(r"^(Dilarang|Pelanggaran|Melanggar|Tidak boleh)")
PERMISSIVE_STEM = re.compile(r"\b(BOLEH|TIDAK dilarang|TIDAK termasuk)\b")
ABSOLUTE = ["selalu", "pasti", "semua", "sama sekali", "tidak pernah", "apa saja", "apa pun", "hanya"]
ATTEMPTS = 2000


def key_of(question) -> list[str]:
    return [text for text, correct in question["choices"] if correct]


def distractors_of(question) -> list[str]:
    return [text for text, correct in question["choices"] if not correct]


def permissive_key(question) -> bool:
    if question["kind"] == bank.TRUE_FALSE:
        return key_of(question)[0] == question["lenient"]
    if question["kind"] == bank.MULTIPLE:
        return bool(PERMISSIVE_STEM.search(question["text"]))
    return bool(PERMISSIVE.match(key_of(question)[0]))


def share(items, predicate) -> float:
    items = list(items)
    return sum(1 for item in items if predicate(item)) / len(items)


# --- the strategies: each returns the chosen choice indexes ------------------------------------------------------


def _random_subset(question, rng):
    indexes = list(range(len(question["choices"])))
    return rng.sample(indexes, rng.randint(1, len(indexes)))


def random_guess(question, rng):
    if question["kind"] == bank.MULTIPLE:
        return _random_subset(question, rng)
    return [rng.randrange(len(question["choices"]))]


def always_longest(question, rng):
    lengths = [len(text) for text, _ in question["choices"]]
    return [lengths.index(max(lengths))]


def never_permissive(question, rng):
    choices = [text for text, _ in question["choices"]]
    if question["kind"] == bank.TRUE_FALSE:
        if question["lenient"]:
            return [next(i for i, text in enumerate(choices) if text != question["lenient"])]
        return random_guess(question, rng)
    if question["kind"] == bank.MULTIPLE:
        return _random_subset(question, rng)
    strict = [i for i, text in enumerate(choices) if not PERMISSIVE.match(text)] or list(range(len(choices)))
    return [rng.choice(strict)]


def always_salah(question, rng):
    if question["kind"] == bank.TRUE_FALSE:
        return [[text for text, _ in question["choices"]].index("Salah")]
    return random_guess(question, rng)


def salah_then_longest_strict(question, rng):
    """Both cues together: "Salah" on true/false, else the longest option that does not let the act pass."""
    if question["kind"] == bank.TRUE_FALSE:
        return always_salah(question, rng)
    lengths = [(len(text), i) for i, (text, _) in enumerate(question["choices"]) if not PERMISSIVE.match(text)]
    return [max(lengths)[1]] if lengths else always_longest(question, rng)


STRATEGIES = {
    "paling panjang": always_longest,
    "tidak pernah membolehkan": never_permissive,
    "selalu Salah": always_salah,
    "acak": random_guess,
    "Salah lalu terpanjang yang melarang": salah_then_longest_strict,
}


def pass_rate(strategy, *, attempts=ATTEMPTS, seed=15) -> float:
    rng = random.Random(seed)
    by_topic = defaultdict(list)
    for question in QUESTIONS:
        by_topic[question["topic"]].append(question)
    quiz = bank.QUIZ
    per_topic = quiz.get("draw_per_topic") or max(1, round(quiz["draw_count"] / len(by_topic)))
    passed = 0
    for _ in range(attempts):
        drawn = [q for questions in by_topic.values() for q in rng.sample(questions, min(per_topic, len(questions)))]
        snapshot = {"questions": []}
        answers = {}
        for number, question in enumerate(drawn):
            snapshot["questions"].append(
                {
                    "id": number,
                    "kind": question["kind"],
                    "scoring": question["scoring"],
                    "weight": question["weight"],
                    "correct": [i for i, (_, correct) in enumerate(question["choices"]) if correct],
                }
            )
            answers[str(number)] = sorted(strategy(question, rng))
        if grade(snapshot, answers) >= Decimal(quiz["pass_mark"]):
            passed += 1
    return passed / attempts


# --- the figures -------------------------------------------------------------------------------------------------


def test_the_demo_quiz_covers_every_topic_with_its_question_count():
    topics = Counter(q["topic"] for q in QUESTIONS)
    assert len(topics) == bank.QUIZ["draw_count"] == 10
    assert bank.QUIZ["draw_per_topic"] == 1
    assert min(topics.values()) >= 5, topics


def test_the_key_is_the_longest_option_in_about_one_question_in_k():
    k = Counter(len(q["choices"]) for q in SINGLE).most_common(1)[0][0]
    longest = sum(1 for q in SINGLE if max(len(t) for t, _ in q["choices"]) == len(key_of(q)[0]))
    # 1/k of the single-choice questions (k = 4 options): between 15% and 35%, never the 20-of-27 it was.
    assert k == 4
    assert 0.15 <= longest / len(SINGLE) <= 0.35, f"{longest} of {len(SINGLE)}"


def test_at_least_a_quarter_of_the_bank_has_a_permissive_key():
    assert share(QUESTIONS, permissive_key) >= 0.25


def test_permissive_and_prohibitive_openings_are_as_common_among_keys_as_among_distractors():
    keys = [key_of(q)[0] for q in SINGLE]
    distractors = [text for q in SINGLE for text in distractors_of(q)]
    for wording in (PERMISSIVE, PROHIBITIVE):
        on_keys, on_distractors = share(keys, wording.match), share(distractors, wording.match)
        assert abs(on_keys - on_distractors) <= 0.10, (wording.pattern, on_keys, on_distractors)


def test_true_false_keys_are_split_between_benar_and_salah():
    keys = Counter(key_of(q)[0] for q in TRUE_FALSE)
    assert abs(keys["Benar"] - keys["Salah"]) <= 1, keys
    assert all(q["lenient"] in ("Benar", "Salah") for q in TRUE_FALSE)


def test_no_all_of_the_above_and_no_absolute_word_only_in_distractors():
    options = [text.lower() for q in QUESTIONS for text, _ in q["choices"]]
    assert not [text for text in options if "semua jawaban" in text or "semua benar" in text]
    keys = [text.lower() for q in QUESTIONS for text in key_of(q)]
    distractors = [text.lower() for q in QUESTIONS for text in distractors_of(q)]
    for word in ABSOLUTE:
        in_distractors = [t for t in distractors if re.search(rf"\b{word}\b", t)]
        if in_distractors:
            assert [t for t in keys if re.search(rf"\b{word}\b", t)], f"{word!r} only in distractors: {in_distractors}"

    def absolute(text):
        return any(re.search(rf"\b{word}\b", text) for word in ABSOLUTE)

    # Not a cue either way: an absolute word is at most twice as common among distractors as among keys.
    assert share(distractors, absolute) <= 2 * share(keys, absolute), (
        share(distractors, absolute),
        share(keys, absolute),
    )


def test_negative_stems_are_emphasised():
    for question in QUESTIONS:
        stem = question["text"]
        assert not re.search(r"\b(tidak|bukan|kecuali) (termasuk|dilarang|boleh)\b.*\?", stem), stem
        if re.search(r"Manakah yang (TIDAK|BUKAN)", stem, flags=re.IGNORECASE):
            assert re.search(r"Manakah yang (TIDAK|BUKAN)", stem), f"negation not in capitals: {stem}"


@pytest.mark.parametrize("name", list(STRATEGIES))
def test_a_cue_following_guesser_rarely_passes(name):
    rate = pass_rate(STRATEGIES[name])
    assert rate <= 0.05, f"{name}: {rate:.1%} of {ATTEMPTS} attempts pass"
