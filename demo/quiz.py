"""Demo quiz and the learners' demo states (passed with a certificate, failed, not started), made through the
real services so that the demo shows what the code does. Idempotent."""

from cms.models import Clause, CoursePage, LessonPage, LessonProgress, Topic
from demo.people import demo_state
from employees.models import User
from quizzes import services
from quizzes.models import Attempt, Choice, PledgeText, Question, QuizBlueprintRow, QuizPage

from . import questions as demo_content

PLEDGE_TITLE = "Pakta Integritas Netralitas ASN"
PLEDGE_TEXT = (
    "<p>Saya, pegawai Pemerintah Kabupaten Batang, dengan ini menyatakan bahwa saya:</p>"
    "<ol>"
    "<li>akan menjaga netralitas dalam penyelenggaraan Pemilu dan Pilkada, sebelum, selama, dan sesudah masa "
    "kampanye;</li>"
    "<li>tidak akan mengunggah, mengomentari, membagikan, menyukai, atau mengikuti konten dan akun peserta pemilu "
    "maupun tim pemenangannya di media sosial;</li>"
    "<li>tidak akan memakai jabatan, kewenangan, atau fasilitas negara untuk kepentingan peserta pemilu;</li>"
    "<li>akan mengerjakan kuis ini sendiri, tanpa bantuan orang lain;</li>"
    "<li>bersedia menerima sanksi sesuai peraturan perundang-undangan bila melanggar pernyataan ini.</li>"
    "</ol>"
)


# The demo quiz's policy (issue 14): a failed attempt shows the score and what to re-read, never the key; the full
# review comes with the pass; 15 minutes between attempts and at most 3 a day, so keys cannot be harvested.
POLICY = {
    "review_failed": QuizPage.FailedReview.TOPICS,
    "review": QuizPage.Review.FULL,
    "review_when": QuizPage.ReviewWhen.IMMEDIATELY,
    "wait_minutes": 15,
    "max_attempts_per_day": 3,
}
# Every attempt covers all eight topics: one question each, two from the two largest (media sosial, kampanye).
BLUEPRINT = {
    "kewajiban-netralitas": 1,
    "media-sosial": 2,
    "kampanye": 2,
    "fasilitas-negara": 1,
    "foto-gestur": 1,
    "pasangan-calon": 1,
    "sanksi": 1,
    "penegakan": 1,
}


def blueprint_rows(question_topics: list[str], topics: dict[str, Topic], total: int) -> list[QuizBlueprintRow]:
    """BLUEPRINT, limited to what the bank holds per topic (the bank may change); questions a topic cannot give
    go to the topics with the most questions to spare, so that the attempt still has `total` questions."""
    available = {slug: question_topics.count(slug) for slug in BLUEPRINT}
    counts = {slug: min(n, available[slug]) for slug, n in BLUEPRINT.items()}
    while sum(counts.values()) < total and any(available[s] > counts[s] for s in counts):
        spare = max(counts, key=lambda s: available[s] - counts[s])
        counts[spare] += 1
    return [
        QuizBlueprintRow(topic=topics[slug], count=n, sort_order=i)
        for i, (slug, n) in enumerate(counts.items())
        if n and slug in topics
    ]


def seed_pledge() -> PledgeText:
    return PledgeText.current() or PledgeText.objects.create(title=PLEDGE_TITLE, text=PLEDGE_TEXT)


def seed_quiz(course: CoursePage) -> QuizPage:
    seed_pledge()
    data = dict(demo_content.QUIZ)
    quiz = QuizPage.objects.child_of(course).filter(slug=data["slug"]).first()
    if quiz:
        return quiz
    quiz = QuizPage(**{**data, **POLICY})
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    questions_per_topic = [item["topic"] for item in demo_content.QUESTIONS]
    quiz.blueprint = blueprint_rows(questions_per_topic, topics, data.get("draw_count") or 10)
    for order, item in enumerate(demo_content.QUESTIONS):
        regulation_slug, clause_slug = item["clause"]
        question = Question(
            text=item["text"],
            kind=item["kind"],
            weight=item["weight"],
            explanation=item["explanation"],
            scoring=item["scoring"],
            topic=topics[item["topic"]],
            sort_order=order,
            clause=Clause.objects.get(regulation__slug=regulation_slug, slug=clause_slug),
        )
        question.choices = [
            Choice(text=text, is_correct=correct, sort_order=i) for i, (text, correct) in enumerate(item["choices"])
        ]
        quiz.questions.add(question)
    course.add_child(instance=quiz)
    quiz.save_revision().publish()
    return quiz


def answers_for(attempt: Attempt, *, correct: bool) -> dict[str, list[int]]:
    """All right, or all wrong (the first wrong choice of each question)."""
    answers = {}
    for question in attempt.snapshot["questions"]:
        if correct:
            answers[str(question["id"])] = question["correct"]
        else:
            wrong = next(c["id"] for c in question["choices"] if c["id"] not in question["correct"])
            answers[str(question["id"])] = [wrong]
    return answers


def seed_states(quiz: QuizPage, people: dict[str, User]) -> None:
    for key, user in people.items():
        state = demo_state(key)
        if not state or Attempt.objects.filter(user=user, quiz=quiz).exists():
            continue
        # Those who took the quiz read every lesson and confirmed the pledge first, as the course requires.
        for lesson in LessonPage.objects.sibling_of(quiz).live():
            LessonProgress.objects.get_or_create(user=user, lesson=lesson)
        services.pledge_confirm(user=user, ip_address="127.0.0.1")
        attempt = services.attempt_start(user=user, quiz=quiz)
        services.attempt_submit(attempt=attempt, answers=answers_for(attempt, correct=state == "passed"))
