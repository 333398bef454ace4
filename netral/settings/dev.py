"""Local development and `make demo`: SQLite in the project folder, mail printed to the console."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS

# The demo regency (seed_demo, demo_totp, the demo codes on the second-factor page): development only. First, so
# that its template overrides win over allauth's.
INSTALLED_APPS = ["demo", *INSTALLED_APPS]

DEBUG = True
SECRET_KEY = "dev-only-not-secret-netral"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "0.0.0.0"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
