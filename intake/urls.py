from django.urls import path

from intake import inbound, views

app_name = "intake"

urlpatterns = [
    # A job posting: the bookmarklet's landing page, paste, a phone's share, then save.
    path("capture/", views.capture_page, name="capture"),
    path("capture/paste/", views.capture_paste, name="capture_paste"),
    path("capture/share/", views.capture_share, name="capture_share"),
    path("capture/save/", views.capture_save, name="capture_save"),
    path("capture/bookmarklet/", views.bookmarklet_page, name="bookmarklet"),
    # Bowout installable on a phone, with a share target (the capture page above).
    path("manifest.webmanifest", views.web_app_manifest, name="manifest"),
    path("service-worker.js", views.service_worker, name="service_worker"),
    # Mailgun's inbound route posts each forwarded email here (signed; README).
    path("inbound/mailgun/mime", inbound.mailgun_inbound, name="mailgun_inbound"),
    # Recruiters' emails: the review list, one email, and what can be done with it.
    path("emails/", views.email_inbox, name="emails"),
    path("emails/count/", views.email_count, name="email_count"),
    path("emails/add/", views.email_add, name="email_add"),
    path("emails/address/", views.forwarding_address_new, name="forwarding_address"),
    path("emails/<int:pk>/", views.email_detail, name="email_detail"),
    path("emails/<int:pk>/apply/", views.email_apply, name="email_apply"),
    path("emails/<int:pk>/dismiss/", views.email_dismiss, name="email_dismiss"),
    path("emails/<int:pk>/create/", views.email_create_application, name="email_create"),
    path("applications/<int:pk>/emails/add/", views.email_add_for, name="email_add_for"),
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
