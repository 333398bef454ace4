"""Authorization everywhere: every URL of ours that takes an id checks the object against the person asking.

`test_every_url_that_takes_an_id_has_an_authorization_test` walks the project's URL patterns and fails when a URL
of ours that takes an argument (an id, a code) has no test marked `@pytest.mark.authz("<url name>")` anywhere under
tests/. A new URL therefore needs a probe from the wrong person before CI passes.
"""

import ast
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import get_resolver, reverse
from django.utils import timezone
from wagtail.admin.viewsets import viewsets
from wagtail.models import PageViewRestriction

from certificates.models import Certificate
from certificates.services import certificate_issue
from cms.models import Clause, LessonPage, Topic
from quizzes import services as quiz_services
from quizzes.models import PledgeText
from tests.support.auth import enrol_totp
from tests.support.builders import UserFactory, build_regulation, staff_with
from tests.support.responses import assert_refused_by_admin, assert_sent_to_login
from tests.support.urls import OUR_APPS, routes
from tracking.models import Assignment

TESTS = Path(__file__).resolve().parent.parent


def _our_viewset_namespaces() -> set[str]:
    """URL namespaces of the Wagtail viewsets (snippets, choosers, model viewsets) that serve our models."""
    get_resolver().url_patterns  # noqa: B018  (loading the URLconf registers the viewsets)
    namespaces = set()
    for viewset in viewsets.viewsets:
        model = getattr(viewset, "model", None)
        app_label = getattr(getattr(model, "_meta", None), "app_label", "")
        ours = type(viewset).__module__.startswith(OUR_APPS) or app_label in OUR_APPS
        if ours:
            namespaces.add(viewset.url_namespace)
    return namespaces


def project_urls_taking_an_argument() -> set[str]:
    """Names of the URLs served by our views (or by viewsets of our models) whose route takes an argument."""
    namespaces = _our_viewset_namespaces()
    return {r.name for r in routes() if r.takes_argument and r.name and (r.is_ours or r.namespace in namespaces)}


def url_names_with_an_authorization_test() -> set[str]:
    """Every name given to `@pytest.mark.authz(...)` in the test suite (read from the sources, so running one test
    file alone cannot hide the others)."""
    names = set()
    for path in TESTS.rglob("test_*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "authz"
                and isinstance(node.func.value, ast.Attribute)
                and node.func.value.attr == "mark"
            ):
                names.update(arg.value for arg in node.args if isinstance(arg, ast.Constant))
    return names


def test_every_url_that_takes_an_id_has_an_authorization_test():
    urls = project_urls_taking_an_argument()
    # The walk finds ours (learner, HR, admin viewsets) and nothing of Wagtail's or allauth's own.
    assert {"certificates:download", "quizzes:attempt", "hr_employee", "assignments:edit"} <= urls
    assert "wagtailadmin_pages:edit" not in urls and "account_confirm_email" not in urls
    covered = url_names_with_an_authorization_test()
    assert sorted(urls - covered) == [], "URLs taking an id without an authorization test"
    assert sorted(covered - urls) == [], "authorization tests naming URLs that no longer exist"


# --- The learner's own things: another learner's id is a 404 (ids leak nothing) -------------------------------


@pytest.fixture
def attempt_of_a(quiz, learner):
    return quiz_services.attempt_start(user=learner, quiz=quiz)


@pytest.mark.authz("quizzes:attempt", "quizzes:attempt_save")
@pytest.mark.django_db
def test_learner_b_cannot_open_save_or_submit_learner_as_attempt(client, attempt_of_a, other_learner):
    urls = [reverse(name, args=(attempt_of_a.pk,)) for name in ("quizzes:attempt", "quizzes:attempt_save")]
    for url in urls:
        assert_sent_to_login(client.get(url), url)  # anonymous: log in first
    client.force_login(other_learner)
    choice = attempt_of_a.snapshot["questions"][0]["choices"][0]["id"]
    question = attempt_of_a.snapshot["questions"][0]["id"]
    assert client.get(urls[0]).status_code == 404
    assert client.post(urls[0], {f"q{question}": choice}).status_code == 404
    assert client.post(urls[1], {f"q{question}": choice}).status_code == 404
    attempt_of_a.refresh_from_db()
    assert attempt_of_a.submitted_at is None and not attempt_of_a.answers
    # The owner still can.
    client.force_login(attempt_of_a.user)
    assert client.get(urls[0]).status_code == 200


