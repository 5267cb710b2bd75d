from django.urls import path

from api import views

app_name = "webhooks"

urlpatterns = [
    path("", views.endpoints, name="list"),
    path("<int:pk>/", views.endpoint_detail, name="detail"),
    path("<int:pk>/turn-on/", views.endpoint_enable, name="enable"),
    path("<int:pk>/delete/", views.endpoint_delete, name="delete"),
]
