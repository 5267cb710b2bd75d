"""Changes to a user's own settings and to the account as a whole. One transaction each."""

from django.db import transaction

from accounts.models import User


@transaction.atomic
def stop_digest(*, user: User) -> None:
    """Turn the daily digest off (the unsubscribe link). Saying it twice is harmless."""
    User.objects.filter(pk=user.pk).update(digest_opt_in=False)
    user.digest_opt_in = False


@transaction.atomic
def delete_account(*, user: User) -> None:
    """Delete the user and, through the database's cascades, every row they own:
    applications with their contacts, interviews, offers and history, withdrawals, drafts,
    uploads. Templates the user edited as staff stay, without their name."""
    user.delete()
