import re
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from applications import services
from applications.models import Application, Interview, Offer, Stage, StageChange
from tests.applications.helpers import board_column, bulk_applications
from tests.factories import ApplicationFactory, InterviewFactory, OfferFactory

pytestmark = pytest.mark.django_db

BOARD_URL = reverse("applications:board")
HTMX = {"HX-Request": "true"}


def _card(application) -> str:
    return f'data-application="{application.pk}"'


def _created(owner, **fields):
    return services.create_application(application=ApplicationFactory.build(owner=owner, **fields))


def test_board_has_a_column_per_live_stage_with_each_card_in_its_own(owner_client, owner, stranger):
    screening = ApplicationFactory(owner=owner, company="Acme", stage=Stage.SCREENING)
    offer = ApplicationFactory(owner=owner, company="Lumen", stage=Stage.OFFER)
    rejected = ApplicationFactory(owner=owner, company="Gone Co", stage=Stage.REJECTED)
    accepted = ApplicationFactory(owner=owner, company="Won Co", stage=Stage.ACCEPTED)
    theirs = ApplicationFactory(owner=stranger, company="Not Mine", stage=Stage.SCREENING)

    response = owner_client.get(BOARD_URL)

    assert response.status_code == 200
    assert "<title>Board · Bowout</title>" in response.text
    for stage in Stage.live():
        assert f'data-stage="{stage.value}"' in response.text
    for stage in [*Stage.closed(), Stage.ACCEPTED]:
        assert f'data-stage="{stage.value}"' not in response.text
    assert _card(screening) in board_column(response, Stage.SCREENING)
    assert _card(offer) in board_column(response, Stage.OFFER)
    for hidden in (rejected, accepted, theirs):
        assert _card(hidden) not in response.text
    assert "Nothing here." in board_column(response, Stage.INTERESTED)


def test_a_card_shows_its_next_interview_in_the_owners_time_zone(owner_client, owner):
    owner.time_zone = "America/New_York"
    owner.save()
    application = ApplicationFactory(owner=owner, stage=Stage.INTERVIEWING)
    upcoming = (timezone.now() + timedelta(days=3)).replace(
        hour=15, minute=0, second=0, microsecond=0
    )
    InterviewFactory(application=application, scheduled_at=upcoming)
    ApplicationFactory(owner=owner, stage=Stage.APPLIED)

    response = owner_client.get(BOARD_URL)

    local = timezone.localtime(upcoming, timezone=ZoneInfo("America/New_York"))
    assert f"Interview {local:%a} {local.day} {local:%b}, {local:%H:%M}" in response.text
    assert "No interview booked" in response.text


def test_move_without_htmx_redirects_back_to_the_board_with_a_message(owner_client, owner):
    application = _created(owner, company="Acme", position="Engineer", stage=Stage.APPLIED)

    response = owner_client.post(
        reverse("applications:board_move", args=[application.pk]),
        {"stage": Stage.SCREENING},
        follow=True,
    )

    assert response.redirect_chain == [(BOARD_URL, 302)]
    assert "Moved Engineer at Acme to Screening." in response.text
    assert _card(application) in board_column(response, Stage.SCREENING)
    assert Application.objects.get().stage == Stage.SCREENING
    latest = StageChange.objects.first()
    assert (latest.from_stage, latest.to_stage) == (Stage.APPLIED, Stage.SCREENING)


def test_move_with_htmx_returns_only_the_board_with_the_card_in_its_new_column(owner_client, owner):
    application = _created(owner, company="Acme", position="Engineer", stage=Stage.APPLIED)

    response = owner_client.post(
        reverse("applications:board_move", args=[application.pk]),
        {"stage": Stage.INTERVIEWING},
        headers=HTMX,
    )

    assert response.status_code == 200
    assert "<html" not in response.text
    assert "<h1" not in response.text
    assert response.text.lstrip().startswith('<div id="board"')
    assert _card(application) in board_column(response, Stage.INTERVIEWING)
    assert _card(application) not in board_column(response, Stage.APPLIED)
    assert "Moved Engineer at Acme to Interviewing." in response.text
    assert Application.objects.get().stage == Stage.INTERVIEWING
    assert StageChange.objects.count() == 2


def test_move_to_a_closed_stage_takes_the_card_off_the_board(owner_client, owner):
    application = _created(owner, company="Acme", position="Engineer", stage=Stage.APPLIED)

    response = owner_client.post(
        reverse("applications:board_move", args=[application.pk]),
        {"stage": Stage.REJECTED},
        headers=HTMX,
    )

    assert _card(application) not in response.text
    assert "Moved Engineer at Acme to Rejected." in response.text
    assert Application.objects.get().stage == Stage.REJECTED


def test_move_to_the_same_column_says_so_and_records_nothing(owner_client, owner):
    application = _created(owner, company="Acme", position="Engineer", stage=Stage.APPLIED)

    response = owner_client.post(
        reverse("applications:board_move", args=[application.pk]),
        {"stage": Stage.APPLIED},
        headers=HTMX,
    )

    assert "Engineer at Acme is already at Applied." in response.text
    assert StageChange.objects.count() == 1


