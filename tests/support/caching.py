"""Production's caches in a test: the page and permission caches on, cached_db sessions, a local-memory cache
standing in for Redis (no SQL), emptied before and after, and the process's memo of the content generation and its
local copies of generation-keyed entries reset."""

import pytest


@pytest.fixture
def production_caches(settings):
    from django.core.cache import cache

    from cms import cache as content_cache

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "netral"}}
    settings.NETRAL_PAGE_CACHE = True
    settings.NETRAL_PERMISSION_CACHE = True
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    cache.clear()
    content_cache.clear_local()
    content_cache._memo[:] = [None, 0.0]
    yield
    cache.clear()
    content_cache.clear_local()
    content_cache._memo[:] = [None, 0.0]
