"""Whole public pages for anonymous visitors, from the shared cache: no query on a hit.

Cached: a GET of a Wagtail page (`cms.serving.serve`, so never the admin, accounts, previews or drafts: those are other
views) without a query string, from a visitor without a session cookie or pending messages (so never anyone logged
in, never a page carrying someone's token), answered 200 without touching the session. The key holds the content
generation (`cms.cache`: any publish, unpublish, move or page save starts a new one), the host, the path and the
language. The CSRF token in the page's forms (the language switch) is stored as a placeholder and filled with the
visitor's own token on a hit. `request.netral_page_cache` says hit/miss/bypass (the request log shows it).
"""

import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token

from . import cache as content_cache
from . import serving

PLACEHOLDER = "__netral_csrf_token__"
TOKEN_FIELD = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
PRIVATE_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")


def _cacheable_request(request, view_func) -> bool:
    return (
        content_cache.enabled()
        and request.method == "GET"
        and view_func is serving.serve
        and not request.META.get("QUERY_STRING")
        and not any(name in request.COOKIES for name in PRIVATE_COOKIES)
    )


def _key(request) -> str:
    return content_cache.key(request, "page", request._get_raw_host(), request.path, request.LANGUAGE_CODE)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "netral_page_cache", None) == "miss" and self._storable(request, response):
            content = TOKEN_FIELD.sub(rf"\g<1>{PLACEHOLDER}\g<2>", response.content.decode(response.charset))
            entry = (content, response["Content-Type"])
            cache.set(_key(request), entry, settings.NETRAL_PAGE_CACHE_SECONDS)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not _cacheable_request(request, view_func):
            request.netral_page_cache = "bypass"
            return None
        entry = cache.get(_key(request))
        if entry is None:
            request.netral_page_cache = "miss"
            return None
        request.netral_page_cache = "hit"
        content, content_type = entry
        if PLACEHOLDER in content:
            content = content.replace(PLACEHOLDER, get_token(request))
        return HttpResponse(content, content_type=content_type)

    @staticmethod
    def _storable(request, response) -> bool:
        session = getattr(request, "session", None)
        messages = getattr(request, "_messages", None)
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
            and not (session is not None and session.modified)
            and not (messages is not None and getattr(messages, "_queued_messages", None))
            and not request.user.is_authenticated
        )
