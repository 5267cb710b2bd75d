"""One clock (applications/clock.py): every page keeps the same windows, on the user's calendar.

Literal values throughout: the call window is 48 hours, Today shows at most 12 items, a
process is quiet after 28 days. Time is frozen wherever a rule depends on it.
"""

import logging
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.urls import reverse

from accounts.models import User
from applications import clock
from applications.models import Offer, Stage
from tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    OfferFactory,
    UserFactory,
)
from withdrawals import digest, services, today
from withdrawals.candidates import situation_for
from withdrawals.models import DigestDelivery, Scenario, WithdrawalDraft

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
AUCKLAND = ZoneInfo("Pacific/Auckland")
NEW_YORK = ZoneInfo("America/New_York")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
# Wednesday 18 November 2026, 09:00 in London (GMT, so UTC too).
NOW = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


def holding_offer(
    user,
    *,
    company="Offerco",
    respond_by=None,
    decision=Offer.Decision.PENDING,
    received_on=date(2026, 10, 1),
):
    """A written offer: every other live process of ``user`` becomes a withdrawal candidate."""
    return OfferFactory(
        application=ApplicationFactory(
            owner=user,
            company=company,
            stage=Stage.ACCEPTED if decision == Offer.Decision.ACCEPTED else Stage.OFFER,
        ),
        received_on=received_on,
        respond_by=respond_by,
        decision=decision,
        decided_on=None if decision == Offer.Decision.PENDING else received_on,
    )


def interviewing(user, *, company, at):
    application = ApplicationFactory(owner=user, company=company, stage=Stage.INTERVIEWING)
    ContactFactory(application=application, is_main=True)
    InterviewFactory(application=application, scheduled_at=at)
    return application


def items(user, now=NOW):
    return today.today_items(user=user, now=now)


# The call window: 48 hours, the boundary included, alike on every page -----------------------


def test_today_asks_to_call_at_exactly_48_hours_and_not_one_second_later(owner):
    holding_offer(owner)
    interviewing(owner, company="Boundaryco", at=NOW + timedelta(hours=48))
    interviewing(owner, company="Pastco", at=NOW + timedelta(hours=48, seconds=1))

    calls = [item for item in items(owner) if item.kind == "call"]

    assert [item.title for item in calls] == [
        "Call Boundaryco before the interview on Friday at 09:00"
    ]
    assert calls[0].level == "warning"


def test_an_interview_30_hours_away_gets_the_same_advice_on_today_and_the_candidates_page(
    owner, owner_client
):
    with time_machine.travel(NOW, tick=False):
        holding_offer(owner)
        # Thursday 15:00 in London: 30 hours after Wednesday 09:00.
        interviewing(owner, company="Thirtyco", at=NOW + timedelta(hours=30))

        dashboard = owner_client.get(reverse("home")).text
        candidates = owner_client.get(reverse("withdrawals:candidates")).text
        [candidate] = situation_for(owner, now=NOW).candidates
        [call] = [item for item in items(owner) if item.kind == "call"]

    assert "Call Thirtyco before the interview tomorrow at 15:00" in dashboard
    assert "never miss it without notice" in call.detail
    assert (
        "The interview is within 48 hours: call them rather than email, and never miss it "
        "without notice." in candidates
    )
    assert "withdraw today, so they can free the slot" not in candidates
    # Amber on both: red is for the last 24 hours.
    assert call.level == candidate.advice_level == "warning"


def test_within_24_hours_both_pages_turn_red(owner):
    with time_machine.travel(NOW, tick=False):
        holding_offer(owner)
        interviewing(owner, company="Soonco", at=NOW + timedelta(hours=24))
        [call] = [item for item in items(owner) if item.kind == "call"]
        [candidate] = situation_for(owner, now=NOW).candidates

    assert call.level == candidate.advice_level == "danger"


# Today: the 12-item cap across rules, and the stage filters ----------------------------------


