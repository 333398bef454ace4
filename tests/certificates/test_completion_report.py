from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission

from certificates.services import certificate_issue
from tests.factories import PASSWORD, UserFactory, enrol_totp

URL = "/admin/penyelesaian/"


@pytest.fixture
def hr_officer(db):
    group = Group.objects.create(name="HR BKD")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_completion"),
        Permission.objects.get(codename="view_all_units"),
    )
    officer = UserFactory(first_name="Budi Santoso")
    officer.groups.add(group)
    return enrol_totp(officer)


@pytest.mark.django_db
def test_hr_sees_each_employee_completed_or_not(client, hr_officer, course):
    done = UserFactory(first_name="Sudah Selesai")
    not_done = UserFactory(first_name="Belum Mengerjakan")
    certificate_issue(user=done, course=course, score=Decimal("90"))
    client.login(username=hr_officer.nip, password=PASSWORD)

    html = client.get(URL).content.decode()
    for user in (done, not_done, hr_officer):
        assert user.nip in html
    rows = {user.nip: html[html.index(user.nip) :].split("</tr>")[0] for user in (done, not_done)}
    assert "Selesai" in rows[done.nip] and "Belum" not in rows[done.nip]
    assert "Belum" in rows[not_done.nip]

    completed_only = client.get(URL, {"course": course.pk, "completed": "true"}).content.decode()
    assert done.nip in completed_only and not_done.nip not in completed_only


@pytest.mark.django_db
def test_hr_can_export_the_list_as_csv(client, hr_officer, course):
    done = UserFactory()
    certificate_issue(user=done, course=course, score=Decimal("90"))
    client.login(username=hr_officer.nip, password=PASSWORD)
    response = client.get(URL, {"export": "csv"})
    body = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert response.status_code == 200
    assert "NIP" in body.splitlines()[0]
    assert done.nip in body


@pytest.mark.django_db
def test_a_learner_cannot_open_the_report(client, learner, course):
    client.login(username=learner.nip, password=PASSWORD)
    response = client.get(URL)
    assert response.status_code in (302, 403)
    assert learner.nip not in response.content.decode()
