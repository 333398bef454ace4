"""'Pelatihan saya': the learner sees the training they are assigned, its deadline and one next step (the home
page's cards, tests/tracking/test_learner_home.py); nobody else's."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.support.auth import PASSWORD
from tests.support.builders import UserFactory, WorkUnitFactory, build_rule_update, issue_certificate
from tracking.models import Assignment


@pytest.mark.django_db
def test_the_learner_sees_their_assignments_deadlines_and_next_step(client, course, admin_user):
    unit = WorkUnitFactory.create(code="DINKES", name="Dinas Kesehatan")
    learner = UserFactory(work_unit=unit, first_name="Bidan Baru")
    holder = UserFactory(work_unit=unit, first_name="Bidan Lulus")
    due = timezone.localdate() + datetime.timedelta(days=20)
    Assignment.objects.create(course=course, work_unit=unit, due_date=due)
    issue_certificate(holder, course)

    client.login(username=learner.nip, password=PASSWORD)
    html = client.get(reverse("tracking:mine")).content.decode()
    assert course.title in html and due.strftime("%Y") in html
    first_lesson = course.get_children().live().first()
    assert f'<a class="button" href="{first_lesson.url}">Mulai</a>' in html
    assert "Bidan Lulus" not in html

    build_rule_update(course).save_revision(user=admin_user).publish(user=admin_user)
    client.login(username=holder.nip, password=PASSWORD)
    html = client.get(reverse("tracking:mine")).content.decode()
    assert "Perlu pembaruan" in html and "Perbarui paling lambat" in html
    assert f'<a class="button" href="{course.url}">Perbarui sertifikat</a>' in html


@pytest.mark.django_db
def test_pelatihan_saya_needs_a_login(client):
    response = client.get(reverse("tracking:mine"))
    assert (response.status_code, response["Location"]) == (302, "/accounts/login/?next=/pelatihan-saya/")
