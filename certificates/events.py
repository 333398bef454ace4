"""What happens to certificates that other apps may act on (tracking keeps its completion rows from these). Sent
inside the transaction that made the change."""

from django.dispatch import Signal

# certificate (a new one, also a re-issue's new number).
certificate_issued = Signal()
# certificate (now revoked).
certificate_revoked = Signal()
# old, new: a correction superseded `old` with `new`.
certificate_reissued = Signal()
