import os
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from hypothesis import HealthCheck, settings

from tests.factories import PASSWORD, UserFactory

# Hypothesis (tests/fuzz): the same examples on every run and machine, so that a failure in CI
# is one anyone can rerun. For a deeper search, at random except in CI (CI set):
#   HYPOTHESIS_PROFILE=thorough .venv/bin/pytest tests/fuzz
# One logged-in user and their data serve every example; each example rolls back.
SUPPRESSED = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]
# No deadline (a slow shared machine is not a failure), no .hypothesis folder in the checkout.
settings.register_profile(
    "bowout",
    max_examples=8,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=SUPPRESSED,
)
settings.register_profile(
    "thorough",
    max_examples=300,
    derandomize=bool(os.environ.get("CI")),
    deadline=None,
    database=None,
    suppress_health_check=SUPPRESSED,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "bowout"))


@dataclass(frozen=True)
class Instant:
    """A fixed moment, and the zone the test's owner lives in at it."""

    moment: datetime
    zone: ZoneInfo

    @property
    def today(self) -> date:
        """The owner's today: what every rule about days counts from (not the server's UTC)."""
        return self.moment.astimezone(self.zone).date()

    def local(self, day: date, hour: int, minute: int = 0) -> datetime:
        """That day at that hour in the owner's zone, as an aware datetime."""
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=self.zone)


LONDON = ZoneInfo("Europe/London")
AUCKLAND = ZoneInfo("Pacific/Auckland")
# The hours at which a rule about "today", "tomorrow" or "in 48 hours" goes wrong if it counts
# days in the wrong zone, or hours across a change of clocks.
INSTANTS = {
    "london-23h30": Instant(datetime(2026, 12, 4, 23, 30, tzinfo=LONDON), LONDON),
    "auckland-23h30": Instant(datetime(2026, 12, 4, 23, 30, tzinfo=AUCKLAND), AUCKLAND),
    # Europe moves to summer time at 01:00 UTC: 28 March 2027 has 23 hours in London.
    "spring-forward": Instant(datetime(2027, 3, 28, 0, 45, tzinfo=UTC), LONDON),
    # And back at 01:00 UTC: 25 October 2026 has 25 hours in London, 01:30 happens twice.
    "fall-back": Instant(datetime(2026, 10, 25, 1, 30, tzinfo=UTC), LONDON),
    "year-end": Instant(datetime(2026, 12, 31, 23, 30, tzinfo=UTC), LONDON),
    # London and UTC share a date all winter: these two are a day ahead of the server's UTC.
    "london-summer-00h30": Instant(datetime(2026, 7, 1, 0, 30, tzinfo=LONDON), LONDON),
    "auckland-09h00": Instant(datetime(2026, 12, 5, 9, 0, tzinfo=AUCKLAND), AUCKLAND),
}


@pytest.fixture(params=list(INSTANTS.values()), ids=list(INSTANTS))
def any_hour(request):
    """Run the test at each of INSTANTS, the clock stopped, the owner living in its zone.

    Ask for it FIRST among the test's fixtures, so that every row the others create is made at
    the frozen instant too. The test's expectations count from ``any_hour.today``.
    """
    instant = request.param
    with time_machine.travel(instant.moment, tick=False):
        if "owner" in request.fixturenames:
            owner = request.getfixturevalue("owner")
            owner.time_zone = instant.zone.key
            owner.save(update_fields=["time_zone"])
        yield instant


@pytest.fixture
def owner(db):
    return UserFactory(username="owner", full_name="Alex Morgan")


@pytest.fixture
def stranger(db):
    return UserFactory(username="stranger", full_name="Sam Stranger")


@pytest.fixture
def owner_client(client, owner):
    client.force_login(owner)
    return client


@pytest.fixture
def typed_password_client(owner_client):
    """The password typed again in the last 5 minutes, as changing the address, deleting the
    account or making a new calendar link asks (allauth's re-authentication)."""
    owner_client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    return owner_client
