"""An HR officer's day in Chromium, on the demo: TOTP login lands on the admin home; a dashboard count opens the
filtered list; an employee's page; the list downloaded as XLSX and CSV (NIP intact in both); the roster template
imported with a bad row, then corrected; an assignment created and its message read; the dashboard on a phone."""

import csv
import io
import re

import pytest
from django.core.management import call_command
from openpyxl import load_workbook
from playwright.sync_api import expect

from demo.people import DEMO_PASSWORD, DEMO_TOTP_SECRETS, HR_NIP
from employees.models import User, WorkUnit
from tests.support.auth import log_in_browser

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def download(page, trigger) -> bytes:
    with page.expect_download() as info:
        trigger()
    return open(info.value.path(), "rb").read()


def test_an_hr_officers_day(live_server, browser, tmp_path):
    call_command("seed_demo", verbosity=0)
    url = live_server.url
    context = browser.new_context(locale="id-ID", viewport={"width": 1366, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(20_000)

    # Login with the second factor lands on the admin home, with the figures of the officer's scope.
    log_in_browser(page, url, HR_NIP, DEMO_PASSWORD, totp_secret=DEMO_TOTP_SECRETS[HR_NIP])
    page.wait_for_url(f"{url}/admin/")
    expect(page.get_by_role("heading", name="Penyelesaian pelatihan di unit Anda")).to_be_visible()

    # A dashboard count opens the list filtered by that unit and state; a name opens the employee.
    page.goto(f"{url}/admin/hr/")
    dinkes = WorkUnit.objects.get(code="DINKES")
    page.locator('tr[data-unit="DINKES"] td.overdue a').click()
    page.wait_for_url(re.compile(rf".*/admin/hr/pegawai/\?.*unit={dinkes.pk}.*status=overdue"))
    filtered_list = page.url
    late = page.locator("table tbody tr td a").first
    name = late.inner_text()
    late.click()
    page.wait_for_url(re.compile(r".*/admin/hr/pegawai/\d+/$"))
    expect(page.get_by_role("heading", name=name)).to_be_visible()
    employee = User.objects.get(pk=int(page.url.rstrip("/").rsplit("/", 1)[1]))
    page.goto(filtered_list)

    # Both downloads keep the 18-digit NIP whole.
    page.locator("header [data-w-dropdown-target=toggle]").first.click()  # the header's "more" menu
    xlsx = download(page, lambda: page.get_by_role("link", name="Unduh XLSX").click())
    sheet = load_workbook(io.BytesIO(xlsx), read_only=True).active
    assert employee.nip in [row[0] for row in sheet.iter_rows(values_only=True)]
    if not page.get_by_role("link", name="Unduh CSV").is_visible():
        page.locator("header [data-w-dropdown-target=toggle]").first.click()
    raw = download(page, lambda: page.get_by_role("link", name="Unduh CSV").click())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert f'="{employee.nip}"' in [row[0] for row in rows]

    # The roster: the unit codes it asks for, the template, a bad row refused (nothing written), then corrected.
    page.goto(f"{url}/admin/pegawai/impor/")
    page.get_by_role("link", name="Lihat kode unit kerja").click()
    expect(page.get_by_role("link", name="DINKES", exact=True)).to_be_visible()
    page.go_back()
    template = download(page, lambda: page.get_by_role("link", name=re.compile("Unduh templat XLSX")).click())
    workbook = load_workbook(io.BytesIO(template))
    people = workbook["Pegawai"]
    people.append(["19950101202001100", "Pegawai Salah", "", "", "", "DINKES", "Perawat", "III/a", "PNS"])  # 17 digits
    bad = tmp_path / "pegawai.xlsx"
    workbook.save(bad)
    page.set_input_files("input[type=file]", str(bad))
    page.get_by_role("button", name="Periksa berkas").click()
    expect(page.locator("tr.roster-error")).to_contain_text("galat")
    people.cell(row=3, column=1).value = "199501012020011001"
    workbook.save(bad)
    page.set_input_files("input[type=file]", str(bad))
    page.get_by_role("button", name="Periksa berkas").click()
    page.screenshot(path=str(tmp_path / "hr-roster-preview.png"), full_page=True)
    page.get_by_role("button", name="Terapkan impor").click()
    page.screenshot(path=str(tmp_path / "hr-roster-applied.png"), full_page=True)
    expect(page.get_by_text(re.compile(r"Impor selesai: 2 baru"))).to_be_visible()  # the example row and ours
    assert User.objects.filter(nip="199501012020011001").exists()

    # An assignment for one kecamatan's PNS; the message says whom it reached and which date wins.
    page.goto(f"{url}/admin/penugasan/new/")
    page.locator("#id_course").select_option(index=1)
    page.locator("#id_work_unit").select_option(label="Kecamatan Warungasem (KEC.WRS)")
    page.locator("#id_employment_type").select_option("pns")
    page.locator("#id_due_date").fill("2027-01-15")
    page.locator("main button.button-longrunning[type=submit]").click()
    expect(page.get_by_text(re.compile(r"Penugasan disimpan: \d+ pegawai"))).to_be_visible()
    page.screenshot(path=str(tmp_path / "hr-assignment.png"), full_page=True)
    session = context.cookies()  # the same officer on a phone (a TOTP code is accepted once)
    context.close()

    # The dashboard on a phone: every column is reachable inside the table's own scroll box.
    phone = browser.new_context(locale="id-ID", viewport={"width": 360, "height": 780})
    phone.add_cookies(session)
    page = phone.new_page()
    page.goto(f"{url}/admin/hr/")
    last = page.locator('tr[data-unit="DINKES"] td').last
    last.scroll_into_view_if_needed()
    expect(last).to_be_in_viewport()
    page.screenshot(path=str(tmp_path / "hr-dashboard-360.png"), full_page=True)
    # The unit form's tree select (long indented names) keeps inside the screen.
    page.goto(f"{url}/admin/unit-kerja/new/")
    box = page.locator("#id_parent").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    phone.close()