@pytest.mark.authz("certificates:download")
@pytest.mark.django_db
def test_only_the_holder_downloads_a_certificate(client, course, learner, other_learner):
    certificate = certificate_issue(user=learner, course=course, score=Decimal("90"))
    url = reverse("certificates:download", args=(certificate.pk,))
    assert_sent_to_login(client.get(url), url)
    client.force_login(other_learner)
    assert client.get(url).status_code == 404
    # Not even BKD's HR through the learner's door (they use the admin's register, which checks their units).
    hr = enrol_totp(UserFactory())
    hr.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "view_all_units"]))
    client.force_login(hr)
    assert client.get(url).status_code == 404
    client.force_login(learner)
    assert client.get(url)["Content-Type"] == "application/pdf"


@pytest.mark.authz("cms:lesson_read")
@pytest.mark.django_db
def test_a_lesson_can_be_marked_read_only_when_published_and_visible(client, course, learner):
    lessons = list(LessonPage.objects.child_of(course).order_by("path"))
    draft, restricted = lessons
    draft.unpublish()
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="rahasia")
    url = reverse("cms:lesson_read", args=(draft.pk,))
    assert_sent_to_login(client.post(url), url)
    client.force_login(learner)
    for lesson in (draft, restricted):
        assert client.post(reverse("cms:lesson_read", args=(lesson.pk,))).status_code == 404
    assert not learner.lesson_progress.exists()


@pytest.mark.authz("certificates:verify")
@pytest.mark.django_db
def test_the_public_verification_page_shows_public_fields_only(client, course, learner):
    learner.email = "ahmad@batangkab.go.id"
    learner.save()
    certificate = certificate_issue(user=learner, course=course, score=Decimal("87.5"))
    url = reverse("certificates:verify", args=(certificate.code,))
    data = client.get(url, headers={"accept": "application/json"}).json()
    assert data["name"] == certificate.holder_name and "nip_masked" not in data
    assert learner.nip not in str(data) and "87" not in str(data) and learner.email not in str(data)
    html = client.get(url).content.decode()
    assert learner.nip not in html and learner.email not in html and "87,5" not in html and "87.5" not in html


# --- HR: only their units ------------------------------------------------------------------------------------


def unit_hr(unit, *codenames):
    """HR staff of `unit` (its subtree) with admin access and exactly these other permissions."""
    return staff_with("access_admin", *codenames, unit=unit, first_name="HR Dinkes")


@pytest.mark.authz("hr_employee", "certificate_detail")
@pytest.mark.django_db
def test_unit_hr_sees_and_acts_on_their_units_only(client, regency, course):
    nurse = UserFactory(work_unit=regency["puskesmas"], first_name="Bidan Ani")
    coder = UserFactory(work_unit=regency["kominfo"], first_name="Pranata Budi")
    nurse_cert = certificate_issue(user=nurse, course=course, score=Decimal("90"))
    coder_cert = certificate_issue(user=coder, course=course, score=Decimal("90"))
    officer = unit_hr(regency["dinkes"], "view_completion", "view_certificate", "change_certificate")
    client.force_login(officer)
    assert client.get(reverse("hr_employee", args=(nurse.pk,))).status_code == 200
    assert client.get(reverse("certificate_detail", args=(nurse_cert.pk,))).status_code == 200
    assert client.get(reverse("hr_employee", args=(coder.pk,))).status_code == 404
    assert client.get(reverse("certificate_detail", args=(coder_cert.pk,))).status_code == 404
    response = client.post(reverse("certificate_detail", args=(coder_cert.pk,)), {"action": "revoke", "reason": "x"})
    assert response.status_code == 404
    assert Certificate.objects.get(pk=coder_cert.pk).revoked_at is None
    # Staff without HR permissions get nothing, whatever the unit.
    client.force_login(unit_hr(regency["dinkes"]))
    assert_refused_by_admin(client.get(reverse("hr_employee", args=(nurse.pk,))))
    assert_refused_by_admin(client.get(reverse("certificate_detail", args=(nurse_cert.pk,))))


@pytest.mark.authz(
    "assignments:edit",
    "assignments:delete",
    "assignments:history",
    "assignments:history_results",
    "assignments:usage",
    "assignments:copy",
)
@pytest.mark.django_db
def test_unit_hr_manages_their_units_assignments_only(client, regency, course):
    due = timezone.localdate() + timezone.timedelta(days=30)
    own = Assignment.objects.create(course=course, work_unit=regency["puskesmas"], due_date=due)
    other = Assignment.objects.create(course=course, work_unit=regency["kominfo"], due_date=due)
    regency_wide = Assignment.objects.create(course=course, due_date=due)
    codenames = ["add_assignment", "change_assignment", "delete_assignment", "view_assignment"]
    client.force_login(unit_hr(regency["dinkes"], *codenames))
    actions = ["edit", "delete", "history", "history_results", "usage", "copy"]
    for action in actions:
        for assignment in (other, regency_wide):
            response = client.get(reverse(f"assignments:{action}", args=(assignment.pk,)))
            if action == "copy":  # a copy is a new assignment: Wagtail's "add" check for the instance refuses it
                assert_refused_by_admin(response, (action, assignment))
            else:
                assert response.status_code == 404, (action, assignment)
        assert client.get(reverse(f"assignments:{action}", args=(own.pk,))).status_code == 200, action
    assert client.post(reverse("assignments:delete", args=(other.pk,))).status_code == 404
    response = client.post(reverse("assignments:edit", args=(regency_wide.pk,)), {"course": course.pk, "due_date": due})
    assert response.status_code == 404
    assert (
        Assignment.objects.filter(pk=other.pk).exists() and Assignment.objects.get(pk=regency_wide.pk).work_unit is None
    )
    listing = client.get(reverse("assignments:index")).content.decode()
    assert "Puskesmas Batang I" in listing and "Dinas Komunikasi" not in listing
    # The form offers only their own units, and a unit is required.
    form = client.get(reverse("assignments:add")).context["form"]
    assert set(form.fields["work_unit"].queryset) == {regency["dinkes"], regency["puskesmas"]}
    assert form.fields["work_unit"].required


@pytest.mark.authz("quiz_statistics_for")
@pytest.mark.django_db
def test_quiz_statistics_need_the_statistics_permission(client, quiz, regency):
    url = reverse("quiz_statistics_for", args=(quiz.pk,))
    client.force_login(unit_hr(regency["dinkes"], "view_completion"))
    assert_refused_by_admin(client.get(url))
    editor = enrol_totp(UserFactory())
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get(url).status_code == 200
    assert client.get(reverse("quiz_statistics_for", args=(quiz.pk + 999,))).status_code == 404


@pytest.mark.authz(
    "wagtailsnippets_cms_topic:edit",
    "wagtailsnippets_cms_topic:delete",
    "wagtailsnippets_cms_topic:usage",
    "wagtailsnippets_cms_topic:history",
    "wagtailsnippets_cms_topic:history_results",
    "wagtailsnippets_cms_topic:copy",
    "wagtailsnippets_quizzes_pledgetext:edit",
    "wagtailsnippets_quizzes_pledgetext:delete",
    "wagtailsnippets_quizzes_pledgetext:usage",
    "wagtailsnippets_quizzes_pledgetext:history",
    "wagtailsnippets_quizzes_pledgetext:history_results",
    "wagtailsnippets_quizzes_pledgetext:copy",
)
@pytest.mark.django_db
def test_editorial_snippets_are_for_editors_only(client, regency):
    topic = Topic.objects.create(name="Media sosial", slug="media-sosial")
    pledge = PledgeText.objects.create(text="<p>Saya berjanji menjaga netralitas.</p>")
    actions = ["edit", "delete", "usage", "history", "history_results", "copy"]
    names = [
        (f"wagtailsnippets_{key}:{action}", obj)
        for key, obj in (("cms_topic", topic), ("quizzes_pledgetext", pledge))
        for action in actions
    ]
    # HR has admin access but no editorial permission.
    client.force_login(unit_hr(regency["dinkes"], "view_completion"))
    for name, obj in names:
        assert_refused_by_admin(client.get(reverse(name, args=(obj.pk,))), name)
    assert_refused_by_admin(client.post(reverse("wagtailsnippets_cms_topic:delete", args=(topic.pk,))))
    assert Topic.objects.filter(pk=topic.pk).exists()
    # Editors may edit (deleting is the moderators').
    editor = enrol_totp(UserFactory())
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    for name, obj in names:
        response = client.get(reverse(name, args=(obj.pk,)))
        if ":delete" in name:
            assert_refused_by_admin(response, name)
        else:
            assert response.status_code == 200, name


