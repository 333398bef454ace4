"""Real-browser tests: Playwright (Python) driving Debian's Chromium against pytest-django's live_server.

`make test` runs them when /usr/bin/chromium exists and skips them, saying so, when it does not;
CI sets NETRAL_REQUIRE_BROWSER=1 so that a missing browser fails instead.
"""

import os
import shutil

import pytest

CHROMIUM = os.environ.get("NETRAL_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]  # fmt: skip

# Playwright's sync API runs an event loop in this thread; Django's ORM calls from the test are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _migrated_data(request, django_db_setup):
    """A browser test runs in a committed transaction that is flushed afterwards. Django restores the data the
    migrations loaded (serialized_rollback) only when the connection object still holds it; once Playwright has
    run, the main thread can get a fresh connection object without it, and the next test would find no Wagtail
    root page. Restore it from the copy taken when the test database was set up."""
    request.getfixturevalue("_django_db_helper")
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.core.management.color import no_style
    from django.db import connections
    from wagtail.models import Page

    if not Page.objects.exists():
        for alias, data in django_db_setup.items():
            if data:
                # The flush re-ran post_migrate handlers (which create groups): start from empty tables.
                call_command("flush", database=alias, interactive=False, inhibit_post_migrate=True, verbosity=0)
                connection = connections[alias]
                connection.creation.deserialize_db_from_string(data)
                # Rows came back with their ids: move PostgreSQL's sequences past them.
                statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
                with connection.cursor() as cursor:
                    for sql in statements:
                        cursor.execute(sql)
        ContentType.objects.clear_cache()  # the ids post_migrate gave content types are gone again


@pytest.fixture(scope="session")
def browser():
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        message = f"Chromium not found at {CHROMIUM}: browser tests skipped (apt-get install chromium to run them)"
        if os.environ.get("NETRAL_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="id-ID", viewport={"width": 360, "height": 780}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()
