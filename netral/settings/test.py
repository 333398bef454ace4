"""The test suite: SQLite by default, PostgreSQL when DATABASE_URL is set (CI runs both)."""

from .base import *  # noqa: F403
from .base import BASE_DIR, INSTALLED_APPS

# The demo app is installed for its own tests and the browser journeys (production never installs it).
INSTALLED_APPS = ["demo", *INSTALLED_APPS]

DEBUG = False
SECRET_KEY = "test-only-not-secret-netral"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
# The page caches (cms/cache.py) are off, so tests see every change at once; tests of the caches switch them on.
NETRAL_PAGE_CACHE = False
NETRAL_PERMISSION_CACHE = False
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
NETRAL_HR_DASHBOARD_CACHE_SECONDS = 0  # tests read the counts right after changing rows
WAGTAILEMBEDS_FINDERS = [{"class": "tests.embed_finder.OfflineYouTubeFinder"}]  # no internet here
