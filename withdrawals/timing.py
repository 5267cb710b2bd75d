"""When to call rather than write: the call window and long processes, on the one clock.

The guides: withdraw before the next interview, never by a no-show; with an interview close
(``clock.CALL_WINDOW``), or after a long process, a phone call is kinder, confirmed in writing.
The windows themselves live in applications/clock.py.
"""

from datetime import date, datetime

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce

from applications import clock
from applications.models import Application, Interview


def is_long_process(application: Application, *, today: date) -> bool:
    """Two or more interviews held, or four weeks or more since applying (or since added),
    on the owner's ``today`` (``clock.today_for``).

    Uses ``interviews_held`` when a list page annotated it (``with_interviews_held``).
    """
    held = getattr(application, "interviews_held", None)
    if held is None:
        held = application.interviews.filter(status=Interview.Status.DONE).count()
    if held >= clock.LONG_PROCESS_INTERVIEWS:
        return True
    started = application.date_applied or application.created_at.date()
    return today - started >= clock.LONG_PROCESS_AFTER


def call_advised(
    application: Application,
    interview_at: datetime | None,
    *,
    now: datetime,
    today: date | None = None,
) -> str:
    """Why to call rather than write ("call_window" or "long_process"), or "" for an email.
    ``today`` is the owner's (looked up from ``now`` when not given)."""
    if clock.in_call_window(interview_at, now=now):
        return "call_window"
    today = today or clock.today_for(application.owner, now)
    if is_long_process(application, today=today):
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
