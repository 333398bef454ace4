"""Assignments become one Completion row per employee, kept current by what happens to the employee."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone

from certificates.services import certificate_issue, certificate_revoke
from cms.models import LessonPage
from cms.services import lesson_mark_read
from tests.support.builders import UserFactory, build_rule_update
from tracking.models import Assignment, Completion


def state(user, course):
    row = Completion.objects.get(user=user, course=course)
    return row.state, row.needs_renewal, row.due_date


@pytest.mark.django_db
def test_assignment_rows_follow_unit_type_and_the_earliest_due_date(course, regency):
    dinkes, puskesmas, kominfo = regency["dinkes"], regency["puskesmas"], regency["kominfo"]
    nurse = UserFactory(work_unit=puskesmas)
    pppk = UserFactory(work_unit=kominfo, employment_type="pppk", nip="199312282025212001")
    pns = UserFactory(work_unit=kominfo)
    soon, later = timezone.localdate() + datetime.timedelta(days=7), timezone.localdate() + datetime.timedelta(days=60)
    Assignment.objects.create(course=course, employment_type="pns", due_date=later)
    Assignment.objects.create(course=course, work_unit=dinkes, due_date=soon)
    assert state(nurse, course) == ("not_started", False, soon)  # the Dinkes deadline wins over the later one
    assert state(pns, course)[2] == later
    assert not Completion.objects.filter(user=pppk).exists()  # PPPK were not assigned

    newcomer = UserFactory(work_unit=puskesmas)  # joins later: inherits the unit's assignment
    assert state(newcomer, course) == ("not_started", False, soon)


@pytest.mark.django_db
def test_reading_passing_revoking_and_a_new_version_move_the_row(course, regency, admin_user):
    learner = UserFactory(work_unit=regency["dinkes"])
    Assignment.objects.create(course=course, due_date=timezone.localdate())
    lesson_mark_read(user=learner, lesson=LessonPage.objects.child_of(course).first(), course=course)
    assert state(learner, course)[0] == "in_progress"

    certificate = certificate_issue(user=learner, course=course, score=Decimal("90"))
    row = Completion.objects.get(user=learner, course=course)
    assert row.state == "completed" and row.certificate == certificate

    certificate_revoke(certificate=certificate, by=admin_user, reason="Data ganda.")
    assert state(learner, course)[0] == "not_started"

    other = UserFactory(work_unit=regency["dinkes"])
    certificate_issue(user=other, course=course, score=Decimal("90"))
    build_rule_update(course).save_revision(user=admin_user).publish(user=admin_user)
    # Completed at the old version, with a renewal deadline of its own (60 days from publication, since the
    # update's effective date is in the past): never "overdue" on the day of the update.
    row = Completion.objects.get(user=other, course=course)
    assert (row.state, row.needs_renewal) == ("renewal", True)
    assert row.renewal_due_date == timezone.localdate() + datetime.timedelta(days=60)
    assert row.status == "renewal"


@pytest.mark.django_db
def test_an_assignment_made_after_the_certificate_counts_it_as_completed(course, regency):
    holder = UserFactory(work_unit=regency["kominfo"])
    certificate = certificate_issue(user=holder, course=course, score=Decimal("90"))
    Assignment.objects.create(course=course, due_date=timezone.localdate())
    row = Completion.objects.get(user=holder, course=course)
    assert row.state == "completed" and row.certificate == certificate


@pytest.mark.django_db
def test_saving_an_assignment_says_whom_it_reaches_and_which_date_wins(client, course, regency):
    from django.contrib.messages import get_messages
    from django.urls import reverse

    from tests.support.builders import hr_officer

    puskesmas, kominfo = regency["puskesmas"], regency["kominfo"]
    nurse, coder = UserFactory(work_unit=puskesmas), UserFactory(work_unit=kominfo)
    soon = timezone.localdate() + datetime.timedelta(days=10)
    Assignment.objects.create(course=course, work_unit=puskesmas, due_date=soon)  # the puskesmas' own deadline

    officer = hr_officer(everything=True)
    officer.user_permissions.add(*Permission.objects.filter(codename__in=["add_assignment", "view_assignment"]))
    client.force_login(officer)
    form = client.get(reverse("assignments:add")).content.decode()
    assert "Seluruh kabupaten (semua unit)" in form and "— Puskesmas Batang I (DINKES.PKM1)" in form
    later = timezone.localdate() + datetime.timedelta(days=40)
    response = client.post(
        reverse("assignments:add"), {"course": course.pk, "work_unit": "", "employment_type": "", "due_date": later}
    )
    assert response.status_code == 302
    (message,) = [str(m) for m in get_messages(response.wsgi_request)]
    # The coder and the (unit-less) officer take the new date; the nurse keeps her puskesmas' own.
    assert message.startswith(f"Penugasan disimpan: 3 pegawai; 2 memakai batas waktu {later:%-d} ")
    assert "1 tetap memakai batas waktu penugasan lain yang lebih spesifik" in message
    assert Completion.objects.get(user=nurse, course=course).due_date == soon
    assert Completion.objects.get(user=coder, course=course).due_date == later
    listing = client.get(reverse("assignments:index")).content.decode()
    assert "Seluruh kabupaten (semua unit)" in listing and "Semua ASN" in listing
