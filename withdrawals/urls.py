from django.urls import path

from withdrawals import today_views, views

app_name = "withdrawals"

urlpatterns = [
    path("candidates/", views.candidates, name="candidates"),
    path("candidates/<int:pk>/keep/", views.keep_in_play, name="keep_in_play"),
    path("candidates/<int:pk>/undo-keep/", views.undo_keep_in_play, name="undo_keep_in_play"),
    path("candidates/draft-selected/", views.bulk_start, name="bulk_start"),
    path("candidates/close-not-applied/", views.close_not_applied, name="close_not_applied"),
    path("<int:pk>/", views.choose, name="choose"),
    path("<int:pk>/write/", views.write, name="write"),
    path("<int:pk>/preview/", views.choose_preview, name="choose_preview"),
    path("<int:pk>/recipient/", views.add_recipient, name="add_recipient"),
    path("<int:pk>/draft/", views.draft, name="draft"),
    path("<int:pk>/draft.eml", views.draft_eml, name="draft_eml"),
    path("<int:pk>/draft/language/", views.draft_language, name="draft_language"),
    path(
        "<int:pk>/draft/language/preview/",
        views.draft_language_preview,
        name="draft_language_preview",
    ),
    path("<int:pk>/sent/", views.mark_sent, name="mark_sent"),
    path("<int:pk>/undo/", views.undo, name="undo"),
    path("<int:pk>/follow-up/", views.follow_up, name="follow_up"),
    path("<int:pk>/follow-up/sent/", views.follow_up_sent, name="follow_up_sent"),
    path("<int:pk>/reflection/", views.reflection, name="reflection"),
    path("today/snooze/", today_views.snooze, name="today_snooze"),
    path("today/dismiss/", today_views.dismiss, name="today_dismiss"),
]
