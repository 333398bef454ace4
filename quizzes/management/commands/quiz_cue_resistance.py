"""Print a quiz's cue-resistance figure: per strategy of a learner who never read, the share of simulated attempts
that pass under the quiz's own draw and pass mark, and the share of attempts covering every topic of the bank."""

from django.core.management.base import BaseCommand, CommandError

from ...cues import ATTEMPTS, SEED
from ...models import QuizPage
from ...statistics import cue_resistance


class Command(BaseCommand):
    help = "Simulated pass rates of cue-only strategies (longest, strict, always 'Salah', random, mixed) for a quiz."

    def add_arguments(self, parser):
        parser.add_argument("--quiz", required=True, help="slug (or id) of the quiz page")
        parser.add_argument("--attempts", type=int, default=ATTEMPTS)
        parser.add_argument("--seed", type=int, default=SEED)

    def handle(self, *args, quiz, attempts, seed, **options):
        quizzes = QuizPage.objects.filter(pk=int(quiz)) if quiz.isdigit() else QuizPage.objects.filter(slug=quiz)
        if quizzes.count() != 1:
            raise CommandError(f"{quizzes.count()} quizzes match {quiz!r}; give the id instead.")
        result = cue_resistance(quizzes.get(), attempts=attempts, seed=seed)
        self.stdout.write(f"attempts={result.attempts} seed={seed} questions/attempt={result.question_count:.2f}")
        for strategy, rate in result.pass_rates.items():
            self.stdout.write(f"{strategy:<13} pass {100 * rate:6.2f} %")
        self.stdout.write(f"covers every topic {100 * result.covers_all_topics:6.2f} %")
        for topic, share in result.topic_missed.items():
            self.stdout.write(f"  missed {topic}: {100 * share:.2f} %")
