"""Imports, exports, revocations and assignment changes are in Wagtail's audit log, with who and when, and BKD sees
them in Reports > Site history."""

import io
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from certificates.services import certificate_issue
from tests.support.auth import enrol_totp
from tests.support.builders import UserFactory, WorkUnitFactory, roster_csv, roster_rows
from tracking.models import Assignment

BKD = [
    "access_admin",
    "view_all_units",
    "import_roster",
    "view_rosterimport",
    "view_user",
    "view_certificate",
    "change_certificate",
    "view_completion",
    "add_assignment",
    "change_assignment",
    "view_assignment",
]


@pytest.mark.django_db
def test_hr_actions_are_audited_and_visible_in_site_history(client, course, tmp_path):
    WorkUnitFactory.create(code="DINKES", name="Dinas Kesehatan")
    officer = UserFactory(first_name="Budi Santoso")
    officer.user_permissions.add(*Permission.objects.filter(codename__in=BKD))
    client.force_login(enrol_totp(officer))

    path = tmp_path / "pegawai.csv"
    path.write_bytes(roster_csv([row for row in roster_rows(4) if row[5] == "DINKES"]))
    call_command("import_roster", str(path), "--apply", "--no-email", f"--by={officer.username}", stdout=io.StringIO())
    client.get(reverse("hr_siasn_export"))
    certificate = certificate_issue(user=UserFactory(), course=course, score=Decimal("90"))
    client.post(reverse("certificate_detail", args=(certificate.pk,)), {"action": "revoke", "reason": "Data ganda."})
    client.post(
        reverse("assignments:add"),
        {"course": course.pk, "work_unit": "", "employment_type": "", "due_date": timezone.localdate().isoformat()},
    )
    assert Assignment.objects.count() == 1

    actions = set(ModelLogEntry.objects.filter(user=officer).values_list("action", flat=True))
    assert {"netral.roster_imported", "netral.hr_exported", "netral.certificate_revoked", "wagtail.create"} <= actions
    html = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    for label in ("Daftar pegawai diimpor", "Data HR diekspor", "Sertifikat dicabut"):
        assert label in html
    assert "Budi Santoso" in html
