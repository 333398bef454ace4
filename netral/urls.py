from django.conf import settings
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import serving as cms_serving

urlpatterns = [
    # One door: Wagtail's own login form is replaced by allauth's (which enforces MFA for staff).
    path("admin/login/", RedirectView.as_view(url="/accounts/login/", query_string=True)),
    # ... and so is Wagtail's front-end login for login-restricted pages (Django's plain LoginView: a password
    # alone would open a staff session without the second factor).
    path("_util/login/", RedirectView.as_view(url="/accounts/login/", query_string=True)),
    # Browsers ask for /favicon.ico whatever the page links to (resolved per request: the manifest may be new).
    path("favicon.ico", lambda request: redirect(static("img/favicon.svg"), permanent=True)),
    path("admin/", include(wagtailadmin_urls)),
    path("accounts/", include("allauth.urls")),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("cms.urls")),
    path("", include("certificates.urls")),
    path("", include("quizzes.urls")),
    path("", include("employees.urls")),
    path("", include("tracking.urls")),
]

if settings.DEBUG:
    # Imported under its own name: `static` above is the template tag's, which the favicon view calls at request time.
    from django.conf.urls.static import static as serve_files
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += serve_files(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

if settings.NETRAL_BENCH_VIEWS:
    from netral.health import bench_minimal

    urlpatterns.append(path("bench/minimal/", bench_minimal))

# Wagtail's own URLs (password-protected pages, its login redirect), with its page-serving view replaced by
# cms.serving.serve: the same routing and hooks, with routes cached (see cms/serving.py).
urlpatterns += [
    *[p for p in wagtail_urls.urlpatterns if getattr(p, "name", None) != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, cms_serving.serve, name="wagtail_serve"),
]
