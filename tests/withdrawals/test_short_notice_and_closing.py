"""The call window and long processes advise a call (one clock, applications/clock.py); processes
never applied to are closed without an email; what was sent keeps its line breaks."""

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from applications import clock
from applications.models import Interview, Stage, StageChange
from tests.factories import ApplicationFactory, InterviewFactory, OfferFactory
from withdrawals import services, timing
from withdrawals.models import Scenario, Withdrawal
from withdrawals.services import WordingChoices

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


@pytest.fixture
def application(globex):
    return globex


@pytest.mark.parametrize(
    ("hours", "short"), [(-1, False), (0, True), (21, True), (24, True), (24.1, False)]
)
def test_short_notice_is_an_interview_within_24_hours(hours, short):
    assert clock.is_short_notice(NOW + timedelta(hours=hours), now=NOW) is short


@pytest.mark.parametrize(
    ("delay", "call"),
    [
        (timedelta(seconds=-1), False),
        (timedelta(0), True),
        (timedelta(hours=30), True),
        (timedelta(hours=48), True),
        (timedelta(hours=48, seconds=1), False),
    ],
)
def test_the_call_window_is_48_hours_the_boundary_included(delay, call):
    assert clock.in_call_window(NOW + delay, now=NOW) is call
    assert clock.is_soon(NOW + delay, now=NOW) is (not call and delay > timedelta(0))


@pytest.mark.parametrize(
    ("held", "applied_days_ago", "long"),
    [(0, 27, False), (1, 27, False), (2, 1, True), (0, 28, True)],
)
def test_a_long_process_is_two_interviews_held_or_four_weeks(owner, held, applied_days_ago, long):
    application = ApplicationFactory(
        owner=owner,
        stage=Stage.INTERVIEWING,
        date_applied=date(2026, 11, 21) - timedelta(days=applied_days_ago),
    )
    for _ in range(held):
        InterviewFactory(
            application=application,
            scheduled_at=NOW - timedelta(days=3),
            status=Interview.Status.DONE,
        )

    assert timing.is_long_process(application, today=date(2026, 11, 21)) is long


def test_the_draft_with_an_interview_in_21_hours_defaults_to_phone(owner_client, application):
    InterviewFactory(application=application, scheduled_at=timezone.now() + timedelta(hours=21))
    services.start_draft(
        application=application,
        choices=WordingChoices(services.suggested_scenario(application)),
    )

    response = owner_client.get(reverse("withdrawals:draft", args=[application.pk]))

    assert re.search(r'value="phone"[^>]*checked', response.text)
    assert not re.search(r'value="email"[^>]*checked', response.text)
    assert 'class="col-lg-5 order-first order-lg-last"' in response.text
    assert "I am writing to cancel my interview on " in response.text  # it names it


def test_a_long_process_advises_a_call_and_defaults_to_phone(owner_client, owner):
    application = ApplicationFactory(
        owner=owner,
        stage=Stage.INTERVIEWING,
        date_applied=timezone.localdate() - timedelta(days=40),
    )
    services.start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))

    response = owner_client.get(reverse("withdrawals:draft", args=[application.pk]))

    assert "After a process this long, a call is kinder than an email" in response.text
    assert "Phone script" in response.text
    assert re.search(r'value="phone"[^>]*checked', response.text)


def test_a_recent_process_without_interviews_defaults_to_email(owner_client, application):
    application.date_applied = timezone.localdate()
    application.save()
    services.start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))

    response = owner_client.get(reverse("withdrawals:draft", args=[application.pk]))

    assert re.search(r'value="email"[^>]*checked', response.text)
    assert "order-first" not in response.text


def test_what_you_sent_keeps_its_line_breaks(owner_client, application):
    services.start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))
    services.mark_sent(application=application, method=Withdrawal.Method.EMAIL)

    page = owner_client.get(application.get_absolute_url()).text

    assert re.search(r'class="[^"]*preserve-lines[^"]*">Dear Priya Shah,\n\nThank you', page)


def test_close_not_applied_closes_only_the_users_never_applied_processes(
    owner_client, owner, stranger
):
    OfferFactory(application__owner=owner)
    dream = ApplicationFactory(owner=owner, company="Daydream", stage=Stage.INTERESTED)
    other = ApplicationFactory(owner=owner, company="Maybe", stage=Stage.INTERESTED)
    applied = ApplicationFactory(owner=owner, company="Applied", stage=Stage.APPLIED)
    theirs = ApplicationFactory(owner=stranger, stage=Stage.INTERESTED)

    page = owner_client.get(reverse("withdrawals:candidates")).text
    assert "Not applied: just close" in page
    section = page[page.index('id="not-applied"') :]
    assert "Daydream" in section
    assert "Applied" not in section.split("</section>")[0]

    response = owner_client.post(
        reverse("withdrawals:close_not_applied"),
        {"applications": [dream.pk, applied.pk, theirs.pk]},
        follow=True,
    )

    assert "Closed 1 process you never applied to. No email was needed." in response.text
    for app, stage in [
        (dream, Stage.WITHDRAWN),
        (other, Stage.INTERESTED),
        (applied, Stage.APPLIED),
        (theirs, Stage.INTERESTED),
    ]:
        app.refresh_from_db()
        assert app.stage == stage
    change = StageChange.objects.get(application=dream, to_stage=Stage.WITHDRAWN)
    assert change.note == "Closed without applying: no email needed"
    assert not Withdrawal.objects.exists()


def test_close_not_applied_with_nothing_ticked_says_so(owner_client):
    response = owner_client.post(reverse("withdrawals:close_not_applied"), follow=True)

    assert "Tick at least one process to close." in response.text


def test_close_not_applied_is_post_only(owner_client):
    assert owner_client.get(reverse("withdrawals:close_not_applied")).status_code == 405


def test_close_not_applied_is_atomic(owner_client, owner, monkeypatch):
    OfferFactory(application__owner=owner)
    first = ApplicationFactory(owner=owner, company="A", stage=Stage.INTERESTED)
    second = ApplicationFactory(owner=owner, company="B", stage=Stage.INTERESTED)
    calls = []
    real = services.application_services.change_stage

    def fail_on_second(**kwargs):
        calls.append(kwargs["application"].pk)
        if len(calls) == 2:
            raise RuntimeError("history write failed")
        return real(**kwargs)

    monkeypatch.setattr(services.application_services, "change_stage", fail_on_second)
    with pytest.raises(RuntimeError):
        services.close_not_applied(user=owner, application_ids=[first.pk, second.pk])

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.stage, second.stage) == (Stage.INTERESTED, Stage.INTERESTED)
    assert not StageChange.objects.filter(to_stage=Stage.WITHDRAWN).exists()


def test_the_candidates_page_advises_a_call_for_a_long_process(
    owner_client, owner, django_assert_max_num_queries
):
    OfferFactory(application__owner=owner)
    long_one = ApplicationFactory(owner=owner, company="Longhaul", stage=Stage.INTERVIEWING)
    for _ in range(2):
        InterviewFactory(
            application=long_one,
            scheduled_at=timezone.now() - timedelta(days=5),
            status=Interview.Status.DONE,
        )
    ApplicationFactory(
        owner=owner, company="Fresh", stage=Stage.APPLIED, date_applied=timezone.localdate()
    )

    page = owner_client.get(reverse("withdrawals:candidates")).text

    cards = page.split('data-candidate="')
    longhaul = next(card for card in cards if "Longhaul" in card)
    fresh = next(card for card in cards if "Fresh" in card)
    assert "A long process: the guides advise a call" in longhaul
    assert "A long process" not in fresh
