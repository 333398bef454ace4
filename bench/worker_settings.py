"""The production settings for the bench's task workers, with one difference: emails are not sent (the bench has no
mail server; a refused SMTP connection per certificate would measure the mail server, not issuing)."""

from netral.settings.production import *  # noqa: F403

EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
