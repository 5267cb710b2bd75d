"""Receivers connected in AccountsConfig.ready(): the log-in lockout lifted by a password reset,
and the "is the address verified?" flag each session keeps for the banner."""

from allauth.account import signals as allauth_signals
from django.contrib import messages
from django.contrib.auth import signals as auth_signals
from django.dispatch import receiver
from django.utils.translation import gettext

from accounts import activity, verification
from accounts.lockout import lift_lockout


@receiver(allauth_signals.password_reset)
def lift_lockout_after_reset(sender, request, user, **kwargs):
    """A new password set through the emailed link proves who they are: as the lockout page
    promises, the failed log-ins are forgotten."""
    lift_lockout(user=user)


@receiver(auth_signals.user_logged_in)
def note_verification_at_log_in(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        verification.refresh(request, user)


@receiver(auth_signals.user_logged_in)
def list_the_session_at_log_in(sender, request, user, **kwargs):
    """Every log-in (allauth's pages, the admin's) appears on the sessions page at once, so
    "sign out everywhere else" reaches it."""
    if request is not None and hasattr(request, "session") and request.session.session_key:
        activity.record(request)


@receiver(allauth_signals.email_confirmed)
@receiver(allauth_signals.email_changed)
def note_verification_when_it_changes(sender, request, **kwargs):
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        user.refresh_from_db(fields=["email"])
        verification.refresh(request, user)


@receiver(allauth_signals.user_signed_up)
def welcome(sender, request, user, **kwargs):
    messages.success(
        request, gettext("Welcome to Bowout! Add your first application to get started.")
    )
