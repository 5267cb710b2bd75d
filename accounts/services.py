"""Changes to a user's own settings and to the account as a whole. One transaction each."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from accounts.models import Invitation, User


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
    uploads. Templates the user edited as staff stay, without their name."""
    user.delete()


@transaction.atomic
def accept_invitation(*, invitation: Invitation, user: User) -> bool:
    """Use up ``invitation`` for the account just made; False if it was used meanwhile."""
    return bool(
        Invitation.objects.usable()
        .filter(pk=invitation.pk)
        .update(accepted_by=user, accepted_at=timezone.now())
    )
