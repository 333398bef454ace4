"""Real-browser tests: Playwright (Python) driving Debian's Chromium against pytest-django's live_server.

`make test` runs them when /usr/bin/chromium exists and skips them, saying so, when it does not;
CI sets NETRAL_REQUIRE_BROWSER=1 so that a missing browser fails instead.
"""

import os
import shutil

import pytest

CHROMIUM = os.environ.get("NETRAL_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]

# Playwright's sync API runs an event loop in this thread; Django's ORM calls from the test are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


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


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The shared cache (the database cache here) outlives a browser test's flush: without this, a TOTP code a
    previous test used for the same demo account in the same 30 seconds would be refused as a replay."""
    from django.core.cache import cache

    cache.clear()
    yield
