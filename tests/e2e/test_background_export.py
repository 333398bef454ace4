"""A large employee-list export in Chromium: the officer asks for the CSV, lands on the export's page, which says
the file is ready, and downloads it whole (every employee, NIP intact). Screenshots at 1366 and 360 px."""

import csv
import io
import os
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from demo.people import DEMO_PASSWORD, DEMO_TOTP_SECRETS, HR_NIP
from tests.support.auth import log_in_browser
from tracking.models import Completion

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
SHOTS = Path(os.environ.get("NETRAL_SHOTS", "/work/notes/shots/perf-data"))


def test_a_large_export_is_prepared_then_downloaded(live_server, browser, settings):
    settings.NETRAL_EXPORT_INLINE_ROWS = 5  # the demo's ~30 employees count as "large" here
    call_command("seed_demo", verbosity=0)
    url = live_server.url
    context = browser.new_context(locale="id-ID", viewport={"width": 1366, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(20_000)
    log_in_browser(page, url, HR_NIP, DEMO_PASSWORD, totp_secret=DEMO_TOTP_SECRETS[HR_NIP])
    page.wait_for_url(f"{url}/admin/")

    page.goto(f"{url}/admin/hr/pegawai/")
    page.locator("header [data-w-dropdown-target=toggle]").first.click()  # the header's "more" menu
    page.get_by_role("link", name="Unduh CSV").click()
    page.wait_for_url(re.compile(r".*/admin/hr/ekspor/\d+/$"))
    rows = Completion.objects.filter(user__is_active=True).count()
    expect(page.get_by_text(f"Berkas siap: {rows} baris.")).to_be_visible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "export-ready-1366.png"), full_page=True)
    with page.expect_download() as info:
        page.get_by_role("link", name="Unduh berkas").click()
    raw = open(info.value.path(), "rb").read()
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(lines) == rows + 1
    assert f'="{HR_NIP}"' in [line[0] for line in lines]
    assert info.value.suggested_filename.startswith("penyelesaian-") and info.value.suggested_filename.endswith(".csv")

    page.set_viewport_size({"width": 360, "height": 740})
    page.reload()
    expect(page.get_by_role("link", name="Unduh berkas")).to_be_visible()
    page.screenshot(path=str(SHOTS / "export-ready-360.png"), full_page=True)
    context.close()
