"""Drafting, marking sent and undoing: the services that change state."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import IntegrityError
from django.utils import timezone

from applications import services as application_services
from applications.models import (
    Application,
    Contact,
    Interview,
    Offer,
    Source,
    Stage,
    StageChange,
)
from tests.factories import ApplicationFactory, ContactFactory, InterviewFactory, OfferFactory
from withdrawals import services
from withdrawals.models import Scenario, Tone, Withdrawal, WithdrawalDraft, WithdrawalTemplate
from withdrawals.services import (
    NothingToUndo,
    WordingChoices,
    compose_reason,
    mark_sent,
    placeholder_values,
    recipient_advice,
    save_draft,
    start_draft,
    suggested_scenario,
    undo_withdrawal,
)

pytestmark = pytest.mark.django_db

UNDO_WINDOW = timedelta(minutes=30)


def interview(application, *, at, status=Interview.Status.SCHEDULED):
    return InterviewFactory(application=application, scheduled_at=at, status=status)


def statuses(*interviews) -> list[str]:
    return [Interview.objects.get(pk=item.pk).status for item in interviews]


# suggested_scenario ----------------------------------------------------------------------------


def test_suggests_not_right_fit_without_an_offer(owner, application):
    assert suggested_scenario(application) == Scenario.NOT_RIGHT_FIT


def test_a_pending_written_offer_suggests_another_opportunity_not_accepted(owner, application):
    OfferFactory(application__owner=owner)

    assert suggested_scenario(application) == Scenario.OTHER_OPPORTUNITY


def test_suggests_accepted_offer_for_an_accepted_written_offer(owner, application):
    OfferFactory(
        application__owner=owner,
        application__stage=Stage.ACCEPTED,
        decision=Offer.Decision.ACCEPTED,
        decided_on=timezone.localdate(),
    )

    assert suggested_scenario(application) == Scenario.ACCEPTED_OFFER


@pytest.mark.parametrize(
    "offer_fields",
    [
        pytest.param({"in_writing": False}, id="verbal"),
        pytest.param(
            {
                "decision": Offer.Decision.DECLINED,
                "decided_on": datetime(2026, 1, 2, tzinfo=UTC).date(),
                "received_on": datetime(2026, 1, 1, tzinfo=UTC).date(),
                "application__stage": Stage.OFFER_DECLINED,
            },
            id="declined",
        ),
    ],
)
def test_a_verbal_or_declined_offer_does_not_suggest_accepted_offer(
    owner, application, offer_fields
):
    OfferFactory(application__owner=owner, **offer_fields)

    assert suggested_scenario(application) == Scenario.NOT_RIGHT_FIT


def test_another_users_offer_does_not_change_my_suggestion(owner, stranger, application):
    OfferFactory(application__owner=stranger)

    assert suggested_scenario(application) == Scenario.NOT_RIGHT_FIT


def test_the_process_that_made_the_only_offer_is_not_told_of_another_opportunity(owner):
    offer = OfferFactory(application__owner=owner, application__company="Initech")

    assert suggested_scenario(offer.application) == Scenario.NOT_RIGHT_FIT


# placeholder_values and compose_reason ---------------------------------------------------------


def test_placeholder_values_with_a_contact_and_an_interview(owner, application, main_contact):
    interview(application, at=datetime(2026, 12, 1, 10, 0, tzinfo=UTC))
    interview(application, at=datetime(2026, 12, 8, 10, 0, tzinfo=UTC))
    now = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)

    with timezone.override("Europe/London"):
        values = placeholder_values(
            application, reason="  I moved\r\n house. ", colleague_name="Jamie  Lee", now=now
        )

    assert values == {
        "contact_name": "Priya Shah",
        "contact_first_name": "Priya",
        "company": "Globex",
        "position": "Data Engineer",
        "your_name": "Alex Morgan",
        "your_first_name": "Alex",
        "reason": "I moved house.",
        "interview_date": "Tuesday 1 December at 10:00",
        "colleague_name": "Jamie Lee",
        "today": "21 November 2026",
        "agency": "",
        "offer_accepted": "",
        "offer_deadline": "",
        "decide_by": "",
        "offer_pay": "",
        "start_date": "",
        "competing_offer": "",
        "competing_figures": "",
    }


def test_placeholder_values_show_the_interview_in_the_active_time_zone(application):
    interview(application, at=datetime(2026, 7, 1, 9, 30, tzinfo=UTC))
    now = datetime(2026, 6, 1, tzinfo=UTC)

    with timezone.override("Europe/London"):
        london = placeholder_values(application, now=now)["interview_date"]
    with timezone.override("Asia/Tokyo"):
        tokyo = placeholder_values(application, now=now)["interview_date"]

    assert london == "Wednesday 1 July at 10:30"
    assert tokyo == "Wednesday 1 July at 18:30"


def test_placeholder_values_skip_past_done_and_cancelled_interviews(application):
    now = timezone.now()
    interview(application, at=now - timedelta(hours=1))
    interview(application, at=now + timedelta(days=1), status=Interview.Status.CANCELLED)
    interview(application, at=now + timedelta(days=1), status=Interview.Status.DONE)

    assert placeholder_values(application, now=now)["interview_date"] == ""


def test_placeholder_values_fall_back_to_hiring_team_without_a_main_contact(application):
    ContactFactory(application=application, name="Not Main", is_main=False)

    values = placeholder_values(application)

    assert values["contact_name"] == "Hiring Team"
    assert values["contact_first_name"] == ""
    assert values["reason"] == values["interview_date"] == values["colleague_name"] == ""
    assert None not in values.values()


def test_placeholder_values_sign_with_the_username_when_no_name_is_set(application):
    application.owner.full_name = ""
    application.owner.first_name = ""
    application.owner.last_name = ""
    application.owner.save()

    values = placeholder_values(application)

    assert values["your_name"] == "owner"
    assert values["your_first_name"] == "owner"


def test_compose_reason_names_the_other_company_when_asked(owner, application):
    OfferFactory(application__owner=owner, application__company="Initech")

    assert compose_reason(application, reason="Closer to home.", name_other_company=True) == (
        "The opportunity I have decided to pursue is with Initech. Closer to home."
    )
    assert compose_reason(application, reason="", name_other_company=True) == (
        "The opportunity I have decided to pursue is with Initech."
    )
    assert compose_reason(application, reason="Closer to home.", name_other_company=False) == (
        "Closer to home."
    )


def test_compose_reason_says_accepted_only_for_an_accepted_offer(owner, application):
    accepted = ApplicationFactory(owner=owner, company="Initech", stage=Stage.ACCEPTED)
    OfferFactory(application=accepted, decision="accepted", decided_on=timezone.localdate())

    assert compose_reason(application, reason="", name_other_company=True) == (
        "The role I have accepted is at Initech."
    )


def test_with_an_accepted_and_a_newer_pending_offer_the_accepted_one_is_named(owner, application):
    accepted = ApplicationFactory(owner=owner, company="Initech", stage=Stage.ACCEPTED)
    OfferFactory(
        application=accepted,
        received_on=timezone.localdate() - timedelta(days=10),
        decision=Offer.Decision.ACCEPTED,
        decided_on=timezone.localdate(),
    )
    OfferFactory(application__owner=owner, application__company="Hooli")

    assert compose_reason(application, reason="", name_other_company=True) == (
        "The role I have accepted is at Initech."
    )


def test_compose_reason_never_names_the_applications_own_offer(owner):
    offer = OfferFactory(application__owner=owner, application__company="Initech")

    assert compose_reason(offer.application, reason="", name_other_company=True) == ""


# start_draft -----------------------------------------------------------------------------------


def test_start_draft_renders_the_template_for_the_scenario_and_tone(application, main_contact):
    draft = start_draft(
        application=application,
        choices=WordingChoices(Scenario.NOT_RIGHT_FIT, tone=Tone.WARM, reason="Home."),
    )

    warm = WithdrawalTemplate.objects.get(default_key="not_right_fit-warm")
    assert draft.template == warm
    assert (draft.scenario, draft.tone, draft.reason) == (Scenario.NOT_RIGHT_FIT, "warm", "Home.")
    assert draft.subject == "Withdrawing my application: Data Engineer"
    assert draft.body.startswith("Hi Priya,\n\nThank you so much")
    assert "so I've decided to withdraw my application. Home.\n" in draft.body
    assert draft.body.endswith("Warm wishes,\nAlex Morgan")
    assert WithdrawalDraft.objects.get(application=application) == draft


def test_start_draft_uses_the_brief_wording_for_brief(application):
    draft = start_draft(
        application=application, choices=WordingChoices(Scenario.COMPENSATION, tone=Tone.BRIEF)
    )

    assert draft.template.default_key == "compensation-brief"
    assert draft.body.startswith("Hello,")


def test_start_draft_never_falls_back_to_another_tone(application):
    # A tone staff switched off is not offered; asked for anyway, nothing is made up.
    WithdrawalTemplate.objects.filter(default_key="no_reason-warm").update(is_active=False)

    draft = start_draft(
        application=application, choices=WordingChoices(Scenario.NO_REASON, tone=Tone.WARM)
    )

    assert draft.template is None
    assert WithdrawalTemplate.objects.tones_for()[Scenario.NO_REASON] == [Tone.FORMAL, Tone.BRIEF]


def test_start_draft_without_any_template_leaves_a_plain_subject_and_empty_body(application):
    WithdrawalTemplate.objects.filter(scenario=Scenario.LOCATION).delete()

    draft = start_draft(application=application, choices=WordingChoices(Scenario.LOCATION))

    assert draft.template is None
    assert draft.subject == "Withdrawing my application: Data Engineer"
    assert draft.body == ""


def test_start_draft_names_the_other_company_when_asked(owner, application, main_contact):
    OfferFactory(application__owner=owner, application__company="Initech")

    draft = start_draft(
        application=application,
        choices=WordingChoices(
            Scenario.OTHER_OPPORTUNITY,
            reason="It is closer to home.",
            name_other_company=True,
        ),
    )

    assert (
        "The opportunity I have decided to pursue is with Initech. It is closer to home."
        in draft.body
    )
    assert "accepted" not in draft.body
    assert draft.name_other_company is True
    # The user's own sentence is kept as typed, for choosing again.
    assert draft.reason == "It is closer to home."


def test_start_draft_without_naming_leaves_the_other_company_out(owner, application):
    OfferFactory(application__owner=owner, application__company="Initech")

    draft = start_draft(application=application, choices=WordingChoices(Scenario.ACCEPTED_OFFER))

    assert "Initech" not in draft.body


def test_start_draft_puts_the_colleague_in_the_recommendation(application):
    draft = start_draft(
        application=application,
        choices=WordingChoices(Scenario.RECOMMEND_COLLEAGUE, colleague_name="Jamie Lee"),
    )

    assert "happy to recommend Jamie Lee, a former colleague" in draft.body
    assert draft.colleague_name == "Jamie Lee"


def test_starting_again_replaces_the_draft(application, main_contact):
    first = start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))
    save_draft(draft=first, subject="Mine", body="My own words", cc=[])

    second = start_draft(application=application, choices=WordingChoices(Scenario.PERSONAL))

    assert second.pk == first.pk
    assert WithdrawalDraft.objects.count() == 1
    stored = WithdrawalDraft.objects.get()
    assert stored.scenario == Scenario.PERSONAL
    assert stored.subject == "Withdrawing my application: Data Engineer"
    assert "personal circumstances" in stored.body


# save_draft ------------------------------------------------------------------------------------


def test_save_draft_keeps_the_subject_on_one_line_and_only_this_applications_cc(
    application, main_contact
):
    colleague = ContactFactory(application=application, email="hm@globex.example")
    elsewhere = ContactFactory(email="someone@else.example")
    draft = start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))

    save_draft(
        draft=draft,
        subject="Withdrawing\r\nBcc: x@example.com",
        body="  Dear Priya,\r\n\r\nThanks.  \r\n",
        cc=[elsewhere.pk, colleague.pk, colleague.pk],
    )

    draft.refresh_from_db()
    assert draft.subject == "Withdrawing Bcc: x@example.com"
    assert draft.body == "Dear Priya,\n\nThanks."
    assert draft.cc == [colleague.pk]


# mark_sent -------------------------------------------------------------------------------------


def test_mark_sent_records_the_withdrawal_and_closes_the_process(application, main_contact):
    now = timezone.now()
    copied = ContactFactory(application=application, email="hm@globex.example")
    upcoming = interview(application, at=now + timedelta(days=2))
    later = interview(application, at=now + timedelta(days=9))
    past = interview(application, at=now - timedelta(days=2))
    done = interview(application, at=now - timedelta(days=5), status=Interview.Status.DONE)
    draft = start_draft(
        application=application,
        choices=WordingChoices(Scenario.NOT_RIGHT_FIT, reason="I moved house."),
    )
    save_draft(draft=draft, subject="Leaving", body="Dear Priya,\n\nThank you.", cc=[copied.pk])

    withdrawal, created = mark_sent(application=application, method=Withdrawal.Method.EMAIL)

    assert created is True
    assert Withdrawal.objects.count() == 1
    withdrawal.refresh_from_db()
    assert withdrawal.application == application
    assert withdrawal.subject == "Leaving"
    assert withdrawal.body == "Dear Priya,\n\nThank you."
    assert withdrawal.recipient_name == "Priya Shah"
    assert withdrawal.recipient_email == "priya@globex.example"
    assert withdrawal.cc == "hm@globex.example"
    assert withdrawal.method == Withdrawal.Method.EMAIL
    assert withdrawal.reason == "I moved house."
    assert withdrawal.scenario == Scenario.NOT_RIGHT_FIT
    assert withdrawal.template.default_key == "not_right_fit-formal"
    assert withdrawal.previous_stage == Stage.INTERVIEWING
    assert withdrawal.undone_at is None
    assert sorted(withdrawal.cancelled_interview_ids) == sorted([upcoming.pk, later.pk])
    # The process is closed, and the history says how.
    application.refresh_from_db()
    assert application.stage == Stage.WITHDRAWN
    change = StageChange.objects.filter(application=application).first()
    assert (change.from_stage, change.to_stage) == (Stage.INTERVIEWING, Stage.WITHDRAWN)
    assert change.note == "Withdrew by email"
    # Only the interviews still to come are cancelled.
    assert statuses(upcoming, later, past, done) == [
        Interview.Status.CANCELLED,
        Interview.Status.CANCELLED,
        Interview.Status.SCHEDULED,
        Interview.Status.DONE,
    ]
    assert not WithdrawalDraft.objects.filter(application=application).exists()


def test_mark_sent_by_phone_says_so_in_the_history(application, main_contact):
    start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))

    withdrawal, _ = mark_sent(application=application, method=Withdrawal.Method.PHONE)

    assert withdrawal.method == Withdrawal.Method.PHONE
    assert StageChange.objects.filter(application=application).first().note == ("Withdrew by phone")


def test_mark_sent_without_a_draft_or_contact_still_records_it(application):
    withdrawal, created = mark_sent(application=application, method=Withdrawal.Method.PHONE)

    assert created is True
    assert (withdrawal.subject, withdrawal.body, withdrawal.recipient_name) == ("", "", "")
    application.refresh_from_db()
    assert application.stage == Stage.WITHDRAWN


def test_mark_sent_twice_returns_the_standing_record(application, main_contact):
    start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))
    first, first_created = mark_sent(application=application, method=Withdrawal.Method.EMAIL)
    changes = StageChange.objects.filter(application=application).count()

    second, second_created = mark_sent(application=application, method=Withdrawal.Method.PHONE)

    assert (first_created, second_created) == (True, False)
    assert second.pk == first.pk
    assert Withdrawal.objects.filter(application=application).count() == 1
    assert Withdrawal.objects.get().method == Withdrawal.Method.EMAIL
    assert StageChange.objects.filter(application=application).count() == changes


def test_the_database_allows_one_standing_withdrawal_per_application(application):
    Withdrawal.objects.create(application=application, previous_stage=Stage.APPLIED)

    with pytest.raises(IntegrityError):
        Withdrawal.objects.create(application=application, previous_stage=Stage.APPLIED)


def test_an_undone_withdrawal_does_not_block_a_new_one(application):
    Withdrawal.objects.create(
        application=application, previous_stage=Stage.APPLIED, undone_at=timezone.now()
    )

    Withdrawal.objects.create(application=application, previous_stage=Stage.APPLIED)

    assert Withdrawal.objects.filter(application=application).count() == 2


def test_mark_sent_saves_nothing_when_the_history_write_fails(
    application, main_contact, monkeypatch
):
    upcoming = interview(application, at=timezone.now() + timedelta(days=2))
    draft = start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))

    def fail(*args, **kwargs):
        raise RuntimeError("history write failed")

    monkeypatch.setattr(StageChange, "save", fail)
    with pytest.raises(RuntimeError):
        mark_sent(
            application=application,
            method=Withdrawal.Method.EMAIL,
            text={"subject": "Edited", "body": "Edited body", "cc": []},
        )

    assert not Withdrawal.objects.exists()
    assert Application.objects.get(pk=application.pk).stage == Stage.INTERVIEWING
    assert statuses(upcoming) == [Interview.Status.SCHEDULED]
    assert WithdrawalDraft.objects.get(pk=draft.pk).subject == draft.subject


def test_mark_sent_refuses_a_process_that_is_not_live(owner):
    rejected = ApplicationFactory(owner=owner, stage=Stage.REJECTED)

    with pytest.raises(services.NotLive):
        mark_sent(application=rejected, method=Withdrawal.Method.EMAIL)

    assert not Withdrawal.objects.exists()
    assert Application.objects.get(pk=rejected.pk).stage == Stage.REJECTED


@pytest.mark.parametrize(
    "stage",
    [Stage.REJECTED, Stage.WITHDRAWN, Stage.OFFER_DECLINED, Stage.NO_RESPONSE, Stage.ACCEPTED],
)
def test_start_draft_refuses_a_process_that_is_not_live(owner, stage):
    closed = ApplicationFactory(owner=owner, stage=stage)

    with pytest.raises(services.NotLive):
        start_draft(application=closed, choices=WordingChoices(Scenario.NOT_RIGHT_FIT))

    assert not WithdrawalDraft.objects.exists()


# undo_withdrawal -------------------------------------------------------------------------------


@pytest.mark.parametrize(("minutes", "allowed"), [(29, True), (31, False)])
def test_undo_is_allowed_for_30_minutes(application, monkeypatch, minutes, allowed):
    withdrawal, _ = mark_sent(application=application, method=Withdrawal.Method.EMAIL)
    later = withdrawal.sent_at + timedelta(minutes=minutes)
    monkeypatch.setattr(timezone, "now", lambda: later)

    if allowed:
        undo_withdrawal(withdrawal=withdrawal)
    else:
        with pytest.raises(NothingToUndo):
            undo_withdrawal(withdrawal=withdrawal)

    expected = Stage.INTERVIEWING if allowed else Stage.WITHDRAWN
    assert Application.objects.get(pk=application.pk).stage == expected


def test_undo_within_the_window_restores_stage_interviews_and_draft(application, main_contact):
    now = timezone.now()
    upcoming = interview(application, at=now + timedelta(days=2))
    past = interview(application, at=now - timedelta(days=2))
    draft = start_draft(
        application=application, choices=WordingChoices(Scenario.PERSONAL, reason="Family reasons.")
    )
    save_draft(draft=draft, subject="My subject", body="My body, edited.", cc=[])
    withdrawal, _ = mark_sent(application=application, method=Withdrawal.Method.EMAIL)

    undo_withdrawal(withdrawal=withdrawal)

    application.refresh_from_db()
    assert application.stage == Stage.INTERVIEWING
    change = StageChange.objects.filter(application=application).first()
    assert (change.from_stage, change.to_stage) == (Stage.WITHDRAWN, Stage.INTERVIEWING)
    assert change.note == "Withdrawal undone"
    assert statuses(upcoming, past) == [Interview.Status.SCHEDULED, Interview.Status.SCHEDULED]
    restored = WithdrawalDraft.objects.get(application=application)
    assert (restored.subject, restored.body) == ("My subject", "My body, edited.")
    assert (restored.scenario, restored.reason) == (Scenario.PERSONAL, "Family reasons.")
    # The record stays, marked undone, so the history is honest.
    withdrawal.refresh_from_db()
    assert withdrawal.undone_at is not None
    assert Withdrawal.objects.filter(application=application).count() == 1
    assert withdrawal.can_undo is False


def test_undo_does_not_revive_an_interview_cancelled_before_the_withdrawal(application):
    already = interview(
        application, at=timezone.now() + timedelta(days=2), status=Interview.Status.CANCELLED
    )
    withdrawal, _ = mark_sent(application=application, method=Withdrawal.Method.EMAIL)

    undo_withdrawal(withdrawal=withdrawal)

    assert statuses(already) == [Interview.Status.CANCELLED]


def test_after_undo_the_user_can_withdraw_again(application):
    withdrawal, _ = mark_sent(application=application, method=Withdrawal.Method.EMAIL)
    undo_withdrawal(withdrawal=withdrawal)

    again, created = mark_sent(application=application, method=Withdrawal.Method.PHONE)

    assert created is True
    assert again.pk != withdrawal.pk
    assert Withdrawal.objects.filter(application=application).count() == 2
    application.refresh_from_db()
    assert application.stage == Stage.WITHDRAWN


def test_undo_twice_raises_nothing_to_undo(application):
    withdrawal, _ = mark_sent(application=application, method=Withdrawal.Method.EMAIL)
    undo_withdrawal(withdrawal=withdrawal)

    with pytest.raises(NothingToUndo):
        undo_withdrawal(withdrawal=withdrawal)


def snapshot(application, *interviews):
    return {
        "stage": type(application).objects.get(pk=application.pk).stage,
        "interviews": statuses(*interviews),
        "withdrawals": list(Withdrawal.objects.filter(application=application).values()),
        "drafts": WithdrawalDraft.objects.filter(application=application).count(),
        "changes": StageChange.objects.filter(application=application).count(),
    }


def test_undo_after_the_window_changes_nothing(application, main_contact):
    upcoming = interview(application, at=timezone.now() + timedelta(days=2))
    start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))
    withdrawal, _ = mark_sent(application=application, method=Withdrawal.Method.EMAIL)
    Withdrawal.objects.filter(pk=withdrawal.pk).update(
        sent_at=timezone.now() - UNDO_WINDOW - timedelta(seconds=1)
    )
    before = snapshot(application, upcoming)

    with pytest.raises(NothingToUndo):
        undo_withdrawal(withdrawal=withdrawal)

    assert snapshot(application, upcoming) == before
    assert before["stage"] == Stage.WITHDRAWN
    assert before["interviews"] == [Interview.Status.CANCELLED]
    assert before["drafts"] == 0


def test_undo_when_the_clock_has_moved_past_the_window_changes_nothing(
    application, main_contact, monkeypatch
):
    upcoming = interview(application, at=timezone.now() + timedelta(days=2))
    withdrawal, _ = mark_sent(application=application, method=Withdrawal.Method.EMAIL)
    before = snapshot(application, upcoming)
    later = withdrawal.sent_at + UNDO_WINDOW + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)

    assert withdrawal.can_undo is False
    with pytest.raises(NothingToUndo):
        undo_withdrawal(withdrawal=withdrawal)

    assert snapshot(application, upcoming) == before


def test_undo_at_the_very_end_of_the_window_still_works(application, monkeypatch):
    withdrawal, _ = mark_sent(application=application, method=Withdrawal.Method.EMAIL)
    end = withdrawal.sent_at + UNDO_WINDOW
    monkeypatch.setattr(timezone, "now", lambda: end)

    undo_withdrawal(withdrawal=withdrawal)

    withdrawal.refresh_from_db()
    assert withdrawal.undone_at == end


# Follow-up and reflection ----------------------------------------------------------------------


def test_mark_follow_up_sent_keeps_the_first_date(application, monkeypatch):
    withdrawal, _ = mark_sent(application=application, method=Withdrawal.Method.EMAIL)
    first = timezone.now()
    monkeypatch.setattr(timezone, "now", lambda: first)
    services.mark_follow_up_sent(withdrawal=withdrawal)
    monkeypatch.setattr(timezone, "now", lambda: first + timedelta(days=1))

    services.mark_follow_up_sent(withdrawal=withdrawal)

    withdrawal.refresh_from_db()
    assert withdrawal.follow_up_sent_at == first


def test_save_reflection_stores_trimmed_notes(application):
    withdrawal, _ = mark_sent(application=application, method=Withdrawal.Method.EMAIL)

    services.save_reflection(withdrawal=withdrawal, liked="  The team  ", disliked="\nThe pay\n")

    withdrawal.refresh_from_db()
    assert (withdrawal.liked, withdrawal.disliked) == ("The team", "The pay")


# recipient_advice ------------------------------------------------------------------------------


def test_recipient_advice_is_empty_for_a_recruiter_with_an_email(application, main_contact):
    assert recipient_advice(application) == []


def test_recipient_advice_without_a_main_contact(application):
    ContactFactory(application=application, is_main=False)

    (advice,) = recipient_advice(application)

    assert advice == (
        "There is no main contact to write to. Add the person who runs this process, "
        "such as the recruiter or the hiring manager."
    )


def test_recipient_advice_without_a_main_contact_names_the_agency(owner):
    application = ApplicationFactory(owner=owner, source=Source.AGENCY, agency_name="Hays")

    (advice,) = recipient_advice(application)

    assert advice.endswith(": the recruiter at Hays, who set it up.")


def test_recipient_advice_for_an_assistant(application):
    ContactFactory(
        application=application, name="Sam Helper", role=Contact.Role.ASSISTANT, is_main=True
    )

    (advice,) = recipient_advice(application)

    assert advice == (
        "Sam Helper is an assistant: write to the person who runs the process instead (the "
        "recruiter or the hiring manager). Add them below; you can copy the assistant in."
    )


def test_recipient_advice_for_an_agency_process_written_to_the_company(owner):
    application = ApplicationFactory(owner=owner, source=Source.AGENCY, agency_name="Hays")
    ContactFactory(application=application, role=Contact.Role.HIRING_MANAGER, is_main=True)

    (advice,) = recipient_advice(application)

    assert advice.startswith("Hays set this process up: write to their recruiter")


def test_recipient_advice_for_a_contact_without_an_email(application):
    ContactFactory(application=application, name="Priya Shah", email="", is_main=True)

    (advice,) = recipient_advice(application)

    assert advice == "Add Priya Shah's email address to open the draft in your mail program."


def test_withdrawing_again_after_moving_the_stage_back_records_a_new_withdrawal(
    application, main_contact
):
    services.start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))
    first, _ = services.mark_sent(application=application, method=Withdrawal.Method.EMAIL)
    application_services.change_stage(application=application, to_stage=Stage.INTERVIEWING)

    services.start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))
    second, created = services.mark_sent(application=application, method=Withdrawal.Method.PHONE)

    assert created is True
    assert second.pk != first.pk
    first.refresh_from_db()
    assert first.undone_at is not None
    application.refresh_from_db()
    assert application.stage == Stage.WITHDRAWN


def test_marking_sent_saves_the_text_on_screen_under_the_lock(application, main_contact):
    services.start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))

    withdrawal, _ = services.mark_sent(
        application=application,
        method=Withdrawal.Method.EMAIL,
        text={"subject": "Final subject", "body": "Dear Priya,\n\nThank you.", "cc": []},
    )

    assert withdrawal.subject == "Final subject"
    assert withdrawal.body == "Dear Priya,\n\nThank you."
    assert not WithdrawalDraft.objects.filter(application=application).exists()


def test_saving_a_draft_that_was_already_used_up_is_harmless(application, main_contact):
    draft = services.start_draft(
        application=application, choices=WordingChoices(Scenario.NO_REASON)
    )
    services.mark_sent(application=application, method=Withdrawal.Method.EMAIL)

    services.save_draft(draft=draft, subject="Late", body="Late autosave", cc=[])

    assert not WithdrawalDraft.objects.filter(application=application).exists()


def test_a_long_rendered_subject_is_cut_to_fit(application, main_contact):
    WithdrawalTemplate.objects.filter(scenario=Scenario.NO_REASON).update(
        subject_template="{{ position }} {{ company }} " * 4
    )
    Application.objects.filter(pk=application.pk).update(company="C" * 200, position="P" * 200)
    application.refresh_from_db()

    draft = services.start_draft(
        application=application, choices=WordingChoices(Scenario.NO_REASON)
    )

    assert len(draft.subject) == services.SUBJECT_MAX_LENGTH
