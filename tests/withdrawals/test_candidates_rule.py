"""The withdrawal-candidate rule, its urgency order, and what each candidate says."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from applications import clock, services
from applications.models import Application, Interview, KeepReason, Offer, Stage
from tests.factories import ApplicationFactory, InterviewFactory, OfferFactory
from withdrawals import services as withdrawal_services
from withdrawals.candidates import candidate_count, describe, situation_for

pytestmark = pytest.mark.django_db

CLOSED_STAGES = [Stage.REJECTED, Stage.WITHDRAWN, Stage.OFFER_DECLINED, Stage.NO_RESPONSE]


def candidates(user) -> list[Application]:
    return list(
        Application.objects.for_user(user).withdrawal_candidates(today=clock.today_for(user))
    )


def companies(user) -> list[str]:
    return [application.company for application in candidates(user)]


def live_apps(owner, *names, stage=Stage.APPLIED):
    return [ApplicationFactory(owner=owner, company=name, stage=stage) for name in names]


# The rule ---------------------------------------------------------------------------------------


def test_without_an_offer_nothing_is_a_candidate(owner):
    live_apps(owner, "Acme", "Globex")

    assert candidates(owner) == []
    assert candidate_count(owner) == 0
    situation = situation_for(owner)
    assert situation.candidates == []
    assert situation.headline == ""


def test_an_offer_not_in_writing_makes_no_candidates_and_says_to_wait(owner):
    OfferFactory(application__owner=owner, application__company="Acme", in_writing=False)
    live_apps(owner, "Globex", "Initech")

    assert candidates(owner) == []
    situation = situation_for(owner)
    assert situation.candidates == []
    assert situation.headline.startswith("Your offer from Acme is not in writing yet.")
    assert "Wait for it in writing before pulling out elsewhere" in situation.headline
    assert situation.level == "info"


def test_a_written_pending_offer_makes_every_other_applied_process_a_candidate(owner):
    offer = OfferFactory(application__owner=owner, application__company="Acme")
    for stage in Stage.live():
        ApplicationFactory(owner=owner, company=f"Live {stage}", stage=stage)
    for stage in [*CLOSED_STAGES, Stage.ACCEPTED]:
        ApplicationFactory(owner=owner, company=f"Not live {stage}", stage=stage)

    listed = companies(owner)

    # Never applied: nobody to tell, so listed apart to just close, not as a candidate.
    applied = [stage for stage in Stage.live() if stage != Stage.INTERESTED]
    assert sorted(listed) == sorted(f"Live {stage}" for stage in applied)
    assert offer.application.company not in listed
    assert candidate_count(owner) == len(applied) == 4
    situation = situation_for(owner)
    assert situation.written_pending == [offer]
    assert situation.headline.startswith("Consider withdrawing where you would not choose")
    assert situation.level == "warning"


def test_an_accepted_written_offer_lists_the_others_with_an_urgent_headline(owner):
    OfferFactory(
        application__owner=owner,
        application__company="Acme",
        application__stage=Stage.ACCEPTED,
        decision=Offer.Decision.ACCEPTED,
        decided_on=timezone.localdate(),
    )
    live_apps(owner, "Globex", "Initech")

    assert sorted(companies(owner)) == ["Globex", "Initech"]
    situation = situation_for(owner)
    assert situation.headline == (
        "You accepted Acme: withdraw from the remaining processes now, "
        "before their next interviews."
    )
    assert situation.level == "danger"


def test_a_declined_offer_makes_no_candidates(owner):
    OfferFactory(
        application__owner=owner,
        application__stage=Stage.OFFER_DECLINED,
        decision=Offer.Decision.DECLINED,
        decided_on=timezone.localdate(),
    )
    live_apps(owner, "Globex", "Initech")

    assert candidates(owner) == []
    assert situation_for(owner).headline == ""


def test_a_declined_written_offer_on_a_process_still_at_the_offer_stage_makes_no_candidates(owner):
    OfferFactory(
        application__owner=owner,
        application__stage=Stage.OFFER,
        in_writing=True,
        decision=Offer.Decision.DECLINED,
        decided_on=timezone.localdate(),
    )
    live_apps(owner, "Globex", "Initech")

    assert candidates(owner) == []
    assert candidate_count(owner) == 0


def test_with_several_offers_each_written_one_puts_the_other_processes_on_the_list(owner):
    acme = OfferFactory(application__owner=owner, application__company="Acme").application
    globex = OfferFactory(application__owner=owner, application__company="Globex").application
    verbal = OfferFactory(
        application__owner=owner, application__company="Hooli", in_writing=False
    ).application
    OfferFactory(
        application__owner=owner,
        application__company="Declined Co",
        application__stage=Stage.OFFER_DECLINED,
        decision=Offer.Decision.DECLINED,
        decided_on=timezone.localdate(),
    )
    (initech,) = live_apps(owner, "Initech")

    # Each written offer is "an offer elsewhere" for the other offer's process, so the user is
    # asked to weigh the two against each other; a verbal offer holds nothing.
    assert {application.pk for application in candidates(owner)} == {
        acme.pk,
        globex.pk,
        verbal.pk,
        initech.pk,
    }


def test_a_single_offer_never_lists_its_own_application(owner):
    offer = OfferFactory(application__owner=owner)

    assert candidates(owner) == []
    assert situation_for(owner).written_pending == [offer]


def test_an_only_verbal_offer_elsewhere_does_not_list_the_written_offers_application(owner):
    written = OfferFactory(application__owner=owner, application__company="Acme")
    verbal = OfferFactory(application__owner=owner, application__company="Hooli", in_writing=False)

    assert [application.pk for application in candidates(owner)] == [verbal.application.pk]
    assert written.application.pk not in [application.pk for application in candidates(owner)]


def test_another_users_offer_never_makes_my_processes_candidates(owner, stranger):
    OfferFactory(application__owner=stranger, application__company="Their offer")
    ApplicationFactory(owner=stranger, company="Their other process")
    live_apps(owner, "Globex", "Initech")

    assert candidates(owner) == []
    assert candidate_count(owner) == 0
    assert situation_for(owner).headline == ""
    assert companies(stranger) == ["Their other process"]


def test_my_offer_never_lists_another_users_processes(owner, stranger):
    OfferFactory(application__owner=owner)
    live_apps(owner, "Globex")
    ApplicationFactory(owner=stranger, company="Their process")

    assert companies(owner) == ["Globex"]
    assert candidates(stranger) == []


# Keep in play -----------------------------------------------------------------------------------


def test_keep_in_play_takes_a_candidate_off_the_list_and_undo_puts_it_back(owner):
    OfferFactory(application__owner=owner)
    globex, initech = live_apps(owner, "Globex", "Initech")

    withdrawal_services.keep_in_play(
        application=globex, reason=KeepReason.NEGOTIATING, note="Waiting for their counter-offer"
    )

    assert companies(owner) == ["Initech"]
    situation = situation_for(owner)
    assert [candidate.application.pk for candidate in situation.candidates] == [initech.pk]
    assert [application.pk for application in situation.kept] == [globex.pk]
    kept = situation.kept[0]
    assert kept.kept_in_play_reason == KeepReason.NEGOTIATING
    assert kept.get_kept_in_play_reason_display() == "Negotiating"
    assert kept.kept_in_play_note == "Waiting for their counter-offer"
    assert kept.kept_in_play_at is not None

    withdrawal_services.undo_keep_in_play(application=globex)

    assert sorted(companies(owner)) == ["Globex", "Initech"]
    globex.refresh_from_db()
    assert (globex.kept_in_play_reason, globex.kept_in_play_note, globex.kept_in_play_at) == (
        "",
        "",
        None,
    )
    assert situation_for(owner).kept == []


def test_keep_in_play_refuses_an_unknown_reason(owner):
    (globex,) = live_apps(owner, "Globex")

    with pytest.raises(ValueError, match="Not a reason"):
        withdrawal_services.keep_in_play(application=globex, reason="because")

    globex.refresh_from_db()
    assert globex.kept_in_play_at is None


def test_a_kept_process_that_closes_is_no_longer_listed_as_kept(owner):
    OfferFactory(application__owner=owner)
    (globex,) = live_apps(owner, "Globex")
    withdrawal_services.keep_in_play(application=globex, reason=KeepReason.SEE_IT_THROUGH)

    services.change_stage(application=globex, to_stage=Stage.REJECTED)

    assert situation_for(owner).kept == []
    assert candidates(owner) == []


def test_recording_a_new_offer_weighs_every_kept_process_again(owner):
    OfferFactory(application__owner=owner, application__company="Acme")
    globex, initech, hooli = live_apps(owner, "Globex", "Initech", "Hooli")
    withdrawal_services.keep_in_play(application=globex, reason=KeepReason.STILL_DECIDING)
    withdrawal_services.keep_in_play(
        application=initech, reason=KeepReason.SEE_IT_THROUGH, note="Dream job"
    )
    assert companies(owner) == ["Hooli"]

    services.save_offer(offer=Offer(application=hooli, in_writing=False))

    for application in (globex, initech):
        application.refresh_from_db()
        assert application.kept_in_play_at is None
        assert application.kept_in_play_reason == ""
        assert application.kept_in_play_note == ""
    assert sorted(companies(owner)) == ["Globex", "Hooli", "Initech"]
    assert situation_for(owner).kept == []


def test_an_existing_offer_coming_in_writing_weighs_every_kept_process_again(owner):
    OfferFactory(application__owner=owner, application__company="Acme")
    verbal = OfferFactory(application__owner=owner, application__company="Hooli", in_writing=False)
    (globex,) = live_apps(owner, "Globex")
    withdrawal_services.keep_in_play(application=globex, reason=KeepReason.NEGOTIATING)

    verbal.in_writing = True
    services.save_offer(offer=verbal)

    globex.refresh_from_db()
    assert globex.kept_in_play_at is None
    assert "Globex" in companies(owner)


def test_editing_an_offer_without_news_keeps_the_kept_processes(owner):
    offer = OfferFactory(application__owner=owner, application__company="Acme")
    (globex,) = live_apps(owner, "Globex")
    withdrawal_services.keep_in_play(application=globex, reason=KeepReason.NEGOTIATING)

    offer.base_pay_minor = 7_000_000
    offer.details = "Signing bonus added"
    services.save_offer(offer=offer)

    globex.refresh_from_db()
    assert globex.kept_in_play_reason == KeepReason.NEGOTIATING
    assert candidates(owner) == []


def test_keeping_in_play_only_touches_the_owners_choice(owner, stranger):
    OfferFactory(application__owner=stranger)
    (theirs,) = live_apps(stranger, "Their process")
    withdrawal_services.keep_in_play(application=theirs, reason=KeepReason.NEGOTIATING)

    # My new offer clears my own choices, never someone else's.
    services.save_offer(offer=Offer(application=ApplicationFactory(owner=owner), in_writing=True))

    theirs.refresh_from_db()
    assert theirs.kept_in_play_reason == KeepReason.NEGOTIATING


# Urgency order ----------------------------------------------------------------------------------


def test_candidates_come_most_urgent_first(owner):
    now = timezone.now()
    OfferFactory(application__owner=owner, application__company="Offer Co")

    def app(name, stage=Stage.APPLIED, idle_days=1):
        return ApplicationFactory(
            owner=owner, company=name, stage=stage, last_activity_at=now - timedelta(days=idle_days)
        )

    def interview(application, when, status=Interview.Status.SCHEDULED):
        InterviewFactory(application=application, scheduled_at=when, status=status)

    # Created in scrambled order so that insertion order cannot pass for urgency.
    app("Applied, active 2 days ago", idle_days=2)
    next_month = app("Interview next month", stage=Stage.SCREENING)
    interview(next_month, now + timedelta(days=30))
    past = app("Interview in the past", idle_days=5)
    interview(past, now - timedelta(hours=2))
    screening = app("Screening, no interview", stage=Stage.SCREENING, idle_days=40)
    interview(screening, now + timedelta(hours=2), status=Interview.Status.CANCELLED)
    tomorrow = app("Interview tomorrow")
    interview(tomorrow, now + timedelta(days=1))
    interview(tomorrow, now + timedelta(days=8))
    later_today = app("Interview later today", stage=Stage.APPLIED)
    interview(later_today, now + timedelta(minutes=30))
    interviewing = app("Interviewing, no interview", stage=Stage.INTERVIEWING)
    interview(interviewing, now + timedelta(hours=1), status=Interview.Status.DONE)
    app("Applied, active 10 days ago", idle_days=10)

    assert companies(owner) == [
        "Interview later today",
        "Interview tomorrow",
        "Interview next month",
        "Interviewing, no interview",
        "Screening, no interview",
        "Applied, active 10 days ago",
        "Interview in the past",
        "Applied, active 2 days ago",
    ]
    listed = {application.company: application for application in candidates(owner)}
    assert listed["Interview in the past"].next_interview_at is None
    assert listed["Screening, no interview"].next_interview_at is None
    assert listed["Interviewing, no interview"].next_interview_at is None
    assert (
        listed["Interview tomorrow"].next_interview_at
        == tomorrow.interviews.earliest("scheduled_at").scheduled_at
    )
    # The page shows them in the same order.
    assert [c.application.company for c in situation_for(owner).candidates] == companies(owner)


def test_final_round_booked_is_annotated_only_for_an_upcoming_scheduled_final_round(owner):
    now = timezone.now()
    OfferFactory(application__owner=owner)
    booked, cancelled, past = live_apps(owner, "Booked", "Cancelled", "Past")
    InterviewFactory(application=booked, scheduled_at=now + timedelta(days=2), is_final_round=True)
    InterviewFactory(
        application=cancelled,
        scheduled_at=now + timedelta(days=2),
        is_final_round=True,
        status=Interview.Status.CANCELLED,
    )
    InterviewFactory(application=past, scheduled_at=now - timedelta(days=2), is_final_round=True)

    flags = {
        application.company: application.final_round_booked  # type: ignore[attr-defined]
        for application in candidates(owner)
    }

    assert flags == {"Booked": True, "Cancelled": False, "Past": False}


# Reasons and advice -----------------------------------------------------------------------------

# Thursday 14 March 2030, 09:00 in London (GMT, so UTC too).
NOW = datetime(2030, 3, 14, 9, 0, tzinfo=UTC)
LONDON = ZoneInfo("Europe/London")


def candidate(*, now=NOW, interview_at=None, final_round=False, idle=timedelta(days=1), **fields):
    application = ApplicationFactory.build(last_activity_at=now - idle, **fields)
    application.next_interview_at = interview_at
    application.final_round_booked = final_round
    application.quiet_since = now - idle  # as ``with_quiet_since`` annotates it
    # The user's zone: the one the test makes current.
    return describe(application, now=now, zone=timezone.get_current_timezone())


def local(zone, year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=zone)


def test_an_interview_tomorrow_25_hours_away_asks_to_call_in_amber():
    with timezone.override(LONDON):
        described = candidate(interview_at=local(LONDON, 2030, 3, 15, 10, 0))

    assert described.reasons == ["interview tomorrow at 10:00"]
    assert described.advice == (
        "The interview is within 48 hours: call them rather than email, and never miss it "
        "without notice."
    )
    assert described.advice_level == "warning"


def test_an_interview_48_hours_away_asks_to_call_and_one_second_more_to_write_today():
    with timezone.override(LONDON):
        at_the_boundary = candidate(interview_at=NOW + timedelta(hours=48))
        one_second_past = candidate(interview_at=NOW + timedelta(hours=48, seconds=1))

    assert at_the_boundary.reasons == ["interview on Saturday at 09:00"]
    assert at_the_boundary.advice.startswith("The interview is within 48 hours: call them")
    assert at_the_boundary.advice_level == "warning"
    assert one_second_past.advice == (
        "The interview is within 3 days: withdraw today, so they can free the slot."
    )
    assert one_second_past.advice_level == "warning"


def test_an_interview_within_24_hours_asks_to_call_and_never_to_miss_it():
    with timezone.override(LONDON):
        today = candidate(interview_at=local(LONDON, 2030, 3, 14, 16, 30))
        tomorrow_morning = candidate(interview_at=local(LONDON, 2030, 3, 15, 8, 0))

    assert today.reasons == ["interview today at 16:30"]
    assert tomorrow_morning.reasons == ["interview tomorrow at 08:00"]
    for described in (today, tomorrow_morning):
        assert "within 48 hours" in described.advice
        assert "call them rather than email" in described.advice
        assert "never miss it without notice" in described.advice
        assert described.advice_level == "danger"


def test_an_interview_exactly_three_days_away_still_asks_to_withdraw_today():
    with timezone.override(LONDON):
        described = candidate(interview_at=NOW + timedelta(days=3))

    assert described.reasons == ["interview on Sunday at 09:00"]
    assert "withdraw today" in described.advice


def test_an_interview_further_off_is_named_by_day_without_timing_advice():
    with timezone.override(LONDON):
        this_week = candidate(interview_at=local(LONDON, 2030, 3, 19, 14, 0))
        next_month = candidate(interview_at=local(LONDON, 2030, 4, 15, 11, 0))

    assert this_week.reasons == ["interview on Tuesday at 14:00"]
    # British Summer Time has begun by then: still 11:00 on the user's clock.
    assert next_month.reasons == ["interview on Mon 15 Apr at 11:00"]
    for described in (this_week, next_month):
        assert (described.advice, described.advice_level) == ("", "")


def test_a_booked_final_round_is_a_reason():
    with timezone.override(LONDON):
        described = candidate(interview_at=local(LONDON, 2030, 3, 15, 10, 0), final_round=True)

    assert described.reasons == ["interview tomorrow at 10:00", "final round booked"]


@pytest.mark.parametrize(
    ("idle_days", "reason"), [(28, "no news for 28 days"), (45, "no news for 45 days")]
)
def test_four_weeks_without_news_is_a_reason(idle_days, reason):
    described = candidate(idle=timedelta(days=idle_days), stage=Stage.SCREENING)

    assert described.reasons == [reason]
    assert described.advice == ""


def test_a_quiet_process_without_other_reasons_is_named_by_its_stage():
    described = candidate(idle=timedelta(days=27, hours=23), stage=Stage.INTERVIEWING)

    assert described.reasons == ["at the interviewing stage"]
    assert (described.advice, described.advice_level) == ("", "")


def test_every_reason_together():
    with timezone.override(LONDON):
        described = candidate(
            interview_at=local(LONDON, 2030, 3, 14, 11, 0),
            final_round=True,
            idle=timedelta(days=31),
        )

    assert described.reasons == [
        "interview today at 11:00",
        "final round booked",
        "no news for 31 days",
    ]
    assert described.advice_level == "danger"


# Around midnight the user's own calendar decides "today" and "tomorrow", not UTC's.

AUCKLAND = ZoneInfo("Pacific/Auckland")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")


def test_auckland_late_evening_today_and_tomorrow_follow_the_local_calendar():
    # 23:00 on Monday 10 June in Auckland (NZST, UTC+12) is 11:00 the same day in UTC.
    now = local(AUCKLAND, 2030, 6, 10, 23, 0)
    before_midnight = local(AUCKLAND, 2030, 6, 10, 23, 30)
    after_midnight = local(AUCKLAND, 2030, 6, 11, 0, 30)
    # UTC sees both on the same day, 10 June: only the local calendar tells them apart.
    assert before_midnight.astimezone(UTC).date() == after_midnight.astimezone(UTC).date()

    with timezone.override(AUCKLAND):
        tonight = candidate(now=now, interview_at=before_midnight)
        tomorrow = candidate(now=now, interview_at=after_midnight)

    assert tonight.reasons == ["interview today at 23:30"]
    assert tomorrow.reasons == ["interview tomorrow at 00:30"]
    assert tonight.advice_level == tomorrow.advice_level == "danger"


def test_los_angeles_late_evening_today_and_tomorrow_follow_the_local_calendar():
    # 23:00 on Monday 10 June in Los Angeles (PDT, UTC-7) is 06:00 on 11 June in UTC.
    now = local(LOS_ANGELES, 2030, 6, 10, 23, 0)
    before_midnight = local(LOS_ANGELES, 2030, 6, 10, 23, 30)
    after_midnight = local(LOS_ANGELES, 2030, 6, 11, 0, 30)
    assert before_midnight.astimezone(UTC).date() == now.astimezone(UTC).date()
    assert after_midnight.astimezone(UTC).date() == now.astimezone(UTC).date()

    with timezone.override(LOS_ANGELES):
        tonight = candidate(now=now, interview_at=before_midnight)
        tomorrow = candidate(now=now, interview_at=after_midnight)

    assert tonight.reasons == ["interview today at 23:30"]
    assert tomorrow.reasons == ["interview tomorrow at 00:30"]


def test_los_angeles_afternoon_interview_is_today_although_utc_has_moved_on():
    # 16:00 PDT is 23:00 UTC; an interview at 17:30 PDT is already tomorrow in UTC.
    now = local(LOS_ANGELES, 2030, 6, 10, 16, 0)
    interview_at = local(LOS_ANGELES, 2030, 6, 10, 17, 30)
    assert interview_at.astimezone(UTC).date() > now.astimezone(UTC).date()

    with timezone.override(LOS_ANGELES):
        described = candidate(now=now, interview_at=interview_at)

    assert described.reasons == ["interview today at 17:30"]


def test_an_accepted_offer_not_in_writing_asks_for_it_in_writing(owner):
    accepted = ApplicationFactory(owner=owner, company="Acme", stage=Stage.ACCEPTED)
    OfferFactory(
        application=accepted,
        in_writing=False,
        decision=Offer.Decision.ACCEPTED,
        decided_on=timezone.localdate(),
    )
    ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)

    situation = situation_for(owner)

    assert situation.candidates == []
    assert situation.headline.startswith(
        "You accepted Acme, but the offer is not in writing yet. Ask for it in writing"
    )


def test_processes_never_applied_to_are_listed_apart_to_close(owner):
    interested = ApplicationFactory(owner=owner, company="Daydream", stage=Stage.INTERESTED)
    ApplicationFactory(owner=owner, company="Applied", stage=Stage.APPLIED)
    assert situation_for(owner).not_applied == []  # no offer holds: nothing to close yet

    OfferFactory(application__owner=owner, application__company="Acme")

    situation = situation_for(owner)
    assert situation.not_applied == [interested]
    assert [c.application.company for c in situation.candidates] == ["Applied"]
