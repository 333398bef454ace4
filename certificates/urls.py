from django.urls import path

from . import views

app_name = "certificates"
urlpatterns = [
    path("sertifikat/", views.my_certificates, name="mine"),
    path("sertifikat/<int:pk>/unduh/", views.download, name="download"),
]
