"""The private calendar feed, one interview as .ics, invitations imported, clash warnings."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from applications.calendar import clashes
from applications.models import Contact, Interview, Source, Stage
from tests.factories import (
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
    return reverse("applications:calendar_feed", args=[user.calendar_token])


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
        assert event["DTSTART"].params["TZID"] == "Europe/London"
        assert event.start.strftime("%H:%M") == "09:30"
        assert event.start.astimezone(UTC) == interview.scheduled_at
    assert b"BEGIN:VTIMEZONE" in response.content
    assert b"TZID:Europe/London" in response.content


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


def test_an_old_link_answers_404_after_making_a_new_one(owner_client, client, owner):
    old = feed_url(owner)

    response = owner_client.post(reverse("new_calendar_link"), follow=True)

    owner.refresh_from_db()
    assert "Made a new calendar link." in response.text
    assert feed_url(owner) != old
    assert feed_url(owner) in response.text
    assert client.get(old).status_code == 404
    assert client.get(feed_url(owner)).status_code == 200


def test_an_unknown_token_answers_404(client, owner):
    assert client.get(reverse("applications:calendar_feed", args=["x" * 43])).status_code == 404


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
    assert client.get(reverse("applications:calendar_feed", args=[token])).status_code == 200

    response = client.get(reverse("applications:calendar_feed", args=[wrong(token)]))

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
        reverse("applications:interview_ics", args=[application.pk, interview.pk])
    )

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="interview-acme-')
    assert list(events(response)) == [f"interview-{interview.pk}@bowout"]


def test_a_strangers_interview_file_answers_404(owner_client, stranger):
    interview = InterviewFactory(application=ApplicationFactory(owner=stranger))

    response = owner_client.get(
        reverse("applications:interview_ics", args=[interview.application_id, interview.pk])
    )

    assert response.status_code == 404


# --- Importing an invitation ------------------------------------------------------------------


def test_an_outlook_invitation_with_its_own_time_zone_is_shown_then_saved(owner_client, london):
    application = ApplicationFactory(owner=london, date_applied=date(2027, 3, 1))
    upload = SimpleUploadedFile(
        "invite.ics", (DATA / "outlook_invitation.ics").read_bytes(), "text/calendar"
    )

    preview = owner_client.post(
        reverse("applications:invitation_import", args=[application.pk]), {"file": upload}
    )

    assert preview.status_code == 200
    assert "Confirm the interview" in preview.text
    assert "W. Europe Standard Time" in preview.text
    # 14:30 in Berlin (CET, before the clocks change) is 13:30 in London.
    assert 'value="2027-03-15T13:30"' in preview.text
    assert Interview.objects.count() == 0
    form = preview.context["interview_form"]
    data = {name: form[name].value() for name in form.fields}
    data |= {
        "scheduled_at": "2027-03-15T13:30",
        "is_final_round": "",
        "organiser_name": "Jana Fischer",
        "organiser_email": "jana.fischer@northwind.example",
        "add_organiser": "on",
    }

    response = owner_client.post(
        reverse("applications:invitation_confirm", args=[application.pk]), data, follow=True
    )

    assert "Interview added from the invitation. Jana Fischer is now a contact." in response.text
    interview = Interview.objects.get()
    assert interview.scheduled_at == datetime(2027, 3, 15, 13, 30, tzinfo=UTC)
    assert interview.duration_minutes == 45
    assert interview.kind == Interview.Kind.VIDEO
    assert interview.location.startswith("https://teams.microsoft.com/l/meetup-join/")
    contact = application.contacts.get()
    assert (contact.name, contact.email, contact.is_main) == (
        "Jana Fischer",
        "jana.fischer@northwind.example",
        True,
    )


PASTED = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20271105T100000
DTEND;TZID=America/New_York:20271105T110000
ORGANIZER;CN="Sam Lee":mailto:sam@agency.example
UID:abc@google.com
SUMMARY:Interview with Contoso
LOCATION:500 Fifth Avenue, New York
END:VEVENT
END:VCALENDAR
"""