def test_today_shows_12_items_at_most_the_most_pressing_rules_first(owner):
    for number in range(5):
        # Five deadlines; each offer also makes the other processes candidates.
        holding_offer(owner, company=f"Offer {number}", respond_by=date(2026, 11, 19))
        interviewing(owner, company=f"Call {number}", at=NOW + timedelta(hours=3 + number))
        ApplicationFactory(
            owner=owner,
            company=f"Quiet {number}",
            stage=Stage.APPLIED,
            last_activity_at=NOW - timedelta(days=10 + number),
        )

    shown = items(owner)

    assert len(shown) == 12
    assert [item.kind for item in shown] == ["call"] * 5 + ["deadline"] * 5 + ["follow-up"] * 2


def test_today_shows_all_11_items_below_the_cap(owner):
    for number in range(5):
        holding_offer(owner, company=f"Offer {number}", respond_by=date(2026, 11, 19))
        interviewing(owner, company=f"Call {number}", at=NOW + timedelta(hours=3 + number))
    ApplicationFactory(owner=owner, stage=Stage.APPLIED, last_activity_at=NOW - timedelta(days=10))

    assert [item.kind for item in items(owner)] == ["call"] * 5 + ["deadline"] * 5 + ["follow-up"]


@pytest.mark.parametrize(
    "stage", [Stage.REJECTED, Stage.WITHDRAWN, Stage.OFFER_DECLINED, Stage.NO_RESPONSE]
)
def test_a_closed_process_never_asks_for_a_call_nor_a_deadline(owner, stage):
    # A withdrawal drafted, an interview in 3 hours and an offer due tomorrow: were it open,
    # Today would show both.
    closed = interviewing(owner, company="Closedco", at=NOW + timedelta(hours=3))
    WithdrawalDraft.objects.create(
        application=closed, scenario=Scenario.NO_REASON, subject="Leaving", body="Thank you"
    )
    OfferFactory(application=closed, received_on=date(2026, 11, 1), respond_by=date(2026, 11, 19))
    type(closed).objects.filter(pk=closed.pk).update(stage=stage)

    assert items(owner) == []


def test_the_same_process_open_does_ask_for_both(owner):
    # The control for the test above: only the stage differs.
    open_ = interviewing(owner, company="Openco", at=NOW + timedelta(hours=3))
    WithdrawalDraft.objects.create(
        application=open_, scenario=Scenario.NO_REASON, subject="Leaving", body="Thank you"
    )
    OfferFactory(application=open_, received_on=date(2026, 11, 1), respond_by=date(2026, 11, 19))
    type(open_).objects.filter(pk=open_.pk).update(stage=Stage.OFFER)

    assert [item.kind for item in items(owner)] == ["call", "deadline"]


# Kept in play, and an offer decided that same day on the user's calendar ---------------------


def kept_while_negotiating(user, *, at):
    application = ApplicationFactory(owner=user, company="Keptco", stage=Stage.INTERVIEWING)
    with time_machine.travel(at, tick=False):
        services.keep_in_play(application=application, reason="negotiating")
    return application


@pytest.mark.parametrize(
    ("decided_on", "shown"),
    [(date(2026, 11, 17), True), (date(2026, 11, 16), False)],
    ids=["the-same-evening", "the-day-before"],
)
def test_an_offer_decided_on_the_day_kept_in_play_counts_in_new_york(decided_on, shown):
    user = UserFactory(username="nyc", time_zone="America/New_York")
    # Tuesday 17 November, 20:00 in New York: already Wednesday 01:00 in UTC.
    kept_at = datetime(2026, 11, 17, 20, 0, tzinfo=NEW_YORK)
    kept_while_negotiating(user, at=kept_at)
    offer = holding_offer(user)
    Offer.objects.filter(pk=offer.pk).update(
        decision=Offer.Decision.ACCEPTED, decided_on=decided_on
    )

    titles = [item.title for item in items(user, now=kept_at + timedelta(hours=2))]

    assert ("Decide on Keptco: you kept it in play" in titles) is shown


