"""The project's account policy, in one place (allauth's adapter)."""

from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request) -> bool:
        # Employees come from the BKD roster; nobody signs up on their own.
        return False
