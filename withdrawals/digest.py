"""The daily digest: the user's Today list by email, in their morning, at most once a day.

Opt-in (``User.digest_opt_in``), only on days with something to do, with a signed one-click
unsubscribe link. The worker runs ``send_due_digests`` every few minutes (withdrawals/tasks.py);
each user's day is claimed by a unique ``DigestDelivery`` row before anything is sent, so two
workers, a retry or a rerun after a crash never send one user two digests for one day.
"""

import email.policy
import logging
from datetime import datetime, time
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext

from accounts import languages
from accounts.models import User
from applications import clock
from withdrawals.models import DigestDelivery
from withdrawals.today import today_items

logger = logging.getLogger(__name__)

# The digest goes out from 07:00 in the user's zone; a worker that was down catches up until
# noon, after which the day's digest is skipped rather than sent in the afternoon.
MORNING_STARTS = time(7, 0)
MORNING_ENDS = time(12, 0)


def is_morning(now: datetime, zone: ZoneInfo) -> bool:
    return MORNING_STARTS <= now.astimezone(zone).time() < MORNING_ENDS


def due_users(now: datetime):
    """Opted-in users with a verified address, in their morning, who have no digest decided
    for their today yet.

    One query for the zones in use, then one per zone in its morning (a handful at any moment).
    A stored zone unknown here counts as the site's (``User.zone``, logged).
    """
    # Only to an address its owner has verified: anyone can type someone else's at sign-up.
    subscribed = User.objects.filter(digest_opt_in=True, is_active=True).with_verified_email()
    zones = subscribed.order_by().values_list("time_zone", flat=True).distinct()
    for name in sorted(zones):
        zone = clock.zone_named(name)
        if not is_morning(now, zone):
            continue
        local_date = now.astimezone(zone).date()
        yield from (
            subscribed.filter(time_zone=name)
            .exclude(digest_deliveries__local_date=local_date)
            .order_by("pk")
            .iterator()
        )


def send_due_digests(*, now: datetime | None = None) -> int:
    """Send every digest due now; returns how many were sent. Safe to run anywhere, any time."""
    now = now or timezone.now()
    sent = 0
    for user in due_users(now):
        try:
            delivery = send_digest(user=user, now=now)
        except Exception:
            # One user failing (a mailbox, their data, a bug in building their list) must not
            # hold up everyone else's digest; the next run retries theirs.
            logger.exception("Could not send the daily digest to user %s", user.pk)
            continue
        if delivery is not None and delivery.status == DigestDelivery.Status.SENT:
            sent += 1
    return sent


def send_digest(*, user: User, now: datetime) -> DigestDelivery | None:
    """Send ``user`` their digest for their local day of ``now``, unless that day is decided.

    Returns the day's delivery, or None when another run had already claimed the day.

    The claim (a unique row per user and local day) and the decision (something to do, or
    nothing) are one transaction; the email goes out after it commits. A crash after the
    commit and before the send loses that day's digest rather than risking a second one; a
    send that fails with an error frees the day again, so the next run retries.
    """
    local_date = clock.today_for(user, now)
    try:
        # In the recipient's language (the one their pages speak), whatever the worker's: the
        # items' texts are worded as they are built, so the list is built inside it too.
        with (
            transaction.atomic(),
            translation.override(languages.supported(user.language) or settings.LANGUAGE_CODE),
        ):
            # A second worker blocks here until the first commits, then finds the day taken.
            delivery = DigestDelivery.objects.create(user=user, local_date=local_date)
            items = today_items(user=user, now=now)
            if not items:
                delivery.status = DigestDelivery.Status.NOTHING
                delivery.save(update_fields=["status"])
                return delivery
            delivery.item_count = len(items)
            delivery.save(update_fields=["item_count"])
            message = digest_message(user=user, items=items, local_date=local_date)
    except IntegrityError:
        return None
    try:
        message.send()
    except Exception:
        delivery.delete()
        raise
    delivery.status = DigestDelivery.Status.SENT
    delivery.sent_at = timezone.now()
    delivery.save(update_fields=["status", "sent_at"])
    return delivery


class DigestMessage(EmailMultiAlternatives):
    def message(self, *, policy=email.policy.default):
        # Folding the long unsubscribe URL would turn it into RFC 2047 encoded words, which
        # mail programs do not read in List-Unsubscribe; RFC 5322 allows 998 characters a line.
        return super().message(policy=policy.clone(max_line_length=998))


def digest_message(*, user: User, items, local_date) -> EmailMultiAlternatives:
    """The digest email: plain text and HTML, with the list-unsubscribe headers."""
    unsubscribe_url = settings.SITE_URL + reverse(
        "digest_unsubscribe", args=[user.digest_unsubscribe_token()]
    )
    context = {
        "first_name": user.full_name.split()[0] if user.full_name.split() else "",
        "items": [
            {
                "title": item.title,
                "detail": item.detail,
                "action": item.action,
                "url": settings.SITE_URL + item.url,
            }
            for item in items
        ],
        "local_date": local_date,
        "dashboard_url": settings.SITE_URL + reverse("home"),
        "profile_url": settings.SITE_URL + reverse("profile"),
        "unsubscribe_url": unsubscribe_url,
    }
    count = len(items)
    subject = ngettext(
        "Bowout: %(count)d thing to do today", "Bowout: %(count)d things to do today", count
    ) % {"count": count}
    message = DigestMessage(
        subject=subject,
        body=render_to_string("withdrawals/email/digest.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={
            # Mail programs show their own unsubscribe button, which POSTs here (RFC 8058).
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(
        render_to_string("withdrawals/email/digest.html", context), "text/html"
    )
    return message
