"""What happens to employees that other apps may act on. Sent inside the transaction that made the change, so a
receiver's writes commit or roll back with it."""

from django.dispatch import Signal

# An employee was created, or their unit, employment type or active flag changed: user.
employee_placed = Signal()
