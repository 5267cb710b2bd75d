from django.urls import include, path

from accounts import views

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("profile/", views.profile, name="profile"),
    # Django's log-in, log-out (POST only), password change and password reset views.
    path("", include("django.contrib.auth.urls")),
]