# The user's today: a start date, in zones where it is not UTC's -------------------------------


@pytest.mark.parametrize(
    ("now", "started"),
    [
        # Saturday 5 December, 09:00 in Auckland: still Friday 4 December in UTC.
        (datetime(2026, 12, 5, 9, 0, tzinfo=AUCKLAND), True),
        # Friday 4 December, 20:00 in Los Angeles: already Saturday 5 December in UTC.
        (datetime(2026, 12, 4, 20, 0, tzinfo=LOS_ANGELES), False),
    ],
)
def test_a_new_job_starts_on_the_users_own_date(now, started):
    user = UserFactory(username="starter", time_zone=now.tzinfo.key)
    kept = kept_while_negotiating(user, at=now - timedelta(days=3))
    offer = holding_offer(user, decision=Offer.Decision.ACCEPTED)
    Offer.objects.filter(pk=offer.pk).update(start_date=date(2026, 12, 5))

    with time_machine.travel(now, tick=False):
        situation = situation_for(user, now=now)
        started_offers = list(Offer.objects.started(today=clock.today_for(user, now)))

    assert situation.started is started
    assert (started_offers == [offer]) is started
    # From the start date, the kept process is a candidate again, for polite regrets.
    assert ([c.application for c in situation.candidates] == [kept]) is started
    assert any(item.kind == "kept" for item in items(user, now=now)) is started


# Instants: 23:30 in London and in Auckland, the nights the clocks change, the year's end ------


def test_today_names_today_and_tomorrow_on_the_owners_calendar(any_hour, owner, owner_client):
    holding_offer(
        owner,
        respond_by=any_hour.today + timedelta(days=1),
        received_on=any_hour.today - timedelta(days=10),
    )
    interviewing(owner, company="Tonightco", at=any_hour.moment + timedelta(minutes=20))
    tomorrow_10h = any_hour.local(any_hour.today + timedelta(days=1), 10)
    interviewing(owner, company="Tomorrowco", at=tomorrow_10h)

    section = owner_client.get(reverse("home")).text

    tonight = (any_hour.moment + timedelta(minutes=20)).astimezone(any_hour.zone)
    assert f"Call Tonightco before the interview today at {tonight:%H:%M}" in section
    assert "Call Tomorrowco before the interview tomorrow at 10:00" in section
    assert "Answer the offer from Offerco: the deadline is tomorrow" in section


def test_a_snooze_lasts_until_the_owners_tomorrow(any_hour, owner):
    assert today.snooze(user=owner, key="quiet:abc") == any_hour.today + timedelta(days=1)


# The user's zone: an unknown one falls back to the site's, logged -----------------------------


def with_unknown_zone(user) -> User:
    # Written around the form (an old row, a zone renamed in a later database).
    User.objects.filter(pk=user.pk).update(time_zone="Mars/Olympus_Mons")
    user.refresh_from_db()
    return user


def test_an_unknown_zone_falls_back_to_the_sites_and_is_logged(owner, caplog):
    with_unknown_zone(owner)

    with caplog.at_level(logging.WARNING, logger="accounts.timezones"):
        zone = clock.zone_of(owner)

    assert zone == ZoneInfo("UTC")
    assert "Unknown time zone 'Mars/Olympus_Mons'" in caplog.text


def test_the_dashboard_of_a_user_with_an_unknown_zone_still_opens(owner, owner_client):
    holding_offer(owner, respond_by=date(2026, 11, 19))
    with_unknown_zone(owner)

    with time_machine.travel(NOW, tick=False):
        response = owner_client.get(reverse("home"))

    assert response.status_code == 200
    assert "Answer the offer from Offerco: the deadline is tomorrow" in response.text


