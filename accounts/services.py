"""Changes to a user's own settings and to the account as a whole. One transaction each."""

import hashlib
import secrets
from datetime import datetime, timedelta

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from accounts.models import ApiToken, Invitation, User


@transaction.atomic
def stop_digest(*, user: User) -> None:
    """Turn the daily digest off (the unsubscribe link). Saying it twice is harmless."""
    User.objects.filter(pk=user.pk).update(digest_opt_in=False)
    user.digest_opt_in = False


@transaction.atomic
def choose_language(*, user: User, language: str) -> None:
    """Show Bowout's pages to ``user`` in ``language`` (one of settings.LANGUAGES)."""
    if language not in dict(settings.LANGUAGES):
        raise ValueError(f"Bowout's pages do not come in {language!r}.")
    User.objects.filter(pk=user.pk).update(language=language)
    user.language = language


@transaction.atomic
def delete_account(*, user: User) -> None:
    """Delete the user and, through the database's cascades, every row they own:
    applications with their contacts, interviews, offers and history, withdrawals, drafts,
    uploads. Templates the user edited as staff stay, without their name. django-axes' log-in
    records (attempts, failures, the access log) hold the username, the address typed and the
    client's IP address: they go too, as the user's own data."""
    names = [name for name in (user.get_username(), user.email) if name]
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.filter(username__in=names).delete()
    user.delete()


@transaction.atomic
def accept_invitation(*, invitation: Invitation, user: User) -> bool:
    """Use up ``invitation`` for the account just made; False if it was used meanwhile."""
    return bool(
        Invitation.objects.usable()
        .filter(pk=invitation.pk)
        .update(accepted_by=user, accepted_at=timezone.now())
    )


# --- Personal access tokens for the API -----------------------------------------------------

API_TOKEN_DAYS = (7, 30, 90, 365)
# Every token starts so: a secret scanner (or a person) can tell a Bowout token in a paste.
API_TOKEN_PREFIX = "bow_"  # noqa: S105 (a prefix, not a secret)
# "Last used" is written at most this often: not one more write on every request.
LAST_USED_EVERY = timedelta(minutes=1)


def api_token_hash(token: str) -> str:
    """What is stored of an API token: its SHA-256, in hex."""
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def create_api_token(*, token: ApiToken, days: int) -> str:
    """Save ``token`` (its owner, name and scope set) to expire in ``days`` days and return
    the secret: ``bow_`` and 32 random bytes, URL-safe. Only its hash is kept, so the caller
    shows it now or never."""
    if days not in API_TOKEN_DAYS:
        raise ValueError(f"A token lasts 7, 30, 90 or 365 days, not {days}.")
    secret = API_TOKEN_PREFIX + secrets.token_urlsafe(32)
    token.token_hash = api_token_hash(secret)
    token.prefix = secret[: len(API_TOKEN_PREFIX) + 4]
    token.created_at = timezone.now()
    token.expires_at = token.created_at + timedelta(days=days)
    token.save()
    return secret


@transaction.atomic
def revoke_api_token(*, token: ApiToken) -> None:
    """Stop the token working at once (kept, revoked, in the user's list)."""
    ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())


def use_api_token(*, secret: str, now: datetime) -> ApiToken | None:
    """The usable token with this secret, its last use noted; None for any other secret.

    Looked up by the hash alone (a unique index), so the time taken says nothing about how
    close a forged token came; revoked, expired and unknown tokens all answer None, alike.
    """
    if len(secret) > 200:
        return None
    token = (
        ApiToken.objects.usable_at(now)
        .select_related("owner")
        .filter(token_hash=api_token_hash(secret))
        .first()
    )
    if token is None:
        return None
    ApiToken.objects.filter(pk=token.pk).filter(
        Q(last_used_at__isnull=True) | Q(last_used_at__lt=now - LAST_USED_EVERY)
    ).update(last_used_at=now)
    return token
