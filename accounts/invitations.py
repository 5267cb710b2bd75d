"""The invitation a visitor arrived with (SIGNUP=invite): kept in their session from the link
until they sign up."""

from accounts.models import Invitation

SESSION_KEY = "bowout_invitation"


def remember(request, invitation: Invitation) -> None:
    request.session[SESSION_KEY] = invitation.token


def from_session(request) -> Invitation | None:
    """The unused invitation this visitor followed, if any (a query only when they did)."""
    token = getattr(request, "session", {}).get(SESSION_KEY)
    if not isinstance(token, str):
        return None
    return Invitation.objects.usable().filter(token=token).first()


def forget(request) -> None:
    request.session.pop(SESSION_KEY, None)
