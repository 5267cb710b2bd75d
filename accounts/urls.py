from django.urls import include, path

from accounts import views

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("profile/", views.profile, name="profile"),
    path("profile/calendar-link/", views.new_calendar_link, name="new_calendar_link"),
    path("profile/name/", views.save_name, name="profile_name"),
    path("profile/name/not-now/", views.dismiss_name_prompt, name="profile_name_dismiss"),
    path(
        "reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("digest/unsubscribe/<str:token>/", views.digest_unsubscribe, name="digest_unsubscribe"),
    path("profile/delete/", views.delete_account, name="delete_account"),
    # Django's log-in, log-out (POST only), password change and password reset views.
    path("", include("django.contrib.auth.urls")),
]
