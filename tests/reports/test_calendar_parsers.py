"""The feed and the single-interview .ics read alike by a second, independent parser
(vobject), in six zones, on both sides of each zone's clock change.

A VTIMEZONE generated from a zone's whole history misled other parsers: Britain kept +01:00
all year from 1968 to 1971 and called it standard time, so vobject and ical.js (Thunderbird)
read a December interview at 09:00 London as 08:00. Times are now written in UTC, which every
parser reads the same."""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
import time_machine
import vobject
from django.urls import reverse

from applications.models import Stage
from tests.factories import ApplicationFactory, InterviewFactory

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 12, 5, 21, 0, tzinfo=UTC)
# Each zone's days either side of its next clock changes (São Paulo and Kolkata keep one
# offset all year: the same days show that nothing moves them).
DAYS = {
    "Europe/London": [date(2026, 12, 10), date(2027, 3, 27), date(2027, 3, 29), date(2027, 11, 1)],
    "Europe/Berlin": [date(2026, 12, 10), date(2027, 3, 27), date(2027, 3, 29), date(2027, 11, 1)],
    "America/New_York": [
        date(2026, 12, 10),
        date(2027, 3, 13),
        date(2027, 3, 15),
        date(2027, 11, 8),
    ],
    "America/Sao_Paulo": [
        date(2026, 12, 10),
        date(2027, 3, 13),
        date(2027, 3, 29),
        date(2027, 7, 1),
    ],
    "Asia/Kolkata": [date(2026, 12, 10), date(2027, 3, 27), date(2027, 3, 29), date(2027, 7, 1)],
    "Australia/Sydney": [date(2026, 12, 10), date(2027, 4, 3), date(2027, 4, 5), date(2027, 10, 4)],
}


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def interviews_at_nine(owner, zone_name: str):
    """An interview at 09:00 local time on each of the zone's days."""
    owner.time_zone = zone_name
    owner.save()
    application = ApplicationFactory(owner=owner, stage=Stage.INTERVIEWING)
    zone = ZoneInfo(zone_name)
    return [
        InterviewFactory(
            application=application,
            scheduled_at=datetime.combine(day, time(9), tzinfo=zone).astimezone(UTC),
        )
        for day in DAYS[zone_name]
    ]


def starts_by_vobject(content: bytes) -> dict[str, datetime]:
    calendar = vobject.readOne(content.decode())
    return {event.uid.value: event.dtstart.value.astimezone(UTC) for event in calendar.vevent_list}


@pytest.mark.parametrize("zone_name", list(DAYS))
def test_the_feed_reads_the_same_in_vobject_on_both_sides_of_a_clock_change(
    client, owner, zone_name
):
    interviews = interviews_at_nine(owner, zone_name)

    response = client.get(reverse("reports:calendar_feed", args=[owner.calendar_token]))

    starts = starts_by_vobject(response.content)
    for interview in interviews:
        start = starts[f"interview-{interview.pk}@bowout"]
        assert start == interview.scheduled_at
        assert start.astimezone(ZoneInfo(zone_name)).strftime("%H:%M") == "09:00"


@pytest.mark.parametrize("zone_name", list(DAYS))
def test_one_interviews_file_reads_the_same_in_vobject(owner_client, owner, zone_name):
    interviews = interviews_at_nine(owner, zone_name)

    for interview in interviews:
        response = owner_client.get(
            reverse("reports:interview_ics", args=[interview.application_id, interview.pk])
        )
        (start,) = starts_by_vobject(response.content).values()
        assert start == interview.scheduled_at
        assert start.astimezone(ZoneInfo(zone_name)).strftime("%H:%M") == "09:00"


def test_london_in_december_is_not_read_an_hour_early(client, owner):
    (december, *_rest) = interviews_at_nine(owner, "Europe/London")

    response = client.get(reverse("reports:calendar_feed", args=[owner.calendar_token]))

    start = starts_by_vobject(response.content)[f"interview-{december.pk}@bowout"]
    assert start == datetime(2026, 12, 10, 9, 0, tzinfo=UTC)
