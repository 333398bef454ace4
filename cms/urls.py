from django.urls import path

from . import views

app_name = "cms"
urlpatterns = [
    path("materi/<int:pk>/selesai/", views.lesson_read, name="lesson_read"),
    path("cari/", views.search, name="search"),
]
