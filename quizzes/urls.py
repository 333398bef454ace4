from django.urls import path

from . import views

app_name = "quizzes"
urlpatterns = [
    path("kuis/percobaan/<int:pk>/", views.attempt, name="attempt"),
    path("kuis/percobaan/<int:pk>/simpan/", views.attempt_save, name="attempt_save"),
]
