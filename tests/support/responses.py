"""What a refused request looks like, exactly (so a test cannot pass on some other redirect or error)."""

from urllib.parse import quote

from django.contrib.messages import ERROR, get_messages

LOGIN = "/accounts/login/"


def assert_refused_by_admin(response, context="") -> None:
    """Wagtail's admin refusing a logged-in admin user a page they lack the permission for: back to the dashboard
    (302 to /admin/) with its error message ("you do not have permission to access this area"), see
    wagtail.admin.auth.permission_denied."""
    assert (response.status_code, response.get("Location")) == (302, "/admin/"), context
    assert ERROR in [m.level for m in get_messages(response.wsgi_request)], context


def assert_sent_to_login(response, path: str, context="") -> None:
    """An anonymous visitor, or someone without admin access at Wagtail's gate: to the login page, the address
    kept in `next` (wagtail.admin.auth.require_admin_access, Django's login_required)."""
    assert (response.status_code, response.get("Location")) == (302, f"{LOGIN}?next={quote(path, safe='/')}"), context
