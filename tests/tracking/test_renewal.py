"""A rule update requiring re-certification, seen by HR and the holders: a state of its own with its own deadline,
counted apart on the dashboard, and one email to each holder and one digest to each unit HR after the publication
commits (and never twice)."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from certificates.services import certificate_issue
from tests.support.builders import UserFactory, WorkUnitFactory, build_rule_update, hr_officer
from tracking.models import Assignment, Completion, ReminderLog
from tracking.tasks import send_renewal_notices


@pytest.fixture
def holders(course):
    dinkes = WorkUnitFactory.create(code="DINKES", name="Dinas Kesehatan")
    kominfo = WorkUnitFactory.create(code="DISKOMINFO", name="Dinas Komunikasi dan Informatika")
    # The Dinkes assignment was due last week: the renewal must not make anyone overdue on the day of the update.
    nurse = UserFactory(work_unit=dinkes, email="bidan@batangkab.go.id", first_name="Bidan Lulus")
    coder = UserFactory(work_unit=kominfo, email="kominfo@batangkab.go.id", first_name="Pranata Lulus")
    never = UserFactory(work_unit=dinkes, email="belum@batangkab.go.id", first_name="Belum Ikut")
    officer = UserFactory(hr_unit=dinkes, email="hr.dinkes@batangkab.go.id", first_name="HR Dinkes")
    today = timezone.localdate()
    Assignment.objects.create(course=course, work_unit=dinkes, due_date=today - datetime.timedelta(days=7))
    Assignment.objects.create(course=course, work_unit=kominfo, due_date=today + datetime.timedelta(days=20))
    for person in (nurse, coder):
        certificate_issue(user=person, course=course, score=Decimal("90"))
    mail.outbox.clear()
    return {"nurse": nurse, "coder": coder, "never": never, "officer": officer, "dinkes": dinkes}


@pytest.mark.django_db
def test_renewal_state_deadline_dashboard_and_notices(
    client, course, holders, admin_user, django_capture_on_commit_callbacks
):
    update = build_rule_update(course)
    update.renewal_days = 45
    with django_capture_on_commit_callbacks(execute=True):
        update.save_revision(user=admin_user).publish(user=admin_user)

    deadline = timezone.localdate() + datetime.timedelta(days=45)
    nurse_row = Completion.objects.get(user=holders["nurse"], course=course)
    assert (nurse_row.state, nurse_row.renewal_due_date, nurse_row.status) == ("renewal", deadline, "renewal")
    assert Completion.objects.get(user=holders["never"], course=course).status == "overdue"

    # One email per holder, one digest for the unit HR with holders in the unit; the one who never took it gets none.
    to = sorted(address for message in mail.outbox for address in message.to)
    assert to == ["bidan@batangkab.go.id", "hr.dinkes@batangkab.go.id", "kominfo@batangkab.go.id"]
    notice = next(m for m in mail.outbox if m.to == ["bidan@batangkab.go.id"])
    assert update.title in notice.body and deadline.strftime("%Y") in notice.body and course.url in notice.body
    assert "Rekomendasi kini dari BKN." in notice.body  # what changed, as text
    digest = next(m for m in mail.outbox if m.to == ["hr.dinkes@batangkab.go.id"])
    assert holders["nurse"].nip in digest.body and holders["coder"].nip not in digest.body
    send_renewal_notices.enqueue(course_id=course.pk, rule_update_id=update.pk)  # again: nothing new
    assert len(mail.outbox) == 3 and ReminderLog.objects.filter(kind__startswith="renewal").count() == 3

    # The dashboard counts renewals apart from "not started" and from plain overdue; they still count as done.
    client.force_login(hr_officer(everything=True))
    html = client.get(reverse("hr_dashboard"), {"course": course.pk}).content.decode()
    dinkes_row = html.split('data-unit="DINKES"')[1].split("</tr>")[0]
    assert '&amp;status=renewal">1</a>' in dinkes_row
    assert '&amp;status=overdue">1</a>' in dinkes_row  # "Belum Ikut" only
    assert '&amp;status=renewal_overdue">0</a>' in dinkes_row
    assert "<td>50</td>" in dinkes_row  # the holder still counts as done until the deadline
    listing = client.get(reverse("hr_employees"), {"course": course.pk, "status": "renewal"}).content.decode()
    assert "Bidan Lulus" in listing and "Belum Ikut" not in listing and "Selesai — perlu pembaruan" in listing

    # Past the deadline the renewal is late, and counted so.
    Completion.objects.filter(user=holders["nurse"]).update(
        renewal_due_date=timezone.localdate() - datetime.timedelta(1)
    )
    html = client.get(reverse("hr_dashboard"), {"course": course.pk}).content.decode()
    dinkes_row = html.split('data-unit="DINKES"')[1].split("</tr>")[0]
    assert '&amp;status=renewal_overdue">1</a>' in dinkes_row and '&amp;status=renewal">0</a>' in dinkes_row


@pytest.mark.django_db
def test_a_newcomer_after_the_due_date_gets_their_own(course):
    dinkes = WorkUnitFactory.create(code="DINKES", name="Dinas Kesehatan")
    Assignment.objects.create(course=course, work_unit=dinkes, due_date=timezone.localdate() - datetime.timedelta(10))
    newcomer = UserFactory(work_unit=dinkes)
    row = Completion.objects.get(user=newcomer, course=course)
    assert row.due_date == timezone.localdate() + datetime.timedelta(days=30) and row.status == "not_started"
    # Saving the assignment again (HR fixes a typo) does not take the newcomer's date away.
    Assignment.objects.get().save()
    row.refresh_from_db()
    assert row.due_date == timezone.localdate() + datetime.timedelta(days=30)


@pytest.mark.django_db
def test_jp_count_once_a_year_and_siasn_one_row_per_course_and_year(client, course, holders, admin_user):
    import csv
    import io

    build_rule_update(course).save_revision(user=admin_user).publish(user=admin_user)
    course.refresh_from_db()
    renewed = certificate_issue(user=holders["nurse"], course=course, score=Decimal("95"))
    client.force_login(hr_officer(everything=True))
    page = client.get(reverse("hr_employee", args=(holders["nurse"].pk,))).content.decode()
    assert f"2 JP pada tahun {timezone.localdate().year}" in page  # a 2-JP course, renewed the same year

    rows = list(csv.reader(io.StringIO(b"".join(client.get(reverse("hr_siasn_export")).streaming_content).decode())))
    nurse_rows = [row for row in rows if row[0] == holders["nurse"].nip]
    assert [row[3] for row in nurse_rows] == [renewed.number]
    full = client.get(reverse("hr_siasn_export"), {"riwayat": "lengkap"})
    rows = list(csv.reader(io.StringIO(b"".join(full.streaming_content).decode())))
    assert len([row for row in rows if row[0] == holders["nurse"].nip]) == 2


@pytest.mark.django_db
def test_reminders_treat_a_renewal_as_its_own_deadline(course, holders, admin_user):
    from django.core.management import call_command

    build_rule_update(course).save_revision(user=admin_user).publish(user=admin_user)
    mail.outbox.clear()
    # The nurse's unit assignment was due last week; her renewal is due in 3 days.
    soon = timezone.localdate() + datetime.timedelta(days=3)
    Completion.objects.filter(user=holders["nurse"]).update(renewal_due_date=soon)
    call_command("hr_reminders", verbosity=0)
    reminder = next(m for m in mail.outbox if m.to == ["bidan@batangkab.go.id"])
    assert "Perbarui sertifikat Anda" in reminder.body and soon.strftime("%Y") in reminder.body
    digest = next(m for m in mail.outbox if m.to == ["hr.dinkes@batangkab.go.id"])
    assert holders["never"].nip in digest.body  # overdue: never completed
    assert holders["nurse"].nip not in digest.body  # completed, renewal not late yet
