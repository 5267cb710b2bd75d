"""A recruiter's calendar invitation (.ics) read back, and the interview it describes saved."""

import codecs
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any, cast
from urllib.parse import unquote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrulestr  # type: ignore[import-untyped]
from django.db import transaction
from django.utils.formats import number_format
from django.utils.translation import gettext
from icalendar import Calendar, Component, Event
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from applications import clock, services
from applications.models import Application, Contact, Interview, Source
from applications.text import without_nul

INVITATION_MAX_BYTES = 1_000_000
# The work one file may cause: parts (BEGIN lines) read, and offset changes a sent time zone
# definition is expanded to. Real invitations have a dozen parts; Outlook's zones start in 1601
# and change twice a year, 1,000 changes up to 2100.
INVITATION_MAX_PARTS = 1000
ZONE_MAX_ONSETS = 5000
# A sent VTIMEZONE is renamed before icalendar reads the file: icalendar keeps every
# definition it reads for the whole process, so one user's file would change how the next
# user's invitations are read. Bowout reads the sent definition itself, for that file only.
_SENT_ZONE = "X-SENT-VTIMEZONE"
_VTIMEZONE_LINE = re.compile(rb"(?im)^(BEGIN|END):VTIMEZONE(?=\r?$)")
_BEGIN_LINE = re.compile(rb"(?im)^BEGIN:")
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
    # Which invitation this is (UID) and which revision of it (SEQUENCE), and whether it
    # cancels the meeting (METHOD:CANCEL, or the event's STATUS:CANCELLED).
    uid: str = ""
    sequence: int = 0
    cancelled: bool = False


def _text(value) -> str:
    return without_nul(str(value or "")).strip()


# "Surname, Given names", as Outlook writes names from a company directory; not a company's
# "Northwind, Inc.".
_SURNAME_FIRST = re.compile(r"([^\W\d_][\w' .-]*),\s*([^\W\d_][\w' -]*)")
_COMPANY_SUFFIXES = {"inc", "ltd", "llc", "llp", "gmbh", "ag", "plc", "co", "corp", "sa", "bv"}


def given_name_first(name: str) -> str:
    """ "Weber, Anna" as Anna Weber, so a draft greets "Dear Anna Weber"."""
    match = _SURNAME_FIRST.fullmatch(name.strip())
    if match is None or match[2].strip(" .").lower() in _COMPANY_SUFFIXES:
        return name
    return f"{match[2].strip()} {match[1].strip()}"