@pytest.mark.parametrize("stage", ["hired", "", "APPLIED"])
def test_move_to_an_unknown_stage_gives_a_message_and_changes_nothing(owner_client, owner, stage):
    application = _created(owner, stage=Stage.APPLIED)

    response = owner_client.post(
        reverse("applications:board_move", args=[application.pk]), {"stage": stage}
    )

    assert response.status_code == 422
    assert "Choose one of the stages to move the application to." in response.text
    assert Application.objects.get().stage == Stage.APPLIED
    assert StageChange.objects.count() == 1


def test_move_to_an_unknown_stage_with_htmx_answers_the_board_with_the_message(owner_client, owner):
    application = _created(owner, stage=Stage.APPLIED)

    response = owner_client.post(
        reverse("applications:board_move", args=[application.pk]), {"stage": "hired"}, headers=HTMX
    )

    assert response.status_code == 422
    assert response.text.lstrip().startswith('<div id="board"')
    assert "Choose one of the stages to move the application to." in response.text
    assert Application.objects.get().stage == Stage.APPLIED
    assert StageChange.objects.count() == 1


def test_cards_in_a_column_come_soonest_interview_first_then_latest_activity(owner_client, owner):
    now = timezone.now()
    quiet = ApplicationFactory(
        owner=owner,
        company="Quiet",
        stage=Stage.SCREENING,
        last_activity_at=now - timedelta(days=9),
    )
    busy = ApplicationFactory(
        owner=owner, company="Busy", stage=Stage.SCREENING, last_activity_at=now - timedelta(days=1)
    )
    later = ApplicationFactory(owner=owner, company="Later", stage=Stage.SCREENING)
    sooner = ApplicationFactory(owner=owner, company="Sooner", stage=Stage.SCREENING)
    InterviewFactory(application=later, scheduled_at=now + timedelta(days=5))
    InterviewFactory(application=sooner, scheduled_at=now + timedelta(days=1))

    column = board_column(owner_client.get(BOARD_URL), Stage.SCREENING)

    positions = [column.index(_card(app)) for app in (sooner, later, busy, quiet)]
    assert positions == sorted(positions)


def test_move_is_post_only(owner_client, owner):
    application = _created(owner, stage=Stage.APPLIED)
    response = owner_client.get(reverse("applications:board_move", args=[application.pk]))
    assert response.status_code == 405
    assert StageChange.objects.count() == 1


@pytest.mark.parametrize(("rows", "cards"), [(5, 5), (200, 50)])
def test_board_queries_and_cards_do_not_grow_with_rows(
    owner_client, owner, rows, cards, django_assert_num_queries
):
    applications = bulk_applications(owner, rows, stages=Stage.live())
    soon = timezone.now() + timedelta(days=1)
    Interview.objects.bulk_create(
        InterviewFactory.build(application=application, scheduled_at=soon)
        for application in applications
    )
    Offer.objects.bulk_create(
        OfferFactory.build(application=application, respond_by=timezone.localdate())
        for application in applications
        if application.stage == Stage.OFFER
    )

    # 6 at any size: session, user, the refresh of interviews that have begun, the count per
    # stage, the first cards of every column (one UNION) with offers joined in, and the few
    # recently closed.
    with django_assert_num_queries(6):
        response = owner_client.get(BOARD_URL)
    # 200 applications over 5 columns: 10 cards in each, and a link to the other 30.
    assert response.text.count("data-application=") == cards
    assert response.text.count("<a ") <= 100
    assert "respond today" in board_column(response, Stage.OFFER)
    if rows == 200:
        assert (
            '<a href="/applications/?stage=screening&amp;sort=interview" data-more="screening">'
            "and 30 more</a>"
        ) in board_column(response, Stage.SCREENING)


def test_a_full_column_shows_the_most_urgent_cards_and_counts_them_all(owner_client, owner):
    now = timezone.now()
    applications = bulk_applications(owner, 12, stages=[Stage.APPLIED])
    # Interviews in 1..10 days for the last ten created, none for the first two.
    Interview.objects.bulk_create(
        InterviewFactory.build(application=application, scheduled_at=now + timedelta(days=day))
        for day, application in enumerate(applications[2:], start=1)
    )

    column = board_column(owner_client.get(BOARD_URL), Stage.APPLIED)

    shown = [int(pk) for pk in re.findall(r'data-application="(\d+)"', column)]
    assert shown == [application.pk for application in applications[2:]]
    assert '<span class="badge text-bg-secondary">12</span>' in column
    assert 'data-more="applied">and 2 more</a>' in column
    # Every card's move form offers every stage, its own selected.
    assert column.count('<option value="applied" selected>Applied</option>') == 10
    assert column.count('<option value="rejected">Rejected</option>') == 10


@pytest.mark.parametrize("rows", [5, 200])
def test_htmx_move_queries_do_not_grow_with_rows(
    owner_client, owner, rows, django_assert_max_num_queries
):
    applications = bulk_applications(owner, rows, stages=[Stage.APPLIED])

    # 13: session, user, the card, lock, history row, stage update, the webhooks' event row,
    # savepoint pair for the service's transaction, and the board again (refresh, counts,
    # first cards, recently closed).
    with django_assert_max_num_queries(13):
        response = owner_client.post(
            reverse("applications:board_move", args=[applications[0].pk]),
            {"stage": Stage.SCREENING},
            headers=HTMX,
        )
    assert response.status_code == 200
