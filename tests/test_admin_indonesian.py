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
    "More options",
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
        "units": (reverse("unit_kerja:index"), None),
        "new unit": (reverse("unit_kerja:add"), None),
        "roster import": (reverse("roster_import"), None),
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


@pytest.mark.django_db
def test_the_admins_javascript_strings_are_indonesian(client):
    """Wagtail's own id_ID JavaScript catalogue translates 33 of its 85 strings; locale/id/djangojs.po the rest
    ("Collapse all" on every edit page, "Help (2 new items in this menu)" in the sidebar)."""
    client.force_login(hr_officer(everything=True))
    catalog = client.get(reverse("wagtailadmin_javascript_catalog"), HTTP_ACCEPT_LANGUAGE="id").content.decode()
    for indonesian in ("Ciutkan semua", "Bentangkan semua", "item baru di menu ini", "Menu utama", "Aksi lainnya"):
        assert indonesian in catalog


@pytest.mark.django_db
def test_the_moderation_emails_are_indonesian_and_link_to_the_public_address(course, settings):
    """Wagtail writes the workflow emails itself: locale/id translates what its id_ID catalogue lacks, and the
    default site follows NETRAL_PUBLIC_BASE_URL (cms.services.site_follow_public_url, after migrate)."""
    from django.core import mail
    from wagtail.models import Workflow

    moderator = enrol_totp(UserFactory(nip=None, email="moderator@netral.test", employment_type="non_asn"))
    moderator.groups.add(Group.objects.get(name="Moderators"))
    editor = UserFactory(nip=None, email="editor@netral.test", employment_type="non_asn")
    update = build_rule_update(course)
    update.save_revision(user=editor)
    Workflow.objects.get(name="Persetujuan moderator").start(update, editor)
    state = update.current_workflow_state.current_task_state
    state.task.specific.on_action(state, moderator, "approve")

    submitted, approved = mail.outbox[0], mail.outbox[-1]
    assert submitted.to == ["moderator@netral.test"] and approved.to == ["editor@netral.test"]
    assert submitted.subject.startswith(f'Halaman "{update.title}" diajukan untuk disetujui pada tahap')
    assert f'Halaman "{update.title}" telah disetujui dalam alur "Persetujuan moderator".' in approved.body
    base = settings.NETRAL_PUBLIC_BASE_URL
    assert f"{base}{update.url}" in approved.body
    for message in (submitted, approved):
        assert "localhost" not in message.body
        assert not [
            w for w in ("The page", "Hello", "has been", "You can", "here:") if w in message.subject + message.body
        ]


@pytest.mark.django_db
def test_after_migrate_the_default_site_takes_the_public_address_once(settings):
    from wagtail.models import Site

    from cms.services import site_follow_public_url

    settings.NETRAL_PUBLIC_BASE_URL = "https://netral.batangkab.go.id"
    site = Site.objects.get(is_default_site=True)
    Site.objects.filter(pk=site.pk).update(hostname="localhost", port=80)
    site_follow_public_url()
    site.refresh_from_db()
    assert (site.hostname, site.port, site.root_url) == (
        "netral.batangkab.go.id",
        443,
        "https://netral.batangkab.go.id",
    )

    Site.objects.filter(pk=site.pk).update(hostname="elearning.example.go.id")  # an administrator's choice stays
    site_follow_public_url()
    site.refresh_from_db()
    assert site.hostname == "elearning.example.go.id"
