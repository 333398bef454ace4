"""HR views: counts per unit, constant queries, the SIASN export, and unit HR isolation on every HR URL."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from certificates.models import Certificate
from employees.models import User
from tests.support.builders import UserFactory, assign, build_quiz, hr_officer, issue_certificate, take_attempt
from tests.support.responses import assert_refused_by_admin
from tests.support.urls import routes
from tracking.models import Assignment, Completion


@pytest.fixture
def staffed(regency, course):
    """The regency's units with people in three states on one regency-wide assignment: a nurse who completed it
    (certificate), a nurse past the due date, a coder in progress (a failed attempt)."""
    assign(course, days=10)
    people = {
        "nurse_done": UserFactory(work_unit=regency["puskesmas"], first_name="Bidan Selesai"),
        "nurse_late": UserFactory(work_unit=regency["puskesmas"], first_name="Bidan Belum"),
        "coder": UserFactory(work_unit=regency["kominfo"], first_name="Pranata Komputer"),
    }
    quiz = build_quiz(course)
    take_attempt(people["coder"], quiz)
    issue_certificate(people["nurse_done"], course)
    Completion.objects.filter(user=people["nurse_late"]).update(due_date=timezone.localdate() - timezone.timedelta(1))
    return {**regency, "quiz": quiz, **people}


@pytest.mark.django_db
def test_dashboard_counts_each_unit_subtree(client, staffed, course):
    client.force_login(hr_officer(everything=True))
    html = client.get(reverse("hr_dashboard"), {"course": course.pk}).content.decode()
    dinkes_row = html.split('data-unit="DINKES"')[1].split("</tr>")[0]
    unit = staffed["dinkes"].pk
    link = f'href="/admin/hr/pegawai/?course={course.pk}&amp;unit={unit}'
    # The puskesmas counts under its dinas; every count opens the list filtered by that unit subtree and state.
    assert f'<td class="assigned"><a {link}">2</a></td>' in dinkes_row
    assert f'<td class="completed"><a {link}&amp;status=completed">1</a></td>' in dinkes_row
    assert f'<td class="overdue"><a {link}&amp;status=overdue">1</a></td>' in dinkes_row
    assert f'<td class="not_started"><a {link}&amp;status=not_started">0</a></td>' in dinkes_row
    kominfo_row = html.split('data-unit="DISKOMINFO"')[1].split("</tr>")[0]
    assert '&amp;status=in_progress">1</a></td>' in kominfo_row
    assert "<svg" in html and 'width="150"' in html  # Dinkes 50% of a 300 px bar


def add_employees(unit, course, count):
    """Many employees fast: bulk rows (the ORM's validation is not what this test is about)."""
    start = User.objects.count()
    users = [
        User(nip=f"{start + i:018d}", username=f"u{start + i}", first_name=f"Pegawai {start + i}", work_unit=unit)
        for i in range(count)
    ]
    User.objects.bulk_create(users, batch_size=2000)
    rows = [
        Completion(user_id=pk, course=course, due_date=timezone.localdate())
        for pk in User.objects.filter(work_unit=unit).values_list("pk", flat=True)
    ]
    Completion.objects.bulk_create(rows, batch_size=2000, ignore_conflicts=True)


def queries(client, url, params):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_dashboard_and_lists_use_the_same_queries_for_100_and_10000_employees(client, course, regency):
    unit = regency["dinkes"]
    Assignment.objects.bulk_create([Assignment(course=course, due_date=timezone.localdate())])  # no signal
    client.force_login(hr_officer(everything=True))
    pages = [(reverse("hr_dashboard"), {"course": course.pk}), (reverse("hr_employees"), {"course": course.pk})]
    add_employees(unit, course, 100)
    small = [queries(client, url, params) for url, params in pages]
    add_employees(unit, course, 9900)
    assert Completion.objects.count() >= 10000
    large = [queries(client, url, params) for url, params in pages]
    assert small == large
    # Dashboard, employees per status (admin furniture and the staff MFA check included).
    assert large == [13, 15]


@pytest.mark.django_db
def test_siasn_export_has_the_riwayat_kursus_fields(client, staffed, course):
    client.force_login(hr_officer(everything=True))
    response = client.get(reverse("hr_siasn_export"))
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == [
        "nip",
        "namaKursus",
        "jumlahJam",
        "nomorSertipikat",
        "tanggalKursus",
        "tanggalSelesaiKursus",
        "tahunKursus",
        "institusiPenyelenggara",
    ]
    certificate = Certificate.objects.get()
    assert rows[1][:4] == [certificate.holder_nip, course.title, "2", certificate.number]


def bkd_export(r) -> int:
    """A finished export of BKD's whole list (the coder's row in it), asked for by a BKD officer."""
    from django.core.files.base import ContentFile

    from tracking.models import ExportFile

    export = ExportFile.objects.create(
        requested_by=hr_officer(everything=True), filename="penyelesaian.csv", state=ExportFile.State.READY
    )
    export.file.save("penyelesaian.csv", ContentFile(f"{r['coder'].nip};Pranata Komputer\n".encode()))
    return export.pk


# Every HR URL with personal data, and how to call it for another unit's employee.
HR_URLS = {
    "hr_export": lambda r: (reverse("hr_export", args=(bkd_export(r),)), {}),  # someone else's export: 404
    "hr_export_download": lambda r: (reverse("hr_export_download", args=(bkd_export(r),)), {}),
    "hr_dashboard": lambda r: (reverse("hr_dashboard"), {"unit": r["kominfo"].pk}),
    "hr_employees": lambda r: (reverse("hr_employees"), {"export": "csv"}),
    "hr_employees_results": lambda r: (reverse("hr_employees_results"), {}),
    "hr_employee": lambda r: (reverse("hr_employee", args=(r["coder"].pk,)), {}),
    "hr_siasn_export": lambda r: (reverse("hr_siasn_export"), {}),
    "completion_report": lambda r: (reverse("completion_report"), {"course": r["course"].pk}),  # a redirect
    "certificate_register": lambda r: (reverse("certificate_register"), {"export": "csv"}),
    "certificate_register_results": lambda r: (reverse("certificate_register_results"), {}),
    "certificate_zip": lambda r: (reverse("certificate_zip"), {}),
    "certificate_detail": lambda r: (reverse("certificate_detail", args=(r["coder_certificate"].pk,)), {}),
    "quiz_attempts": lambda r: (reverse("quiz_attempts"), {"export": "csv"}),
    "quiz_attempts_results": lambda r: (reverse("quiz_attempts_results"), {}),
    "roster_import": lambda r: (reverse("roster_import"), {}),  # BKD only: a unit's HR is refused
    "roster_template": lambda r: (reverse("roster_template"), {}),
}
REFUSED_TO_UNIT_HR = {"roster_import", "roster_template"}
NOT_PERSONAL = {"quiz_statistics", "quiz_statistics_for"}  # aggregated, for editors


def our_admin_url_names() -> set[str]:
    """Our own pages in the Wagtail admin (not the viewsets' namespaced ones, covered by tests/security)."""
    return {r.name for r in routes() if r.route.startswith("admin/") and r.is_ours and not r.namespace and r.name}


@pytest.mark.django_db
def test_unit_hr_sees_nothing_of_another_unit_on_any_hr_url(client, staffed, course):
    staffed["course"] = course
    assert our_admin_url_names() - NOT_PERSONAL == set(HR_URLS), "a new HR URL needs an isolation check here"
    staffed["coder_certificate"] = issue_certificate(staffed["coder"], course, score="95")
    client.force_login(hr_officer(unit=staffed["dinkes"]))
    coder = staffed["coder"]
    for name, build in HR_URLS.items():
        url, params = build(staffed)
        response = client.get(url, params)
        if name in REFUSED_TO_UNIT_HR:
            assert_refused_by_admin(response)  # Wagtail's admin: back to the dashboard, with its message
            continue
        if name == "completion_report":
            assert response["Location"] == f"{reverse('hr_employees')}?course={staffed['course'].pk}"
            continue
        if response.status_code == 404:
            continue
        assert response.status_code == 200, name
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if response["Content-Type"] == "application/zip":
            import zipfile

            names = zipfile.ZipFile(io.BytesIO(body)).namelist()
            assert names and all(staffed["coder_certificate"].number.replace("/", "-") not in n for n in names)
            continue
        text = body.decode()
        assert coder.nip not in text and "Pranata Komputer" not in text, name
    # The same officer does see their own unit's people.
    html = client.get(reverse("hr_employees"), {"course": course.pk}).content.decode()
    assert staffed["nurse_done"].nip in html and staffed["nurse_late"].nip in html


@pytest.mark.django_db
def test_xlsx_export_of_a_filtered_list_opens_in_openpyxl_with_the_right_rows(client, staffed, course):
    from openpyxl import load_workbook

    client.force_login(hr_officer(everything=True))
    response = client.get(reverse("hr_employees"), {"course": course.pk, "status": "overdue", "export": "xlsx"})
    body = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = load_workbook(io.BytesIO(body), read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("NIP", "Nama", "Unit kerja")
    assert [row[0] for row in rows[1:]] == [staffed["nurse_late"].nip]


@pytest.mark.django_db
def test_the_dashboard_has_a_total_row_and_a_drill_down_sets_the_parent_apart(client, staffed, course):
    client.force_login(hr_officer(everything=True))
    html = client.get(reverse("hr_dashboard"), {"course": course.pk}).content.decode()
    total = html.split('<tr class="unit-row-total">')[1].split("</tr>")[0]
    assert "Total semua unit yang Anda lihat" in total
    assert f'<a href="/admin/hr/pegawai/?course={course.pk}">3</a>' in total  # nurse, nurse, coder
    assert '&amp;status=completed">1</a>' in total

    dinkes = staffed["dinkes"]
    html = client.get(reverse("hr_dashboard"), {"course": course.pk, "unit": dinkes.pk}).content.decode()
    assert 'data-unit="DINKES"' not in html  # the parent is not another row among its sub-units
    total = html.split('<tr class="unit-row-total">')[1].split("</tr>")[0]
    assert "Total Dinas Kesehatan (dengan unit di bawahnya)" in total
    assert f'<a href="/admin/hr/pegawai/?course={course.pk}&amp;unit={dinkes.pk}">2</a>' in total


@pytest.mark.django_db
def test_exports_open_in_indonesian_excel_with_nip_intact(client, staffed, course):
    from openpyxl import load_workbook

    client.force_login(hr_officer(everything=True))
    dinkes = staffed["dinkes"]
    params = {"course": course.pk, "unit": dinkes.pk, "status": "overdue"}
    page = client.get(reverse("hr_employees"), params).content.decode()
    assert "Unduh XLSX" in page and "Unduh CSV" in page and "Download" not in page

    response = client.get(reverse("hr_employees"), {**params, "export": "csv"})
    day = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="penyelesaian-{course.slug}-dinkes-overdue-{day}.csv"'
    )
    body = b"".join(response.streaming_content)
    assert body.startswith("\ufeff".encode())  # UTF-8 with a BOM
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["NIP", "Nama", "Unit kerja"]
    nip = staffed["nurse_late"].nip
    assert rows[1][0] == f'="{nip}"' and len(nip) == 18  # Excel shows the 18 digits as text

    response = client.get(reverse("hr_employees"), {**params, "export": "xlsx"})
    assert f"penyelesaian-{course.slug}-dinkes-overdue-{day}.xlsx" in response["Content-Disposition"]
    body = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = load_workbook(io.BytesIO(body), read_only=True).active
    assert list(sheet.iter_rows(values_only=True))[1][0] == nip  # a text cell, all 18 digits


@pytest.mark.django_db
def test_hr_lands_on_the_admin_home_with_the_figures_of_their_scope(client, staffed, course):
    officer = hr_officer(unit=staffed["dinkes"])
    client.force_login(officer)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = html.split('id="netral-completion-heading"')[1].split("</section>")[0]
    assert course.title in panel
    assert f'href="/admin/hr/pegawai/?course={course.pk}"><span>2</span> ditugaskan' in panel  # Dinkes only
    assert '&amp;status=overdue"><span>1</span> Terlambat' in panel
    assert '&amp;status=completed"><span>1</span> Selesai' in panel


@pytest.mark.django_db
def test_a_drill_down_has_breadcrumbs_up_the_unit_tree(client, staffed, course):
    client.force_login(hr_officer(everything=True))
    html = client.get(reverse("hr_dashboard"), {"course": course.pk, "unit": staffed["dinkes"].pk}).content.decode()
    crumbs = html.split("<ol", 1)[1].split("</ol>", 1)[0]  # the header's breadcrumb list
    dashboard = crumbs.index(f'href="/admin/hr/?course={course.pk}"')
    assert dashboard < crumbs.index("Dinas Kesehatan")  # the dashboard, then the unit drilled into
    # "Daftar pegawai" from the drill-down keeps the unit.
    unit = staffed["dinkes"].pk
    assert f'href="/admin/hr/pegawai/?course={course.pk}&amp;unit={unit}">Daftar pegawai</a>' in html


@pytest.mark.django_db
def test_every_hr_list_links_names_to_the_employee_page(client, staffed, course):
    client.force_login(hr_officer(everything=True))
    nurse = staffed["nurse_done"]
    coder = staffed["coder"]
    employee_page = reverse("hr_employee", args=(nurse.pk,))
    register = client.get(reverse("certificate_register")).content.decode()
    assert f'href="{employee_page}"' in register
    attempts = client.get(reverse("quiz_attempts")).content.decode()
    assert f'href="{reverse("hr_employee", args=(coder.pk,))}"' in attempts
    listing = client.get(reverse("hr_employees"), {"course": course.pk}).content.decode()
    assert f'href="{employee_page}"' in listing
