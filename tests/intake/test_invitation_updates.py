"""Invitations that change: Outlook and Teams send a moved meeting with the same UID and a
higher SEQUENCE, and a cancellation with METHOD:CANCEL. The interview imported from the first
is moved or cancelled (and the calendar feed with it), never doubled."""

from datetime import UTC, date, datetime

import pytest
from django.urls import reverse
from icalendar import Calendar

from applications.models import Interview, Stage
from intake.invitations import read_invitation
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db

UID = "040000008200E00074C5B7101A82E00800000000B0F1C3A2D1E5DA01000000000000000010000000"


def outlook(*, sequence: int, hour: int, method: str = "REQUEST", uid: str = UID) -> str:
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:Microsoft Exchange Server 2010",
            f"METHOD:{method}",
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"SEQUENCE:{sequence}",
            f"DTSTART;TZID=GMT Standard Time:20271208T{hour:02d}0000",
            f"DTEND;TZID=GMT Standard Time:20271208T{hour:02d}4500",
            "ORGANIZER;CN=Jana Fischer:mailto:jana@northwind.example",
            "SUMMARY:Interview: Backend Engineer",
            "LOCATION:Microsoft Teams Meeting",
            "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/x",
            f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


@pytest.fixture
def application(owner):
    owner.time_zone = "Europe/London"
    owner.save()
    return ApplicationFactory(
        owner=owner, company="Northwind", stage=Stage.INTERVIEWING, date_applied=date(2027, 11, 1)
    )


def send(client, application, text: str, **changes):
    """Step 1 then, when it shows the confirmation, step 2 with the fields as shown."""
    url = reverse("intake:invitation_import", args=[application.pk])
    preview = client.post(url, {"text": text}, follow=True)
    if "interview_form" not in (preview.context or {}):
        return preview
    data: dict = {}
    for name in ("interview_form", "organiser_form", "id_form"):
        form = preview.context[name]
        data |= {form.add_prefix(key): form[key].value() for key in form.fields}
    data = {key: "" if value in (None, False) else value for key, value in data.items()}
    data |= {"add_organiser": "on", "is_final_round": ""} | changes
    return client.post(
        reverse("intake:invitation_confirm", args=[application.pk]), data, follow=True
    )


def feed_events(client, owner) -> list:
    response = client.get(reverse("reports:calendar_feed", args=[owner.calendar_token]))
    return Calendar.from_ical(response.content).walk("VEVENT")


def test_an_update_with_a_higher_sequence_moves_the_interview_it_came_from(
    owner_client, owner, application
):
    send(owner_client, application, outlook(sequence=0, hour=10))

    response = send(owner_client, application, outlook(sequence=1, hour=14))

    assert "Interview moved, as the updated invitation says." in response.text
    interview = Interview.objects.get()
    assert interview.scheduled_at == datetime(2027, 12, 8, 14, tzinfo=UTC)
    assert (interview.invitation_uid, interview.invitation_sequence) == (UID, 1)
    assert interview.application.contacts.count() == 1
    (event,) = feed_events(owner_client, owner)
    assert event.decoded("DTSTART") == datetime(2027, 12, 8, 14, tzinfo=UTC)
    assert str(event["STATUS"]) == "CONFIRMED"


def test_the_update_is_shown_as_a_move_before_it_is_saved(owner_client, application):
    send(owner_client, application, outlook(sequence=0, hour=10))

    preview = owner_client.post(
        reverse("intake:invitation_import", args=[application.pk]),
        {"text": outlook(sequence=1, hour=14)},
    )

    assert "Confirm the moved interview" in preview.text
    assert 'value="2027-12-08T14:00"' in preview.text
    assert Interview.objects.get().scheduled_at == datetime(2027, 12, 8, 10, tzinfo=UTC)


@pytest.mark.parametrize("sequence", [0, 1])
def test_the_same_or_an_older_revision_changes_nothing(owner_client, application, sequence):
    send(owner_client, application, outlook(sequence=0, hour=10))
    send(owner_client, application, outlook(sequence=1, hour=14))

    response = send(owner_client, application, outlook(sequence=sequence, hour=9))

    assert "This invitation was imported before: nothing changed." in response.text
    assert list(Interview.objects.values_list("scheduled_at", flat=True)) == [
        datetime(2027, 12, 8, 14, tzinfo=UTC)
    ]


def test_a_confirmation_posted_twice_does_not_add_a_second_interview(owner_client, application):
    url = reverse("intake:invitation_import", args=[application.pk])
    preview = owner_client.post(url, {"text": outlook(sequence=0, hour=10)})
    data: dict = {}
    for name in ("interview_form", "organiser_form", "id_form"):
        form = preview.context[name]
        data |= {key: form[key].value() for key in form.fields}
    data = {key: "" if value in (None, False) else value for key, value in data.items()}
    confirm = reverse("intake:invitation_confirm", args=[application.pk])

    owner_client.post(confirm, data)
    again = owner_client.post(confirm, data, follow=True)

    assert "This invitation was imported before: nothing changed." in again.text
    assert Interview.objects.count() == 1


def test_a_cancellation_cancels_the_interview_and_the_feed_says_so(
    owner_client, owner, application
):
    send(owner_client, application, outlook(sequence=0, hour=10))

    response = send(owner_client, application, outlook(sequence=1, hour=10, method="CANCEL"))

    assert "The interview is cancelled, as the invitation says." in response.text
    interview = Interview.objects.get()
    assert interview.status == Interview.Status.CANCELLED
    (event,) = feed_events(owner_client, owner)
    assert str(event["STATUS"]) == "CANCELLED"


def test_a_cancellation_of_an_invitation_never_imported_is_refused_with_a_message(
    owner_client, application
):
    response = send(owner_client, application, outlook(sequence=1, hour=10, method="CANCEL"))

    assert response.status_code == 422
    assert "This cancels a meeting that was not imported from its invitation." in response.text
    assert not Interview.objects.exists()


def test_another_applications_invitation_with_the_same_uid_is_left_alone(
    owner_client, owner, application
):
    other = ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)
    send(owner_client, other, outlook(sequence=0, hour=10))

    send(owner_client, application, outlook(sequence=0, hour=10, method="CANCEL"))

    assert Interview.objects.get().status == Interview.Status.SCHEDULED


@pytest.mark.parametrize(
    ("line", "sequence"),
    [("SEQUENCE:3", 3), ("SEQUENCE:-2", 0), ("SEQUENCE:x", 0), ("SEQUENCE:99999999999", 2**31 - 1)],
)
def test_the_sequence_is_read_as_a_bounded_number(line, sequence):
    text = outlook(sequence=0, hour=10).replace("SEQUENCE:0", line)

    assert read_invitation(text, zone=UTC).sequence == sequence
