"""A curated list of real IANA time zones, grouped by region, for people to pick from.

The full IANA database has about 600 names, many of them aliases or oddities ("Factory",
"localtime", "Etc/GMT+5"). People look for their city: one well-known city per zone in use,
grouped by region, is what a polished product offers. A zone not listed here (kept from before,
or detected by the browser) is still valid if the IANA database knows it.
"""

import logging
import zoneinfo

from django.conf import settings
from django.utils.translation import gettext, gettext_noop, pgettext_lazy

logger = logging.getLogger(__name__)

REGIONS: dict[str, tuple[str, ...]] = {
    gettext_noop("Europe"): (
        "Europe/London",
        "Europe/Dublin",
        "Europe/Lisbon",
        "Europe/Madrid",
        "Europe/Paris",
        "Europe/Brussels",
        "Europe/Amsterdam",
        "Europe/Berlin",
        "Europe/Zurich",
        "Europe/Rome",
        "Europe/Vienna",
        "Europe/Prague",
        "Europe/Warsaw",
        "Europe/Stockholm",
        "Europe/Oslo",
        "Europe/Copenhagen",
        "Europe/Helsinki",
        "Europe/Athens",
        "Europe/Bucharest",
        "Europe/Kyiv",
        "Europe/Istanbul",
        "Europe/Moscow",
    ),
    gettext_noop("Americas"): (
        "America/St_Johns",
        "America/Halifax",
        "America/Toronto",
        "America/New_York",
        "America/Chicago",
        "America/Denver",
        "America/Phoenix",
        "America/Los_Angeles",
        "America/Vancouver",
        "America/Anchorage",
        "Pacific/Honolulu",
        "America/Mexico_City",
        "America/Bogota",
        "America/Lima",
        "America/Caracas",
        "America/Santiago",
        "America/Argentina/Buenos_Aires",
        "America/Sao_Paulo",
    ),
    gettext_noop("Africa"): (
        "Africa/Casablanca",
        "Africa/Lagos",
        "Africa/Cairo",
        "Africa/Johannesburg",
        "Africa/Nairobi",
        "Africa/Accra",
    ),
    gettext_noop("Asia"): (
        "Asia/Dubai",
        "Asia/Tehran",
        "Asia/Karachi",
        "Asia/Kolkata",
        "Asia/Kathmandu",
        "Asia/Dhaka",
        "Asia/Bangkok",
        "Asia/Jakarta",
        "Asia/Singapore",
        "Asia/Hong_Kong",
        "Asia/Shanghai",
        "Asia/Taipei",
        "Asia/Manila",
        "Asia/Seoul",
        "Asia/Tokyo",
        "Asia/Jerusalem",
        "Asia/Riyadh",
    ),
    gettext_noop("Australia and Pacific"): (
        "Australia/Perth",
        "Australia/Adelaide",
        "Australia/Darwin",
        "Australia/Brisbane",
        "Australia/Sydney",
        "Australia/Melbourne",
        "Australia/Hobart",
        "Pacific/Auckland",
        "Pacific/Fiji",
    ),
    gettext_noop("Atlantic and Indian Ocean"): (
        "Atlantic/Reykjavik",
        "Atlantic/Azores",
        "Atlantic/Canary",
        "Indian/Mauritius",
        "Indian/Maldives",
    ),
    gettext_noop("Universal"): ("UTC",),
}

CURATED = frozenset(name for names in REGIONS.values() for name in names)


# The tz database's areas, as a zone's label names them in the reader's language.
AREAS = {
    "Africa": pgettext_lazy("time zone area", "Africa"),
    "America": pgettext_lazy("time zone area", "America"),
    "Asia": pgettext_lazy("time zone area", "Asia"),
    "Atlantic": pgettext_lazy("time zone area", "Atlantic"),
    "Australia": pgettext_lazy("time zone area", "Australia"),
    "Europe": pgettext_lazy("time zone area", "Europe"),
    "Indian": pgettext_lazy("time zone area", "Indian"),
    "Pacific": pgettext_lazy("time zone area", "Pacific"),
}


def label(name: str) -> str:
    """ "America/Argentina/Buenos_Aires" reads as "Buenos Aires (America)" ("(Amerika)" in
    German); the city keeps the tz database's English name."""
    if "/" not in name:
        return name
    region, _, city = name.partition("/")
    return f"{city.rsplit('/', 1)[-1].replace('_', ' ')} ({AREAS.get(region, region)})"


def grouped_choices(extra: str = "") -> list:
    """Choices grouped by region, sorted by city; ``extra`` adds one valid zone not listed."""
    choices = [
        (
            gettext(region),
            sorted(((name, label(name)) for name in names), key=lambda pair: pair[1]),
        )
        for region, names in REGIONS.items()
    ]
    if extra and extra not in CURATED and is_valid(extra):
        choices.insert(0, (gettext("Your current zone"), [(extra, label(extra))]))
    return choices


def is_valid(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    # OSError: a name too long for a file name (zoneinfo looks it up as a file).
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return name not in ("Factory", "localtime")


def zone_or_default(name: str, *, user_id: int | None = None) -> zoneinfo.ZoneInfo:
    """The zone named, or the site's (``TIME_ZONE``) when the name is unknown here: renamed in
    a later zone database, or written around the form. Logged, so it can be fixed; never a 500
    on the dashboard, nor a digest run stopped for everyone."""
    if is_valid(name):
        return zoneinfo.ZoneInfo(name)
    logger.warning("Unknown time zone %r (user %s): using %s", name, user_id, settings.TIME_ZONE)
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)
