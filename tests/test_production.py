"""The production profile: `check --deploy` is clean, missing secrets stop start-up with the variable's name, and
the HTTPS settings behave as a browser behind the proxy sees them. Each run is a fresh `manage.py` process with
DJANGO_SETTINGS_MODULE=netral.settings.production and only the environment given here."""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from employees.models import User
from tests.support.auth import PASSWORD

BASE_DIR = Path(__file__).resolve().parent.parent
REQUIRED = {
    "SECRET_KEY": secrets.token_urlsafe(60),
    "ALLOWED_HOSTS": "netral.example.go.id",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/test",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "EMAIL_HOST": "localhost",
    "NETRAL_PUBLIC_BASE_URL": "https://netral.example.go.id",
}
NO_ISSUES = "System check identified no issues (0 silenced)."


def run(*args: str, env: dict[str, str] | None = None, **extra: str) -> subprocess.CompletedProcess:
    """`python manage.py *args` with production settings and `env` (default: every required variable)."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in REQUIRED and not key.startswith(("DJANGO_", "CSRF_", "WAGTAILADMIN_", "NETRAL_", "SESSION_"))
    }
    environment |= (REQUIRED if env is None else env) | extra | {"DJANGO_SETTINGS_MODULE": "netral.settings.production"}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean():
    result = run("check", "--deploy")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert output.strip() == NO_ISSUES
    assert "WARNINGS" not in output and "security.W" not in output


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_a_missing_variable_stops_start_up_naming_it(name):
    env = {key: value for key, value in REQUIRED.items() if key != name}
    result = run("check", env=env)
    assert result.returncode != 0
    assert f"ImproperlyConfigured: Environment variable {name} is required in production." in result.stderr


def test_a_blank_secret_key_counts_as_missing():
    result = run("check", env=REQUIRED | {"SECRET_KEY": "   "})
    assert result.returncode != 0
    assert "Environment variable SECRET_KEY is required in production." in result.stderr


def test_a_weak_secret_key_is_reported_by_check_deploy():
    result = run("check", "--deploy", env=REQUIRED | {"SECRET_KEY": "rahasia"})
    assert "security.W009" in result.stderr
    # And deploying with --fail-level WARNING (as the README says) refuses it.
    assert run("check", "--deploy", "--fail-level", "WARNING", env=REQUIRED | {"SECRET_KEY": "rahasia"}).returncode


PROBE = """
import json
from django.conf import settings
from django.test import Client

client = Client(HTTP_HOST="netral.example.go.id")
plain = client.get("/i18n/setlang/")
secure = client.get("/i18n/setlang/", HTTP_X_FORWARDED_PROTO="https")
print(json.dumps({
    "plain": [plain.status_code, plain.get("Location")],
    "secure": [secure.status_code, dict(secure.headers)],
    "csrf_trusted_origins": settings.CSRF_TRUSTED_ORIGINS,
    "session_cookie": [settings.SESSION_COOKIE_SECURE, settings.SESSION_COOKIE_HTTPONLY, settings.SESSION_COOKIE_AGE],
    "csrf_cookie_secure": settings.CSRF_COOKIE_SECURE,
    "static_storage": settings.STORAGES["staticfiles"]["BACKEND"],
    "admins": settings.ADMINS,
}))
"""


def probe(**extra: str) -> dict:
    result = run("shell", "-c", PROBE, **extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_https_behind_the_proxy_hsts_and_cookies():
    seen = probe()
    # Plain HTTP is redirected to HTTPS; the proxy's X-Forwarded-Proto: https is trusted.
    assert seen["plain"] == [301, "https://netral.example.go.id/i18n/setlang/"]
    status, headers = seen["secure"]
    assert status == 302  # set_language's own redirect: the request was taken as HTTPS
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "same-origin"
    directives = dict(part.strip().split(" ", 1) for part in headers["Content-Security-Policy"].split(";"))
    assert directives["script-src"] == "'self'"  # (django-csp's order of directives varies between processes)
    assert seen["csrf_trusted_origins"] == ["https://netral.example.go.id"]
    assert seen["session_cookie"] == [True, True, 8 * 60 * 60]
    assert seen["csrf_cookie_secure"] is True
    assert seen["static_storage"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert seen["admins"] == []


def test_csrf_origins_follow_the_hosts_or_their_own_variable_and_admins_come_from_the_environment():
    seen = probe(ALLOWED_HOSTS="netral.example.go.id, .batangkab.go.id", ADMINS="Tim TI <ti@batangkab.go.id>")
    assert seen["csrf_trusted_origins"] == ["https://netral.example.go.id", "https://*.batangkab.go.id"]
    assert seen["admins"] == [["Tim TI", "ti@batangkab.go.id"]]
    seen = probe(CSRF_TRUSTED_ORIGINS="https://netral.batangkab.go.id,https://elearning.batangkab.go.id")
    assert seen["csrf_trusted_origins"] == ["https://netral.batangkab.go.id", "https://elearning.batangkab.go.id"]


@pytest.mark.django_db
def test_collectstatic_hashes_names_and_wagtail_and_our_pages_still_render(tmp_path, client, settings, course):
    result = run("collectstatic", "--noinput", STATIC_ROOT=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "staticfiles.json").exists()

    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = settings.STORAGES | {
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"}
    }
    html = client.get(course.url).content.decode()
    assert re.search(r'href="/static/css/netral\.[0-9a-f]{12}\.css"', html)
    admin = User.objects.create_superuser(username="admin@netral.test", email="admin@netral.test", password=PASSWORD)
    TOTP.activate(admin, generate_totp_secret())  # staff need a second factor to open the admin
    client.force_login(admin)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert re.search(r'src="/static/wagtailadmin/js/core\.[0-9a-f]{12}\.js', response.content.decode())
