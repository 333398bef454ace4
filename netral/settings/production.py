"""Production: everything comes from the environment; start-up fails loudly when a secret is missing.

Required: SECRET_KEY, ALLOWED_HOSTS (comma-separated), DATABASE_URL, REDIS_URL, EMAIL_HOST.
Also required: NETRAL_PUBLIC_BASE_URL (the official https address printed in QR codes and emails).
Optional: CSRF_TRUSTED_ORIGINS (comma-separated; default https://<each allowed host>), WAGTAILADMIN_BASE_URL,
EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS, DEFAULT_FROM_EMAIL,
SESSION_COOKIE_AGE (seconds), ADMINS ("Name <email>, Name <email>"), LOG_LEVEL, STATIC_ROOT, MEDIA_ROOT.
The reverse proxy terminates HTTPS and must set X-Forwarded-Proto (see the README's "Production" section).
"""

import os
from email.utils import getaddresses

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import LOGGING, MIDDLEWARE


def env(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Environment variable {name} is required in production.")
    return value


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
SECRET_KEY = env("SECRET_KEY")  # a weak one fails `check --deploy` (security.W009)
ALLOWED_HOSTS = [h.strip() for h in env("ALLOWED_HOSTS").split(",") if h.strip()]
# Django checks the Origin of unsafe requests against the Host; behind the proxy, the trusted origins are the
# public HTTPS addresses. A leading dot in ALLOWED_HOSTS ("…example.go.id" with subdomains) becomes a wildcard.
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS") or [
    f"https://*{h}" if h.startswith(".") else f"https://{h}" for h in ALLOWED_HOSTS if h != "*"
]
DATABASES = {"default": dj_database_url.parse(env("DATABASE_URL"), conn_max_age=60, conn_health_checks=True)}
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or f"https://{ALLOWED_HOSTS[0].lstrip('.')}"
# Printed in every certificate's QR code and in every email: the official address, set, never guessed.
NETRAL_PUBLIC_BASE_URL = env("NETRAL_PUBLIC_BASE_URL").rstrip("/")

# One cache shared by every process (allauth's rate limits, the verification page's limits, the MFA gate).
CACHES = {
    "default": {
        "BACKEND": "netral.redis_cache.RedisCache",  # Django's, with one client per pool (see that module)
        "LOCATION": env("REDIS_URL"),
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env("EMAIL_HOST")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() == "true"

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# HTTPS behind a reverse proxy that terminates TLS and sets X-Forwarded-Proto: https. The proxy must overwrite
# any X-Forwarded-Proto a client sends, or a client could claim HTTPS over plain HTTP.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# The rate limits count per client address: behind the proxy that is the last address the proxy appended to
# X-Forwarded-For (allauth ignores the header unless told how many proxies to trust), else every visitor would
# share the proxy's address and one guesser would lock everyone out.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000  # one year, as the HSTS preload list requires
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"  # verification codes in URLs never leak to other sites
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views override it with SAMEORIGIN for the admin's preview panel

# Cookies: HTTPS only; the session cookie is out of reach of scripts. A session ends when the browser closes
# unless the learner ticks "remember me" at login, and then lasts a working day (8 hours), not Django's two weeks:
# learners share office computers. Staff accounts also have an idle timeout (NETRAL_STAFF_IDLE_TIMEOUT).
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(8 * 60 * 60)))
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# Static files: `manage.py collectstatic` copies them to STATIC_ROOT with content hashes in their names and
# compressed copies (gzip); WhiteNoise serves them from the app server with a far-future lifetime (hashed names are
# immutable), so no proxy configuration is needed for /static/ (a proxy or CDN in front may still cache them).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MIDDLEWARE = [
    *MIDDLEWARE[: MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1],
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1 :],
]
WHITENOISE_MAX_AGE = 60 * 60  # files without a hash in their name (hashed ones get ten years, immutable)

# Sessions: read from the shared cache (Redis), written through to the database (survive a Redis restart).
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Errors: mail the ADMINS (optional, "Name <email>, Name <email>") and log to the console (the process manager
# keeps it).
ADMINS = [(name, address) for name, address in getaddresses([os.environ.get("ADMINS", "")]) if address]
# Logs go to stdout (the process manager keeps them), each line with its time; one line per request from
# `netral.requests` (netral.health.RequestLogMiddleware: method, path, status, ms, SQL queries);
# NETRAL_REQUEST_LOG=WARNING turns those off.
LOGGING = {
    **LOGGING,
    "formatters": {"timed": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        **LOGGING["handlers"],
        "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "timed"},
        "mail_admins": {"class": "django.utils.log.AdminEmailHandler", "level": "ERROR"},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        **LOGGING["loggers"],
        # Printed by its own handler only: propagating to the root's console too printed every line twice.
        "netral": {**LOGGING["loggers"]["netral"], "propagate": False},
        "netral.requests": {
            "handlers": ["console"],
            "level": os.environ.get("NETRAL_REQUEST_LOG", "INFO"),
            "propagate": False,
        },
        "django.request": {"handlers": ["console", "mail_admins"], "level": "ERROR", "propagate": False},
        "django.security": {"handlers": ["console", "mail_admins"], "level": "ERROR", "propagate": False},
    },
}
