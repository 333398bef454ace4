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
from tests.support.auth import enrol_totp
from tests.support.builders import UserFactory, build_regulation

COMMENTS = {
    "comments-TOTAL_FORMS": "0",
    "comments-INITIAL_FORMS": "0",
    "comments-MIN_NUM_FORMS": "0",
    "comments-MAX_NUM_FORMS": "1000",
}


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


@pytest.mark.django_db
def test_the_moderator_sees_the_impact_before_publishing(client, course, regulation, editor, moderator):
    from decimal import Decimal

    from certificates.services import certificate_issue
    from tests.support.builders import WorkUnitFactory
    from tracking.models import Assignment

    unit = WorkUnitFactory.create(code="DINKES", name="Dinas Kesehatan")
    holders = [UserFactory(work_unit=unit) for _ in range(2)]
    UserFactory(work_unit=unit)  # assigned, no certificate
    Assignment.objects.create(course=course, work_unit=unit, due_date=timezone.localdate())
    for holder in holders:
        certificate_issue(user=holder, course=course, score=Decimal("90"))
    update = submitted_by_editor(client, editor, course, regulation)

    client.force_login(moderator)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(update.pk,))).content.decode()
    impact = edit.split("Dampak bila diterbitkan", 1)[1].split("</table>", 1)[0]
    row = impact.split(course.title, 1)[1].split("</tr>", 1)[0]
    assert "<td>1 → 2</td>" in row and "<td>2</td>" in row and "<td>3</td>" in row  # 2 holders, 3 assigned
    unit_row = impact.split("Dinas Kesehatan", 1)[1].split("</tr>", 1)[0]  # per top-level unit, numbers only
    assert "<td>2</td><td>3</td>" in unit_row

    # The moderator's preview has a mode for the impact.
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=(update.pk,))
    assert client.post(preview, rule_update_form(course, regulation)).json()["is_valid"]
    html = client.get(preview, {"mode": "dampak"}).content.decode()
    assert "Dampak: Pembubaran KASN" in html and "<td>1 → 2</td>" in html
    page_preview = client.get(preview, {"mode": ""}).content.decode()
    assert course.title in page_preview and "versi 1 → 2 saat diterbitkan" in page_preview


@pytest.mark.django_db
def test_clauses_are_those_of_the_chosen_regulation_in_order(client, course, regulation, editor):
    other = build_regulation(course.get_parent().get_parent(), slug="uu-20-2023", clauses=("pasal-9", "pasal-24"))
    update = submitted_by_editor(client, editor, course, regulation)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(update.pk,))).content.decode()
    select = html.split('name="clauses"', 1)[1].split("</select>", 1)[0]
    labels = [part.split("</option>")[0].split(">")[-1] for part in select.split("<option")[1:]]
    assert labels == [str(clause) for clause in regulation.clauses.order_by("sort_order")]
    assert not any(str(clause) in select for clause in other.clauses.all())

    data = rule_update_form(course, regulation) | {"clauses": [str(other.clauses.first().pk)], "action-submit": "x"}
    response = client.post(reverse("wagtailadmin_pages:edit", args=(update.pk,)), data)
    assert response.status_code == 200  # the form again, with the error
    assert "clauses" in response.context["form"].errors
    update.refresh_from_db()
    assert list(update.get_latest_revision_as_object().clauses.all()) == [regulation.clauses.first()]
