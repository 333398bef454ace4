"""Quiz policy (issue 14): a failed attempt never sees the key in any response, the wait and the daily and total
limits hold on the server, the learner is told the rules before starting, blueprint draws, blank answers are
confirmed (without JavaScript: a page that keeps the answers), and a save after submit is ignored quietly."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import formats, timezone

from cms.models import Topic
from quizzes import selectors, services
from quizzes.models import Attempt, Question, QuizBlueprintRow, QuizPage
from tests.support.builders import build_quiz, build_regulation

EXPLANATION = "Penjelasan rahasia: PP 94/2021 melarangnya."


def post_answers(attempt, *, right: int, blank: int = 0) -> dict:
    """Form data: the first `right` questions right, the last `blank` unanswered, the rest wrong."""
    data = {}
    questions = attempt.snapshot["questions"]
    for n, q in enumerate(questions):
        if n >= len(questions) - blank:
            continue
        wrong = next(c["id"] for c in q["choices"] if c["id"] not in q["correct"])
        data[f"q-{q['id']}"] = str(q["correct"][0] if n < right else wrong)
    return data


@pytest.fixture
def policed(course):
    """Five questions, pass mark 80, the default policy for a failed attempt, a 15-minute wait, 3 a day; every
    question tests a clause, which a lesson of the course quotes."""
    quiz = build_quiz(course, questions=5, pass_mark=80, wait_minutes=15, max_attempts_per_day=3)
    regulation = build_regulation(course.get_parent().get_parent())
    clause = regulation.clauses.first()
    topic = Topic.objects.get(slug="sanksi")
    Question.objects.filter(quiz=quiz).update(clause=clause, topic=topic, explanation=EXPLANATION)
    lesson = course.get_children().first().specific
    lesson.body = [("clause_quote", {"clause": clause, "note": ""})]
    lesson.save_revision().publish()
    return QuizPage.objects.get(pk=quiz.pk), clause, lesson


def key_texts(attempt) -> set[str]:
    return {c["text"] for q in attempt.snapshot["questions"] for c in q["choices"] if c["id"] in q["correct"]}


@pytest.mark.django_db
def test_a_failed_attempt_shows_the_score_and_what_to_reread_and_no_key_anywhere(client, policed, learner):
    quiz, clause, lesson = policed
    assert quiz.review_failed == "topics"  # the default
    client.force_login(learner)
    client.post(quiz.url)
    attempt = Attempt.objects.get(user=learner)
    attempt_url = reverse("quizzes:attempt", args=(attempt.pk,))
    bodies = [client.post(attempt_url, post_answers(attempt, right=2), follow=True).content.decode()]
    result = bodies[0]
    assert "Nilai Anda 40" in result and "Anda belum lulus" in result
    assert "Yang perlu dibaca ulang" in result and "Sanksi" in result
    assert f'href="{clause.get_url()}"' in result and f'href="{lesson.url}"' in result
    # Every response the learner can get after failing: the result again, the quiz page, a late autosave, a
    # replayed submit.
    bodies.append(client.get(attempt_url).content.decode())
    bodies.append(client.get(quiz.url).content.decode())
    bodies.append(
        client.post(
            reverse("quizzes:attempt_save", args=(attempt.pk,)), post_answers(attempt, right=5)
        ).content.decode()
    )
    bodies.append(client.post(attempt_url, post_answers(attempt, right=5), follow=True).content.decode())
    for body in bodies:
        for text in key_texts(attempt):
            assert text not in body
        assert EXPLANATION not in body and "(kunci)" not in body and "<h2>Pembahasan</h2>" not in body


@pytest.mark.django_db
def test_the_learner_cannot_start_again_before_the_wait_and_is_told_when(client, policed, learner):
    quiz, _clause, _lesson = policed
    client.force_login(learner)
    client.post(quiz.url)
    first = Attempt.objects.get(user=learner)
    client.post(reverse("quizzes:attempt", args=(first.pk,)), post_answers(first, right=1))
    first.refresh_from_db()
    later = formats.date_format(timezone.localtime(first.submitted_at + timedelta(minutes=15)), "j F Y H:i")

    response = client.post(quiz.url, follow=True)
    html = response.content.decode()
    assert response.redirect_chain == [(quiz.url, 302)]
    assert f"Jeda antarpercobaan 15 menit. Anda dapat mencoba lagi mulai {later}." in html
    assert "Ulangi kuis" not in html  # no start button while waiting
    assert Attempt.objects.filter(user=learner).count() == 1
    # The result page says it too.
    assert later in client.get(reverse("quizzes:attempt", args=(first.pk,))).content.decode()

    Attempt.objects.filter(pk=first.pk).update(submitted_at=timezone.now() - timedelta(minutes=16))
    response = client.post(quiz.url)
    second = Attempt.objects.get(user=learner, number=2)
    assert response["Location"] == reverse("quizzes:attempt", args=(second.pk,))


@pytest.mark.django_db
def test_the_daily_limit_holds_until_midnight(course, learner):
    quiz = build_quiz(course, questions=3, max_attempts_per_day=2)
    for _ in range(2):
        services.attempt_submit(attempt=services.attempt_start(user=learner, quiz=quiz), answers={})
    with pytest.raises(Exception, match="2 kesempatan hari ini") as refused:
        services.attempt_start(user=learner, quiz=quiz)
    tomorrow = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
    assert formats.date_format(tomorrow, "j F Y H:i") in str(refused.value)
    Attempt.objects.filter(user=learner).update(started_at=timezone.now() - timedelta(days=1))
    assert services.attempt_start(user=learner, quiz=quiz).number == 3


@pytest.mark.django_db
def test_the_total_limit_holds(course, learner):
    quiz = build_quiz(course, questions=3, max_attempts=1)
    services.attempt_submit(attempt=services.attempt_start(user=learner, quiz=quiz), answers={})
    with pytest.raises(Exception, match="semua kesempatan"):
        services.attempt_start(user=learner, quiz=quiz)


@pytest.mark.django_db
def test_a_passed_attempt_gets_the_full_review(client, policed, learner):
    quiz, clause, _lesson = policed
    client.force_login(learner)
    client.post(quiz.url)
    attempt = Attempt.objects.get(user=learner)
    html = client.post(reverse("quizzes:attempt", args=(attempt.pk,)), post_answers(attempt, right=5), follow=True)
    html = html.content.decode()
    assert "Selamat, Anda lulus." in html and html.count("(kunci)") == 5 and EXPLANATION in html


@pytest.mark.django_db
def test_the_quiz_page_tells_the_rules_before_starting(client, policed, learner):
    quiz, _clause, _lesson = policed
    topic = Topic.objects.get(slug="sanksi")
    QuizBlueprintRow.objects.create(quiz=quiz, topic=topic, count=4)
    client.force_login(learner)
    html = client.get(quiz.url).content.decode()
    assert "Aturan kuis" in html
    assert "4 soal per percobaan, diambil acak dari tiap topik:" in html and "<li>Sanksi: 4</li>" in html
    assert "<dt>Nilai lulus</dt><dd>80</dd>" in html
    assert "Tidak dibatasi (0 dipakai)." in html and "Hari ini 0 dari 3 dipakai, sisa 3." in html
    assert "15 menit setelah setiap percobaan." in html
    assert "Nilai dan topik/pasal yang perlu dibaca ulang. Kunci jawaban tidak ditampilkan." in html
    assert "Pembahasan lengkap: kunci jawaban dan penjelasan" in html


# --- blueprint ----------------------------------------------------------------------------------------------------


def topical_quiz(course, **settings):
    quiz = build_quiz(course, questions=9, **settings)
    topics = [Topic.objects.create(name=name, slug=name) for name in ("sosmed", "kampanye", "sanksi")]
    for n, question in enumerate(quiz.questions.order_by("sort_order")):
        question.topic = topics[n % 3]
        question.save()
    return quiz, topics


@pytest.mark.django_db
def test_a_blueprint_draws_exactly_its_counts_and_overrides_the_other_draws(course, learner):
    quiz, (sosmed, kampanye, sanksi) = topical_quiz(course, draw_count=2, draw_per_topic=1)
    QuizBlueprintRow.objects.create(quiz=quiz, topic=sosmed, count=2, sort_order=0)
    QuizBlueprintRow.objects.create(quiz=quiz, topic=sanksi, count=3, sort_order=1)
    for _ in range(5):
        attempt = services.attempt_start(user=learner, quiz=quiz)
        assert sorted(q["topic"] for q in attempt.snapshot["questions"]) == ["sanksi"] * 3 + ["sosmed"] * 2
        services.attempt_submit(attempt=attempt, answers={})
    assert selectors.question_count(quiz) == 5


@pytest.mark.django_db
def test_the_fill_report_compares_required_and_available_per_topic(course):
    quiz, (sosmed, kampanye, _sanksi) = topical_quiz(course)
    QuizBlueprintRow.objects.create(quiz=quiz, topic=sosmed, count=4)
    QuizBlueprintRow.objects.create(quiz=quiz, topic=kampanye, count=2)
    rows = {row["topic"]: row for row in selectors.blueprint_fill(quiz)}
    assert rows["sosmed"] == {"topic": "sosmed", "required": 4, "available": 3, "ok": False}
    assert rows["kampanye"] == {"topic": "kampanye", "required": 2, "available": 3, "ok": True}
    assert rows["sanksi"] == {"topic": "sanksi", "required": 0, "available": 3, "ok": True}


# --- blank answers and autosave -------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_submitting_with_blanks_asks_first_and_keeps_the_answers_without_javascript(client, quiz, learner):
    client.force_login(learner)
    attempt = services.attempt_start(user=learner, quiz=quiz)
    url = reverse("quizzes:attempt", args=(attempt.pk,))
    given = post_answers(attempt, right=3, blank=2)  # questions 4 and 5 unanswered

    response = client.post(url, given)
    html = response.content.decode()
    assert response.status_code == 200
    assert "2 soal belum dijawab:" in html and f'href="{url}?kembali=1#soal-4">Soal 4</a>' in html
    assert "Soal 5</a>" in html
    assert "Soal 3</a>" not in html
    assert "Kembali menjawab" in html and "Kirim tetap" in html
    attempt.refresh_from_db()
    assert not attempt.is_submitted
    assert attempt.answers == {key[2:]: [int(value)] for key, value in given.items()}  # kept

    # "Kembali menjawab": the form again (another URL than the POST's, so the browser loads it), answers ticked.
    assert f'<a class="button" href="{url}?kembali=1#soal-4">Kembali menjawab</a>' in html
    form = client.get(url, {"kembali": "1"}).content.decode()
    assert form.count("checked") == 3 and 'id="soal-4"' in form
    for value in given.values():
        assert f'value="{value}" checked' in form

    # "Kirim tetap" posts the same answers with the flag: graded, blanks count as wrong.
    response = client.post(url, {**given, "confirm_blank": "1"})
    assert response.status_code == 302 and response["Location"] == url
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.score == 60


@pytest.mark.django_db
def test_a_complete_submission_is_graded_without_asking(client, quiz, learner):
    client.force_login(learner)
    attempt = services.attempt_start(user=learner, quiz=quiz)
    response = client.post(reverse("quizzes:attempt", args=(attempt.pk,)), post_answers(attempt, right=5))
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.score == 100


@pytest.mark.django_db
def test_a_save_after_submit_is_ignored_quietly_and_submit_is_idempotent(client, quiz, learner):
    client.force_login(learner)
    attempt = services.attempt_start(user=learner, quiz=quiz)
    url = reverse("quizzes:attempt", args=(attempt.pk,))
    first = client.post(url, post_answers(attempt, right=4))
    attempt.refresh_from_db()
    graded = (attempt.answers, attempt.score, attempt.submitted_at)

    save = client.post(reverse("quizzes:attempt_save", args=(attempt.pk,)), post_answers(attempt, right=5))
    assert save.status_code == 200
    assert save.json() == {"saved": False, "closed": True, "message": "Percobaan ini sudah dikumpulkan."}
    again = client.post(url, post_answers(attempt, right=5))
    assert again.status_code == 302 and again["Location"] == first["Location"] == url
    attempt.refresh_from_db()
    assert (attempt.answers, attempt.score, attempt.submitted_at) == graded
