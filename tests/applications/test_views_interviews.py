from datetime import UTC, date, datetime

import pytest
from django.urls import reverse

from applications.models import Interview
from tests.applications.helpers import errors_beside
from tests.factories import ApplicationFactory, InterviewFactory

pytestmark = pytest.mark.django_db

DECEMBER_1_15H_UTC = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)


def interview_data(**overrides):
    return {
        "scheduled_at": "2026-12-01T10:00",
        "kind": Interview.Kind.VIDEO,
        "round_number": "1",
        "with_whom": "Tom Walker",
        "location": "https://meet.example.com/acme",
        "status": Interview.Status.SCHEDULED,
        "notes": "",
    } | overrides


@pytest.fixture
def new_yorker(owner):
    owner.time_zone = "America/New_York"
    owner.save()
    return owner


def test_add_interview_form_proposes_the_next_round_in_the_users_time_zone(
    owner_client, new_yorker
):
    application = ApplicationFactory(owner=new_yorker)
    InterviewFactory.create_batch(2, application=application)

    response = owner_client.get(reverse("applications:interview_create", args=[application.pk]))

    assert response.status_code == 200
    assert "Add an interview" in response.text
    assert response.context["form"]["round_number"].value() == 3
    assert "In your time zone (America/New_York)." in response.text


def test_an_interview_posted_in_local_time_is_stored_as_the_right_utc_instant(
    owner_client, new_yorker
):
    application = ApplicationFactory(owner=new_yorker, date_applied=date(2026, 11, 1))

    response = owner_client.post(
        reverse("applications:interview_create", args=[application.pk]),
        interview_data(scheduled_at="2026-12-01T10:00"),
        follow=True,
    )

    assert response.redirect_chain == [(application.get_absolute_url(), 302)]
    assert "Interview saved." in response.text
    interview = Interview.objects.get()
    assert interview.application == application
    assert interview.scheduled_at == DECEMBER_1_15H_UTC
    assert "Tuesday 1 December 2026, 10:00" in response.text


def test_a_utc_interview_is_shown_in_the_owners_time_zone_on_the_detail_page(
    owner_client, new_yorker
):
    application = ApplicationFactory(owner=new_yorker, date_applied=date(2026, 11, 1))
    InterviewFactory(application=application, scheduled_at=DECEMBER_1_15H_UTC)

    response = owner_client.get(application.get_absolute_url())

    assert "Tuesday 1 December 2026, 10:00" in response.text  # the interview list
    assert "1 Dec 2026, 10:00" in response.text  # the timeline
    assert "15:00" not in response.text


def test_the_edit_form_shows_the_stored_time_in_the_owners_time_zone(owner_client, new_yorker):
    application = ApplicationFactory(owner=new_yorker, date_applied=date(2026, 11, 1))
    interview = InterviewFactory(application=application, scheduled_at=DECEMBER_1_15H_UTC)

    response = owner_client.get(
        reverse("applications:interview_edit", args=[application.pk, interview.pk])
    )

    assert response.status_code == 200
    assert 'value="2026-12-01T10:00"' in response.text


def test_the_same_instant_reads_differently_for_a_user_elsewhere(owner_client, owner):
    owner.time_zone = "Asia/Tokyo"
    owner.save()
    application = ApplicationFactory(owner=owner, date_applied=date(2026, 11, 1))
    InterviewFactory(application=application, scheduled_at=DECEMBER_1_15H_UTC)

    response = owner_client.get(application.get_absolute_url())

    assert "Wednesday 2 December 2026, 00:00" in response.text


