from django.urls import path

from . import verification, views

app_name = "certificates"
urlpatterns = [
    path("sertifikat/", views.my_certificates, name="mine"),
    path("sertifikat/<int:pk>/unduh/", views.download, name="download"),
    path("sertifikat/<int:pk>/openbadges.jwt", views.download_badge, name="download_badge"),
    path("verifikasi/", verification.lookup, name="lookup"),
    path("verifikasi/<str:code>/", verification.verify, name="verify"),
    path("verifikasi/<str:code>/openbadges.json", verification.badge_json, name="badge_json"),
    path("verifikasi/<str:code>/openbadges.jwt", verification.badge_jwt, name="badge_jwt"),
    path("openbadges/penerbit.json", verification.badge_issuer, name="badge_issuer"),
    path("openbadges/kunci.json", verification.badge_key, name="badge_key"),
    path("openbadges/status/<int:number>/", verification.badge_status, name="badge_status"),
]
