"""Content-Security-Policy: one policy for our pages, another for the Wagtail admin.

django-csp sends `CONTENT_SECURITY_POLICY` (settings/base.py) on every response. Our pages need no inline script,
no inline style and no eval, so their policy forbids all three. The Wagtail admin still writes some inline
scripts (InlinePanel, the date pickers, chooser panels) and inline styles, so under its URL prefix this middleware
swaps in `NETRAL_ADMIN_CONTENT_SECURITY_POLICY` through django-csp's documented extension point,
`CSPMiddleware.get_policy_parts`. A view decorated with django-csp's `@csp(...)` still wins (its config is kept).

Wagtail renders previews (the editor's preview panel, "view draft", moderation) by running a dummy request for the
page's public URL through the whole middleware stack inside the admin request (`request.is_dummy`). That inner
response gets no policy here: the admin request around it sets the admin one, whose frame-ancestors 'self' lets
the preview panel frame it (the public policy's frame-ancestors 'none' would blank the panel).
"""

from csp.middleware import CSPMiddleware as BaseCSPMiddleware
from csp.middleware import PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.urls import reverse


def admin_prefix() -> str:
    return reverse("wagtailadmin_home")


class CSPMiddleware(BaseCSPMiddleware):
    def process_response(self, request, response):
        if getattr(request, "is_dummy", False):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path_info.startswith(admin_prefix()):
            parts.config = default_config(settings.NETRAL_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts
