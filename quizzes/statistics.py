"""Item statistics for editors, from the graded attempts' snapshots (what was actually asked) and answers.

- facility: the mean credit a question earned (1 = everyone fully right);
- discrimination: facility among the top third of attempts (by score) minus facility among the bottom third
  (the classic upper-lower index; empty below three attempts);
- choice distribution: how often each choice was picked;
- per regulation clause: the same facility over every question that tests it.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.cache import cache

from . import cues, item_checks
from .grading import question_credit
from .models import Attempt, QuizPage
from .selectors import bank_questions, blueprint_fill, blueprint_of


@dataclass
class ChoiceStat:
    text: str
    correct: bool
    picked: int = 0


@dataclass
class QuestionStat:
    id: int
    text: str
    clause: dict | None
    attempts: int = 0
    credit: Decimal = Decimal(0)
    top: list = field(default_factory=list)
    bottom: list = field(default_factory=list)
    choices: dict = field(default_factory=dict)

    @property
    def facility(self) -> Decimal | None:
        return _mean_ratio(self.credit, self.attempts)

    @property
    def discrimination(self) -> Decimal | None:
        if not self.top or not self.bottom:
            return None
        return _mean(self.top) - _mean(self.bottom)


@dataclass
class ClauseStat:
    label: str
    url: str
    attempts: int = 0
    credit: Decimal = Decimal(0)
    questions: set = field(default_factory=set)

    @property
    def facility(self) -> Decimal | None:
        return _mean_ratio(self.credit, self.attempts)


def _mean(values) -> Decimal:
    return (sum(values, Decimal(0)) / len(values)).quantize(Decimal("0.01"))


def _mean_ratio(total: Decimal, count: int) -> Decimal | None:
    return (total / count).quantize(Decimal("0.01")) if count else None


def quiz_statistics(quiz: QuizPage) -> tuple[list[QuestionStat], list[ClauseStat], int]:
    attempts = list(
        Attempt.objects.filter(quiz=quiz, submitted_at__isnull=False)
        .order_by("score", "pk")
        .values_list("pk", "snapshot", "answers")
    )
    third = len(attempts) // 3
    bottom_ids = {pk for pk, _s, _a in attempts[:third]}
    top_ids = {pk for pk, _s, _a in attempts[len(attempts) - third :]} if third else set()

    questions: dict[int, QuestionStat] = {}
    clauses: dict[int, ClauseStat] = {}
    for pk, snapshot, answers in attempts:
        for q in snapshot["questions"]:
            stat = questions.get(q["id"])
            if stat is None:
                stat = questions[q["id"]] = QuestionStat(id=q["id"], text=q["text"], clause=q.get("clause"))
            chosen = answers.get(str(q["id"]), [])
            credit = question_credit(q, chosen)
            stat.attempts += 1
            stat.credit += credit
            if pk in top_ids:
                stat.top.append(credit)
            elif pk in bottom_ids:
                stat.bottom.append(credit)
            for choice in q["choices"]:
                entry = stat.choices.setdefault(choice["id"], ChoiceStat(choice["text"], choice["id"] in q["correct"]))
                entry.picked += choice["id"] in chosen
            if q.get("clause"):
                clause = clauses.setdefault(q["clause"]["id"], ClauseStat(q["clause"]["label"], q["clause"]["url"]))
                clause.attempts += 1
                clause.credit += credit
                clause.questions.add(q["id"])
    ordered_questions = sorted(questions.values(), key=lambda s: (s.facility is None, s.facility or 0))
    ordered_clauses = sorted(clauses.values(), key=lambda s: (s.facility is None, s.facility or 0))
    return ordered_questions, ordered_clauses, len(attempts)


def cue_resistance(quiz: QuizPage, *, attempts: int = cues.ATTEMPTS, seed: int = cues.SEED) -> cues.CueResult:
    """The quiz's cue-resistance figure: simulated pass rates of learners who answer by cue (cues.py)."""
    return cues.simulate(
        bank_questions(quiz),
        pass_mark=quiz.pass_mark,
        blueprint=blueprint_of(quiz),
        per_topic=quiz.draw_per_topic,
        count=quiz.draw_count,
        attempts=attempts,
        seed=seed,
    )


def cue_resistance_cached(quiz: QuizPage) -> cues.CueResult:
    """The figure for the report: the bank and the draw change only when the quiz is published, so the
    publication time keys the cache (a simulation takes a second or two)."""
    key = f"quiz-cues:{quiz.pk}:{quiz.last_published_at and quiz.last_published_at.isoformat()}:{cues.ATTEMPTS}"
    result = cache.get(key)
    if result is None:
        result = cue_resistance(quiz)
        cache.set(key, result, 24 * 3600)
    return result


def bank_report(quiz: QuizPage) -> dict:
    """Item-writing flaws per question and for the whole bank, and whether the bank can fill the blueprint."""
    questions = bank_questions(quiz)
    flagged = []
    for question in questions:
        flaws = item_checks.question_flaws(question)
        if flaws:
            flagged.append({"number": question["number"], "text": question["text"], "flaws": flaws})
    return {
        "questions": flagged,
        "bank": item_checks.bank_flaws(questions, shuffled=quiz.shuffle_choices),
        "fill": blueprint_fill(quiz),
        "size": len(questions),
    }
