"""Today: a saved posting that closes within the clock's "soon" window (3 days, the boundary
included, on the user's own today), while the application is still only Interested."""

from datetime import UTC, date, datetime

import pytest
import time_machine

from applications.models import PostingSnapshot, Stage
from tests.factories import ApplicationFactory, UserFactory
from withdrawals import today

pytestmark = pytest.mark.django_db

# Wednesday 18 November 2026, 09:00 UTC (09:00 in London).
NOW = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


@pytest.fixture
def user(db):
    return UserFactory(username="seeker", time_zone="Europe/London")


def saved_posting(user, *, closes, stage=Stage.INTERESTED, company="Northwind"):
    application = ApplicationFactory(
        owner=user, company=company, position="Product Designer", stage=stage
    )
    PostingSnapshot.objects.create(application=application, closing_date=closes)
    return application


def closing_items(user, now=NOW):
    return [item for item in today.today_items(user=user, now=now) if item.kind == "closing"]


@pytest.mark.parametrize(
    ("closes", "title", "level"),
    [
        (date(2026, 11, 18), "Apply to Northwind: the posting closes today", "danger"),
        (date(2026, 11, 19), "Apply to Northwind: the posting closes tomorrow", "danger"),
        (date(2026, 11, 20), "Apply to Northwind: the posting closes in 2 days", "warning"),
        (date(2026, 11, 21), "Apply to Northwind: the posting closes in 3 days", "warning"),
    ],
)
def test_a_posting_closing_within_three_days_is_a_today_item(user, closes, title, level):
    application = saved_posting(user, closes=closes)

    [item] = closing_items(user)

    assert (item.title, item.level, item.action) == (title, level, "Open the application")
    assert item.url == f"/applications/{application.pk}/#posting"
    assert item.key == f"closing:{application.pk}:{closes.isoformat()}"
    assert item.detail == (
        f"Product Designer, open until {closes:%A} {closes.day} November. Apply, or close it if "
        "the role is no longer for you."
    )


@pytest.mark.parametrize("closes", [date(2026, 11, 22), date(2026, 11, 17), None])
def test_no_item_four_days_out_once_closed_or_without_a_date(user, closes):
    saved_posting(user, closes=closes)

    assert closing_items(user) == []


@pytest.mark.parametrize(
    "stage", [Stage.APPLIED, Stage.SCREENING, Stage.REJECTED, Stage.WITHDRAWN, Stage.NO_RESPONSE]
)
def test_only_while_still_interested(user, stage):
    saved_posting(user, closes=date(2026, 11, 19), stage=stage)

    assert closing_items(user) == []


@pytest.mark.parametrize(
    ("time_zone", "shown"),
    [
        # 10:30 UTC on 18 November is 00:30 on 19 November in Kiritimati (UTC+14): a posting
        # closing on 22 November closes in 3 days there...
        ("Pacific/Kiritimati", True),
        # ...in 4 days in London...
        ("Europe/London", False),
        # ...and in 5 days in Pago Pago (UTC-11, 23:30 on 17 November).
        ("Pacific/Pago_Pago", False),
    ],
)
def test_the_days_are_counted_in_the_users_zone_around_midnight(time_zone, shown):
    user = UserFactory(username="far", time_zone=time_zone)
    saved_posting(user, closes=date(2026, 11, 22))
    now = datetime(2026, 11, 18, 10, 30, tzinfo=UTC)

    assert len(closing_items(user, now=now)) == (1 if shown else 0)


def test_at_23h30_the_boundary_is_still_today_s_three_days(user):
    """Frozen at 23:30 in London: "in 3 days" is counted from today, not from tomorrow."""
    saved_posting(user, closes=date(2026, 12, 7), company="Edge")
    saved_posting(user, closes=date(2026, 12, 8), company="Past the edge")

    with time_machine.travel(datetime(2026, 12, 4, 23, 30, tzinfo=UTC), tick=False):
        titles = [item.title for item in closing_items(user, now=None)]

    assert titles == ["Apply to Edge: the posting closes in 3 days"]


def test_another_users_posting_is_never_on_my_today(user):
    saved_posting(UserFactory(username="other"), closes=date(2026, 11, 19))

    assert closing_items(user) == []


def test_soonest_first_and_at_most_five(user):
    for index in range(7):
        saved_posting(user, closes=date(2026, 11, 21 - index % 4), company=f"Co {index}")

    items = closing_items(user)

    assert len(items) == 5
    assert [item.title.split(": ")[1] for item in items] == [
        "the posting closes today",
        "the posting closes tomorrow",
        "the posting closes tomorrow",
        "the posting closes in 2 days",
        "the posting closes in 2 days",
    ]


def test_snoozing_hides_it_until_tomorrow(user):
    saved_posting(user, closes=date(2026, 11, 20))
    [item] = closing_items(user)

    today.snooze(user=user, key=item.key, now=NOW)

    assert closing_items(user) == []
    assert len(closing_items(user, now=datetime(2026, 11, 19, 9, 0, tzinfo=UTC))) == 1
