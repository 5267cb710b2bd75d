from django.urls import path

from intake import views

app_name = "intake"

urlpatterns = [
    # On the "Your data" page: a CSV file of applications, uploaded then mapped and previewed.
    path("data/import/", views.import_start, name="import"),
    path("data/import/<int:pk>/", views.import_preview, name="import_preview"),
    # On the "Your data" page: the JSON download restored into an empty account.
    path("data/restore/", views.restore_account, name="restore"),
    # On an application's page: a recruiter's invitation, read then confirmed.
    path(
        "applications/<int:pk>/interviews/import/",
        views.invitation_import,
        name="invitation_import",
    ),
    path(
        "applications/<int:pk>/interviews/import/confirm/",
        views.invitation_confirm,
        name="invitation_confirm",
    ),
]
