from django.urls import path

from . import verification, views

app_name = "certificates"
urlpatterns = [
    path("sertifikat/", views.my_certificates, name="mine"),
    path("sertifikat/<int:pk>/unduh/", views.download, name="download"),
    path("verifikasi/", verification.lookup, name="lookup"),
    path("verifikasi/<str:code>/", verification.verify, name="verify"),
]
