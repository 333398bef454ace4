"""One walk over the project's URL patterns (ours, Wagtail's admin, allauth's, Django's), for the tests that must
cover every URL: authorization (tests/security/test_authz.py), CSRF (test_csrf.py), the staff MFA gate
(test_mfa.py) and HR isolation (tests/tracking/test_hr_views.py)."""

import re
import uuid
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver

OUR_APPS = ("employees", "cms", "certificates", "quizzes", "tracking")
CONVERTER_VALUES = {"int": "1", "str": "x", "slug": "x", "path": "x/y", "uuid": str(uuid.uuid4())}


@dataclass(frozen=True)
class Route:
    route: str  # the full route, e.g. "admin/hr/pegawai/<int:pk>/"
    name: str | None  # with its namespaces, e.g. "assignments:edit"
    namespace: str  # "assignments" ("" for none; nested ones joined with ":")
    view: object  # the view class (class-based views) or function

    @property
    def takes_argument(self) -> bool:
        return "<" in self.route or "(?P" in self.route

    @property
    def is_regex(self) -> bool:
        return "^" in self.route or "(?P" in self.route

    @property
    def is_ours(self) -> bool:
        return getattr(self.view, "__module__", "").startswith(OUR_APPS)

    @property
    def path(self) -> str | None:
        """A path that matches the route: each <converter:name> filled with a plausible value; regex routes None."""
        if self.is_regex:
            return None
        return "/" + re.sub(r"<(?:(\w+):)?\w+>", lambda m: CONVERTER_VALUES.get(m.group(1) or "str", "x"), self.route)


def routes() -> list[Route]:
    """Every URL pattern of the project, resolvers followed."""
    found = []

    def walk(patterns, prefix: str, namespace: str):
        for entry in patterns:
            route = prefix + str(entry.pattern)
            if isinstance(entry, URLResolver):
                inner = f"{namespace}:{entry.namespace}".lstrip(":") if entry.namespace else namespace
                walk(entry.url_patterns, route, inner)
            elif isinstance(entry, URLPattern):
                name = f"{namespace}:{entry.name}".lstrip(":") if entry.name else None
                view = getattr(entry.callback, "view_class", entry.callback)
                found.append(Route(route=route, name=name, namespace=namespace, view=view))

    walk(get_resolver().url_patterns, "", "")
    return found


def admin_paths_without_arguments() -> list[str]:
    """Every page of the Wagtail admin (ours included) that takes no argument: the menus' destinations."""
    return sorted({r.path for r in routes() if r.route.startswith("admin/") and not r.takes_argument and r.path})


def every_path() -> list[str]:
    """A concrete path for every non-regex URL pattern."""
    return sorted({r.path for r in routes() if r.path is not None})
