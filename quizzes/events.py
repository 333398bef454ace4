"""What happens to quiz attempts that other apps may act on (tracking keeps its completion rows from these). Sent
inside the transaction that made the change."""

from django.dispatch import Signal

# A new attempt started: attempt, course.
attempt_started = Signal()
# An attempt was graded (submitted, or finished after its deadline): attempt, course.
attempt_graded = Signal()
