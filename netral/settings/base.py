"""Settings shared by every profile. Profiles (dev, test, production) import * from here."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    # Project apps, in dependency order: employees <- cms <- certificates <- quizzes <- tracking; the project
    # package (roles, the admin toolkit's log action) after them.
    "employees",
    "cms",
    "certificates",
    "quizzes",
    "tracking",
    "netral",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Background work
    "django_tasks",
    "django_tasks_db",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "netral.health.RequestLogMiddleware",  # one line per request (time, queries) when `netral.requests` logs INFO
    "netral.health.HealthCheckMiddleware",  # /healthz, before sessions, host checks and the HTTPS redirect
    "django.middleware.security.SecurityMiddleware",
    "netral.csp.CSPMiddleware",  # Content-Security-Policy: see the CSP block at the end of this file
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "cms.pagecache.AnonymousPageCacheMiddleware",  # whole public pages for anonymous visitors (NETRAL_PAGE_CACHE)
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "employees.middleware.StaffAccountMiddleware",  # staff: MFA before anything else, idle timeout
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "netral.middleware.AtomicAdminPostMiddleware",  # an admin POST commits whole or not at all
]

ROOT_URLCONF = "netral.urls"
WSGI_APPLICATION = "netral.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "netral.context_processors.netral",
            ],
        },
    },
]

# Database: DATABASE_URL wins (PostgreSQL in production and in CI); the embedded default is SQLite.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "employees.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Internationalisation: Indonesian first, English second; Western Indonesia Time.
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Bahasa Indonesia")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Accounts (django-allauth). Login by NIP (the username of an ASN) or by email; no public signup
# (employees.adapter.AccountAdapter closes it).
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_ADAPTER = "employees.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_EMAIL_VERIFICATION = "optional"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PRESERVE_USERNAME_CASING = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_FORMS = {
    "login": "employees.forms.LoginForm",
    "add_email": "employees.forms.AddEmailForm",
    "reset_password_from_key": "employees.forms.ResetPasswordKeyForm",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Netral] "
# allauth's rate limits (its defaults, spelled out), counted in the shared cache (CACHES below): failed logins 10 a
# minute per client address and 5 per account in 5 minutes (then the account is locked for the rest of those 5
# minutes, even with the right password); password reset requests, login codes and the links they send.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "request_login_code": "20/m/ip,3/m/key",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
}
# Log in with a one-time code sent by email (for those who forgot their password or log in rarely).
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
# One address per account: a new one replaces the old only once its owner confirmed it from the mailbox.
ACCOUNT_CHANGE_EMAIL = True
# Tell the owner by email when the password or the address changes, or a second factor is added or removed.
ACCOUNT_EMAIL_NOTIFICATIONS = True
# Accounts with Wagtail admin access must enrol a second factor (employees.middleware) and are logged out after
# this many seconds without a request.
NETRAL_STAFF_IDLE_TIMEOUT = int(os.environ.get("NETRAL_STAFF_IDLE_TIMEOUT", str(30 * 60)))
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_TOTP_ISSUER = "Netral"
# Accept the code of the 30-second step before and after the current one (RFC 6238's allowance for drift): a phone
# whose clock is a little off, or a code typed as it rolls over, still works; 5 tries per 5 minutes stay the limit.
MFA_TOTP_TOLERANCE = 1
# allauth refuses a second factor while any address is unverified (against someone signing up with another's
# address first). Signup is closed here, roster addresses start unverified and staff must enrol (employees.middleware).
MFA_ALLOW_UNVERIFIED_EMAIL = True

# Wagtail. Its own login form, password management and reset are off: every login goes through allauth.
WAGTAIL_SITE_NAME = "Netral"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_LOGIN_URL = "/accounts/login/"
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"  # login-restricted pages send visitors to allauth too
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = [("id", "Bahasa Indonesia")]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt"]

# The shared cache behind allauth's rate limits, the verification page's limits and the MFA gate: Redis when
# REDIS_URL is set, otherwise the database (`manage.py createcachetable`, run by `make demo`), so that every
# process of a deployment counts against the same limits.
if os.environ.get("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "netral.redis_cache.RedisCache", "LOCATION": os.environ["REDIS_URL"]}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "netral_cache"}}

# Background work: django-tasks. The immediate backend is the embedded default; production
# overrides it with the database backend and `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Email
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Netral <noreply@netral.test>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Certificates
NETRAL_CERTIFICATE_NUMBER_FORMAT = "NTR/{year}/{serial:06d}"
NETRAL_ISSUER_NAME = os.environ.get("NETRAL_ISSUER_NAME", "Pemerintah Kabupaten Batang")
# Printed in the certificates' QR codes: the public address of this site (an official .go.id domain in production).
NETRAL_PUBLIC_BASE_URL = os.environ.get("NETRAL_PUBLIC_BASE_URL", WAGTAILADMIN_BASE_URL)
NETRAL_EXPIRY_REMINDER_DAYS = int(os.environ.get("NETRAL_EXPIRY_REMINDER_DAYS", "30"))
NETRAL_DUE_REMINDER_DAYS = int(os.environ.get("NETRAL_DUE_REMINDER_DAYS", "7"))
# Electronic signatures on certificate PDFs (certificates/signing.py; README "Tanda tangan elektronik").
# NETRAL_SIGNER: "none" (certificates say they are not electronically signed), "pkcs12" or "bsre".
NETRAL_SIGNER = os.environ.get("NETRAL_SIGNER", "none")
NETRAL_SIGNING_PKCS12 = os.environ.get("NETRAL_SIGNING_PKCS12", "")
NETRAL_SIGNING_PKCS12_PASSPHRASE = os.environ.get("NETRAL_SIGNING_PKCS12_PASSPHRASE", "")
NETRAL_TSA_URL = os.environ.get("NETRAL_TSA_URL", "")  # an RFC 3161 timestamp authority makes signatures PAdES B-T
NETRAL_BSRE = {
    "URL": os.environ.get("NETRAL_BSRE_URL", ""),
    "USERNAME": os.environ.get("NETRAL_BSRE_USERNAME", ""),
    "PASSWORD": os.environ.get("NETRAL_BSRE_PASSWORD", ""),
    "NIK": os.environ.get("NETRAL_BSRE_NIK", ""),
    "EMAIL": os.environ.get("NETRAL_BSRE_EMAIL", ""),
    "PASSPHRASE": os.environ.get("NETRAL_BSRE_PASSPHRASE", ""),
    "TOTP": os.environ.get("NETRAL_BSRE_TOTP", ""),
    "VISIBLE": os.environ.get("NETRAL_BSRE_VISIBLE", "") == "1",
}
# PEM files of the root certificates a signature must chain to for the verification page to call it trusted
# (for BSrE: BSSN's root and the BSrE CA; for a regency's own PKCS#12: its CA). Colon-separated paths.
NETRAL_SIGNING_TRUST_ROOTS = [p for p in os.environ.get("NETRAL_SIGNING_TRUST_ROOTS", "").split(":") if p]
# Open Badges 3.0 credentials are signed as VC-JWT (RS256) with this RSA private key (PEM); none: not offered.
NETRAL_OB3_KEY = os.environ.get("NETRAL_OB3_KEY", "")
# Days a newcomer gets when they join a unit after its assignment's due date, and the renewal time after a rule update
# when it sets none (a rule update's own "hari untuk pembaruan" wins).
NETRAL_NEWCOMER_DAYS = int(os.environ.get("NETRAL_NEWCOMER_DAYS", "30"))
NETRAL_RENEWAL_DAYS = int(os.environ.get("NETRAL_RENEWAL_DAYS", "60"))
# The HR dashboard's counts are recomputed at most this often (seconds; 0: on every request). At 100,000 employees
# one computation costs ~150 ms of database time.
NETRAL_HR_DASHBOARD_CACHE_SECONDS = int(os.environ.get("NETRAL_HR_DASHBOARD_CACHE_SECONDS", "60"))
# An HR employee-list export with more rows than this is built by the task worker and downloaded when ready (a
# request that builds 100,000 rows could outlive the server's timeout and be cut short).
NETRAL_EXPORT_INLINE_ROWS = int(os.environ.get("NETRAL_EXPORT_INLINE_ROWS", "20000"))
# The public verification page's limits, counted by allauth's limiter in the shared cache (format: allauth's
# "amount/period/per"): all lookups per client address, and lookups that find nothing (guessing codes) far fewer.
NETRAL_RATE_LIMITS = {
    "verify": "60/m/ip",
    "verify_miss": "10/m/ip,50/h/ip",
    # Self-service account activation (employees.views.activate): per client address, and per NIP asked for.
    "activate": "10/h/ip",
    "activate_nip": "3/h/key",
}

# /healthz: the oldest task waiting for `db_worker` may be this old (seconds) before the status says "degraded".
NETRAL_HEALTH_MAX_TASK_AGE = int(os.environ.get("NETRAL_HEALTH_MAX_TASK_AGE", "600"))
# Page caches (cms/cache.py): routes, view restrictions, lessons' shared parts (body per revision) and whole
# anonymous pages (cms/pagecache.py), all dropped when content changes. NETRAL_PAGE_CACHE=0 turns them off.
NETRAL_PAGE_CACHE = os.environ.get("NETRAL_PAGE_CACHE", "1") != "0"
NETRAL_PAGE_CACHE_SECONDS = int(os.environ.get("NETRAL_PAGE_CACHE_SECONDS", "600"))
# Each account's permissions remembered in the shared cache (employees/permission_cache.py); 0 turns it off.
NETRAL_PERMISSION_CACHE = os.environ.get("NETRAL_PERMISSION_CACHE", "1") != "0"
# The benchmark's minimal view (/bench/minimal/, bench/server.py): routed only when this is set, never by default.
NETRAL_BENCH_VIEWS = os.environ.get("NETRAL_BENCH_VIEWS", "") == "1"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "netral": {"handlers": ["console"], "level": os.environ.get("NETRAL_LOG_LEVEL", "INFO")},
        # One line per request (netral.health.RequestLogMiddleware): off unless NETRAL_REQUEST_LOG=INFO (production).
        "netral.requests": {
            "handlers": ["console"],
            "level": os.environ.get("NETRAL_REQUEST_LOG", "WARNING"),
            "propagate": False,
        },
        "fontTools": {"level": "WARNING"},
        "weasyprint": {"level": "ERROR"},
    },
}

# --- Content-Security-Policy (django-csp 4; middleware netral.csp.CSPMiddleware) ------------------------------------
# Our pages (everything outside /admin/): scripts, styles, fonts and images from our own origin only; no inline
# script or style, no eval; YouTube's players in frames (the lesson video block); nobody may frame us.
from csp.constants import NONE, SELF, UNSAFE_INLINE  # noqa: E402

NETRAL_VIDEO_FRAME_SOURCES = ["https://www.youtube-nocookie.com", "https://www.youtube.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": NETRAL_VIDEO_FRAME_SOURCES,
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin (/admin/, chosen by path in netral.csp.CSPMiddleware): Wagtail 8 still renders inline <script>
# (InlinePanel, date pickers, chooser panels) and sets inline styles, so 'unsafe-inline' for scripts and styles;
# no 'unsafe-eval'. Image uploads preview as blob: URLs. Frames: its own preview panel and the video embeds, and
# only the admin itself may frame admin pages (the preview).
NETRAL_ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "frame-src": [SELF, *NETRAL_VIDEO_FRAME_SOURCES],
        "frame-ancestors": [SELF],
    }
}
# What would break the admin under this policy, turned off: avatars from Gravatar (another origin, and a leak of
# staff emails' hashes) and the check for new Wagtail releases (a request to wagtail.org).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# --- end of Content-Security-Policy ----------------------------------------------------------------------------
