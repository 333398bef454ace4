"""The page caches as a visitor meets them (production's caches: tests/support/caching.py): a published change shows
at once, a draft never, a logged-in learner never gets the anonymous copy, each visitor's forms carry their own CSRF
token, and a role granted to a logged-in account counts from the next request."""

import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from cms.models import HomePage, LessonPage
from netral.roles import EDITORS
from tests.support.builders import UserFactory, build_course

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("production_caches")]
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def site(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return build_course(lessons=2)


def republish(page, commits, **fields):
    with commits(execute=True):
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()


def test_a_published_change_shows_at_once_and_a_draft_never(client, site, django_capture_on_commit_callbacks):
    lesson = LessonPage.objects.get(slug="materi-1")
    assert "Materi 1" in client.get(lesson.url).content.decode()
    assert client.get(lesson.url)["Content-Type"].startswith("text/html")  # from the cache now
    republish(lesson, django_capture_on_commit_callbacks, title="Materi pertama yang diperbarui")
    assert "Materi pertama yang diperbarui" in Client().get(lesson.url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        lesson.title = "Judul draf rahasia"
        lesson.save_revision()  # a draft: not published
    html = Client().get(lesson.url).content.decode()
    assert "Judul draf rahasia" not in html and "Materi pertama yang diperbarui" in html


def test_the_home_page_lists_a_newly_published_course_for_anonymous_visitors(site, django_capture_on_commit_callbacks):
    home = HomePage.objects.get()
    assert "Netralitas ASN dalam Pemilu" in Client().get(home.url).content.decode()
    republish(site, django_capture_on_commit_callbacks, title="Netralitas ASN 2026")
    assert "Netralitas ASN 2026" in Client().get(home.url).content.decode()


def test_a_logged_in_learner_never_gets_the_anonymous_copy(client, site):
    lesson = LessonPage.objects.get(slug="materi-1")
    Client().get(lesson.url)  # an anonymous visitor fills the cache
    client.force_login(UserFactory())
    html = client.get(lesson.url).content.decode()
    assert "Saya sudah membaca materi ini" in html  # the learner's own "read" button
    assert "Keluar" in html and "Masuk" not in html


def test_each_anonymous_visitor_gets_a_working_token_of_their_own(site):
    home = HomePage.objects.get()
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.get(home.url)
    response = second.get(home.url)  # from the cache
    token = TOKEN.search(response.content.decode()).group(1)
    switched = second.post("/i18n/setlang/", {"language": "en", "next": home.url, "csrfmiddlewaretoken": token})
    assert switched.status_code == 302 and switched["Location"] == home.url
    assert second.get(home.url).content.decode().startswith("<!DOCTYPE html>")
    assert 'lang="en"' in second.get(home.url).content.decode()


def test_a_visitor_with_a_query_string_or_pending_messages_is_served_fresh(client, site):
    lesson = LessonPage.objects.get(slug="materi-1")
    Client().get(lesson.url)
    visitor = Client()
    visitor.cookies["messages"] = "anything"
    response = visitor.get(lesson.url)
    assert response.wsgi_request.netral_page_cache == "bypass"
    assert Client().get(lesson.url + "?utm=x").wsgi_request.netral_page_cache == "bypass"
    assert Client().get(lesson.url).wsgi_request.netral_page_cache == "hit"


def test_a_role_granted_to_a_logged_in_account_counts_from_the_next_request(
    client, site, django_capture_on_commit_callbacks
):
    user = UserFactory()
    client.force_login(user)
    lesson = LessonPage.objects.get(slug="materi-1")
    assert client.get(lesson.url).status_code == 200  # a learner: no second factor needed (now remembered)
    with django_capture_on_commit_callbacks(execute=True):
        user.groups.add(Group.objects.get(name=EDITORS))
    response = client.get(lesson.url)
    assert response.status_code == 302 and response["Location"] == "/accounts/2fa/"


def test_marking_a_lesson_read_shows_at_once_with_the_caches_on(client, site, django_capture_on_commit_callbacks):
    from django.urls import reverse

    client.force_login(UserFactory())
    lesson = LessonPage.objects.get(slug="materi-1")
    assert "Saya sudah membaca materi ini" in client.get(lesson.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("cms:lesson_read", args=[lesson.pk]))
    html = client.get(lesson.url).content.decode()
    assert "Materi ini sudah Anda tandai selesai dibaca." in html
    assert "Saya sudah membaca materi ini" not in html


def test_the_shared_site_header_sends_the_language_switch_back_to_each_page(client, site):
    client.force_login(UserFactory())
    for url in ["/pelatihan/netralitas-asn/materi-1/", "/pelatihan/netralitas-asn/materi-2/?dari=beranda"]:
        html = client.get(url).content.decode()
        assert f'<input name="next" type="hidden" value="{url.replace("&", "&amp;")}">' in html
        assert html.count("csrfmiddlewaretoken") == 3  # logout, language switch, "read" button: each filled in
        assert "__netral_fragment" not in html


def test_a_publish_by_another_server_process_reaches_this_one_despite_its_own_copies(
    client, site, django_capture_on_commit_callbacks
):
    """Each process keeps recent generation-keyed entries (routes, lesson bodies) in its own memory. A publish in
    another process only bumps the shared generation; this process sees it once its memo of the generation expires
    (cms.cache.MEMO_SECONDS), and its own copies, keyed on the old generation, are never served again."""
    from django.core.cache import cache

    from cms import cache as content_cache

    learner = UserFactory()
    client.force_login(learner)
    lesson = LessonPage.objects.get(slug="materi-1")
    assert "Isi 1" in client.get(lesson.url).content.decode()
    with django_capture_on_commit_callbacks(execute=False):  # the other process's commit: not this one's bump
        lesson.body = [("paragraph", "<p>Isi yang diperbarui di server lain</p>")]
        lesson.save_revision().publish()
    assert "Isi 1" in client.get(lesson.url).content.decode()  # this process has not looked at Redis yet
    cache.incr(content_cache.GENERATION_KEY)  # what the other process's bump left in Redis
    content_cache._memo[1] = 0.0  # MEMO_SECONDS have passed
    html = client.get(lesson.url).content.decode()
    assert "Isi yang diperbarui di server lain" in html and "Isi 1" not in html
