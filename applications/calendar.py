"""Interviews and offer deadlines as iCalendar (RFC 5545), written and read with icalendar.

The private feed, one interview as a file, a recruiter's invitation read back, and the rule
for two interviews that clash. Identifiers are stable per row, so a calendar app that
subscribes updates an event when the interview changes instead of adding a second one.
"""

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import cast

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from icalendar import Alarm, Calendar, Event

from applications import clock, services
from applications.models import Application, Contact, Interview, Offer, Source, Stage

PRODID = "-//Bowout//Job search calendar//EN"
UID_DOMAIN = "bowout"
# The alarm a calendar app shows before each interview, and at 09:00 the day before a deadline.
ALARM_BEFORE = timedelta(hours=1)
DEADLINE_ALARM_BEFORE = timedelta(hours=15)
# The feed keeps a year of past interviews: enough for a record, bounded for calendar apps.
FEED_HISTORY = timedelta(days=365)
# How far ahead clashes are looked for, and at most how many interviews are compared.
CLASH_HORIZON = timedelta(days=90)
CLASH_MAX_INTERVIEWS = 300
LONGEST_INTERVIEW = timedelta(hours=12)  # the form's limit on an interview's length
INVITATION_MAX_BYTES = 1_000_000
_LINK = re.compile(r"https://[^\s<>\"']+", re.IGNORECASE)
_MEETING_HOSTS = ("zoom.", "teams.microsoft", "teams.live", "meet.google", "webex", "whereby")


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


def _interview_event(interview: Interview, *, zone, stamp: datetime, base_url: str) -> Event:
    application = interview.application
    event = Event()
    event.add("uid", interview_uid(interview))
    event.add("dtstamp", stamp)
    event.add("dtstart", interview.scheduled_at.astimezone(zone))
    event.add("dtend", interview.ends_at.astimezone(zone))
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
        calendar.add_component(_interview_event(interview, zone=zone, stamp=now, base_url=base_url))
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
    calendar.add_missing_timezones()
    return calendar.to_ical()


def interview_file(*, interview: Interview, base_url: str = "") -> bytes:
    """One interview as an .ics file, with the same UID as in the feed."""
    calendar = _calendar(f"Interview with {interview.application.company}")
    calendar.add("method", "PUBLISH")
    zone = clock.zone_of(interview.application.owner)
    calendar.add_component(
        _interview_event(interview, zone=zone, stamp=timezone.now(), base_url=base_url)
    )
    calendar.add_missing_timezones()
    return calendar.to_ical()


# --- Reading a recruiter's invitation -------------------------------------------------------


class InvitationError(ValueError):
    """The file or text is not an invitation Bowout can read; the message says why."""


@dataclass(frozen=True)
class Invitation:
    """What an invitation says, ready to fill in the interview form."""

    starts_at: datetime
    duration_minutes: int
    sent_zone: str
    location: str
    kind: str
    title: str
    organiser_name: str
    organiser_email: str


def _text(value) -> str:
    return str(value or "").strip()