def test_edit_an_interview(owner_client, new_yorker):
    application = ApplicationFactory(owner=new_yorker, date_applied=date(2026, 11, 1))
    interview = InterviewFactory(application=application, scheduled_at=DECEMBER_1_15H_UTC)

    response = owner_client.post(
        reverse("applications:interview_edit", args=[application.pk, interview.pk]),
        interview_data(
            scheduled_at="2026-12-01 11:30", status=Interview.Status.DONE, is_final_round="on"
        ),
    )

    assert response.status_code == 302
    interview.refresh_from_db()
    assert interview.scheduled_at == datetime(2026, 12, 1, 16, 30, tzinfo=UTC)
    assert interview.status == Interview.Status.DONE
    assert interview.is_final_round
    assert Interview.objects.count() == 1


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"scheduled_at": "2026-10-31T23:00"},
            "scheduled_at",
            "This is before you applied (1 Nov 2026). Check the date.",
        ),
        ({"scheduled_at": ""}, "scheduled_at", "This field is required."),
        (
            {"scheduled_at": "next Tuesday"},
            "scheduled_at",
            "Enter a date and time, like 2026-03-14 10:30.",
        ),
        (
            # 02:30 does not exist in New York on the morning the clocks go forward.
            {"scheduled_at": "2027-03-14T02:30"},
            "scheduled_at",
            "2027-03-14 02:30:00 couldn’t be interpreted in time zone America/New_York; "
            "it may be ambiguous or it may not exist.",
        ),
        ({"round_number": "0"}, "round_number", "Ensure this value is greater than or equal to 1."),
        ({"round_number": "21"}, "round_number", "Ensure this value is less than or equal to 20."),
        (
            {"kind": "carrier pigeon"},
            "kind",
            "Select a valid choice. carrier pigeon is not one of the available choices.",
        ),
    ],
)
def test_add_an_interview_with_bad_input_shows_the_message_and_saves_nothing(
    owner_client, new_yorker, overrides, field, message
):
    application = ApplicationFactory(owner=new_yorker, date_applied=date(2026, 11, 1))

    response = owner_client.post(
        reverse("applications:interview_create", args=[application.pk]),
        interview_data(**overrides),
    )

    assert response.status_code == 422
    assert errors_beside(response, field) == [message]
    assert not Interview.objects.exists()


def test_the_date_applied_check_uses_the_users_local_date(owner_client, new_yorker):
    # 20:00 on 31 October in New York is already 1 November in UTC: still before applying.
    application = ApplicationFactory(owner=new_yorker, date_applied=date(2026, 11, 1))

    response = owner_client.post(
        reverse("applications:interview_create", args=[application.pk]),
        interview_data(scheduled_at="2026-10-31T20:00"),
    )

    assert errors_beside(response, "scheduled_at") == [
        "This is before you applied (1 Nov 2026). Check the date."
    ]
    assert not Interview.objects.exists()


def test_edit_an_interview_to_before_the_application_changes_nothing(owner_client, new_yorker):
    application = ApplicationFactory(owner=new_yorker, date_applied=date(2026, 11, 1))
    interview = InterviewFactory(application=application, scheduled_at=DECEMBER_1_15H_UTC)

    response = owner_client.post(
        reverse("applications:interview_edit", args=[application.pk, interview.pk]),
        interview_data(scheduled_at="2026-01-05T09:00"),
    )

    assert response.status_code == 422
    assert errors_beside(response, "scheduled_at") == [
        "This is before you applied (1 Nov 2026). Check the date."
    ]
    interview.refresh_from_db()
    assert interview.scheduled_at == DECEMBER_1_15H_UTC


def test_delete_an_interview_asks_first_then_deletes(owner_client, owner):
    application = ApplicationFactory(owner=owner, company="Acme", position="Engineer")
    interview = InterviewFactory(application=application, round_number=2)
    url = reverse("applications:interview_delete", args=[application.pk, interview.pk])

    response = owner_client.get(url)
    assert response.status_code == 200
    assert "Delete this interview?" in response.text
    assert "Round 2 video interview" in response.text
    assert Interview.objects.exists()

    response = owner_client.post(url, follow=True)
    assert response.redirect_chain == [(application.get_absolute_url(), 302)]
    assert "Interview removed." in response.text
    assert not Interview.objects.exists()


@pytest.mark.parametrize("when", ["9999-12-31T23:30", "0001-01-01T00:30"])
def test_an_interview_in_a_far_off_year_is_refused_not_stored(owner_client, owner, when):
    owner.time_zone = "America/New_York"
    owner.save()
    application = ApplicationFactory(owner=owner, date_applied=None)

    response = owner_client.post(
        reverse("applications:interview_create", args=[application.pk]),
        {"scheduled_at": when, "kind": "video", "round_number": 1, "status": "scheduled"},
    )

    assert response.status_code == 422
    assert "Enter a date between 1970 and 2100." in response.text
    assert not Interview.objects.exists()
    assert owner_client.get(reverse("home")).status_code == 200
