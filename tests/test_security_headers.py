"""Security headers as the browser receives them: the Content-Security-Policy on our pages and on the admin."""

import re
from decimal import Decimal

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.urls import reverse

from certificates.services import certificate_issue
from employees.models import User
from quizzes import services
from tests.support.auth import PASSWORD

YOUTUBE = {"https://www.youtube-nocookie.com", "https://www.youtube.com"}
# What our templates must never contain: an inline script, an inline style, an event-handler attribute.
INLINE = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>|<style[\s>]|\sstyle=|\son[a-z]+=", re.I
)


def policy(response) -> dict[str, set[str]]:
    header = response.headers.get("Content-Security-Policy")
    assert header, f"no Content-Security-Policy on {response.request['PATH_INFO']}"
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = set(values)
    return directives


@pytest.fixture
def pages(client, learner, course, quiz, django_capture_on_commit_callbacks):
    """{name: response} for the pages a learner and the public see, as the learner sees them."""
    lesson = course.get_children().specific().first()
    attempt = services.attempt_start(user=learner, quiz=quiz)
    with django_capture_on_commit_callbacks(execute=True):
        certificate = certificate_issue(user=learner, course=course, score=Decimal("90"))
    anonymous = {
        "login": client.get(reverse("account_login")),
        "verification": client.get(reverse("certificates:verify", args=(certificate.code,))),
        "verification lookup": client.get(reverse("certificates:lookup")),
    }
    client.login(username=learner.nip, password=PASSWORD)
    return anonymous | {
        "home": client.get("/"),
        "course": client.get(course.url),
        "lesson": client.get(lesson.url),
        "quiz attempt": client.get(reverse("quizzes:attempt", args=(attempt.pk,))),
        "my certificates": client.get(reverse("certificates:mine")),
    }


@pytest.mark.django_db
def test_our_pages_forbid_inline_script_eval_and_framing(pages):
    for name, response in pages.items():
        assert response.status_code == 200, name
        csp = policy(response)
        assert csp["script-src"] == {"'self'"}, name  # no 'unsafe-inline', no 'unsafe-eval', no other host
        assert csp["style-src"] == {"'self'"}, name
        assert csp["default-src"] == {"'self'"}, name
        assert csp["object-src"] == {"'none'"}, name
        assert csp["base-uri"] == {"'self'"}, name
        assert csp["form-action"] == {"'self'"}, name
        assert csp["frame-ancestors"] == {"'none'"}, name
        assert csp["img-src"] == {"'self'", "data:"}, name
        assert csp["frame-src"] == YOUTUBE, name
        assert response["X-Frame-Options"] == "DENY", name
        assert response["Referrer-Policy"] == "same-origin", name
        assert response["X-Content-Type-Options"] == "nosniff", name


@pytest.mark.django_db
def test_our_templates_have_no_inline_script_style_or_handler(pages):
    """The policy blocks them, so one slipping into a template would silently break that page in browsers."""
    for name, response in pages.items():
        html = response.content.decode()
        assert INLINE.findall(html) == [], name
    assert '<script src="/static/js/quiz.js" defer></script>' in pages["quiz attempt"].content.decode()


@pytest.mark.django_db
def test_the_lesson_video_comes_from_an_allowed_frame_source(client, learner, course):
    from cms.models import LessonPage

    lesson = LessonPage(
        title="Materi video",
        slug="materi-video",
        body=[("video", {"video": "https://www.youtube.com/watch?v=netral2024", "caption": ""})],
    )
    course.add_child(instance=lesson)
    client.force_login(learner)
    response = client.get(lesson.url)
    sources = re.findall(r'<iframe[^>]*\ssrc="(https://[^/"]+)/', response.content.decode())
    assert sources == ["https://www.youtube-nocookie.com"]
    assert set(sources) <= policy(response)["frame-src"]


@pytest.fixture
def superuser(db):
    user = User.objects.create_superuser(username="admin@netral.test", email="admin@netral.test", password=PASSWORD)
    TOTP.activate(user, generate_totp_secret())  # staff need a second factor to open the admin
    return user


@pytest.mark.django_db
def test_the_admin_has_its_own_policy_still_without_eval(client, superuser, course):
    client.force_login(superuser)
    for url in (reverse("wagtailadmin_home"), reverse("wagtailadmin_pages:edit", args=(course.pk,))):
        response = client.get(url)
        assert response.status_code == 200, url
        csp = policy(response)
        # Wagtail 8 writes inline scripts and styles; eval stays forbidden, and only the admin may frame it.
        assert csp["script-src"] == {"'self'", "'unsafe-inline'"}, url
        assert csp["style-src"] == {"'self'", "'unsafe-inline'"}, url
        assert csp["object-src"] == {"'none'"}, url
        assert csp["frame-ancestors"] == {"'self'"}, url
        assert csp["img-src"] == {"'self'", "data:", "blob:"}, url
        assert response["X-Frame-Options"] == "DENY", url


@pytest.mark.django_db
def test_a_page_preview_in_the_admin_gets_the_admin_policy_so_the_preview_panel_can_frame_it(client, superuser, course):
    """Wagtail renders a preview through a dummy request for the page's public URL; the public policy's
    frame-ancestors 'none' there would leave the editor's preview panel blank."""
    client.force_login(superuser)
    lesson = course.get_children().specific().first()
    url = reverse("wagtailadmin_pages:view_draft", args=(lesson.pk,))
    response = client.get(url)
    assert response.status_code == 200
    assert lesson.title in response.content.decode()
    assert policy(response)["frame-ancestors"] == {"'self'"}
    assert len(response.headers.get("Content-Security-Policy").split("frame-ancestors")) == 2  # one policy, not two
