from django.urls import path

from . import views

app_name = "tracking"
urlpatterns = [
    path("pelatihan-saya/", views.mine, name="mine"),
]
