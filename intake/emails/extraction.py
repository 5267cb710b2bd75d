"""What a recruiter's email states, beyond its kind: an interview's time and zone, length and
place or video link, and the sender as a contact. An attached invitation (.ics) is read by
the invitation import (``intake.invitations``), never a second way."""

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from applications import clock
from applications.models import Interview
from intake.invitations import Invitation, InvitationError, given_name_first, read_invitation

MONTHS = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    # French
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
}  # fmt: skip
# Zone abbreviations recruiters write after a time, as the zones they mean (summer time
# follows from the date).
ZONES = {
    "cet": "Europe/Berlin",
    "cest": "Europe/Berlin",
    "mez": "Europe/Berlin",
    "mesz": "Europe/Berlin",
    "gmt": "Europe/London",
    "bst": "Europe/London",
    "uk time": "Europe/London",
    "utc": "UTC",
    "et": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# "17 November 2026", "19. November", "25 novembre", "23 de noviembre de 2026"; and
# "November 17, 2026".
_DAY_MONTH = re.compile(
    rf"(?i)\b(\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?({_MONTH})\.?(?:,?\s+(?:de\s+)?(\d{{4}}))?"
)
_MONTH_DAY = re.compile(
    rf"(?i)\b({_MONTH})\.?\s+(\d{{1,2}})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?"
)
_TIME = re.compile(
    r"(?i)\b(?:at|um|à|a las|alle|,)?\s*(\d{1,2})(?:[:h.](\d{2})|h)\s*(am|pm|uhr)?"
    r"(?:\s*\(?(cest|cet|mesz|mez|gmt|bst|utc|edt|est|et|pdt|pst|pt|uk time)\b)?"
)
_MINUTES = re.compile(r"(?i)\b(\d{2,3})\s*(?:-\s*)?(?:minutes?|mins?|minuten|min\.?|minutos)\b")
_HOURS = re.compile(r"(?i)\b(?:(an|one|une|eine|una|1)|(\d))\s*(?:hour|heure|stunde|hora)s?\b")
_LINK = re.compile(r"https://[^\s<>\"']+", re.IGNORECASE)
_MEETING_HOSTS = ("zoom.", "teams.microsoft", "teams.live", "meet.google", "webex", "whereby")
_ADDRESS = re.compile(
    r"(?im)^\s*(?:address|location|venue|ort|adresse|lieu|dirección|lugar)\s*:\s*(.{5,200})$"
)
_ADDRESS_INLINE = re.compile(
    r"(?i)\b(?:dans nos locaux|at our office|in unserem büro|en nuestras oficinas)[,:]?\s+"
    r"(\d+[^.\n]{5,120}?\d{4,5}\s+[^\W\d][\w -]{1,40})"
)


@dataclass(frozen=True)
class InterviewFacts:
    starts_at: datetime | None
    sent_zone: str
    duration_minutes: int | None
    location: str
    kind: str
    organiser_name: str = ""
    organiser_email: str = ""
    # The attached invitation these facts were read from (its UID, SEQUENCE, cancellation).
    invitation: Invitation | None = None


def _when(text: str, *, sent: date, zone: tzinfo) -> tuple[datetime | None, str]:
    """The first date in ``text`` with a time after it in the same sentence; a date without a
    year is the next one on or after ``sent``."""
    for match in list(_DAY_MONTH.finditer(text)) + list(_MONTH_DAY.finditer(text)):
        groups = match.groups()
        if groups[0].isdigit():
            day, month, year = int(groups[0]), MONTHS[groups[1].lower()], groups[2]
        else:
            day, month, year = int(groups[1]), MONTHS[groups[0].lower()], groups[2]
        time = _TIME.search(text[match.end() : match.end() + 40])
        if time is None:
            continue
        hour, minute = int(time[1]), int(time[2] or 0)
        if (time[3] or "").lower() == "pm" and hour < 12:
            hour += 12
        if (time[3] or "").lower() == "am" and hour == 12:
            hour = 0
        named = ZONES.get((time[4] or "").lower())
        where: tzinfo = ZoneInfo(named) if named else zone
        try:
            on = date(int(year) if year else sent.year, month, day)
            if not year and on < sent:
                on = date(sent.year + 1, month, day)
            moment = datetime(on.year, on.month, on.day, hour, minute, tzinfo=where)
        except ValueError:
            continue
        if not clock.in_range(moment):
            continue
        return moment, named or ""
    return None, ""


def _length(text: str) -> int | None:
    minutes = _MINUTES.search(text)
    if minutes and 5 <= int(minutes[1]) <= 720:
        return int(minutes[1])
    hours = _HOURS.search(text)
    if hours:
        return 60 * (int(hours[2]) if hours[2] else 1)
    return None


def meeting_link(text: str) -> str:
    for link in _LINK.findall(text):
        if any(host in link.lower() for host in _MEETING_HOSTS):
            return link.rstrip(".,;)>")
    return ""


def interview_facts(
    *, text: str, invitation_ics: str, sent: date, zone: tzinfo
) -> InterviewFacts | None:
    """The interview a message describes: from its attached invitation when it has one (read
    by the invitation import), else from its sentences. None when it gives no time."""
    if invitation_ics:
        try:
            invitation = read_invitation(invitation_ics, zone=zone)
        except InvitationError:
            pass
        else:
            return InterviewFacts(
                starts_at=invitation.starts_at,
                sent_zone=invitation.sent_zone,
                duration_minutes=invitation.duration_minutes,
                location=invitation.location,
                kind=invitation.kind,
                organiser_name=invitation.organiser_name,
                organiser_email=invitation.organiser_email,
                invitation=invitation,
            )
    flat = " ".join(text.split())
    starts_at, sent_zone = _when(flat, sent=sent, zone=zone)
    link = meeting_link(text)
    address = _ADDRESS.search(text) or _ADDRESS_INLINE.search(flat)
    location = link or (address[1].strip() if address else "")
    if link:
        kind = Interview.Kind.VIDEO
    elif address:
        kind = Interview.Kind.ON_SITE
    elif re.search(r"(?i)\b(?:phone|telefon|téléphon|telefónic)", flat):
        kind = Interview.Kind.PHONE
    else:
        kind = Interview.Kind.VIDEO
    if starts_at is None and not location:
        return None
    return InterviewFacts(
        starts_at=starts_at,
        sent_zone=sent_zone,
        duration_minutes=_length(flat),
        location=location[:500],
        kind=kind,
    )


# Senders that are a system or a team, never a person to keep as a contact.
_NOT_A_PERSON = re.compile(
    r"(?i)^(?:no-?reply|do-?not-?reply|noreply|jobs|careers?|karriere|recruiting|recrutement|"
    r"recruitment|talent|hr|rh|personal|bewerbung|empleo|seleccion|notifications?|info|hello|"
    r"support|team|alert)s?\b"
)


def sender_contact(*, name: str, address: str) -> dict | None:
    """The sender as a contact (name and email), Outlook's "Last, First" turned round; None
    when the sender is a system or a team mailbox."""
    local = address.partition("@")[0]
    if not address or _NOT_A_PERSON.match(local):
        return None
    name = given_name_first(name.strip()) if name.strip() else ""
    if not name or re.search(r"(?i)\b(?:team|careers|recruiting|via|talent|karriere)\b", name):
        return None
    return {"name": name[:200], "email": address[:254]}


def minutes_or_default(minutes: int | None) -> int:
    return minutes if minutes is not None else int(timedelta(hours=1).total_seconds() // 60)
