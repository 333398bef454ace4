"""The admin pages HR, editors and moderators use say nothing in English that Wagtail left untranslated (locale/id
fills the gaps; the workflow is "Persetujuan moderator")."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.support.auth import enrol_totp
from tests.support.builders import UserFactory, assign, build_rule_update, hr_officer

ENGLISH = [
    "Reports",
    "Help",
    "Search all pages",
    "There is",
    "There are",
    "matches",
    "Page title",
    "Request changes",
    "Approve with comment",
    "Download XLSX",
    "Download CSV",
    "Moderators approval",
    "Site history",
    "Just now",
    "and Publish",
]


def visible_text(html: str) -> str:
    html = re.sub(r"<(script|style|template)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


def english_in(client, url, params=None) -> list[str]:
    response = client.get(url, params or {}, HTTP_ACCEPT_LANGUAGE="id")
    assert response.status_code == 200, url
    text = visible_text(response.content.decode())
    return [word for word in ENGLISH if re.search(rf"\b{re.escape(word)}\b", text)]


@pytest.mark.django_db
def test_hr_pages_are_indonesian(client, course):
    UserFactory(first_name="Ahmad Fauzi")
    assign(course)
    officer = hr_officer(everything=True)
    officer.groups.add(Group.objects.get(name="HR BKD"))
    client.force_login(officer)
    pages = {
        "home": (reverse("wagtailadmin_home"), None),
        "dashboard": (reverse("hr_dashboard"), {"course": course.pk}),
        "list": (reverse("hr_employees"), {"course": course.pk, "q": "Ahmad"}),
        "empty list": (reverse("hr_employees"), {"course": course.pk, "q": "Tidak Ada"}),
        "assignments": (reverse("assignments:index"), None),
    }
    assert {name: english_in(client, url, params) for name, (url, params) in pages.items()} == dict.fromkeys(pages, [])
    listing = client.get(reverse("hr_employees"), {"course": course.pk, "q": "Ahmad"}).content.decode()
    assert "Ditemukan 1 hasil" in listing


@pytest.mark.django_db
def test_the_moderators_review_page_is_indonesian(client, course):
    moderator = enrol_totp(UserFactory(nip=None, email="moderator@netral.test", employment_type="non_asn"))
    moderator.groups.add(Group.objects.get(name="Moderators"))
    editor = UserFactory(nip=None, email="editor@netral.test", employment_type="non_asn")
    update = build_rule_update(course)
    from wagtail.models import Workflow

    update.save_revision(user=editor)
    Workflow.objects.get(name="Persetujuan moderator").start(update, editor)
    client.force_login(moderator)
    assert english_in(client, reverse("wagtailadmin_pages:edit", args=(update.pk,))) == []
    assert english_in(client, reverse("wagtailadmin_home")) == []
