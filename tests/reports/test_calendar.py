"""The private calendar feed and one interview as .ics."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from applications.models import Contact, Interview, Stage
from tests.factories import (
    PASSWORD,
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    OfferFactory,
    UserFactory,
)
from withdrawals.services import mark_sent

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data"


def feed_url(user):
    return reverse("reports:calendar_feed", args=[user.calendar_token])


def events(response) -> dict[str, Any]:
    calendar = Calendar.from_ical(response.content)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture
def london(owner):
    owner.time_zone = "Europe/London"
    owner.save()
    return owner


# --- The feed ---------------------------------------------------------------------------------


def test_the_feed_needs_no_login_and_lists_the_owners_interview_with_its_details(client, london):
    application = ApplicationFactory(
        owner=london, company="Northwind", position="Backend Engineer", stage=Stage.INTERVIEWING
    )
    ContactFactory(application=application, name="Jana Fischer", email="jana@nw.example")
    Contact.objects.filter(application=application).update(is_main=True)
    interview = InterviewFactory(
        application=application,
        scheduled_at=timezone.now() + timedelta(days=2),
        round_number=2,
        kind=Interview.Kind.ON_SITE,
        location="1 Main Street, Leeds",
        duration_minutes=45,
    )
    ApplicationFactory(owner=UserFactory(username="other"), company="Not mine")

    response = client.get(feed_url(london))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Cache-Control"] == "private, no-store"
    found = events(response)
    assert list(found) == [f"interview-{interview.pk}@bowout"]
    event = found[f"interview-{interview.pk}@bowout"]
    assert str(event["SUMMARY"]) == ("Northwind: on-site interview, round 2 (Backend Engineer)")
    assert str(event["LOCATION"]) == "1 Main Street, Leeds"
    assert "Main contact: Jana Fischer (jana@nw.example)" in str(event["DESCRIPTION"])
    assert event.end - event.start == timedelta(minutes=45)
    assert str(event["STATUS"]) == "CONFIRMED"
    [alarm] = event.walk("VALARM")
    assert alarm["TRIGGER"].dt == timedelta(hours=-1)
    assert b"Not mine" not in response.content


def test_the_uid_stays_the_same_when_the_interview_is_edited(client, owner):
    interview = InterviewFactory(application=ApplicationFactory(owner=owner))
    before = set(events(client.get(feed_url(owner))))

    interview.scheduled_at += timedelta(days=1, hours=2)
    interview.round_number = 3
    interview.save()
    after = events(client.get(feed_url(owner)))

    assert set(after) == before == {f"interview-{interview.pk}@bowout"}
    assert after[f"interview-{interview.pk}@bowout"].start == interview.scheduled_at


def test_a_withdrawal_marks_the_interview_cancelled_in_the_feed(client, owner):
    application = ApplicationFactory(owner=owner, stage=Stage.INTERVIEWING)
    interview = InterviewFactory(application=application)

    mark_sent(application=application, method="email")

    event = events(client.get(feed_url(owner)))[f"interview-{interview.pk}@bowout"]
    assert str(event["STATUS"]) == "CANCELLED"
    assert event.walk("VALARM") == []


def test_a_scheduled_interview_on_a_rejected_process_is_cancelled_in_the_feed(client, owner):
    interview = InterviewFactory(application=ApplicationFactory(owner=owner, stage=Stage.REJECTED))

    event = events(client.get(feed_url(owner)))[f"interview-{interview.pk}@bowout"]

    assert str(event["STATUS"]) == "CANCELLED"


def test_times_are_right_on_both_sides_of_a_dst_change(client, london):
    application = ApplicationFactory(owner=london, date_applied=date(2026, 1, 1))
    # 09:30 in London is 08:30 UTC in July (BST) and 09:30 UTC in December (GMT).
    summer = InterviewFactory(
        application=application, scheduled_at=datetime(2027, 7, 1, 8, 30, tzinfo=UTC)
    )
    winter = InterviewFactory(
        application=application, scheduled_at=datetime(2026, 12, 1, 9, 30, tzinfo=UTC)
    )

    response = client.get(feed_url(london))
    found = events(response)

    for interview in (summer, winter):
        event = found[f"interview-{interview.pk}@bowout"]
        assert event.start.astimezone(london.zone).strftime("%H:%M") == "09:30"
        assert event.start == interview.scheduled_at
    # Written in UTC: no time zone definition for other parsers to misread.
    assert b"DTSTART:20270701T083000Z" in response.content
    assert b"DTSTART:20261201T093000Z" in response.content
    assert b"BEGIN:VTIMEZONE" not in response.content


def test_offer_deadlines_are_all_day_events(client, owner):
    # Received before the deadline whatever today is: the factory's "today" is after 8 January
    # from 2027 on, and the offer must be answered after it is received.
    offer = OfferFactory(
        application__owner=owner, received_on=date(2027, 1, 4), respond_by=date(2027, 1, 8)
    )

    event = events(client.get(feed_url(owner)))[f"offer-deadline-{offer.pk}@bowout"]

    assert event.start == date(2027, 1, 8)
    assert event.end == date(2027, 1, 9)
    assert str(event["SUMMARY"]) == f"Reply to the offer from {offer.application.company}"
    assert str(event["STATUS"]) == "CONFIRMED"


def test_an_old_link_answers_404_after_making_a_new_one(typed_password_client, client, owner):
    owner_client = typed_password_client
    old = feed_url(owner)

    response = owner_client.post(reverse("new_calendar_link"), follow=True)

    owner.refresh_from_db()
    assert "Made a new calendar link." in response.text
    assert feed_url(owner) != old
    assert feed_url(owner) in response.text
    assert client.get(old).status_code == 404
    assert client.get(feed_url(owner)).status_code == 200


def test_an_unknown_token_answers_404(client, owner):
    assert client.get(reverse("reports:calendar_feed", args=["x" * 43])).status_code == 404


@pytest.mark.parametrize(
    "wrong",
    [
        lambda token: token[:-1],  # a prefix: one character short
        lambda token: token[:8],
        lambda token: token + "A",
        lambda token: token.swapcase(),
    ],
    ids=["one-short", "first-8", "one-more", "swapped-case"],
)
def test_only_the_whole_token_opens_the_feed(client, owner, wrong):
    """The token is the only credential: nothing close to it may open the feed."""
    token = owner.calendar_token
    assert client.get(reverse("reports:calendar_feed", args=[token])).status_code == 200

    response = client.get(reverse("reports:calendar_feed", args=[wrong(token)]))

    assert response.status_code == 404
    assert b"BEGIN:VCALENDAR" not in response.content


def test_a_token_with_odd_characters_answers_404(client, owner):
    assert client.get("/calendar/%00abc.ics").status_code == 404
    assert client.get("/calendar/a%20b.ics").status_code == 404


def test_a_deactivated_users_feed_answers_404(client, owner):
    owner.is_active = False
    owner.save()

    assert client.get(feed_url(owner)).status_code == 404


def test_each_user_gets_a_long_different_token(owner, stranger):
    assert len(owner.calendar_token) >= 43
    assert owner.calendar_token != stranger.calendar_token


def test_a_new_link_asks_for_the_password_first_then_makes_it(owner_client, owner):
    old = feed_url(owner)

    response = owner_client.post(reverse("new_calendar_link"))

    assert (
        response["Location"]
        == "/accounts/reauthenticate/?next=%2Faccounts%2Fprofile%2Fcalendar-link%2F"
    )
    owner.refresh_from_db()
    assert feed_url(owner) == old
    done = owner_client.post(response["Location"], {"password": PASSWORD}, follow=True)
    owner.refresh_from_db()
    assert "Made a new calendar link." in done.text
    assert feed_url(owner) != old


def test_making_a_new_link_is_post_only(owner_client):
    assert owner_client.get(reverse("new_calendar_link")).status_code == 405


def test_the_profile_shows_the_link_to_copy(owner_client, owner):
    response = owner_client.get(reverse("profile"))

    assert f"http://testserver{feed_url(owner)}" in response.text
    assert "Copy link" in response.text
    assert "Make a new link" in response.text


def test_the_feed_takes_the_same_queries_for_3_or_30_interviews(
    client, owner, django_assert_max_num_queries
):
    application = ApplicationFactory(owner=owner)
    InterviewFactory.create_batch(3, application=application)
    # user, interviews, their contacts, offers.
    with django_assert_max_num_queries(4):
        client.get(feed_url(owner))
    InterviewFactory.create_batch(27, application=ApplicationFactory(owner=owner))
    with django_assert_max_num_queries(4):
        response = client.get(feed_url(owner))
    assert len(events(response)) == 30


# --- One interview as a file -------------------------------------------------------------------


def test_one_interview_downloads_as_ics_with_the_feeds_uid(owner_client, owner):
    application = ApplicationFactory(owner=owner, company="Acme")
    interview = InterviewFactory(application=application)

    response = owner_client.get(
        reverse("reports:interview_ics", args=[application.pk, interview.pk])
    )

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="interview-acme-')
    assert list(events(response)) == [f"interview-{interview.pk}@bowout"]


def test_a_strangers_interview_file_answers_404(owner_client, stranger):
    interview = InterviewFactory(application=ApplicationFactory(owner=stranger))

    response = owner_client.get(
        reverse("reports:interview_ics", args=[interview.application_id, interview.pk])
    )

    assert response.status_code == 404
