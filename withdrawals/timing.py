"""When to call rather than write: short notice and long processes. Each rule lives here once.

The guides: withdraw before the next interview, never by a no-show; with an interview in the
next day, or after a long process, a phone call is kinder, confirmed in writing.
"""

from datetime import datetime, timedelta

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce

from applications.models import Application, Interview

SHORT_NOTICE = timedelta(hours=24)
SOON = timedelta(days=3)
# A long process: the employer has invested real time in the candidate.
LONG_PROCESS_INTERVIEWS = 2
LONG_PROCESS_DAYS = 28


def is_short_notice(interview_at: datetime | None, *, now: datetime) -> bool:
    """An upcoming interview within 24 hours."""
    return interview_at is not None and now <= interview_at <= now + SHORT_NOTICE


def is_soon(interview_at: datetime | None, *, now: datetime) -> bool:
    """An upcoming interview within 3 days (and not within 24 hours)."""
    return (
        interview_at is not None
        and not is_short_notice(interview_at, now=now)
        and now <= interview_at <= now + SOON
    )


def is_long_process(application: Application, *, now: datetime) -> bool:
    """Two or more interviews held, or four weeks or more since applying (or since added).

    Uses ``interviews_held`` when a list page annotated it (``with_interviews_held``).
    """
    held = getattr(application, "interviews_held", None)
    if held is None:
        held = application.interviews.filter(status=Interview.Status.DONE).count()
    if held >= LONG_PROCESS_INTERVIEWS:
        return True
    started = application.date_applied or application.created_at.date()
    return (now.date() - started).days >= LONG_PROCESS_DAYS


def call_advised(application: Application, interview_at: datetime | None, *, now: datetime):
    """Why to call rather than write, or "" when an email is fine."""
    if is_short_notice(interview_at, now=now):
        return "short_notice"
    if is_long_process(application, now=now):
        return "long_process"
    return ""


def with_interviews_held(queryset):
    """Annotate ``interviews_held`` in the same query, for pages listing many processes."""
    held = (
        Interview.objects.filter(application=OuterRef("pk"), status=Interview.Status.DONE)
        .order_by()
        .values("application")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return queryset.annotate(interviews_held=Coalesce(Subquery(held), 0))
