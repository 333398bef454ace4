import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from tests.support.builders import UserFactory
from tracking.models import Assignment, ReminderLog
from tracking.tasks import send_hr_reminders


@pytest.mark.django_db
def test_reminders_and_unit_digests_go_out_once_a_day(course, regency):
    dinkes, kominfo = regency["dinkes"], regency["kominfo"]
    today = timezone.localdate()
    nurse = UserFactory(work_unit=dinkes, email="bidan@batangkab.go.id")
    late = UserFactory(work_unit=kominfo, email="telat@batangkab.go.id", first_name="Pegawai Terlambat")
    officer = UserFactory(work_unit=kominfo, hr_unit=kominfo, email="hr.kominfo@batangkab.go.id")
    UserFactory(hr_unit=dinkes, email="hr.dinkes@batangkab.go.id")  # nothing overdue in Dinkes: no digest
    Assignment.objects.create(course=course, work_unit=dinkes, due_date=today + datetime.timedelta(days=3))
    Assignment.objects.create(course=course, work_unit=kominfo, due_date=today - datetime.timedelta(days=2))

    call_command("hr_reminders", verbosity=0)
    to = sorted(address for message in mail.outbox for address in message.to)
    assert to == ["bidan@batangkab.go.id", "hr.kominfo@batangkab.go.id"]
    digest = next(m for m in mail.outbox if m.to == [officer.email])
    assert late.nip in digest.body and "Pegawai Terlambat" in digest.body and nurse.nip not in digest.body

    send_hr_reminders.enqueue()  # the task, the same day: nothing new
    call_command("hr_reminders", verbosity=0)
    assert len(mail.outbox) == 2
    assert ReminderLog.objects.count() == 2
