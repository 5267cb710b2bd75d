from django.urls import path

from applications import calendar_views, insights_views, transfer_views, views

app_name = "applications"

urlpatterns = [
    path("applications/", views.application_list, name="list"),
    path("applications/new/", views.application_create, name="create"),
    path("applications/<int:pk>/", views.application_detail, name="detail"),
    path("applications/<int:pk>/edit/", views.application_edit, name="edit"),
    path("applications/<int:pk>/delete/", views.application_delete, name="delete"),
    path("applications/<int:pk>/stage/", views.change_stage, name="change_stage"),
    path("applications/<int:pk>/contacts/new/", views.contact_create, name="contact_create"),
    path(
        "applications/<int:pk>/contacts/<int:contact_pk>/edit/",
        views.contact_edit,
        name="contact_edit",
    ),
    path(
        "applications/<int:pk>/contacts/<int:contact_pk>/delete/",
        views.contact_delete,
        name="contact_delete",
    ),
    path("applications/<int:pk>/interviews/new/", views.interview_create, name="interview_create"),
    path(
        "applications/<int:pk>/interviews/<int:interview_pk>/edit/",
        views.interview_edit,
        name="interview_edit",
    ),
    path(
        "applications/<int:pk>/interviews/<int:interview_pk>/delete/",
        views.interview_delete,
        name="interview_delete",
    ),
    path("applications/<int:pk>/offer/", views.offer_edit, name="offer"),
    path("applications/<int:pk>/offer/decide/", views.offer_decide, name="offer_decide"),
    path("applications/quiet/", views.quiet, name="quiet"),
    path("applications/quiet/undo/", views.quiet_undo, name="quiet_undo"),
    path("board/", views.board, name="board"),
    path("board/<int:pk>/move/", views.board_move, name="board_move"),
    # Calendar: the private feed, one interview as .ics, a recruiter's invitation imported.
    path("calendar/<slug:token>.ics", calendar_views.feed, name="calendar_feed"),
    path(
        "applications/<int:pk>/interviews/<int:interview_pk>.ics",
        calendar_views.interview_ics,
        name="interview_ics",
    ),
    path(
        "applications/<int:pk>/interviews/import/",
        calendar_views.invitation_import,
        name="invitation_import",
    ),
    path(
        "applications/<int:pk>/interviews/import/confirm/",
        calendar_views.invitation_confirm,
        name="invitation_confirm",
    ),
    # Your data: export, the printable record, import.
    path("data/", transfer_views.data_page, name="data"),
    path("data/export/", transfer_views.export_applications, name="export"),
    path("data/record/", transfer_views.record, name="record"),
    path("data/record.pdf", transfer_views.record_as_pdf, name="record_pdf"),
    path("data/import/", transfer_views.import_start, name="import"),
    path("data/import/<int:pk>/", transfer_views.import_preview, name="import_preview"),
    path("insights/", insights_views.insights_page, name="insights"),
]
