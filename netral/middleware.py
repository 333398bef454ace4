"""Admin changes are all or nothing.

Wagtail's page views publish in several steps without one transaction around them (save the page, send
`page_published`, log), and a receiver's side effect (a rule update raising course versions) runs in between. A POST
to the admin runs inside one transaction here, and a failure anywhere in it (a server error: Django has already
turned the exception into a 500 response when it reaches this middleware) rolls everything back: the page is not
left half-published. Wagtail's own refusals (a redirect with "no permission") are answers, not failures.
"""

from django.db import transaction

from .csp import admin_prefix


class AtomicAdminPostMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST" or not request.path_info.startswith(admin_prefix()):
            return self.get_response(request)
        with transaction.atomic():
            response = self.get_response(request)
            if response.status_code >= 500:
                transaction.set_rollback(True)
        return response