@pytest.mark.authz(
    "wagtailsnippetchoosers_cms_topic:chosen",
    "wagtailsnippetchoosers_quizzes_pledgetext:chosen",
    "clause_chooser:chosen",
)
@pytest.mark.django_db
def test_choosers_answer_admin_users_only_and_with_public_labels(client, course, learner):
    """Decision: choosers (used inside editing forms) answer any admin user, as Wagtail's do, because what they
    return is a published label (topic name, pledge title, clause number); never to learners or the public."""
    topic = Topic.objects.create(name="Media sosial", slug="media-sosial")
    pledge = PledgeText.objects.create(text="<p>Saya berjanji menjaga netralitas.</p>")
    build_regulation(course.get_parent())
    clause = Clause.objects.first()
    urls = [
        reverse("wagtailsnippetchoosers_cms_topic:chosen", args=(topic.pk,)),
        reverse("wagtailsnippetchoosers_quizzes_pledgetext:chosen", args=(pledge.pk,)),
        reverse("clause_chooser:chosen", args=(clause.pk,)),
    ]
    for url in urls:
        assert_sent_to_login(client.get(url), url)
    client.force_login(learner)
    for url in urls:
        assert_sent_to_login(client.get(url), url)  # no admin access: Wagtail refuses
    staff = enrol_totp(UserFactory())
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(staff)
    for url, obj in zip(urls, (topic, pledge, clause), strict=True):
        result = client.get(url).json()["result"]
        label = result.get("string", result.get("title"))
        assert label == str(obj) and not result.get("edit_url")  # no way in for someone without rights
        assert "berjanji" not in str(result) and "Ringkasan" not in str(result)


@pytest.mark.authz(
    "wagtailusers_users:edit",
    "wagtailusers_users:delete",
    "wagtailusers_users:copy",
    "wagtailusers_users:history",
    "wagtailusers_users:history_results",
    "wagtailusers_users:usage",
)
@pytest.mark.django_db
def test_user_accounts_are_managed_by_superusers_only(client, regency, learner):
    actions = ["edit", "delete", "copy", "history", "history_results", "usage"]
    urls = {action: reverse(f"wagtailusers_users:{action}", args=(learner.pk,)) for action in actions}
    client.force_login(unit_hr(regency["dinkes"], "view_completion"))  # a unit's HR: no account management
    for action, url in urls.items():
        assert_refused_by_admin(client.get(url), action)
    bkd = unit_hr(None, "view_user", "view_all_units")  # BKD reads accounts (audit trail) but changes none
    client.force_login(bkd)
    for action in ("edit", "delete", "copy"):
        assert_refused_by_admin(client.get(urls[action]), action)
    assert_refused_by_admin(client.post(urls["delete"]))
    learner.refresh_from_db()
    boss = enrol_totp(UserFactory(is_superuser=True))
    client.force_login(boss)
    assert client.get(urls["edit"]).status_code == 200


@pytest.mark.django_db
def test_the_scoped_assignment_list_does_not_grow_with_assignments(client, regency, course):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    codenames = ["add_assignment", "change_assignment", "delete_assignment", "view_assignment"]
    client.force_login(unit_hr(regency["dinkes"], *codenames))
    due = timezone.localdate() + timezone.timedelta(days=30)
    counts = []
    for total in (2, 12):
        while Assignment.objects.count() < total:
            Assignment.objects.create(course=course, work_unit=regency["puskesmas"], due_date=due)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("assignments:index")).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]  # the unit check per row reads the row's unit, already joined
