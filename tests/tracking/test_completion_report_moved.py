"""The former "Penyelesaian pelatihan" report counted certificates while the dashboard counted completion rows; it
is gone, and its address opens the employee list (one definition of completed: tracking.selectors.COMPLETED)."""

import pytest
from django.contrib.auth.models import Group

from netral.roles import HR_BKD
from tests.support.auth import PASSWORD, enrol_totp
from tests.support.builders import UserFactory
from tests.support.responses import assert_sent_to_login

URL = "/admin/penyelesaian/"


@pytest.mark.django_db
def test_the_old_report_address_opens_the_employee_list_for_the_course(client, course):
    officer = enrol_totp(UserFactory())
    officer.groups.add(Group.objects.get(name=HR_BKD))
    client.login(username=officer.nip, password=PASSWORD)
    response = client.get(URL, {"course": course.pk, "completed": "true"})
    assert response.status_code == 302
    assert response["Location"] == f"/admin/hr/pegawai/?course={course.pk}"


@pytest.mark.django_db
def test_a_learner_is_refused_the_old_report_address(client, learner):
    client.login(username=learner.nip, password=PASSWORD)
    response = client.get(URL)
    # A learner has no admin access: Wagtail's gate sends them to the login page with the address kept.
    assert_sent_to_login(response, URL)
