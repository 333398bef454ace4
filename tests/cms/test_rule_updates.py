"""Publishing a rule update that requires re-certification raises the named courses' version, once."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry

from cms.models import CoursePage, CourseVersionChange
from cms.services import VERSION_RAISED
from tests.support.auth import enrol_totp
from tests.support.builders import build_rule_update


@pytest.mark.django_db
def test_publishing_a_recertification_update_raises_the_course_version_once(client, course, admin_user):
    update = build_rule_update(course)
    course.refresh_from_db()
    assert course.version == 1  # saved as a draft: nothing happens yet

    update.save_revision(user=admin_user).publish(user=admin_user)
    course.refresh_from_db()
    assert course.version == 2
    assert course.get_latest_revision().as_object().version == 2  # an editor's next save keeps it
    change = CourseVersionChange.objects.get()
    assert (change.course_id, change.from_version, change.to_version) == (course.pk, 1, 2)

    # Publishing the update again (a typo fixed) does not raise it again.
    update.title = "Pembubaran KASN: pengawasan netralitas ASN beralih ke BKN"
    update.save_revision(user=admin_user).publish(user=admin_user)
    course.refresh_from_db()
    assert course.version == 2 and CourseVersionChange.objects.count() == 1

    # Learners see the new version and why.
    html = client.get(course.url).content.decode()
    assert '<dd class="version">2</dd>' in html
    assert update.title in html

    # Editors see it in the course's history in the admin.
    entry = PageLogEntry.objects.get(page=course, action=VERSION_RAISED)
    assert entry.user == admin_user and entry.data["to"] == 2
    client.force_login(enrol_totp(admin_user))
    history = client.get(reverse("wagtailadmin_pages:history", args=(course.pk,))).content.decode()
    assert "Versi dinaikkan dari 1 ke 2" in history


@pytest.mark.django_db
def test_an_update_that_does_not_require_recertification_leaves_versions_alone(course, admin_user):
    update = build_rule_update(course, requires_recertification=False)
    update.save_revision(user=admin_user).publish(user=admin_user)
    course.refresh_from_db()
    assert course.version == 1 and not CourseVersionChange.objects.exists()


@pytest.mark.django_db
def test_a_pending_draft_of_the_course_keeps_its_changes_and_gets_the_new_version(course, admin_user):
    draft = CoursePage.objects.get(pk=course.pk)
    draft.summary = "Ringkasan baru yang belum disetujui."
    draft.save_revision(user=admin_user)

    build_rule_update(course).save_revision(user=admin_user).publish(user=admin_user)

    live = CoursePage.objects.get(pk=course.pk)
    assert live.version == 2 and live.summary == "Ringkasan."  # the unapproved summary is not published
    latest = live.get_latest_revision_as_object()
    assert latest.version == 2 and latest.summary == "Ringkasan baru yang belum disetujui."
