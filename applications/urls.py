from django.urls import path

from applications import views

urlpatterns = [
    path("", views.home, name="home"),
]
