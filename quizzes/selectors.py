"""Reads on quizzes and attempts: what the browser may see, and what the review shows."""

from collections import Counter
from datetime import datetime

from django.db.models import QuerySet
from django.utils import timezone

from cms import cache as content_cache
from cms.models import CoursePage, LessonPage
from employees.models import User

from .grading import question_credit
from .models import Attempt, QuizPage

POOL_FORMAT = 1  # part of the key: a deploy that changes the entry never reads an old one


def _read_pool(quiz: QuizPage) -> dict:
    questions = quiz.questions.select_related("topic", "clause__regulation").prefetch_related("choices")
    pool = []
    for question in questions:
        clause = question.clause
        guidance = None
        if question.guidance_source:
            date = question.guidance_date.isoformat() if question.guidance_date else ""
            guidance = {"source": question.guidance_source, "url": question.guidance_url, "date": date}
        pool.append(
            {
                "id": question.pk,
                "sort_order": question.sort_order,
                "text": question.text,
                "kind": question.kind,
                "scoring": question.scoring,
                "weight": question.weight,
                "explanation": question.explanation,
                "topic": question.topic.name if question.topic else "",
                "topic_id": question.topic_id,
                "clause": {"id": clause.pk, "label": str(clause), "url": clause.get_url()} if clause else None,
                "guidance": guidance,
                "choices": [{"id": c.pk, "text": c.text, "is_correct": c.is_correct} for c in question.choices.all()],
            }
        )
    blueprint = [(row.topic_id, row.count, str(row.topic)) for row in quiz.blueprint.select_related("topic")]
    return {"questions": pool, "blueprint": blueprint}


def quiz_pool(quiz: QuizPage) -> dict:
    """The quiz's published bank as plain data (questions in their order, each with its choices and key, topic,
    clause and guidance; the blueprint rows as (topic id, count, topic name)). Remembered per quiz, live revision
    and content generation (`cms.cache`: every page save or publish, a topic's change, starts a new one), so a
    start draws from the bank as published now without reading it again. Server side only: it holds the key."""
    if not content_cache.enabled():
        return _read_pool(quiz)
    key = content_cache.key(None, "quiz-pool", POOL_FORMAT, quiz.pk, quiz.live_revision_id)
    pool = content_cache.get(key)
    if pool is None:
        pool = _read_pool(quiz)
        content_cache.set(key, pool)
    return pool


def quiz_course(quiz: QuizPage) -> CoursePage | None:
    """The quiz's course, read once per quiz object (and, with the page cache on, once per content generation)."""
    if hasattr(quiz, "_netral_course"):
        return quiz._netral_course
    if not content_cache.enabled():
        course = CoursePage.objects.parent_of(quiz).first()
    else:
        key = content_cache.key(None, "quiz-course", POOL_FORMAT, quiz.pk)
        entry = content_cache.get(key)
        if entry is None:
            entry = (CoursePage.objects.parent_of(quiz).first(),)
            content_cache.set(key, entry)
        course = entry[0]
    quiz._netral_course = course
    return course


def questions_for_display(attempt: Attempt, picked: dict[str, list] | None = None) -> list[dict]:
    """What the browser may see before submission: texts and choices, never the key, the explanation or the
    clause. `picked` (saved or re-posted answers) keeps the learner's choices ticked."""
    picked = attempt.answers if picked is None else picked
    questions = []
    for q in attempt.snapshot["questions"]:
        chosen = {str(v) for v in picked.get(str(q["id"]), [])}
        choices = [{"id": c["id"], "text": c["text"], "checked": str(c["id"]) in chosen} for c in q["choices"]]
        questions.append({"id": q["id"], "text": q["text"], "kind": q["kind"], "choices": choices})
    return questions


def unanswered_numbers(attempt: Attempt, given: dict[str, list]) -> list[int]:
    """The numbers (as shown, from 1) of the questions left without an answer."""
    return [n for n, q in enumerate(attempt.snapshot["questions"], start=1) if not any(given.get(str(q["id"]), []))]


def attempts_of(*, user: User, quiz: QuizPage) -> QuerySet[Attempt]:
    return Attempt.objects.filter(user=user, quiz=quiz).order_by("-started_at")


