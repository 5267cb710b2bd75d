"""The Today rules on fixed clocks, in the user's own time zone."""

from datetime import UTC, date, datetime, timedelta

import pytest

from applications import services as application_services
from applications.models import Interview, KeepReason, Offer, Stage
from tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    OfferFactory,
    UserFactory,
)
from withdrawals import today
from withdrawals.models import Scenario, Withdrawal, WithdrawalDraft

pytestmark = pytest.mark.django_db

# Wednesday 18 November 2026, 09:00 UTC (09:00 in London).
NOW = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


@pytest.fixture
def user(db):
    return UserFactory(username="seeker", time_zone="Europe/London")


def kinds(user, now=NOW):
    return [item.kind for item in today.today_items(user=user, now=now)]


def titles(user, now=NOW):
    return [item.title for item in today.today_items(user=user, now=now)]


def applied(user, *, quiet_for, company="Quietco", stage=Stage.APPLIED, now=NOW):
    return ApplicationFactory(
        owner=user, company=company, stage=stage, last_activity_at=now - quiet_for
    )


def written_offer(user, *, company="Offerco", decision=Offer.Decision.PENDING, **kwargs):
    return OfferFactory(
        application=ApplicationFactory(
            owner=user,
            company=company,
            stage=Stage.ACCEPTED if decision == Offer.Decision.ACCEPTED else Stage.OFFER,
            last_activity_at=NOW,
        ),
        received_on=date(2026, 11, 10),
        decision=decision,
        decided_on=date(2026, 11, 17) if decision != Offer.Decision.PENDING else None,
        **kwargs,
    )


# Follow-ups ------------------------------------------------------------------------------


def test_follow_up_is_due_after_exactly_the_default_seven_days(user):
    applied(user, quiet_for=timedelta(days=7), company="Seven")
    applied(user, quiet_for=timedelta(days=6, hours=23), company="Almost")

    items = today.today_items(user=user, now=NOW)

    assert [item.title for item in items] == ["Follow up with Seven"]
    assert items[0].action == "Draft a check-in"
    assert items[0].detail.endswith("no news for 7 days. A short check-in helps.")


def test_follow_up_days_follow_the_users_setting(user):
    user.follow_up_days = 10
    applied(user, quiet_for=timedelta(days=9, hours=23), company="Nine")
    applied(user, quiet_for=timedelta(days=10), company="Ten")

    assert titles(user) == ["Follow up with Ten"]


@pytest.mark.parametrize(
    "stage", [Stage.INTERESTED, Stage.OFFER, Stage.ACCEPTED, Stage.REJECTED, Stage.WITHDRAWN]
)
def test_no_follow_up_outside_applied_screening_interviewing(user, stage):
    applied(user, quiet_for=timedelta(days=10), stage=stage)

    assert "follow-up" not in kinds(user)


def test_no_follow_up_while_an_interview_is_to_come(user):
    application = applied(user, quiet_for=timedelta(days=10))
    InterviewFactory(application=application, scheduled_at=NOW + timedelta(days=5))

    assert kinds(user) == []


def test_an_interview_held_restarts_the_follow_up_clock(user):
    application = applied(user, quiet_for=timedelta(days=20), stage=Stage.INTERVIEWING)
    # Held three days ago, never marked done: still news.
    InterviewFactory(application=application, scheduled_at=NOW - timedelta(days=3))
    assert kinds(user) == []

    assert kinds(user, now=NOW + timedelta(days=4)) == ["follow-up"]


def test_a_cancelled_interview_is_no_news(user):
    application = applied(user, quiet_for=timedelta(days=8))
    InterviewFactory(
        application=application,
        scheduled_at=NOW - timedelta(days=2),
        status=Interview.Status.CANCELLED,
    )

    assert kinds(user) == ["follow-up"]


def test_a_recorded_check_in_ends_the_follow_up_until_the_next_silence(user):
    application = applied(user, quiet_for=timedelta(days=8))
    assert kinds(user) == ["follow-up"]

    # A check-in sent, a contact added: any activity restarts the clock.
    application_services.save_contact(
        contact=ContactFactory.build(application=application, name="Jo Bloggs")
    )
    application.refresh_from_db()

    real_now = application.last_activity_at
    assert kinds(user, now=real_now + timedelta(days=6)) == []
    assert kinds(user, now=real_now + timedelta(days=7)) == ["follow-up"]


# Gone quiet ------------------------------------------------------------------------------


