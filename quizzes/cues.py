"""Cue resistance: how often a learner who never read would pass this quiz by answering on cues alone.

Many attempts are simulated (seeded, so the figure is the same every time) under the quiz's own draw (blueprint,
number per topic or number per attempt; drawing.py) and pass mark, graded like real attempts (grading.py). Each
simulated learner follows one strategy on every question:

- longest: the longest option (ties: at random); for "choose all that apply", every option at least as long as
  the options' mean length; true/false at random;
- strict ("never the permissive option"): an option that does not allow the act, i.e. does not start with
  "Boleh", "Diperbolehkan", "Diizinkan", "Tidak melanggar", "Tidak dilarang", "Sah", "Wajar" (item_checks.PERMISSIVE),
  at random among those; for "choose all that apply", every such option; a true/false statement that allows the
  act ("boleh", "tidak melanggar" ...) is answered "Salah", any other "Benar";
- always_false: "Salah" on every true/false question, at random elsewhere;
- random: any option at random ("choose all that apply": each option with probability 1/2, at least one);
- mixed: "Salah" on true/false; otherwise the longest option that does not allow the act (the two cues together).

The same drawn questions are given to every strategy in a simulated attempt (common random numbers), and the
share of attempts covering every topic of the bank is reported alongside.
"""

import random
import re
from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from .drawing import draw
from .grading import grade
from .item_checks import is_permissive

ATTEMPTS = 2000
SEED = 14

STRATEGIES = {
    "longest": _("Selalu memilih pilihan terpanjang"),
    "strict": _("Tidak pernah memilih pilihan yang membolehkan"),
    "always_false": _("Selalu “Salah” pada soal benar/salah"),
    "random": _("Menebak acak"),
    "mixed": _("Gabungan: “Salah”, lalu pilihan terpanjang yang tidak membolehkan"),
}

_PROHIBITING = re.compile(r"\btidak\s+(boleh|diperbolehkan|dibolehkan|diizinkan)\b", re.IGNORECASE)
_ALLOWING = re.compile(
    r"\b(boleh|diperbolehkan|dibolehkan|diizinkan|tidak melanggar|tidak dilarang|bukan pelanggaran)\b", re.IGNORECASE
)


@dataclass
class CueResult:
    attempts: int
    question_count: float
    pass_rates: dict[str, float]
    covers_all_topics: float
    topic_missed: dict[str, float] = field(default_factory=dict)

    def rows(self) -> list[dict]:
        return [
            {"code": c, "label": STRATEGIES[c], "rate": self.pass_rates[c], "percent": 100 * self.pass_rates[c]}
            for c in STRATEGIES
        ]

    @property
    def covers_all_percent(self) -> float:
        return 100 * self.covers_all_topics

    def missed_rows(self) -> list[dict]:
        return [{"topic": t, "percent": 100 * share} for t, share in self.topic_missed.items() if share]


def statement_allows(text: str) -> bool:
    return bool(_ALLOWING.search(_PROHIBITING.sub(" ", text)))


def _random_subset(options: list[dict], rng: random.Random) -> list[dict]:
    while True:
        picked = [c for c in options if rng.random() < 0.5]
        if picked:
            return picked


def _longest(options: list[dict], rng: random.Random) -> dict:
    most = max(len(c["text"]) for c in options)
    return rng.choice([c for c in options if len(c["text"]) == most])


def _long_half(options: list[dict]) -> list[dict]:
    mean = sum(len(c["text"]) for c in options) / len(options)
    return [c for c in options if len(c["text"]) >= mean]


def _true_false(question: dict, *, false: bool) -> dict:
    wanted = "salah" if false else "benar"
    options = question["choices"]
    return next((c for c in options if c["text"].strip().lower().startswith(wanted)), options[-1 if false else 0])


def answer(strategy: str, question: dict, rng: random.Random) -> list[int]:
    options = question["choices"]
    kind = question["kind"]
    if not options:
        return []
    strict = [c for c in options if not is_permissive(c["text"])] or options
    if kind == "true_false":
        if strategy in ("always_false", "mixed"):
            picked = [_true_false(question, false=True)]
        elif strategy == "strict":
            picked = [_true_false(question, false=statement_allows(question["text"]))]
        else:
            picked = [rng.choice(options)]
    elif kind == "multiple":
        if strategy == "longest":
            picked = _long_half(options)
        elif strategy == "strict":
            picked = strict
        elif strategy == "mixed":
            picked = _long_half(strict)
        else:
            picked = _random_subset(options, rng)
    elif strategy == "longest":
        picked = [_longest(options, rng)]
    elif strategy == "strict":
        picked = [rng.choice(strict)]
    elif strategy == "mixed":
        picked = [_longest(strict, rng)]
    else:
        picked = [rng.choice(options)]
    return sorted(c["id"] for c in picked)


def simulate(
    questions: list[dict],
    *,
    pass_mark: int,
    blueprint: dict[int, int] | None = None,
    per_topic: int = 0,
    count: int = 0,
    attempts: int = ATTEMPTS,
    seed: int = SEED,
) -> CueResult:
    """`questions`: the bank as selectors.bank_questions() gives it."""
    questions = [dict(q, correct=sorted(c["id"] for c in q["choices"] if c["correct"])) for q in questions]
    draws = random.Random(seed)
    answers = random.Random(seed + 1)
    topics = {q["topic_id"]: q.get("topic") or "" for q in questions if q.get("topic_id")}
    passed: Counter = Counter()
    missed: Counter = Counter()
    covered_all = 0
    drawn_total = 0
    for _attempt in range(attempts):
        drawn = draw(
            questions, topic_of=lambda q: q.get("topic_id"), blueprint=blueprint, per_topic=per_topic, count=count,
            rng=draws,
        )  # fmt: skip
        drawn_total += len(drawn)
        seen = {q.get("topic_id") for q in drawn}
        covered_all += set(topics) <= seen
        for topic_id in set(topics) - seen:
            missed[topic_id] += 1
        snapshot = {"questions": drawn}
        for strategy in STRATEGIES:
            chosen = {str(q["id"]): answer(strategy, q, answers) for q in drawn}
            passed[strategy] += grade(snapshot, chosen) >= pass_mark
    n = max(attempts, 1)
    return CueResult(
        attempts=attempts,
        question_count=drawn_total / n,
        pass_rates={s: passed[s] / n for s in STRATEGIES},
        covers_all_topics=covered_all / n,
        topic_missed={topics[t]: missed[t] / n for t in sorted(topics, key=lambda t: topics[t])},
    )