def _meeting_link(event: Event) -> str:
    for name in ("X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "URL"):
        if _text(event.get(name)).lower().startswith("https://"):
            return _text(event.get(name))
    links = _LINK.findall(_text(event.get("DESCRIPTION")))
    for link in links:
        if any(host in link.lower() for host in _MEETING_HOSTS):
            return link.rstrip(".,;)>")
    return ""


def read_invitation(data: bytes | str, *, zone) -> Invitation:
    """Read the first event of an invitation (.ics). Times keep the zone they were sent in
    (from the file's own VTIMEZONE definition when there is one) and are stored in UTC; a
    floating time is read in ``zone``, the user's."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not data.strip():
        raise InvitationError("The file is empty.")
    if len(data) > INVITATION_MAX_BYTES:
        raise InvitationError("This file is over 1 MB: it is not an invitation.")
    try:
        calendar = Calendar.from_ical(data)
        events = calendar.walk("VEVENT")
    except Exception as error:  # icalendar raises several kinds on malformed input
        raise InvitationError(
            "This is not a calendar invitation (.ics). Attach the file the recruiter sent, "
            "or paste its text starting with BEGIN:VCALENDAR."
        ) from error
    if not events:
        raise InvitationError("This calendar file has no event in it.")
    if _text(calendar.get("METHOD")).upper() == "CANCEL":
        raise InvitationError(
            "This is a cancellation, not an invitation. Mark the interview as cancelled instead."
        )
    event = cast(Event, events[0])  # walk("VEVENT") yields events
    try:
        start = event.start
    except Exception as error:
        raise InvitationError("The invitation has no start time.") from error
    if not isinstance(start, datetime):
        raise InvitationError("The invitation is for a whole day: it has no start time.")
    if not 1970 <= start.year <= 2100:
        raise InvitationError("The date in this invitation is out of range. Check the file.")
    if start.tzinfo is None:
        start = start.replace(tzinfo=zone)
    sent_zone = _text(event["DTSTART"].params.get("TZID")) or getattr(start.tzinfo, "key", "")
    try:
        end = event.end
        length = end - start if isinstance(end, datetime) else timedelta(hours=1)
    except Exception:
        length = timedelta(hours=1)  # no end and no duration: assume an hour
    minutes = max(5, min(12 * 60, round(length.total_seconds() / 60)))
    location = _text(event.get("LOCATION"))
    link = _meeting_link(event)
    if not location or (link and not _is_link(location) and "microsoft teams" in location.lower()):
        location = link or location
    if _is_link(location) or link:
        kind = Interview.Kind.VIDEO
    elif location:
        kind = Interview.Kind.ON_SITE
    else:
        kind = Interview.Kind.PHONE
    organiser = event.get("ORGANIZER")
    organiser_email, organiser_name = "", ""
    if organiser is not None:
        address = _text(organiser)
        organiser_email = address[7:] if address.lower().startswith("mailto:") else ""
        params = getattr(organiser, "params", {}) or {}
        organiser_name = _text(params.get("CN")).strip('"')
    return Invitation(
        starts_at=start.astimezone(UTC),
        duration_minutes=minutes,
        sent_zone=sent_zone,
        location=location[:500],
        kind=kind,
        title=_text(event.get("SUMMARY"))[:200],
        organiser_name=organiser_name[:200],
        organiser_email=organiser_email[:254],
    )


@transaction.atomic
def import_invitation(
    *, interview: Interview, organiser_name: str = "", organiser_email: str = ""
) -> Contact | None:
    """Save an interview confirmed from an invitation, and its organiser as a contact when
    the application has nobody with that email yet. Returns the new contact, if any."""
    services.save_interview(interview=interview)
    application = interview.application
    organiser_email = organiser_email.strip()
    if not organiser_email or application.contacts.filter(email__iexact=organiser_email).exists():
        return None
    role = (
        Contact.Role.AGENCY_RECRUITER
        if application.source == Source.AGENCY
        else Contact.Role.IN_HOUSE_RECRUITER
    )
    contact = services.new_contact(
        application=application,
        name=organiser_name.strip() or organiser_email,
        email=organiser_email,
        role=role,
    )
    services.save_contact(contact=contact)
    return contact


# --- Clashes ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Clash:
    """Two upcoming interviews at different companies that overlap or leave too little time."""

    first: Interview
    second: Interview
    gap: timedelta

    @property
    def overlaps(self) -> bool:
        return self.gap < timedelta(0)

    @property
    def gap_minutes(self) -> int:
        return int(self.gap.total_seconds() // 60)

    def involves(self, application: Application) -> bool:
        return application.pk in (self.first.application_id, self.second.application_id)


def clashes(*, user, now: datetime | None = None, application=None) -> list[Clash]:
    """Pairs of upcoming interviews on live applications, at different companies' processes,
    that overlap or are closer than the user's travel buffer (end of one to start of the
    next). One query, bounded to the next 90 days and 300 interviews.

    With ``application``, only the interviews near that application's own are compared (two
    queries): its page then costs the same whatever else the user has booked. The result may
    include other pairs found among them; callers keep those that involve the application.
    """
    now = now or timezone.now()
    buffer = timedelta(minutes=user.travel_buffer_minutes)
    candidates = Interview.objects.filter(
        application__owner=user,
        application__stage__in=Stage.live(),
        scheduled_at__lt=now + CLASH_HORIZON,
    ).upcoming(now=now)
    if application is not None:
        near = Q(pk__in=[])
        for own in candidates.filter(application=application):
            # Another interview clashes only if it starts before this one ends (plus the
            # buffer) and ends after it starts (less the buffer); none lasts over 12 hours.
            near |= Q(
                scheduled_at__gt=own.scheduled_at - LONGEST_INTERVIEW - buffer,
                scheduled_at__lt=own.ends_at + buffer,
            )
        candidates = candidates.filter(near)
    interviews = list(candidates.select_related("application")[:CLASH_MAX_INTERVIEWS])
    found = []
    for index, first in enumerate(interviews):
        for second in interviews[index + 1 :]:
            gap = second.scheduled_at - first.ends_at
            if gap >= buffer:
                break  # sorted by start: every later interview starts later still
            if second.application_id != first.application_id:
                found.append(Clash(first=first, second=second, gap=gap))
    return found