def test_four_weeks_without_news_is_gone_quiet_not_a_follow_up(user):
    applied(user, quiet_for=timedelta(days=28), company="Old one")
    applied(user, quiet_for=timedelta(days=40), company="Older one")
    applied(user, quiet_for=timedelta(days=27, hours=23), company="Nearly")

    items = today.today_items(user=user, now=NOW)

    assert [item.kind for item in items] == ["follow-up", "quiet"]
    assert items[1].title == "2 processes have gone quiet for 4 weeks or more"
    assert items[1].url == "/applications/quiet/"


def test_one_quiet_process_is_named_in_the_singular(user):
    applied(user, quiet_for=timedelta(days=30))

    assert titles(user) == ["1 process has gone quiet for 4 weeks or more"]


# Offer deadlines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("respond_by", "title"),
    [
        (date(2026, 11, 18), "Answer the offer from Offerco: the deadline is today"),
        (date(2026, 11, 19), "Answer the offer from Offerco: the deadline is tomorrow"),
        (date(2026, 11, 21), "Answer the offer from Offerco: the deadline is in 3 days"),
    ],
)
def test_an_offer_deadline_within_three_days(user, respond_by, title):
    offer = written_offer(user, respond_by=respond_by)

    [item] = today.today_items(user=user, now=NOW)

    assert item.title == title
    assert item.url == f"/applications/{offer.application.pk}/#offer"


@pytest.mark.parametrize("respond_by", [date(2026, 11, 22), date(2026, 11, 17), None])
def test_no_deadline_item_four_days_out_past_or_without_one(user, respond_by):
    written_offer(user, respond_by=respond_by)

    assert kinds(user) == []


def test_a_decided_offer_has_no_deadline_item(user):
    written_offer(user, respond_by=date(2026, 11, 19), decision=Offer.Decision.ACCEPTED)

    assert "deadline" not in kinds(user)


@pytest.mark.parametrize(
    ("time_zone", "shown"),
    [
        # 10:30 UTC on 18 November is 00:30 on 19 November in Kiritimati (UTC+14): the
        # deadline of 22 November is 3 days away there...
        ("Pacific/Kiritimati", True),
        # ...4 days away in London (10:30 on 18 November)...
        ("Europe/London", False),
        # ...and 5 days away in Pago Pago (UTC-11, 23:30 on 17 November).
        ("Pacific/Pago_Pago", False),
    ],
)
def test_the_deadline_counts_days_in_the_users_zone_around_midnight(time_zone, shown):
    user = UserFactory(username="far", time_zone=time_zone)
    written_offer(user, respond_by=date(2026, 11, 22))
    now = datetime(2026, 11, 18, 10, 30, tzinfo=UTC)

    assert titles(user, now=now) == (
        ["Answer the offer from Offerco: the deadline is in 3 days"] if shown else []
    )


# Calls before interviews ------------------------------------------------------------------


def candidate_with_interview(user, *, at, company="Leaveco"):
    application = ApplicationFactory(
        owner=user, company=company, stage=Stage.INTERVIEWING, last_activity_at=NOW
    )
    InterviewFactory(application=application, scheduled_at=at)
    return application


def test_an_interview_tomorrow_at_a_candidate_asks_for_a_call(user):
    written_offer(user)
    application = candidate_with_interview(user, at=datetime(2026, 11, 19, 10, 0, tzinfo=UTC))

    [item] = today.today_items(user=user, now=NOW)

    assert item.title == "Call Leaveco before the interview tomorrow at 10:00"
    assert "You hold an offer in writing elsewhere." in item.detail
    assert "never miss it without notice" in item.detail
    assert item.url == f"/withdrawals/{application.pk}/"
    assert item.level == "warning"  # 25 hours away


def test_an_interview_within_24_hours_is_marked_danger(user):
    written_offer(user)
    candidate_with_interview(user, at=NOW + timedelta(hours=23))

    [item] = today.today_items(user=user, now=NOW)

    assert item.level == "danger"
    assert item.title == "Call Leaveco before the interview tomorrow at 08:00"


def test_no_call_item_for_an_interview_more_than_48_hours_away(user):
    written_offer(user)
    candidate_with_interview(user, at=NOW + timedelta(hours=48, minutes=1))

    assert "call" not in kinds(user)


def test_a_drafted_unsent_withdrawal_asks_for_a_call_without_any_offer(user):
    application = candidate_with_interview(user, at=NOW + timedelta(hours=30))
    WithdrawalDraft.objects.create(
        application=application, scenario=Scenario.NOT_RIGHT_FIT, subject="s", body="b"
    )

    [item] = today.today_items(user=user, now=NOW)

    assert item.kind == "call"
    assert "You drafted a withdrawal and have not sent it." in item.detail


def test_a_drafted_check_in_is_no_decision_to_leave(user):
    application = candidate_with_interview(user, at=NOW + timedelta(hours=30))
    WithdrawalDraft.objects.create(
        application=application, scenario=Scenario.CHECKING_IN, subject="s", body="b"
    )

    assert kinds(user) == []