def review_level(attempt: Attempt, now: datetime | None = None) -> str:
    """How much of the graded attempt the learner sees now, per the quiz's review settings. A failed attempt never
    gets the full review (the key), whatever is stored."""
    quiz = attempt.quiz
    now = now or timezone.now()
    if not attempt.passed:
        failed = quiz.review_failed
        return failed if failed in QuizPage.FailedReview.values else QuizPage.Review.SCORE
    if quiz.review_when == QuizPage.ReviewWhen.AFTER_CLOSE and not (quiz.closes_at and now >= quiz.closes_at):
        return QuizPage.Review.SCORE
    return quiz.review


def topics_to_reread(attempt: Attempt) -> list[dict]:
    """For a review without the key: per topic of the questions not fully right, the clauses they test (with links)
    and the lessons of the course that quote those clauses. No question text, no choice, no key."""
    topics: dict[str, dict] = {}
    for q in attempt.snapshot["questions"]:
        if question_credit(q, attempt.answers.get(str(q["id"]), [])) == 1:
            continue
        entry = topics.setdefault(q.get("topic") or "", {"topic": q.get("topic") or "", "clauses": {}, "missed": 0})
        entry["missed"] += 1
        if q.get("clause"):
            entry["clauses"][q["clause"]["id"]] = q["clause"]
    if not topics:
        return []
    lessons = LessonPage.objects.sibling_of(attempt.quiz).live().specific().order_by("path")
    quoted = {lesson: _clauses_quoted(lesson) for lesson in lessons}
    rows = []
    for entry in sorted(topics.values(), key=lambda e: (-e["missed"], e["topic"])):
        clause_ids = set(entry["clauses"])
        rows.append(
            {
                "topic": entry["topic"],
                "missed": entry["missed"],
                "clauses": list(entry["clauses"].values()),
                "lessons": [{"title": le.title, "url": le.url} for le, ids in quoted.items() if ids & clause_ids],
            }
        )
    return rows


def _clauses_quoted(lesson) -> set[int]:
    """Clause ids a lesson cites (clause quotes, and the basis of scenario cards)."""
    found: set[int] = set()

    def walk(value):
        if isinstance(value, dict):
            for key, item in value.items():
                if key in ("clause", "basis") and isinstance(item, int | str) and str(item).isdigit():
                    found.add(int(item))
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(list(lesson.body.raw_data))
    return found


def review_rows(attempt: Attempt, level: str) -> list[dict]:
    """Per question, what the review shows: with "wrong", the questions not fully right (no key); with "full",
    every question with the learner's choices, the key, the explanation and the clause it tests."""
    if level not in (QuizPage.Review.WRONG, QuizPage.Review.FULL):
        return []
    rows = []
    for number, q in enumerate(attempt.snapshot["questions"], start=1):
        chosen = attempt.answers.get(str(q["id"]), [])
        credit = question_credit(q, chosen)
        if level == QuizPage.Review.WRONG and credit == 1:
            continue
        full = level == QuizPage.Review.FULL
        rows.append(
            {
                "number": number,
                "text": q["text"],
                "credit": credit,
                "right": credit == 1,
                "choices": [
                    {"text": c["text"], "chosen": c["id"] in chosen, "correct": full and c["id"] in q["correct"]}
                    for c in q["choices"]
                ],
                "explanation": q["explanation"] if full else "",
                "clause": q.get("clause"),
                "guidance": q.get("guidance"),
            }
        )
    return rows


# --- the bank, as editors and the rules see it ------------------------------------------------------------------


def bank_questions(quiz: QuizPage) -> list[dict]:
    """The quiz's bank as plain dicts (item_checks.py, cues.py): works on a saved page and on a page loaded from a
    draft revision (its questions are then in memory)."""
    questions = []
    for number, question in enumerate(quiz.questions.all(), start=1):
        choices = sorted(question.choices.all(), key=lambda c: (c.sort_order or 0, c.pk or 0))
        questions.append(
            {
                "id": question.pk or -number,
                "number": number,
                "text": question.text,
                "kind": question.kind,
                "scoring": question.scoring,
                "weight": question.weight,
                "topic_id": question.topic_id,
                "topic": str(question.topic) if question.topic_id else "",
                "choices": [{"id": c.pk or -i, "text": c.text, "correct": c.is_correct} for i, c in enumerate(choices)],
            }
        )
    return questions


