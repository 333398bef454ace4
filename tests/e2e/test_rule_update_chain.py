"""The whole chain of a rule change, in Chromium, on the demo: the editor writes a rule update requiring
re-certification and submits it; the moderator sees its impact and approves it; the learner who held a certificate
sees the renewal warning, passes the new version and gets a new certificate; HR sees them completed at the current
version with the JP counted once and one SIASN row; the old certificate's verification points to the new one."""

import csv
import io
import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from certificates.models import Certificate
from cms.models import CoursePage, RegulationPage, RuleUpdatePage
from demo.people import DEMO_PASSWORD, DEMO_TOTP_SECRETS, EDITOR_EMAIL, HR_NIP, LEARNER_CERTIFIED_NIP, MODERATOR_NIP
from employees.models import User
from quizzes.models import Attempt
from tests.support.auth import log_in_browser
from tracking.models import Completion

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TITLE = "Perubahan pedoman media sosial ASN"
WIDE = {"width": 1366, "height": 900}


def log_in(page, url, login, *, staff=False):
    log_in_browser(page, url, login, DEMO_PASSWORD, totp_secret=DEMO_TOTP_SECRETS[login] if staff else None)
    assert "/accounts/login/" not in page.url and "/2fa/" not in page.url, page.url


def log_out(page, url):
    page.context.clear_cookies()


def test_a_rule_change_goes_from_the_editor_to_hr(live_server, browser, tmp_path):
    call_command("seed_demo", verbosity=0)
    url = live_server.url
    course = CoursePage.objects.get()
    version = course.version
    holder = User.objects.get(nip=LEARNER_CERTIFIED_NIP)
    old = Certificate.objects.get(user=holder, course=course, course_version=version)
    regulation = RegulationPage.objects.get(slug="uu-20-2023")
    index = regulation.get_parent()

    staff = browser.new_context(locale="id-ID", viewport=WIDE)
    page = staff.new_page()
    page.set_default_timeout(20_000)

    # 1. The editor writes the rule update in Wagtail and submits it for moderation.
    log_in(page, url, EDITOR_EMAIL, staff=True)
    page.goto(f"{url}/admin/pages/add/cms/ruleupdatepage/{index.pk}/")
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_summary").locator("xpath=..").locator("[contenteditable=true]").first.click()
    page.keyboard.type("Mengikuti pedoman terbaru, menyukai unggahan calon dihitung sebagai dukungan.")
    # The regulation is a page chooser (a modal): set its hidden field as choosing in the modal does.
    page.locator("#id_regulation").evaluate("(input, pk) => { input.value = pk; }", str(regulation.pk))
    page.locator("#id_effective_date").fill("2026-12-01")
    page.get_by_label(course.title).check()
    page.get_by_label("wajib sertifikasi ulang").check()
    page.locator("#id_renewal_days").fill("45")
    page.locator("footer button[data-w-dropdown-target='toggle'], footer .w-dropdown__toggle").last.click()
    page.locator("button[name='action-submit']").click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/(edit/)?$"))
    update = RuleUpdatePage.objects.get(title=TITLE)
    assert not update.live and update.current_workflow_task_state is not None
    page.screenshot(path=str(tmp_path / "1-editor-submitted.png"))
    log_out(page, url)

    # 2. The moderator sees the impact (the version, who must renew, who is assigned) and approves.
    log_in(page, url, MODERATOR_NIP, staff=True)
    page.goto(f"{url}/admin/pages/{update.pk}/edit/")
    impact = page.locator("table.impact")
    expect(impact).to_contain_text(f"{version} → {version + 1}")
    holders = Certificate.objects.filter(course=course, course_version=version, revoked_at__isnull=True).count()
    expect(impact.locator("tr", has_text=course.title).locator("td").nth(2)).to_have_text(str(holders))
    page.screenshot(path=str(tmp_path / "2-moderator-impact.png"), full_page=True)
    page.locator("footer .w-dropdown__toggle").last.click()
    page.get_by_role("button", name="Setujui dan terbitkan").click()
    # Wagtail's script posts the action and reloads the page with its message: wait for that answer, not any load.
    expect(page.locator(".messages")).to_contain_text(TITLE)
    update.refresh_from_db()
    course.refresh_from_db()
    assert update.live and course.version == version + 1
    staff.close()

    # 3. The holder, on a phone, sees the warning and renews.
    phone = browser.new_context(locale="id-ID", viewport={"width": 360, "height": 780}, accept_downloads=True)
    page = phone.new_page()
    page.set_default_timeout(20_000)
    log_in(page, url, LEARNER_CERTIFIED_NIP)
    page.goto(f"{url}/sertifikat/")
    warning = page.locator(".verdict-renewal").first
    expect(warning).to_contain_text("Perlu pembaruan")
    page.screenshot(path=str(tmp_path / "3-learner-warning.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360  # no sideways scrolling on the phone
    page.get_by_role("link", name="Perbarui sertifikat").first.click()
    page.wait_for_url(f"{url}{course.url}")
    page.get_by_role("link", name=re.compile("Kuis")).last.click()
    page.screenshot(path=str(tmp_path / "3b-quiz-page.png"), full_page=True)
    page.get_by_role("button", name=re.compile("Mulai kuis|Ulangi kuis")).click()
    page.wait_for_url("**/kuis/percobaan/*/", wait_until="load")
    attempt = Attempt.objects.filter(user=holder, submitted_at__isnull=True).get()
    for question in attempt.snapshot["questions"]:
        for choice_id in question["correct"]:
            page.locator(f'input[name="q-{question["id"]}"][value="{choice_id}"]').check()
    page.get_by_role("button", name="Kumpulkan jawaban").click()
    expect(page.get_by_text("Selamat, Anda lulus.")).to_be_visible()
    new = Certificate.objects.get(user=holder, course=course, course_version=version + 1)
    page.goto(f"{url}/sertifikat/")
    expect(page.get_by_text(f"Sudah diperbarui dengan {new.number}")).to_be_visible()
    page.screenshot(path=str(tmp_path / "4-learner-renewed.png"), full_page=True)

    # 4. The old certificate's public page points to the new one.
    page.goto(f"{url}/verifikasi/{old.code}/")
    expect(page.get_by_text(f"pelatihan ini kini versi {version + 1}")).to_be_visible()
    page.get_by_role("link", name=new.number).click()
    expect(page.get_by_text("Sertifikat ini asli dan berlaku.")).to_be_visible()
    phone.close()

    # 5. HR: completed at the current version, JP once, one SIASN row.
    row = Completion.objects.get(user=holder, course=course)
    assert (row.state, row.certificate_id) == ("completed", new.pk)
    hr = browser.new_context(locale="id-ID", viewport=WIDE, accept_downloads=True)
    page = hr.new_page()
    page.set_default_timeout(20_000)
    log_in(page, url, HR_NIP, staff=True)
    page.goto(f"{url}/admin/hr/pegawai/{holder.pk}/")
    expect(page.get_by_text(f"{course.jp} JP pada tahun")).to_be_visible()
    page.goto(f"{url}/admin/hr/pegawai/?course={course.pk}&status=completed")
    expect(page.get_by_role("link", name=holder.get_full_name())).to_be_visible()
    page.screenshot(path=str(tmp_path / "5-hr-completed.png"), full_page=True)
    with page.expect_download() as download:
        page.evaluate(f"window.location = '{url}/admin/hr/siasn.csv'")
    rows = list(csv.reader(io.StringIO(open(download.value.path(), encoding="utf-8").read())))
    assert [r[3] for r in rows if r[0] == holder.nip] == [new.number]
    hr.close()