def test_no_call_item_for_a_process_the_user_is_not_leaving(user):
    candidate_with_interview(user, at=NOW + timedelta(hours=30))

    assert kinds(user) == []


def test_a_process_kept_in_play_needs_no_call(user):
    written_offer(user)
    application = candidate_with_interview(user, at=NOW + timedelta(hours=30))
    application.kept_in_play_reason = KeepReason.SEE_IT_THROUGH
    application.kept_in_play_at = NOW - timedelta(days=1)
    application.save()

    assert kinds(user) == []


def test_the_interview_day_is_named_in_the_users_zone_around_midnight():
    # 14:30 UTC is 23:30 in Tokyo: an interview at 15:30 UTC is "tomorrow at 00:30" there,
    # and "today at 15:30" in London.
    now = datetime(2026, 11, 18, 14, 30, tzinfo=UTC)
    at = datetime(2026, 11, 18, 15, 30, tzinfo=UTC)
    tokyo = UserFactory(username="tokyo", time_zone="Asia/Tokyo")
    london = UserFactory(username="london", time_zone="Europe/London")
    for user in (tokyo, london):
        written_offer(user)
        candidate_with_interview(user, at=at)

    assert titles(tokyo, now=now) == ["Call Leaveco before the interview tomorrow at 00:30"]
    assert titles(london, now=now) == ["Call Leaveco before the interview today at 15:30"]


# Thank-you after withdrawing --------------------------------------------------------------


def withdrawn(user, *, sent_at, **kwargs):
    application = ApplicationFactory(owner=user, company="Leftco", stage=Stage.WITHDRAWN)
    return Withdrawal.objects.create(
        application=application,
        previous_stage=Stage.INTERVIEWING,
        sent_at=sent_at,
        recipient_email="jo@leftco.example",
        **kwargs,
    )


def test_the_thank_you_is_due_after_withdrawing(user):
    withdrawal = withdrawn(user, sent_at=NOW - timedelta(days=2))

    [item] = today.today_items(user=user, now=NOW)

    assert item.title == "Send Leftco a thank-you"
    assert item.url == f"/withdrawals/{withdrawal.application.pk}/follow-up/"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"sent_at": NOW - timedelta(days=2), "follow_up_sent_at": NOW - timedelta(days=1)},
        {"sent_at": NOW - timedelta(days=2), "undone_at": NOW - timedelta(days=2)},
        {"sent_at": NOW - timedelta(minutes=29)},  # undo still possible: not yet
        {"sent_at": NOW - timedelta(days=31)},  # too long ago to send now
        {"sent_at": NOW - timedelta(days=2), "method": Withdrawal.Method.PHONE},
    ],
)
def test_no_thank_you_once_sent_undone_too_early_too_late_or_by_phone(user, kwargs):
    withdrawn(user, **kwargs)

    assert kinds(user) == []


# Kept in play -----------------------------------------------------------------------------


def kept(user, reason, *, at):
    application = ApplicationFactory(
        owner=user, company="Keptco", stage=Stage.INTERVIEWING, last_activity_at=NOW
    )
    application.kept_in_play_reason = reason
    application.kept_in_play_at = at
    application.save()
    InterviewFactory(application=application, scheduled_at=NOW + timedelta(days=10))
    return application


def test_kept_while_negotiating_expires_when_the_offer_is_decided(user):
    written_offer(user, decision=Offer.Decision.ACCEPTED)  # decided 17 November
    application = kept(user, KeepReason.NEGOTIATING, at=datetime(2026, 11, 16, 12, tzinfo=UTC))

    [item] = today.today_items(user=user, now=NOW)

    assert item.title == "Decide on Keptco: you kept it in play"
    assert item.url == f"/withdrawals/{application.pk}/"


def test_kept_while_negotiating_stays_while_the_offer_is_pending(user):
    written_offer(user)
    kept(user, KeepReason.NEGOTIATING, at=datetime(2026, 11, 16, 12, tzinfo=UTC))

    assert kinds(user) == []


def test_kept_to_see_it_through_does_not_expire_with_the_decision(user):
    written_offer(user, decision=Offer.Decision.ACCEPTED)
    kept(user, KeepReason.SEE_IT_THROUGH, at=datetime(2026, 11, 16, 12, tzinfo=UTC))

    assert kinds(user) == []


