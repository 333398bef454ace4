"""Every way a rule update that requires re-certification gets published raises the course version once, on behalf
of whoever published it (the audit log names them), never with the submitter's rights; a failure of the version
raise leaves the rule update unpublished, not half-published; and an editor alone still cannot publish."""

import datetime
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import nested_form_data, rich_text

from cms.models import CoursePage, CourseVersionChange, RegulationIndexPage, RuleUpdatePage
from cms.services import VERSION_RAISED
from tests.cms.helpers import build_regulation
from tests.factories import UserFactory, enrol_totp

COMMENTS = {"comments-TOTAL_FORMS": "0", "comments-INITIAL_FORMS": "0", "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000"}  # fmt: skip


def member_of(group_name: str, email: str):
    user = UserFactory(nip=None, email=email, employment_type="non_asn")
    user.groups.add(Group.objects.get(name=group_name))
    return enrol_totp(user)


@pytest.fixture
def editor(db):
    return member_of("Editors", "editor@netral.test")


@pytest.fixture
def moderator(db):
    return member_of("Moderators", "moderator@netral.test")


@pytest.fixture
def regulation(course):
    return build_regulation(course.get_parent().get_parent())


def rule_update_form(course, regulation, **extra) -> dict:
    data = {
        "title": "Pembubaran KASN: pengawasan netralitas beralih ke BKN",
        "slug": "pembubaran-kasn",
        "summary": rich_text("<p>Rekomendasi pelanggaran netralitas kini dari BKN.</p>"),
        "regulation": str(regulation.pk),
        "effective_date": "2024-08-24",
        "requires_recertification": "on",
        "renewal_days": "60",
        **extra,
    }
    # Multiple choices go as repeated fields (the client sends a list as one field per value).
    choices = {"clauses": [str(regulation.clauses.first().pk)], "courses": [str(course.pk)]}
    return nested_form_data(data) | COMMENTS | choices


def submitted_by_editor(client, editor, course, regulation) -> RuleUpdatePage:
    client.force_login(editor)
    index = RegulationIndexPage.objects.get()
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("cms", "ruleupdatepage", index.pk)),
        rule_update_form(course, regulation) | {"action-submit": "Kirim"},
    )
    assert response.status_code == 302, response.context["form"].errors
    update = RuleUpdatePage.objects.get(slug="pembubaran-kasn")
    assert not update.live and update.current_workflow_task_state is not None
    return update


def assert_raised_once_by(course, update, user):
    course.refresh_from_db()
    update.refresh_from_db()
    assert update.live, list(PageLogEntry.objects.filter(page=update).values_list("action", flat=True))
    assert update.requires_recertification and list(update.courses.all()) == [course]
    assert course.version == 2
    assert CourseVersionChange.objects.filter(course=course, rule_update=update).count() == 1
    entry = PageLogEntry.objects.get(page=course, action=VERSION_RAISED)
    assert entry.user == user
    assert course.live_revision.user == user  # the new version's revision is theirs, not the submitter's


@pytest.mark.django_db
@pytest.mark.parametrize("comment", ["", "Sudah dicek Bagian Hukum."])
def test_moderator_approves_in_the_workflow(client, course, regulation, editor, moderator, comment):
    update = submitted_by_editor(client, editor, course, regulation)
    client.force_login(moderator)
    task_state = update.current_workflow_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(update.pk, "approve", task_state.pk)),
        {"comment": comment},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=(update.pk,))
    assert_raised_once_by(course, update, moderator)


@pytest.mark.django_db
def test_moderator_publishes_directly(client, course, regulation, editor, moderator):
    update = submitted_by_editor(client, editor, course, regulation)
    client.force_login(moderator)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(update.pk,)),
        rule_update_form(course, regulation) | {"action-publish": "Terbitkan"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_explore", args=(update.get_parent().pk,))
    assert_raised_once_by(course, update, moderator)


@pytest.mark.django_db
def test_scheduled_publishing_raises_the_version_on_behalf_of_who_scheduled_it(
    client, course, regulation, editor, moderator
):
    update = submitted_by_editor(client, editor, course, regulation)
    client.force_login(moderator)
    go_live = timezone.localtime() + datetime.timedelta(hours=1)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(update.pk,)),
        rule_update_form(course, regulation, go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
        | {"action-publish": "Terbitkan"},
    )
    assert response.status_code == 302
    course.refresh_from_db()
    assert course.version == 1  # nothing before it goes live

    with mock.patch("django.utils.timezone.now", return_value=timezone.now() + datetime.timedelta(hours=2)):
        call_command("publish_scheduled", verbosity=0)
    assert_raised_once_by(course, update, moderator)


@pytest.mark.django_db
def test_republishing_changes_nothing(client, course, regulation, editor, moderator):
    update = submitted_by_editor(client, editor, course, regulation)
    client.force_login(moderator)
    edit = reverse("wagtailadmin_pages:edit", args=(update.pk,))
    client.post(edit, rule_update_form(course, regulation) | {"action-publish": "Terbitkan"})
    client.post(
        edit, rule_update_form(course, regulation, title="Pembubaran KASN (diperbaiki)") | {"action-publish": "x"}
    )
    update.refresh_from_db()
    assert update.title == "Pembubaran KASN (diperbaiki)"
    assert_raised_once_by(course, update, moderator)


@pytest.mark.django_db
def test_an_editor_alone_cannot_publish(client, course, regulation, editor):
    update = submitted_by_editor(client, editor, course, regulation)
    client.post(
        reverse("wagtailadmin_pages:edit", args=(update.pk,)),
        rule_update_form(course, regulation) | {"action-publish": "Terbitkan"},
    )
    update.refresh_from_db()
    course.refresh_from_db()
    assert not update.live and course.version == 1 and not CourseVersionChange.objects.exists()


@pytest.mark.django_db
def test_a_failing_version_raise_leaves_the_rule_update_unpublished(client, course, regulation, editor, moderator):
    update = submitted_by_editor(client, editor, course, regulation)
    client.force_login(moderator)
    client.raise_request_exception = False
    with mock.patch.object(CoursePage, "save_revision", side_effect=RuntimeError("disk full")):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=(update.pk,)),
            rule_update_form(course, regulation) | {"action-publish": "Terbitkan"},
        )
    assert response.status_code == 500
    update.refresh_from_db()
    course.refresh_from_db()
    assert not update.live and update.live_revision is None
    assert course.version == 1 and not CourseVersionChange.objects.exists()
    assert update.current_workflow_task_state is not None  # still waiting for the moderator