def test_a_pasted_invitation_for_an_existing_contact_adds_no_contact(owner_client, owner):
    application = ApplicationFactory(
        owner=owner, source=Source.AGENCY, agency_name="Hays", date_applied=date(2027, 1, 1)
    )
    ContactFactory(application=application, email="SAM@agency.example", is_main=True)

    preview = owner_client.post(
        reverse("applications:invitation_import", args=[application.pk]), {"text": PASTED}
    )
    invitation = preview.context["invitation"]
    response = owner_client.post(
        reverse("applications:invitation_confirm", args=[application.pk]),
        {
            "scheduled_at": "2027-11-05T14:00",  # the owner's zone is London
            "duration_minutes": "60",
            "kind": invitation.kind,
            "round_number": "1",
            "status": "scheduled",
            "location": invitation.location,
            "organiser_name": invitation.organiser_name,
            "organiser_email": invitation.organiser_email,
            "add_organiser": "on",
        },
    )

    # 10:00 in New York on 5 November 2027 (still daylight time there) is 14:00 UTC.
    assert invitation.starts_at == datetime(2027, 11, 5, 14, 0, tzinfo=UTC)
    assert invitation.kind == Interview.Kind.ON_SITE
    assert invitation.location == "500 Fifth Avenue, New York"
    assert invitation.organiser_name == "Sam Lee"
    assert response.status_code == 302
    assert Interview.objects.get().scheduled_at == datetime(2027, 11, 5, 14, 0, tzinfo=UTC)
    assert application.contacts.count() == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "hello"}, "This is not a calendar invitation (.ics)."),
        ({}, "Attach the invitation file, or paste its text."),
        (
            {"text": "BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n"},
            "This calendar file has no event in it.",
        ),
        (
            {
                "text": "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nDTSTART;VALUE=DATE:20270101\n"
                "END:VEVENT\nEND:VCALENDAR\n"
            },
            "The invitation is for a whole day: it has no start time.",
        ),
        (
            {"text": PASTED.replace("20271105T100000", "00010101T000000")},
            "The date in this invitation is out of range.",
        ),
        (
            {"text": PASTED.replace("METHOD:REQUEST", "METHOD:CANCEL")},
            "This is a cancellation, not an invitation.",
        ),
    ],
)
def test_an_unreadable_invitation_says_why_and_saves_nothing(owner_client, owner, data, message):
    application = ApplicationFactory(owner=owner)

    response = owner_client.post(
        reverse("applications:invitation_import", args=[application.pk]), data
    )

    assert response.status_code == 422
    assert message in response.text
    assert Interview.objects.count() == 0


def test_a_strangers_application_cannot_import_an_invitation(owner_client, stranger):
    application = ApplicationFactory(owner=stranger)

    for name in ("invitation_import", "invitation_confirm"):
        response = owner_client.post(reverse(f"applications:{name}", args=[application.pk]))
        assert response.status_code == 404


def test_confirming_is_post_only(owner_client, owner):
    application = ApplicationFactory(owner=owner)

    response = owner_client.get(reverse("applications:invitation_confirm", args=[application.pk]))

    assert response.status_code == 405


def test_a_bad_confirmation_comes_back_with_the_form_and_saves_nothing(owner_client, owner):
    application = ApplicationFactory(owner=owner)

    response = owner_client.post(
        reverse("applications:invitation_confirm", args=[application.pk]),
        {"scheduled_at": "not a date", "kind": "video", "round_number": "1", "status": "scheduled"},
    )

    assert response.status_code == 422
    assert "Enter a date and time" in response.text
    assert Interview.objects.count() == 0
    assert Contact.objects.count() == 0


# --- Clashes ----------------------------------------------------------------------------------


