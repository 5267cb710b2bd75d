"""Interviews and offer deadlines as iCalendar (RFC 5545), written with icalendar.

The private feed and one interview as a file (a recruiter's invitation is read back in
intake.invitations). Identifiers are stable per row, so a calendar app that subscribes updates
an event when the interview changes instead of adding a second one.
"""

import re
from datetime import UTC, date, datetime, timedelta

from django.utils import timezone
from icalendar import Alarm, Calendar, Event

from applications import clock
from applications.models import Interview, Offer, Stage

PRODID = "-//Bowout//Job search calendar//EN"
UID_DOMAIN = "bowout"
# The alarm a calendar app shows before each interview, and at 09:00 the day before a deadline.
ALARM_BEFORE = timedelta(hours=1)
DEADLINE_ALARM_BEFORE = timedelta(hours=15)
# The feed keeps a year of past interviews: enough for a record, bounded for calendar apps.
FEED_HISTORY = timedelta(days=365)


def interview_uid(interview: Interview) -> str:
    return f"interview-{interview.pk}@{UID_DOMAIN}"


def offer_deadline_uid(offer: Offer) -> str:
    return f"offer-deadline-{offer.pk}@{UID_DOMAIN}"


def _is_link(text: str) -> bool:
    return bool(re.fullmatch(r"https?://\S+", text.strip(), re.IGNORECASE))


def is_cancelled(interview: Interview) -> bool:
    """Cancelled, or still scheduled on a process that has closed (it will not take place).

    A withdrawal cancels the upcoming interviews itself; a rejection or "no response" does
    not, yet the interview should leave the user's calendar all the same.
    """
    if interview.status == Interview.Status.CANCELLED:
        return True
    return interview.status == Interview.Status.SCHEDULED and interview.application.stage in (
        Stage.closed()
    )


def _alarm(description: str, before: timedelta) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", description)
    alarm.add("trigger", -before)
    return alarm


def _interview_event(interview: Interview, *, stamp: datetime, base_url: str) -> Event:
    application = interview.application
    event = Event()
    event.add("uid", interview_uid(interview))
    event.add("dtstamp", stamp)
    # In UTC ("...Z"), which every calendar program reads alike. A VTIMEZONE generated from a
    # zone's history misled other parsers (vobject, ical.js in Thunderbird): Britain's
    # all-year +01:00 of 1968-71 made a December interview in London show an hour early.
    # The calendar program shows the time in its own zone.
    event.add("dtstart", interview.scheduled_at.astimezone(UTC))
    event.add("dtend", interview.ends_at.astimezone(UTC))
    kind = interview.get_kind_display().lower()
    event.add(
        "summary",
        f"{application.company}: {kind} interview, round {interview.round_number} "
        f"({application.position})",
    )
    lines = [
        f"{application.position} at {application.company}",
        f"Round {interview.round_number}{' (final round)' if interview.is_final_round else ''},"
        f" {kind}",
    ]
    if interview.with_whom:
        lines.append(f"With: {interview.with_whom}")
    contact = application.main_contact
    if contact is not None:
        details = ", ".join(part for part in (contact.email, contact.phone) if part)
        lines.append(f"Main contact: {contact.name}" + (f" ({details})" if details else ""))
    if interview.location:
        event.add("location", interview.location)
        if _is_link(interview.location):
            lines.append(f"Link: {interview.location}")
    if base_url:
        lines.append(f"In Bowout: {base_url}{application.get_absolute_url()}")
        event.add("url", f"{base_url}{application.get_absolute_url()}")
    event.add("description", "\n".join(lines))
    if is_cancelled(interview):
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
        if interview.status == Interview.Status.SCHEDULED:
            event.add_component(
                _alarm(f"Interview with {application.company} in one hour", ALARM_BEFORE)
            )
    return event


def _deadline_event(offer: Offer, *, day: date, stamp: datetime, base_url: str) -> Event:
    application = offer.application
    event = Event()
    event.add("uid", offer_deadline_uid(offer))
    event.add("dtstamp", stamp)
    # An all-day event: a date, and the next day as the exclusive end.
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", f"Reply to the offer from {application.company}")
    event.add("description", f"Deadline to respond to the offer for {application}.")
    event.add("transp", "TRANSPARENT")
    if base_url:
        event.add("url", f"{base_url}{application.get_absolute_url()}")
    if offer.decision != Offer.Decision.PENDING or application.stage != Stage.OFFER:
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
        event.add_component(
            _alarm(f"Reply to {application.company} by tomorrow", DEADLINE_ALARM_BEFORE)
        )
    return event


def _calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    return calendar


def feed(*, user, base_url: str = "", now: datetime | None = None) -> bytes:
    """The user's private calendar: every interview of the last year onwards (cancelled ones
    marked CANCELLED so calendar apps remove them) and every offer deadline as an all-day
    event. Three queries whatever the number of interviews."""
    now = now or timezone.now()
    zone = clock.zone_of(user)
    calendar = _calendar("Bowout: interviews and offer deadlines")
    # Ask subscribing apps to refresh hourly (most choose their own interval anyway).
    calendar.add("refresh-interval", timedelta(hours=1), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT1H")
    interviews = (
        Interview.objects.filter(application__owner=user, scheduled_at__gte=now - FEED_HISTORY)
        .select_related("application")
        .prefetch_related("application__contacts")
        .order_by("scheduled_at", "pk")
    )
    for interview in interviews:
        calendar.add_component(_interview_event(interview, stamp=now, base_url=base_url))
    offers = (
        Offer.objects.filter(
            application__owner=user,
            respond_by__gte=timezone.localdate(now, zone) - FEED_HISTORY,
        )
        .select_related("application")
        .order_by("respond_by", "pk")
    )
    for offer in offers:
        if offer.respond_by is not None:  # always, by the filter above
            calendar.add_component(
                _deadline_event(offer, day=offer.respond_by, stamp=now, base_url=base_url)
            )
    return calendar.to_ical()


def interview_file(*, interview: Interview, base_url: str = "") -> bytes:
    """One interview as an .ics file, with the same UID as in the feed."""
    calendar = _calendar(f"Interview with {interview.application.company}")
    calendar.add("method", "PUBLISH")
    calendar.add_component(_interview_event(interview, stamp=timezone.now(), base_url=base_url))
    return calendar.to_ical()
