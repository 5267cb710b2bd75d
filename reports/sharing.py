"""The coach's share link: what a coach sees, and how often a client may ask.

The page reads the core's dashboard, the job search record and the insights' funnel as they
are (no rule is written again here); what it adds is which private texts a link includes.
"""

import math
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection

from accounts import languages
from applications.dashboard import dashboard_for
from applications.models import Offer, ShareLink
from reports.insights import chart, funnel, withdrawal_insights
from reports.models import ShareRequestCount
from reports.record import applications_for_record, record_rows
from withdrawals.models import SentMessage, Withdrawal, WithdrawalDraft

# Requests to share links one client address may make in a minute: a coach reloading is far
# below it; someone guessing tokens is stopped long before any guess could matter.
SHARE_REQUESTS_PER_MINUTE = 30
# The private texts a link may include are lists of the latest, bounded like the dashboard's.
TEXTS_SHOWN = 20

_COUNT = """
    INSERT INTO reports_sharerequestcount (address, minute, count) VALUES (%s, %s, 1)
    ON CONFLICT (address, minute) DO UPDATE SET count = reports_sharerequestcount.count + 1
    RETURNING count
"""


def count_request(*, address: str, now: datetime) -> int | None:
    """Count one request from ``address`` in the minute of ``now``, in one statement (two
    requests at once both count). None while within the limit; over it, the seconds until the
    next minute, for Retry-After."""
    minute = now.replace(second=0, microsecond=0)
    with connection.cursor() as cursor:
        cursor.execute(_COUNT, [address, minute])
        (count,) = cursor.fetchone()
    if count == 1:
        # A new minute for this address: forget the minutes no one counts any more.
        ShareRequestCount.objects.filter(minute__lt=minute - timedelta(minutes=1)).delete()
    if count <= SHARE_REQUESTS_PER_MINUTE:
        return None
    return max(1, math.ceil(60 - (now - minute).total_seconds()))


def language_for(request, link: ShareLink) -> str:
    """The shared page's language: the visitor's own choice when they made one (a cookie, or
    their profile when logged in), else the language of the user who shared it, which is most
    likely their coach's too. The page has no chooser: it sets no cookie."""
    return (
        languages.chosen(request)
        or languages.supported(link.owner.language)
        or settings.LANGUAGE_CODE
    )


def coach_view(link: ShareLink, *, now: datetime) -> dict:
    """Everything the shared page shows for ``link``: a bounded number of queries."""
    owner = link.owner
    applications = applications_for_record(user=owner)
    # The first-year totals it was chosen over are offer terms: shown only if shared.
    record = record_rows(applications, figures=link.include_offer_terms)
    context: dict = {
        "link": link,
        "owner": owner,
        "dashboard": dashboard_for(owner, now=now),
        "funnel": chart(funnel(owner)),
        "record": record,
        "contact_details": link.include_contact_details,
    }
    if link.include_notes:
        context["notes"] = [application for application, *_rest in record if application.notes]
    if link.include_drafts:
        context["drafts"] = (
            WithdrawalDraft.objects.filter(application__owner=owner)
            .select_related("application")
            .order_by("-updated_at", "-pk")[:TEXTS_SHOWN]
        )
    if link.include_sent:
        context["withdrawals_sent"] = (
            Withdrawal.objects.standing()
            .filter(application__owner=owner)
            .select_related("application")
            .order_by("-sent_at", "-pk")[:TEXTS_SHOWN]
        )
        context["messages_sent"] = (
            SentMessage.objects.filter(application__owner=owner)
            .select_related("application")
            .order_by("-sent_at", "-pk")[:TEXTS_SHOWN]
        )
    if link.include_reflections:
        context["reflections"] = withdrawal_insights(owner)["reflections"]
    if link.include_offer_terms:
        context["offers"] = (
            Offer.objects.for_user(owner)
            .standing()
            .select_related("application")
            .order_by("-received_on", "-pk")[:TEXTS_SHOWN]
        )
    return context