def _interview(owner, company, start, minutes=60):
    application = ApplicationFactory(owner=owner, company=company, stage=Stage.INTERVIEWING)
    return InterviewFactory(application=application, scheduled_at=start, duration_minutes=minutes)


@pytest.fixture
def tomorrow_10h():
    return (timezone.now() + timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)


def test_overlapping_interviews_are_flagged_on_the_dashboard_and_both_applications(
    owner_client, owner, tomorrow_10h
):
    first = _interview(owner, "Acme", tomorrow_10h, minutes=90)
    second = _interview(owner, "Globex", tomorrow_10h + timedelta(hours=1))
    _interview(owner, "Initech", tomorrow_10h + timedelta(hours=5))

    pages = [
        owner_client.get(reverse("home")),
        owner_client.get(first.application.get_absolute_url()),
        owner_client.get(second.application.get_absolute_url()),
    ]

    for page in pages:
        assert "Interviews that clash" in page.text
        assert "they overlap" in page.text
        assert "Initech" not in page.text.split('id="interview-clashes"')[1].split("</section>")[0]


@pytest.mark.parametrize(
    ("buffer", "gap", "flagged"),
    [(30, 20, True), (30, 30, False), (30, 45, False), (0, 0, False), (60, 59, True)],
)
def test_interviews_closer_than_the_travel_buffer_are_flagged(
    owner_client, owner, tomorrow_10h, buffer, gap, flagged
):
    owner.travel_buffer_minutes = buffer
    owner.save()
    _interview(owner, "Acme", tomorrow_10h)
    _interview(owner, "Globex", tomorrow_10h + timedelta(minutes=60 + gap))

    response = owner_client.get(reverse("home"))

    assert ("Interviews that clash" in response.text) is flagged
    if flagged:
        assert f"only {gap} minutes apart, less than your travel buffer of {buffer}" in (
            response.text
        )


def test_cancelled_interviews_and_rounds_of_one_process_do_not_clash(
    owner_client, owner, tomorrow_10h
):
    first = _interview(owner, "Acme", tomorrow_10h)
    InterviewFactory(application=first.application, scheduled_at=tomorrow_10h)
    cancelled = _interview(owner, "Globex", tomorrow_10h)
    cancelled.status = Interview.Status.CANCELLED
    cancelled.save()

    response = owner_client.get(reverse("home"))

    assert "Interviews that clash" not in response.text


def test_the_travel_buffer_is_set_on_the_profile(owner_client, owner):
    response = owner_client.post(
        reverse("profile"),
        {
            "full_name": "Alex Morgan",
            "email": "owner@example.com",
            "time_zone": "Europe/London",
            "travel_buffer_minutes": "45",
        },
    )

    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.travel_buffer_minutes == 45


def test_an_application_page_compares_only_the_interviews_near_its_own(
    any_hour, owner, tomorrow_10h
):
    # Two days ahead: the 11-hour interview before Acme's starts at 23:00 the day before,
    # still to come at any hour the test runs (tomorrow's would be past after 23:00 UTC).
    acme_at = tomorrow_10h + timedelta(days=1)
    own = _interview(owner, "Acme", acme_at)
    before = _interview(owner, "Globex", acme_at - timedelta(hours=11), minutes=11 * 60)
    after = _interview(owner, "Initech", acme_at + timedelta(minutes=75))
    # Two others clash with each other a week later: nothing to do with Acme's page.
    _interview(owner, "Hooli", acme_at + timedelta(days=7))
    _interview(owner, "Umbrella", acme_at + timedelta(days=7))

    found = clashes(user=owner, application=own.application)

    pairs = {(clash.first.pk, clash.second.pk) for clash in found}
    # An 11-hour interview ending at 09:00 and one 15 minutes after Acme's end: both within
    # the 30-minute travel buffer.
    assert pairs == {(before.pk, own.pk), (own.pk, after.pk)}
    assert len(clashes(user=owner)) == 3