@pytest.mark.parametrize(
    ("start_date", "shown"),
    [(date(2026, 11, 18), True), (date(2026, 11, 17), True), (date(2026, 11, 19), False)],
)
def test_kept_to_see_it_through_expires_on_the_start_date(user, start_date, shown):
    written_offer(user, decision=Offer.Decision.ACCEPTED, start_date=start_date)
    application = kept(user, KeepReason.SEE_IT_THROUGH, at=datetime(2026, 11, 16, 12, tzinfo=UTC))

    items = [item for item in today.today_items(user=user, now=NOW) if item.kind == "kept"]

    if shown:
        [item] = items
        assert item.title == "Send Keptco polite regrets: your new job has started"
        assert item.url == f"/withdrawals/{application.pk}/"
    else:
        assert items == []


def test_the_start_date_is_the_users_own_day():
    # 10:30 UTC on 18 November is 00:30 on the 19th in Kiritimati: a start on the 19th has come.
    user = UserFactory(username="kiritimati", time_zone="Pacific/Kiritimati")
    written_offer(user, decision=Offer.Decision.ACCEPTED, start_date=date(2026, 11, 19))
    kept(user, KeepReason.SEE_IT_THROUGH, at=datetime(2026, 11, 16, 12, tzinfo=UTC))

    assert "kept" in kinds(user, now=datetime(2026, 11, 18, 10, 30, tzinfo=UTC))
    assert "kept" not in kinds(user, now=datetime(2026, 11, 18, 9, 30, tzinfo=UTC))


# The list as a whole ---------------------------------------------------------------------


def test_the_list_is_ordered_most_pressing_first(user):
    applied(user, quiet_for=timedelta(days=35))
    withdrawn(user, sent_at=NOW - timedelta(days=2))
    applied(user, quiet_for=timedelta(days=8), company="Checkco")
    written_offer(user, respond_by=date(2026, 11, 20))
    candidate_with_interview(user, at=NOW + timedelta(hours=30))

    assert kinds(user) == ["call", "deadline", "follow-up", "thank-you", "quiet"]


def test_only_the_users_own_processes(user):
    stranger = UserFactory(username="stranger")
    applied(stranger, quiet_for=timedelta(days=8))
    written_offer(stranger, respond_by=date(2026, 11, 19))

    assert kinds(user) == []


def test_the_list_stays_short(user):
    for index in range(20):
        applied(user, quiet_for=timedelta(days=8 + index), company=f"Co {index}")

    items = today.today_items(user=user, now=NOW)

    assert [item.kind for item in items] == ["follow-up"] * 5
    assert items[0].title == "Follow up with Co 19"  # the longest silence first


# Snooze and dismiss -----------------------------------------------------------------------


def test_snooze_hides_an_item_until_the_users_tomorrow(user):
    applied(user, quiet_for=timedelta(days=8))
    [item] = today.today_items(user=user, now=NOW)

    until = today.snooze(user=user, key=item.key, now=NOW)

    assert until == date(2026, 11, 19)
    assert kinds(user) == []
    assert kinds(user, now=datetime(2026, 11, 18, 23, 59, tzinfo=UTC)) == []
    assert kinds(user, now=datetime(2026, 11, 19, 0, 0, tzinfo=UTC)) == ["follow-up"]


def test_snooze_uses_the_users_tomorrow_in_a_far_zone():
    # 09:59 UTC on 18 November is 23:59 on the 18th in Kiritimati (UTC+14): snoozed until
    # the 19th there, which starts one minute later, at 10:00 UTC.
    user = UserFactory(username="kiritimati", time_zone="Pacific/Kiritimati")
    now = datetime(2026, 11, 18, 9, 59, tzinfo=UTC)
    applied(user, quiet_for=timedelta(days=8), now=now)
    [item] = today.today_items(user=user, now=now)

    assert today.snooze(user=user, key=item.key, now=now) == date(2026, 11, 19)
    assert kinds(user, now=now) == []
    assert kinds(user, now=datetime(2026, 11, 18, 10, 0, tzinfo=UTC)) == ["follow-up"]


def test_dismiss_hides_an_item_for_good_but_not_the_next_reminder(user):
    application = applied(user, quiet_for=timedelta(days=8))
    [item] = today.today_items(user=user, now=NOW)

    today.dismiss(user=user, key=item.key)

    assert kinds(user, now=NOW + timedelta(days=5)) == []
    # News arrives later, then another silence: that is a new reminder.
    application.last_activity_at = NOW + timedelta(days=6)
    application.save()
    assert kinds(user, now=NOW + timedelta(days=13)) == ["follow-up"]


def test_a_snooze_of_another_user_changes_nothing(user):
    applied(user, quiet_for=timedelta(days=8))
    [item] = today.today_items(user=user, now=NOW)

    today.dismiss(user=UserFactory(username="other"), key=item.key)

    assert kinds(user) == ["follow-up"]
