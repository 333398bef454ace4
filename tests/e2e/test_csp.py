"""The Content-Security-Policy in a real browser: our pages and the Wagtail admin work without a single violation.

Every violation Chromium reports (a `securitypolicyviolation` event in any frame, or its console message "Refused
to …" / "… violates the following Content Security Policy directive …") fails the test. YouTube's player is
answered by a stub (this machine has no internet), so the video frame shows whether frame-src lets it in.
"""

import json
import time

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.urls import reverse
from PIL import Image
from wagtail.images import get_image_model

from certificates.models import Certificate
from cms.models import LessonPage
from employees.models import User
from quizzes import services
from quizzes.models import Attempt
from tests.support.auth import PASSWORD, log_in_browser
from tests.support.builders import UserFactory, build_course, build_quiz

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

VIDEO_URL = "https://www.youtube.com/watch?v=netral2024"
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  const blocked = event.blockedURI || "inline";
  window.netralCspViolation(`${event.effectiveDirective} blocked ${blocked} on ${event.documentURI}`);
});
"""


@pytest.fixture
def violations(page):
    """Every CSP violation the browser reports while the test runs, in any frame."""
    found = []
    page.context.expose_function("netralCspViolation", lambda violation: found.append(violation))
    page.context.add_init_script(REPORT_VIOLATIONS)
    page.on(
        "console",
        lambda message: (
            found.append(f"console: {message.text}")
            if message.text.startswith("Refused to") or "Content Security Policy" in message.text
            else None
        ),
    )
    # YouTube's player: a stub page instead of the network.
    page.context.route(
        "https://www.youtube-nocookie.com/**",
        lambda route: route.fulfill(status=200, content_type="text/html", body="<p>Pemutar video</p>"),
    )
    return found


def settle(page):
    """Let the page finish its requests and deliver any violation event before the next navigation."""
    page.wait_for_load_state("networkidle")
    page.evaluate("() => new Promise((resolve) => setTimeout(resolve, 50))")


def test_learner_pages_run_under_the_strict_policy_and_the_quiz_autosaves(live_server, page, violations):
    course = build_course(lessons=1)
    video_lesson = LessonPage(
        title="Materi video",
        slug="materi-video",
        body=json.dumps([{"type": "video", "value": {"video": VIDEO_URL, "caption": "Sosialisasi BKD"}}]),
    )
    course.add_child(instance=video_lesson)
    quiz = build_quiz(course, questions=3)
    learner = UserFactory()
    services.pledge_confirm(user=learner)  # when a pledge text exists: this test is about the attempt page

    log_in_browser(page, live_server.url, learner.nip, PASSWORD)
    page.wait_for_url(f"{live_server.url}/")
    settle(page)

    page.goto(live_server.url + course.url)
    assert page.get_by_role("heading", name=course.title).is_visible()
    settle(page)

    page.goto(live_server.url + video_lesson.url)
    player = page.frame_locator("figure.video iframe")
    player.get_by_text("Pemutar video").wait_for()  # frame-src lets YouTube's player in
    settle(page)

    # The attempt page and its autosave script (static/js/quiz.js, a same-origin file).
    page.goto(live_server.url + quiz.url)
    page.get_by_role("button", name="Mulai kuis").click()
    page.wait_for_url("**/kuis/percobaan/*/", wait_until="load")
    attempt = Attempt.objects.get(user=learner)
    questions = attempt.snapshot["questions"]
    first = questions[0]
    with page.expect_response(lambda response: "/simpan/" in response.url) as saved:
        page.locator(f'input[name="q-{first["id"]}"][value="{first["correct"][0]}"]').check()
    assert saved.value.status == 200
    page.get_by_text("Tersimpan").wait_for()
    attempt.refresh_from_db()
    assert attempt.answers == {str(first["id"]): first["correct"]}
    for question in questions:
        page.locator(f'input[name="q-{question["id"]}"][value="{question["correct"][0]}"]').check()
    page.get_by_role("button", name="Kumpulkan jawaban").click()
    page.get_by_text("Selamat, Anda lulus.").wait_for()
    settle(page)

    certificate = Certificate.objects.get(user=learner)
    page.goto(live_server.url + reverse("certificates:mine"))
    settle(page)
    page.goto(live_server.url + reverse("certificates:verify", args=(certificate.code,)))
    assert page.get_by_text(certificate.number).first.is_visible()
    settle(page)
    page.goto(live_server.url + reverse("certificates:lookup"))
    settle(page)

    assert violations == []

    # The policy really is enforced (and this test would see a violation): an injected inline script never runs.
    ran = page.evaluate(
        """() => { const s = document.createElement("script"); s.textContent = "window.injected = true";
                   document.body.append(s); return window.injected === true; }"""
    )
    settle(page)
    assert ran is False
    assert any("script-src" in violation for violation in violations)


def totp_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def test_wagtail_admin_runs_under_its_own_policy(live_server, page, violations, tmp_path):
    course = build_course(lessons=1)
    lesson = course.get_children().specific().first()
    quiz = build_quiz(course, questions=2)
    admin = User.objects.create_superuser(username="admin@netral.test", email="admin@netral.test", password=PASSWORD)
    secret = generate_totp_secret()
    TOTP.activate(admin, secret)  # staff must have a second factor

    log_in_browser(page, live_server.url, "admin@netral.test", PASSWORD)
    page.wait_for_url("**/accounts/2fa/authenticate/")
    page.locator("input[name=code]").fill(totp_code(secret))
    page.locator("input[name=code]").press("Enter")
    page.wait_for_url(f"{live_server.url}/admin/")

    for url in ("/admin/", f"/admin/pages/{course.pk}/", f"/admin/pages/{quiz.pk}/edit/"):
        response = page.goto(live_server.url + url)
        assert response.status == 200, url
        settle(page)

    # The lesson editor (StreamField, inline scripts) and its preview panel, which frames our page.
    page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/edit/")
    settle(page)
    page.locator("[data-side-panel-toggle=preview]").first.click()
    page.frame_locator("[data-w-preview-target=iframe]").last.get_by_role("heading", name=lesson.title).wait_for()
    settle(page)

    # Uploading an image shows a thumbnail drawn from a blob: URL before the upload.
    picture = tmp_path / "bendera.png"
    Image.new("RGB", (40, 30), "red").save(picture)
    page.goto(f"{live_server.url}/admin/images/multiple/add/")
    settle(page)
    with page.expect_response(lambda response: response.request.method == "POST") as uploaded:
        page.locator("input[type=file]").set_input_files(str(picture))
    assert uploaded.value.ok
    settle(page)
    assert get_image_model().objects.filter(title="bendera").exists()

    assert violations == []
