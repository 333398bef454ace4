from django.urls import path

from . import views

app_name = "employees"
urlpatterns = [
    path("akun/", views.account, name="account"),
    path("akun/data-saya/", views.my_data, name="my_data"),
    path("akun/aktivasi/", views.activate, name="activate"),
]
