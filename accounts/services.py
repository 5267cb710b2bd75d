"""Changes to a user's own settings. One transaction each."""

from django.db import transaction

from accounts.models import User


@transaction.atomic
def stop_digest(*, user: User) -> None:
    """Turn the daily digest off (the unsubscribe link). Saying it twice is harmless."""
    User.objects.filter(pk=user.pk).update(digest_opt_in=False)
    user.digest_opt_in = False
