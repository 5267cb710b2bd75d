from django.urls import path

from withdrawals import views

app_name = "withdrawals"

urlpatterns = [
    path("candidates/", views.candidates, name="candidates"),
    path("candidates/<int:pk>/keep/", views.keep_in_play, name="keep_in_play"),
    path("candidates/<int:pk>/undo-keep/", views.undo_keep_in_play, name="undo_keep_in_play"),
]
