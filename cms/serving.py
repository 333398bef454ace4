"""Serving pages with Wagtail's rules in fewer queries (replaces `wagtail.views.serve` in netral/urls.py).

Wagtail finds a page by walking the tree: a site lookup, then two queries per level (the child by slug, then its
specific row), then the ancestors and their view restrictions before serving. Here a path's route is cached (per
content generation, `cms.cache`, which every page save, publish, unpublish, move or delete renews): the site, the page
itself, how much of the path it consumes and whether it has view restrictions. A hit costs no query; a miss (or
caching off) takes Wagtail's own route. Wagtail's view restriction check is skipped only
when the cache knows that neither the page nor any ancestor has a restriction (`on_serve_page` hook); every other
hook runs as in Wagtail's view.
"""

from django.http import Http404, HttpResponse
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve_chain

from . import cache as content_cache

ENTRY_FORMAT = 2  # part of the key: a deploy that changes the entry never reads an old one


def _route_key(request, path: str) -> str:
    return content_cache.key(request, "route", ENTRY_FORMAT, request._get_raw_host(), path)


def _cached_route(request, path: str):
    """(page, args, kwargs) from the cache, or None (then Wagtail routes and the result is remembered).

    The entry holds the page itself (pickled, as it was when routed in this content generation: any save, publish,
    unpublish, move or delete starts a new generation), the site and its root paths, and whether the page has view
    restrictions."""
    entry = content_cache.get(_route_key(request, path))
    if entry is None:
        return None
    site, site_root_paths, page, consumed, restricted = entry
    request._wagtail_site = site
    request._wagtail_cached_site_root_paths = site_root_paths
    request._netral_restricted = restricted
    remaining = [c for c in path.split("/") if c][consumed:]
    if remaining or _routable(page):
        return page.route(request, remaining)
    return RouteResult(page)


def _routable(page) -> bool:
    from wagtail.contrib.routable_page.models import RoutablePageMixin

    return isinstance(page, RoutablePageMixin)


def _remember(request, path: str, route) -> None:
    page = route[0]
    site = Site.find_for_request(request)
    if site is None or not page.live:
        return
    root = site.root_page.url_path
    if not page.url_path.startswith(root):
        return
    consumed = page.url_path[len(root) :].count("/")
    restricted = page.get_view_restrictions().exists() if PageViewRestriction.objects.exists() else False
    request._netral_restricted = restricted
    entry = (site, Site.get_site_root_paths(), page, consumed, restricted)
    content_cache.set(_route_key(request, path), entry)


def _restricted(request, page) -> bool:
    """Whether the page or an ancestor has a view restriction (known from the route's entry)."""
    return getattr(request, "_netral_restricted", True)


def _is_view_restriction_hook(fn) -> bool:
    return fn.__module__ == "wagtail.wagtail_hooks" and fn.__name__ == "check_view_restrictions"


def serve(request, path):
    if not content_cache.enabled():
        from wagtail.views import serve as wagtail_serve

        return wagtail_serve(request, path)
    route = None
    try:
        route = _cached_route(request, path)
    except Http404:
        route = None
    if route is None:
        route = Page.route_for_request(request, path)
        if route is None:
            raise Http404
        _remember(request, path, route)
    request._wagtail_route_for_request = route
    page, args, kwargs = route

    on_serve_chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        if _is_view_restriction_hook(fn) and not _restricted(request, page):
            continue
        on_serve_chain = fn(on_serve_chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return on_serve_chain(page, request, args, kwargs)
