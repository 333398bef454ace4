"""Indonesian first, English second: the switch works and the English catalogue is complete and compiled."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

PO = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"
STRING = r'"(?:[^"\\]|\\.)*"'
# Singular entries: msgid and msgstr, each one or more quoted lines (plural entries are left to msgfmt).
ENTRY = re.compile(rf"^msgid (?P<id>{STRING}(?:\n{STRING})*)\nmsgstr (?P<str>{STRING}(?:\n{STRING})*)$", re.M)


def test_english_catalogue_is_complete_and_compiled():
    text = PO.read_text(encoding="utf-8")
    assert "#, fuzzy" not in text
    entries = [(_join(m["id"]), _join(m["str"])) for m in ENTRY.finditer(text)]
    entries = [(msgid, msgstr) for msgid, msgstr in entries if msgid]  # not the header
    assert len(entries) > 200
    untranslated = [msgid for msgid, msgstr in entries if not msgstr]
    assert untranslated == []
    with translation.override("en"):
        stale = [msgid for msgid, msgstr in entries if translation.gettext(_unescape(msgid)) != _unescape(msgstr)]
    assert stale == [], "run: manage.py compilemessages -l en"


def _join(quoted_lines: str) -> str:
    return "".join(line[1:-1] for line in quoted_lines.split("\n"))


def _unescape(value: str) -> str:
    return value.replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")


@pytest.mark.django_db
def test_language_switch_turns_the_interface_english(client, course, learner):
    client.force_login(learner)
    html = client.get(course.url).content.decode()
    assert '<html lang="id">' in html and "Sertifikat saya" in html and "Materi" in html

    client.post("/i18n/setlang/", {"language": "en", "next": course.url})
    html = client.get(course.url).content.decode()
    assert '<html lang="en">' in html
    assert "My certificates" in html and "Lessons" in html and "Sign out" in html
    assert "Sertifikat saya" not in html


@pytest.mark.django_db
def test_indonesian_is_the_default_for_a_browser_without_preference(client):
    html = client.get("/accounts/login/").content.decode()
    assert '<html lang="id">' in html and "NIP atau email" in html and "Kata sandi" in html
    html = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert "NIP or email" in html and "Password" in html


@pytest.mark.django_db
def test_every_account_form_says_kata_sandi(client, learner):
    """Wagtail's Indonesian says "Kata Kunci" for "Password" and outranks allauth's "Kata sandi": the project's own
    catalogue (locale/id) settles it, so login, re-authentication and password change use one word."""
    from django.urls import reverse

    from tests.support.auth import PASSWORD

    client.post(reverse("account_login"), {"login": learner.nip, "password": PASSWORD})
    pages = {
        name: client.get(reverse(name)).content.decode()
        for name in ("account_reauthenticate", "account_change_password")
    }
    client.logout()
    pages["account_login"] = client.get(reverse("account_login")).content.decode()
    for name, html in pages.items():
        assert "Kata sandi" in html and "Kata Kunci" not in html, name
    assert "Kata sandi saat ini" in pages["account_change_password"]
