"""A recruiter's calendar invitation (.ics) read back, and the interview it describes saved."""

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import cast

from django.db import transaction
from icalendar import Calendar, Event

from applications import services
from applications.models import Contact, Interview, Source

INVITATION_MAX_BYTES = 1_000_000
_LINK = re.compile(r"https://[^\s<>\"']+", re.IGNORECASE)
_MEETING_HOSTS = ("zoom.", "teams.microsoft", "teams.live", "meet.google", "webex", "whereby")


def _is_link(text: str) -> bool:
    return bool(re.fullmatch(r"https?://\S+", text.strip(), re.IGNORECASE))


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
    if "DTEND" not in event and "DURATION" not in event:
        # icalendar would end it when it starts (RFC 5545): an invitation means an hour.
        length = timedelta(hours=1)
    else:
        try:
            end = event.end
            length = end - start if isinstance(end, datetime) else timedelta(hours=1)
        except Exception:  # such as an end in no time zone beside a start in one
            length = timedelta(hours=1)
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
