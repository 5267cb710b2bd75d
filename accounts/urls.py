from allauth.account import views as allauth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path, reverse_lazy
from django.views.generic import RedirectView

from accounts import views


def moved(pattern_name):
    """An address of the hand-built pages before allauth, sent on to its page (bookmarks)."""
    return login_not_required(RedirectView.as_view(url=reverse_lazy(pattern_name), permanent=True))


urlpatterns = [
    # allauth's pages under the names Bowout's templates, tests and links have always used;
    # allauth's own names (account_login...) reach the same addresses through the include below.
    path("login/", allauth_views.login, name="login"),
    path("logout/", allauth_views.logout, name="logout"),
    path("signup/", views.refused_as_422(allauth_views.signup), name="signup"),
    path("password/change/", allauth_views.password_change, name="password_change"),
    path("password/reset/", allauth_views.password_reset, name="password_reset"),
    path("email/", allauth_views.email, name="change_email"),
    path("password_change/", moved("password_change")),
    path("password_reset/", moved("password_reset")),
    # A reset link emailed before the move: its token is Django's, so ask for a new one.
    path("reset/<str:uidb64>/<str:token>/", moved("password_reset")),
    path("invitation/<str:token>/", views.accept_invitation, name="accept_invitation"),
    path("language/", views.set_language, name="set_language"),
    path("profile/", views.profile, name="profile"),
    path("profile/calendar-link/", views.new_calendar_link, name="new_calendar_link"),
    path("profile/name/", views.save_name, name="profile_name"),
    path("profile/name/not-now/", views.dismiss_name_prompt, name="profile_name_dismiss"),
    path("digest/unsubscribe/<str:token>/", views.digest_unsubscribe, name="digest_unsubscribe"),
    path("profile/delete/", views.delete_account, name="delete_account"),
    path("profile/api-tokens/", views.api_tokens, name="api_tokens"),
    path("profile/api-tokens/new/", views.api_token_create, name="api_token_create"),
    path("profile/api-tokens/<int:pk>/revoke/", views.api_token_revoke, name="api_token_revoke"),
    # allauth: the account pages, second factors (2fa/), sessions (sessions/), social log-in.
    path("", include("allauth.urls")),
]