def _meeting_link(event: Event) -> str:
    for name in ("X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "URL"):
        if _text(event.get(name)).lower().startswith("https://"):
            return _text(event.get(name))
    links = _LINK.findall(_text(event.get("DESCRIPTION")))
    for link in links:
        if any(host in link.lower() for host in _MEETING_HOSTS):
            return link.rstrip(".,;)>")
    return ""


def _known_zone(tzid: str) -> tzinfo | None:
    """An IANA zone by its name, or a Windows zone name through a fixed table (never a
    definition some earlier file sent)."""
    name = tzid.strip().strip("/")
    name = WINDOWS_TO_OLSON.get(name, name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _refuse_zone(message: str) -> InvitationError:
    return InvitationError(
        gettext("The time zone in this invitation %(problem)s: it cannot be read.")
        % {"problem": message}
    )


def _latest_onset(observance: Component, wall: datetime, budget: list[int]) -> datetime | None:
    """When ``observance`` (a STANDARD or DAYLIGHT part) last began at or before ``wall``,
    spending at most ``budget[0]`` expanded onsets."""
    first = observance.decoded("DTSTART")
    if not isinstance(first, datetime):
        raise _refuse_zone(gettext("has a part with no start time"))
    first = first.replace(tzinfo=None)
    if first > wall:
        return None
    latest = first
    if "RRULE" in observance:
        rule: Any = observance["RRULE"]
        rule = rule[0] if isinstance(rule, list) else rule
        if [str(f).upper() for f in rule.get("FREQ", [])] != ["YEARLY"] or any(
            part in rule for part in ("BYHOUR", "BYMINUTE", "BYSECOND")
        ):
            raise _refuse_zone(gettext("repeats more often than once a year"))
        until = rule.get("UNTIL", [None])[0]
        text = ";".join(
            f"{key}={','.join(str(v) for v in values)}"
            for key, values in rule.items()
            if key != "UNTIL"
        )
        if isinstance(until, datetime):
            text += f";UNTIL={until.replace(tzinfo=None):%Y%m%dT%H%M%S}"
        elif isinstance(until, date):
            text += f";UNTIL={until:%Y%m%d}T235959"
        try:
            onsets = rrulestr(text, dtstart=first)
        except (ValueError, TypeError) as error:
            raise _refuse_zone(gettext("has a rule Bowout cannot read")) from error
        for onset in onsets:
            if onset > wall:
                break
            budget[0] -= 1
            if budget[0] < 0:
                raise _refuse_zone(
                    gettext("changes its offset too often (over %(most)s)")
                    % {"most": number_format(ZONE_MAX_ONSETS, force_grouping=True)}
                )
            latest = onset
    rdates: Any = observance.get("RDATE", [])
    for rdate in rdates if isinstance(rdates, list) else [rdates]:
        for period in rdate.dts:
            budget[0] -= 1
            if budget[0] < 0:
                raise _refuse_zone(
                    gettext("changes its offset too often (over %(most)s)")
                    % {"most": number_format(ZONE_MAX_ONSETS, force_grouping=True)}
                )
            onset = period.dt
            if isinstance(onset, datetime) and latest < onset.replace(tzinfo=None) <= wall:
                latest = onset.replace(tzinfo=None)
    return latest


def _offset_sent(definition: Component, wall: datetime) -> timedelta:
    """The UTC offset a sent time zone definition gives the wall time ``wall``: that of the
    part (STANDARD or DAYLIGHT) that began last before it."""
    budget = [ZONE_MAX_ONSETS]
    best: tuple[datetime, timedelta] | None = None
    earliest: tuple[datetime, timedelta] | None = None
    try:
        for observance in definition.subcomponents:
            if observance.name not in ("STANDARD", "DAYLIGHT"):
                continue
            first = observance.decoded("DTSTART")
            offset_to = observance.decoded("TZOFFSETTO")
            offset_from = observance.decoded("TZOFFSETFROM")
            if isinstance(first, datetime) and (earliest is None or first < earliest[0]):
                earliest = (first.replace(tzinfo=None), offset_from)
            onset = _latest_onset(observance, wall, budget)
            if onset is not None and (best is None or onset > best[0]):
                best = (onset, offset_to)
    except InvitationError:
        raise
    except (KeyError, ValueError, TypeError, AttributeError) as error:
        raise _refuse_zone(gettext("is incomplete")) from error
    if best is not None:
        return best[1]
    if earliest is not None:
        return earliest[1]
    raise _refuse_zone(gettext("has no offset"))


def _moment(prop, definitions: dict[str, Component], zone) -> datetime | date:
    """A DTSTART or DTEND as an aware time: in the named zone when Bowout knows it, else by the
    file's own definition of it, else (a floating time, or an unknown zone) in ``zone``."""
    value = prop.dt
    if not isinstance(value, datetime):
        return value
    tzid = _text(prop.params.get("TZID"))
    if not tzid:
        return value if value.tzinfo is not None else value.replace(tzinfo=zone)
    wall = value.replace(tzinfo=None)
    known = _known_zone(tzid)
    if known is not None:
        return wall.replace(tzinfo=known)
    definition = definitions.get(tzid)
    if definition is None:
        return wall.replace(tzinfo=zone)
    offset = _offset_sent(definition, wall)
    if not timedelta(hours=-24) < offset < timedelta(hours=24):
        raise _refuse_zone(gettext("has an offset of a day or more"))
    return wall.replace(tzinfo=timezone(offset))


SEQUENCE_MAX = 2**31 - 1


def _sequence(event: Event) -> int:
    """The event's revision (RFC 5545 SEQUENCE): 0 when missing or unreadable."""
    try:
        number = int(_text(event.get("SEQUENCE")) or 0)
    except ValueError:
        return 0
    return max(0, min(number, SEQUENCE_MAX))


def read_invitation(data: bytes | str, *, zone) -> Invitation:
    """Read the first event of an invitation (.ics). Times keep the zone they were sent in
    (from the file's own VTIMEZONE definition when there is one) and are stored in UTC; a
    floating time is read in ``zone``, the user's."""
    if isinstance(data, bytes) and data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = data.decode("utf-16", errors="replace")  # Outlook's "Unicode" save
    raw: bytes = without_nul(data.encode("utf-8") if isinstance(data, str) else data)
    if not raw.strip():
        raise InvitationError(gettext("The file is empty."))
    if len(raw) > INVITATION_MAX_BYTES:
        raise InvitationError(gettext("This file is over 1 MB: it is not an invitation."))
    if len(_BEGIN_LINE.findall(raw)) > INVITATION_MAX_PARTS:
        raise InvitationError(
            gettext("This file has more than %(most)s parts: it is not an invitation.")
            % {"most": number_format(INVITATION_MAX_PARTS, force_grouping=True)}
        )
    raw = _VTIMEZONE_LINE.sub(rb"\1:" + _SENT_ZONE.encode(), raw)
    try:
        calendar = Calendar.from_ical(raw)
        events = calendar.walk("VEVENT")
        definitions = {
            _text(definition.get("TZID")): definition for definition in calendar.walk(_SENT_ZONE)
        }
    except Exception as error:  # icalendar raises several kinds on malformed input
        raise InvitationError(
            gettext(
                "This is not a calendar invitation (.ics). Attach the file the recruiter sent, "
                "or paste its text starting with BEGIN:VCALENDAR."
            )
        ) from error
    if not events:
        raise InvitationError(gettext("This calendar file has no event in it."))
    event = cast(Event, events[0])  # walk("VEVENT") yields events
    if "DTSTART" not in event:
        raise InvitationError(gettext("The invitation has no start time."))
    try:
        start = _moment(event["DTSTART"], definitions, zone)
    except InvitationError:
        raise
    except Exception as error:  # icalendar keeps an unreadable value as a broken property
        raise InvitationError(gettext("The invitation's start time cannot be read.")) from error
    if not isinstance(start, datetime):
        raise InvitationError(gettext("The invitation is for a whole day: it has no start time."))
    if not clock.in_range(start):
        raise InvitationError(
            gettext(
                "The invitation is dated %(day)s: Bowout takes dates between %(first)s and "
                "%(last)s. Check the file."
            )
            % {"day": start.date().isoformat(), "first": clock.FIRST_YEAR, "last": clock.LAST_YEAR}
        )
    sent_zone = _text(event["DTSTART"].params.get("TZID")) or getattr(start.tzinfo, "key", "")
    if "DTEND" not in event and "DURATION" not in event:
        # icalendar would end it when it starts (RFC 5545): an invitation means an hour.
        length = timedelta(hours=1)
    elif "DTEND" in event:
        try:
            end = _moment(event["DTEND"], definitions, zone)
            length = end - start if isinstance(end, datetime) else timedelta(hours=1)
        except InvitationError:
            raise
        except Exception:  # an unreadable end, or one in no zone beside a start in one
            length = timedelta(hours=1)
    else:
        duration = event.decoded("DURATION", None)
        length = duration if isinstance(duration, timedelta) else timedelta(hours=1)
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
        # A mailto: URI's address ends at "?", where its headers (cc, bcc) begin (RFC 6068).
        mailto = address[7:] if address.lower().startswith("mailto:") else ""
        organiser_email = unquote(mailto.split("?", 1)[0]).strip()
        params = getattr(organiser, "params", {}) or {}
        organiser_name = given_name_first(_text(params.get("CN")).strip('"'))
    return Invitation(
        uid=_text(event.get("UID"))[:255],
        sequence=_sequence(event),
        cancelled=_text(calendar.get("METHOD")).upper() == "CANCEL"
        or _text(event.get("STATUS")).upper() == "CANCELLED",
        starts_at=start.astimezone(UTC),
        duration_minutes=minutes,
        sent_zone=sent_zone,
        location=location[:500],
        kind=kind,
        title=_text(event.get("SUMMARY"))[:200],
        organiser_name=organiser_name[:200],
        organiser_email=organiser_email[:1000],
    )


def earlier_import(*, application: Application, uid: str) -> Interview | None:
    """The application's interview imported from the invitation with this UID, if any."""
    if not uid:
        return None
    return application.interviews.filter(invitation_uid=uid[:255]).first()


def is_news(invitation: Invitation, earlier: Interview | None) -> bool:
    """The invitation says something Bowout has not read yet: a new UID, or a revision (a
    higher SEQUENCE) of one imported before. A repeat of an imported revision changes
    nothing, so importing the same file twice never doubles an interview."""
    return earlier is None or invitation.sequence > earlier.invitation_sequence


@transaction.atomic
def cancel_from_invitation(*, interview: Interview, sequence: int) -> Interview:
    """A cancellation of an imported invitation cancels its interview (the calendar feed
    then marks it CANCELLED)."""
    interview.status = Interview.Status.CANCELLED
    interview.invitation_sequence = max(interview.invitation_sequence, sequence)
    return services.save_interview(interview=interview)


@transaction.atomic
def import_invitation(
    *,
    interview: Interview,
    organiser_name: str = "",
    organiser_email: str = "",
    uid: str = "",
    sequence: int = 0,
) -> Contact | None:
    """Save an interview confirmed from an invitation (a new one, or the one an earlier
    revision of the same invitation made, moved), remembering the invitation's UID and
    SEQUENCE; and its organiser as a contact when the application has nobody with that email
    yet. Returns the new contact, if any."""
    interview.invitation_uid = uid[:255]
    interview.invitation_sequence = max(0, min(sequence, SEQUENCE_MAX))
    services.save_interview(interview=interview)
    return add_contact_if_new(
        application=interview.application, name=organiser_name, email=organiser_email
    )


@transaction.atomic
def add_contact_if_new(*, application, name: str, email: str) -> Contact | None:
    """The person who wrote (an invitation's organiser, an email's sender) as a contact, when
    the application has nobody with that email yet: the agency's recruiter on a process an
    agency set up, else the company's. Returns the new contact, if any."""
    email = email.strip()
    if not email or application.contacts.filter(email__iexact=email).exists():
        return None
    role = (
        Contact.Role.AGENCY_RECRUITER
        if application.source == Source.AGENCY
        else Contact.Role.IN_HOUSE_RECRUITER
    )
    contact = services.new_contact(
        application=application, name=name.strip() or email, email=email, role=role
    )
    services.save_contact(contact=contact)
    return contact
