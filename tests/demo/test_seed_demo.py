from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from certificates.models import Certificate
from cms.models import Clause, CoursePage, LessonPage, RegulationPage
from demo.people import (
    DEMO_PASSWORD,
    DEMO_TOTP_SECRETS,
    EDITOR_EMAIL,
    HR_NIP,
    LEARNER_CERTIFIED_NIP,
    LEARNER_NOT_STARTED_NIP,
)
from employees.models import User, WorkUnit
from quizzes.models import Attempt, Choice, Question, QuizPage
from tests.support.auth import totp_code


def state():
    return {
        "users": sorted(User.objects.values_list("username", "password", "first_name", "work_unit__code")),
        "units": sorted(WorkUnit.objects.values_list("code", "path")),
        "pages": sorted(Page.objects.values_list("url_path", "live")),
        "questions": Question.objects.count(),
        "choices": Choice.objects.count(),
        "attempts": sorted(Attempt.objects.values_list("user__username", "score", "passed")),
        "certificates": sorted(Certificate.objects.values_list("number", "user__username", "sha256")),
    }


@pytest.mark.django_db
def test_seed_demo_twice_gives_the_same_regency(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", verbosity=0)
    first = state()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", verbosity=0)
    assert state() == first

    assert len(first["users"]) >= 30
    assert WorkUnit.objects.filter(depth__gt=1).exists()
    course = CoursePage.objects.get()
    assert LessonPage.objects.child_of(course).live().count() >= 6
    assert QuizPage.objects.child_of(course).get().questions.count() >= 5
    assert Site.objects.get(is_default_site=True).root_page.specific.__class__.__name__ == "HomePage"

    # Every demo state is there: passed with a certificate, failed, not started.
    passed = {a[0] for a in first["attempts"] if a[2]}
    failed = {a[0] for a in first["attempts"] if a[2] is False}
    assert passed and failed and not passed & failed
    assert {c[1] for c in first["certificates"]} == passed

    # Every clause the demo lessons cite (quotations, rulings, scenarios' and comparisons' basis) is a page that opens.
    cited = set()
    for lesson in LessonPage.objects.live():
        for block in lesson.body:
            if block.block_type in ("clause_quote", "ruling"):
                cited.add(block.value["clause"].get_url())
            elif block.block_type == "allowed_forbidden":
                cited.update(clause.get_url() for clause in block.value["basis"])
            elif block.block_type == "scenario" and block.value["basis"]:
                cited.add(block.value["basis"].get_url())
    assert len(cited) >= 12
    every_clause = {clause.get_url() for clause in Clause.objects.select_related("regulation")}
    assert cited <= every_clause and RegulationPage.objects.live().count() >= 5
    for url in sorted(every_clause):
        assert client.get(url).status_code == 200, url


@pytest.mark.django_db
def test_demo_logins_are_in_their_promised_states(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", verbosity=0)
    certified = User.objects.get(nip=LEARNER_CERTIFIED_NIP)
    assert Certificate.objects.filter(user=certified).count() == 1
    not_started = User.objects.get(nip=LEARNER_NOT_STARTED_NIP)
    assert not Attempt.objects.filter(user=not_started).exists()
    hr = User.objects.get(nip=HR_NIP)
    assert hr.has_perm("tracking.view_completion") and not Attempt.objects.filter(user=hr).exists()
    editor = User.objects.get(email=EDITOR_EMAIL)
    assert editor.nip is None and editor.has_perm("wagtailadmin.access_admin")

    for login in (LEARNER_CERTIFIED_NIP, LEARNER_NOT_STARTED_NIP):
        client.logout()
        client.post("/accounts/login/", {"login": login, "password": DEMO_PASSWORD})
        assert "_auth_user_id" in client.session, login
    # Staff have their published second factor: password, then the authenticator code, then the admin.
    for login, secret in DEMO_TOTP_SECRETS.items():
        client.logout()
        response = client.post("/accounts/login/", {"login": login, "password": DEMO_PASSWORD})
        assert response["Location"] == "/accounts/2fa/authenticate/", login
        client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
        assert client.get("/admin/").status_code == 200, login
    codes = StringIO()
    call_command("demo_totp", stdout=codes)
    assert f"{HR_NIP:<22} {totp_code(DEMO_TOTP_SECRETS[HR_NIP])}" in codes.getvalue()


@pytest.mark.django_db
def test_seed_demo_restores_a_changed_demo_password(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", verbosity=0)
    learner = User.objects.get(nip=LEARNER_CERTIFIED_NIP)
    learner.set_password("sesuatu-yang-lain")
    learner.save()
    call_command("seed_demo", verbosity=0)
    learner.refresh_from_db()
    assert learner.check_password(DEMO_PASSWORD)