def digest_reader(username, *, time_zone="UTC"):
    user = UserFactory(
        username=username, email=f"{username}@example.com", time_zone="UTC", digest_opt_in=True
    )
    OfferFactory(
        application=ApplicationFactory(owner=user, company=f"{username} Ltd", stage=Stage.OFFER),
        received_on=date(2026, 11, 1),
        respond_by=date(2026, 11, 19),
    )
    User.objects.filter(pk=user.pk).update(time_zone=time_zone)
    return user


def test_an_unknown_zone_gets_the_digest_in_the_sites_morning_and_the_next_user_too():
    odd = digest_reader("odd", time_zone="Mars/Olympus_Mons")
    next_user = digest_reader("next")

    # 07:30 UTC: the site's morning (UTC) and the next user's.
    assert digest.send_due_digests(now=datetime(2026, 11, 18, 7, 30, tzinfo=UTC)) == 2

    assert sorted(message.to[0] for message in mail.outbox) == [
        "next@example.com",
        "odd@example.com",
    ]
    assert DigestDelivery.objects.filter(user=odd, status=DigestDelivery.Status.SENT).exists()
    assert DigestDelivery.objects.filter(user=next_user, status=DigestDelivery.Status.SENT).exists()


def test_one_users_failure_never_stops_the_other_users_digests(monkeypatch, caplog):
    first = digest_reader("first")
    broken = digest_reader("broken")
    last = digest_reader("last")
    real_today_items = digest.today_items

    def today_items(*, user, now):
        if user.pk == broken.pk:
            raise RuntimeError("a bug in building this one user's list")
        return real_today_items(user=user, now=now)

    monkeypatch.setattr(digest, "today_items", today_items)

    with caplog.at_level(logging.ERROR, logger="withdrawals.digest"):
        sent = digest.send_due_digests(now=datetime(2026, 11, 18, 7, 30, tzinfo=UTC))

    assert sent == 2
    assert sorted(message.to[0] for message in mail.outbox) == [
        "first@example.com",
        "last@example.com",
    ]
    assert f"Could not send the daily digest to user {broken.pk}" in caplog.text
    # Nothing claimed for the broken user's day: the next run retries it.
    assert not DigestDelivery.objects.filter(user=broken).exists()
    assert DigestDelivery.objects.filter(user__in=[first, last]).count() == 2


# The phrasing, from the constants --------------------------------------------------------------


@pytest.mark.parametrize(
    ("delta", "words"),
    [
        (timedelta(minutes=30), "30 minutes"),
        (timedelta(hours=24), "24 hours"),
        (timedelta(hours=48), "48 hours"),
        (timedelta(days=3), "3 days"),
        (timedelta(days=28), "4 weeks"),
        (timedelta(days=30), "30 days"),
    ],
)
def test_durations_read_in_the_largest_whole_unit(delta, words):
    assert clock.duration(delta) == words


def test_the_windows_are_the_documented_ones():
    assert timedelta(hours=48) == clock.CALL_WINDOW
    assert timedelta(hours=24) == clock.SHORT_NOTICE
    assert timedelta(days=3) == clock.SOON
    assert clock.QUIET_AFTER == clock.LONG_PROCESS_AFTER == timedelta(days=28)
    assert timedelta(minutes=30) == clock.UNDO_WINDOW
    assert timedelta(days=30) == clock.THANK_YOU_WITHIN


def test_the_quiet_page_and_its_undo_say_the_windows(owner_client, owner):
    ApplicationFactory(owner=owner, stage=Stage.APPLIED, last_activity_at=NOW - timedelta(days=28))

    with time_machine.travel(NOW, tick=False):
        page = owner_client.get(reverse("applications:quiet"))
        closed = owner_client.post(
            reverse("applications:quiet"),
            {"application": [str(a.pk) for a in page.context["applications"]]},
            follow=True,
        )

    assert "No news for 4 weeks or more" in page.text
    assert "You can undo this for 30 minutes." in closed.text
