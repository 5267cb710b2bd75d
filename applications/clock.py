"""One clock: every window and threshold, the user's zone and today, and how days read.

Today, the withdrawal candidates, the draft checks, the digest and the pages read their
windows here, and build their advice from them ("within 48 hours"), so no two pages can
disagree about when to call or when a process has gone quiet.

The rules, in plain words (the README says the same):

- An interview within ``CALL_WINDOW`` (48 hours, the boundary included): call rather than
  write, on Today, on the candidates page and beside the draft alike. Within ``SHORT_NOTICE``
  (24 hours) it is urgent: shown in red, and the email must cancel the interview. Within
  ``SOON`` (3 days) but past the call window: write today, so they can free the slot.
- Idle: no news for ``QUIET_AFTER`` (28 days), counted from ``quiet_since``, the later of the
  last activity and the last interview held. Before that, a check-in is due after the user's
  own ``follow_up_days``.
- A long process: ``LONG_PROCESS_INTERVIEWS`` interviews held, or ``LONG_PROCESS_AFTER`` (the
  same 28 days) since applying.

Nothing here queries the database: the models import it.
"""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import dateformat, timezone
from django.utils.functional import lazy
from django.utils.translation import gettext, ngettext, pgettext

from accounts import timezones

CALL_WINDOW = timedelta(hours=48)
SHORT_NOTICE = timedelta(hours=24)
SOON = timedelta(days=3)
QUIET_AFTER = timedelta(days=28)
# One period to remember: a process this old has cost the employer real time too.
LONG_PROCESS_AFTER = QUIET_AFTER
LONG_PROCESS_INTERVIEWS = 2
# An undecided offer whose deadline to respond is this close shows on Today.
OFFER_DEADLINE_SOON = timedelta(days=3)
# A withdrawal, or a bulk "no response", can be undone for this long.
UNDO_WINDOW = timedelta(minutes=30)
# The thank-you after withdrawing is suggested from the end of the undo window, for this long.
THANK_YOU_WITHIN = timedelta(days=30)


# Every date that enters Bowout (typed in a form, imported from a file, read from an
# invitation or a restored download) lies in these years. Year 1 or 9999 overflowed once moved
# into a zone west or east of UTC (a 500 on every page showing it), and no job search spans
# them. The forms, the CSV import, invitations and restores all ask ``in_range``.
FIRST_YEAR = 1970
LAST_YEAR = 2100


def _date_range_message() -> str:
    return gettext("Enter a date between %(first)s and %(last)s.") % {
        "first": FIRST_YEAR,
        "last": LAST_YEAR,
    }


# Lazy: written in the language of whoever reads it, not of the process that imported it.
DATE_RANGE_MESSAGE = lazy(_date_range_message, str)()


def in_range(day: date | datetime) -> bool:
    """``day`` (a date, or a moment in any zone) falls between 1970 and 2100."""
    return FIRST_YEAR <= day.year <= LAST_YEAR


def follow_up_after(user) -> timedelta:
    """The user's own wait before a check-in (``User.follow_up_days``, 1 to 21)."""
    return timedelta(days=user.follow_up_days)


# The user's zone and today ------------------------------------------------------------------


def zone_of(user) -> ZoneInfo:
    """The user's zone; the site's when the stored one is unknown (``User.zone`` logs it)."""
    return user.zone


def zone_named(name: str) -> ZoneInfo:
    """A stored zone name as a zone, with the same fallback."""
    return timezones.zone_or_default(name)


def today_for(user, at: datetime | None = None) -> date:
    """The user's date at ``at`` (now by default): not the server's, which is UTC."""
    return (at or timezone.now()).astimezone(zone_of(user)).date()


# Windows ------------------------------------------------------------------------------------


def within(moment: datetime | None, window: timedelta, *, now: datetime) -> bool:
    """``moment`` is still to come and at most ``window`` away (the boundary included)."""
    return moment is not None and now <= moment <= now + window


def in_call_window(interview_at: datetime | None, *, now: datetime) -> bool:
    """An interview within 48 hours: call rather than write."""
    return within(interview_at, CALL_WINDOW, now=now)


def is_short_notice(interview_at: datetime | None, *, now: datetime) -> bool:
    """An interview within 24 hours: urgent, and the email must cancel it."""
    return within(interview_at, SHORT_NOTICE, now=now)


def is_soon(interview_at: datetime | None, *, now: datetime) -> bool:
    """An interview within 3 days, past the call window: write today."""
    return within(interview_at, SOON, now=now) and not in_call_window(interview_at, now=now)


def call_level(interview_at: datetime | None, *, now: datetime) -> str:
    """Bootstrap's colour for an interview in the call window: red when within 24 hours."""
    return "danger" if is_short_notice(interview_at, now=now) else "warning"


# Phrasing -----------------------------------------------------------------------------------


def duration(delta: timedelta) -> str:
    """ "30 minutes", "48 hours", "3 days", "4 weeks": the largest whole unit that fits, in the
    active language (the pages' and the digest's; English by default)."""
    seconds = int(delta.total_seconds())
    for unit, size in (("week", 7 * 86400), ("day", 86400), ("hour", 3600), ("minute", 60)):
        # Whole weeks only from two on, and hours up to two days: "48 hours", "10 days".
        if unit == "week" and seconds < 2 * size:
            continue
        if unit == "day" and seconds <= 2 * 86400 and seconds % 3600 == 0:
            continue
        if seconds >= size and seconds % size == 0:
            count = seconds // size
            return _UNITS[unit](count) % {"count": count}
    return ngettext("%(count)d second", "%(count)d seconds", seconds) % {"count": seconds}


# Each unit's words, whole and plural, in the active language.
_UNITS = {
    "week": lambda count: ngettext("%(count)d week", "%(count)d weeks", count),
    "day": lambda count: ngettext("%(count)d day", "%(count)d days", count),
    "hour": lambda count: ngettext("%(count)d hour", "%(count)d hours", count),
    "minute": lambda count: ngettext("%(count)d minute", "%(count)d minutes", count),
}


def in_days(days: int) -> str:
    """A deadline's distance: "today", "tomorrow", "in 3 days"."""
    if days == 0:
        return gettext("today")
    if days == 1:
        return gettext("tomorrow")
    return ngettext("in %(count)d day", "in %(count)d days", days) % {"count": days}


def long_date(day: date) -> str:
    """ "Friday 11 December" (German: "Freitag, 11. Dezember")."""
    return dateformat.format(day, pgettext("date format", "l j F"))


def day_phrase(day: date, *, today: date) -> str:
    """ "today", "tomorrow", "on Friday" within the week, else "on Fri 11 Dec"."""
    days = (day - today).days
    if days in (0, 1):
        return in_days(days)
    if 0 < days < 7:
        return gettext("on %(day)s") % {"day": dateformat.format(day, "l")}
    return gettext("on %(day)s") % {"day": dateformat.format(day, pgettext("date format", "D j M"))}


def when(moment: datetime, *, now: datetime, zone: ZoneInfo) -> str:
    """ "today at 14:00", "tomorrow at 09:30", "on Friday at 10:00", in ``zone``."""
    local = moment.astimezone(zone)
    today = now.astimezone(zone).date()
    return gettext("%(day)s at %(time)s") % {
        "day": day_phrase(local.date(), today=today),
        "time": f"{local:%H:%M}",
    }
