from django.urls import path
from django.views.generic import RedirectView

from reports import views

app_name = "reports"

urlpatterns = [
    # Your data: a spreadsheet, the printable record and its PDF, everything as JSON (the
    # import on the same page is intake's).
    path("data/", views.data_page, name="data"),
    path("data/export/", views.export_applications, name="export"),
    path("data/record/", views.record, name="record"),
    path("data/record.pdf", views.record_as_pdf, name="record_pdf"),
    # A large record's PDF, built by the worker and kept a day for its owner.
    path("data/record-pdfs/", views.record_pdf_build, name="record_pdf_build"),
    path("data/record-pdfs/<int:pk>/", views.record_pdf_status, name="record_pdf_status"),
    path(
        "data/record-pdfs/<int:pk>/record.pdf",
        views.record_pdf_download,
        name="record_pdf_download",
    ),
    path("data/download.json", views.json_download, name="json_download"),
    path("insights/", views.insights_page, name="insights"),
    # The coach's share links: made and revoked by the user, opened without an account.
    path("data/share/", views.share_links, name="share_links"),
    path("data/share/<int:pk>/revoke/", views.share_revoke, name="share_revoke"),
    path("s/<str:token>", views.shared, name="shared"),
    # Calendar: the private feed a calendar app subscribes to, and one interview as .ics.
    path("calendar/<slug:token>.ics", views.feed, name="calendar_feed"),
    path(
        "applications/<int:pk>/interviews/<int:interview_pk>.ics",
        views.interview_ics,
        name="interview_ics",
    ),
    # Old addresses, kept working for bookmarks.
    path(
        "withdrawals/my-data.json",
        RedirectView.as_view(pattern_name="reports:json_download", permanent=True),
    ),
]
