"""How django-allauth behaves in Bowout: who may sign up, the words of its errors, the client's
address behind a proxy, and what a new account records."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils import translation
from django.utils.translation import gettext_lazy

from accounts import invitations, languages, services
from accounts.lockout import client_ip_address

# The words Bowout's log-in has always used (Django's), whichever identifier was typed.
MISMATCH = gettext_lazy(
    "Please enter a correct username and password. Note that both fields may be case-sensitive."
)


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "username_password_mismatch": MISMATCH,
        "email_password_mismatch": MISMATCH,
        "email_taken": gettext_lazy(
            "An account already uses this email address. Log in, or reset your password."
        ),
    }

    def is_open_for_signup(self, request) -> bool:
        """SIGNUP=open lets anyone in, closed nobody; invite only someone holding a valid
        invitation (the link staff made in the admin put it in their session)."""
        if settings.SIGNUP == "open":
            return True
        if settings.SIGNUP == "invite":
            return invitations.from_session(request) is not None
        return False

    def save_user(self, request, user, form, commit=True):
        """allauth saves the username, address and password; Bowout adds the name that signs
        the drafts and the time zone, and uses up the invitation in the same save."""
        user = super().save_user(request, user, form, commit=False)
        user.full_name = form.cleaned_data.get("full_name", "")
        user.time_zone = form.cleaned_data.get("time_zone") or "UTC"
        # A visitor who read the sign-up page in German goes on in German.
        user.language = languages.supported(translation.get_language()) or user.language
        if commit:
            user.save()
            invitation = invitations.from_session(request)
            if invitation is not None:
                services.accept_invitation(invitation=invitation, user=user)
                invitations.forget(request)
        return user

    def get_client_ip(self, request) -> str:
        """The address allauth's rate limits count: the same one the log-in lockout counts,
        behind as many proxies as AXES_IPWARE_PROXY_COUNT says."""
        address = client_ip_address(request)
        if not address:
            raise PermissionDenied("Unable to determine the client's address.")
        return address


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def is_open_for_signup(self, request, sociallogin) -> bool:
        """A provider's account makes a new Bowout account only when sign-up is open: an
        invitation is for one address, which Google or Microsoft may not report."""
        return settings.SIGNUP == "open"