def blueprint_of(quiz: QuizPage) -> dict[int, int]:
    return {row.topic_id: row.count for row in quiz.blueprint.all() if row.topic_id}


def blueprint_fill(quiz: QuizPage) -> list[dict]:
    """Per topic: questions the blueprint asks for, questions the bank has, and whether the bank can fill it.
    Topics of the bank that the blueprint leaves out are listed with 0 required."""
    available = Counter(q.topic_id for q in quiz.questions.all())
    names = {row.topic_id: str(row.topic) for row in quiz.blueprint.all() if row.topic_id}
    names |= {q.topic_id: str(q.topic) for q in quiz.questions.all() if q.topic_id}
    wanted = blueprint_of(quiz)
    rows = [
        {"topic": names[t], "required": n, "available": available.get(t, 0), "ok": available.get(t, 0) >= n}
        for t, n in wanted.items()
    ]
    rows += [
        {"topic": names.get(t) or "", "required": 0, "available": n, "ok": True}
        for t, n in available.items()
        if t not in wanted
    ]
    return rows


def question_count(quiz: QuizPage, blueprint: dict[int, int] | None = None, topics: list | None = None) -> int:
    """How many questions an attempt has."""
    blueprint = blueprint_of(quiz) if blueprint is None else blueprint
    available = Counter(quiz.questions.values_list("topic_id", flat=True) if topics is None else topics)
    if blueprint:
        return sum(min(n, available.get(t, 0)) for t, n in blueprint.items())
    if quiz.draw_per_topic:
        return sum(min(quiz.draw_per_topic, n) for n in available.values())
    total = sum(available.values())
    return min(quiz.draw_count, total) if quiz.draw_count else total


def quiz_rules(*, quiz: QuizPage, user: User, now: datetime | None = None, attempts: list | None = None) -> dict:
    """What the learner is told before starting: the draw, the pass mark, attempts used and left (in total and
    today), the wait, and what review a failed and a passed attempt show. `attempts`: the learner's attempts on
    this quiz when the page has read them already (else read here)."""
    now = now or timezone.now()
    day_start = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    if attempts is None:
        attempts = Attempt.objects.filter(user=user, quiz=quiz).only("started_at", "submitted_at")
    done = [a for a in attempts if a.submitted_at is not None]
    used = {"total": len(done), "today": sum(1 for a in done if a.started_at >= day_start)}
    if content_cache.enabled():  # the bank is remembered: no query
        pool = quiz_pool(quiz)
        rows = pool["blueprint"]
        topics = [q["topic_id"] for q in pool["questions"]]
    else:  # two small reads instead of the whole bank
        rows = [(r.topic_id, r.count, str(r.topic)) for r in quiz.blueprint.select_related("topic")]
        topics = list(quiz.questions.values_list("topic_id", flat=True))
    failed = quiz.review_failed if quiz.review_failed in QuizPage.FailedReview.values else QuizPage.Review.SCORE
    return {
        "question_count": question_count(quiz, {topic_id: count for topic_id, count, _name in rows}, topics),
        "bank_size": len(topics),
        "blueprint": [{"topic": name, "count": count} for _topic_id, count, name in rows],
        "per_topic": quiz.draw_per_topic if not rows else 0,
        "pass_mark": quiz.pass_mark,
        "used": used["total"],
        "left": max(quiz.max_attempts - used["total"], 0) if quiz.max_attempts else None,
        "used_today": used["today"],
        "left_today": max(quiz.max_attempts_per_day - used["today"], 0) if quiz.max_attempts_per_day else None,
        "wait_minutes": quiz.wait_minutes,
        "review_failed": QuizPage.Review(failed).label,
        "review_passed": QuizPage.Review(quiz.review).label,
        "review_after_close": quiz.review_when == QuizPage.ReviewWhen.AFTER_CLOSE,
    }
