"""An employee-list export larger than NETRAL_EXPORT_INLINE_ROWS is built by the task worker (immediate in tests) and
downloaded whole, with its length, by the officer who asked; nobody else sees it; a failed build is never offered."""

import csv
import io

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.support.builders import UserFactory, WorkUnitFactory, hr_officer
from tracking.models import Assignment, Completion, ExportFile


@pytest.fixture
def listed(course):
    Assignment.objects.bulk_create([Assignment(course=course, due_date=timezone.localdate())])
    unit = WorkUnitFactory.create(code="DINKES", name="Dinas Kesehatan")
    people = [UserFactory(work_unit=unit, first_name=f"Pegawai {i}") for i in range(3)]
    assert Completion.objects.filter(course=course).count() == 3  # the assignment reached them
    return people


@pytest.mark.authz("hr_export", "hr_export_download")
@pytest.mark.django_db
def test_a_large_csv_export_is_built_in_the_background_and_downloaded_whole(
    client, settings, course, listed, django_capture_on_commit_callbacks
):
    settings.NETRAL_EXPORT_INLINE_ROWS = 2
    officer = hr_officer(everything=True)
    client.force_login(officer)
    with django_capture_on_commit_callbacks(execute=True):  # the task is queued once the request commits
        response = client.get(reverse("hr_employees"), {"course": course.pk, "export": "csv"})
    export = ExportFile.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("hr_export", args=(export.pk,))
    page = client.get(response["Location"]).content.decode()
    assert "Berkas siap: 3 baris." in page
    download = client.get(reverse("hr_export_download", args=(export.pk,)))
    body = b"".join(download.streaming_content)
    assert int(download["Content-Length"]) == len(body)
    assert download["Content-Disposition"].startswith('attachment; filename="penyelesaian-')
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 4  # the heading and every employee
    assert sorted(row[1].split(",")[0] for row in rows[1:]) == ["Pegawai 0", "Pegawai 1", "Pegawai 2"]
    # Another officer: the export does not exist for them.
    client.force_login(hr_officer(everything=True))
    assert client.get(reverse("hr_export", args=(export.pk,))).status_code == 404
    assert client.get(reverse("hr_export_download", args=(export.pk,))).status_code == 404


@pytest.mark.django_db
def test_a_small_export_is_still_sent_at_once(client, settings, course, listed):
    settings.NETRAL_EXPORT_INLINE_ROWS = 3
    client.force_login(hr_officer(everything=True))
    response = client.get(reverse("hr_employees"), {"course": course.pk, "export": "xlsx"})
    assert response.status_code == 200 and int(response["Content-Length"]) > 0
    assert not ExportFile.objects.exists()


@pytest.mark.django_db
def test_a_failed_build_is_marked_failed_and_never_offered(
    client, settings, course, listed, monkeypatch, django_capture_on_commit_callbacks
):
    settings.NETRAL_EXPORT_INLINE_ROWS = 1

    def broken(self, queryset, output):
        output.write(b"PK half a workbook")
        raise RuntimeError("worker killed")

    monkeypatch.setattr("tracking.admin.views.EmployeeStatusView.write_xlsx", broken)
    client.force_login(hr_officer(everything=True))
    with django_capture_on_commit_callbacks(execute=True):  # the worker records the task's failure
        response = client.get(reverse("hr_employees"), {"course": course.pk, "export": "xlsx"})
    assert response.status_code == 302
    export = ExportFile.objects.get()
    assert export.state == ExportFile.State.FAILED and not export.file
    assert client.get(reverse("hr_export_download", args=(export.pk,))).status_code == 404
    assert "Berkas gagal disiapkan." in client.get(reverse("hr_export", args=(export.pk,))).content.decode()
