"""A recruiter's invitation imported: read, shown for confirmation, saved."""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from applications.models import Contact, Interview, Source
from intake.invitations import read_invitation
from tests.factories import ApplicationFactory, ContactFactory

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data"


@pytest.fixture
def london(owner):
    owner.time_zone = "Europe/London"
    owner.save()
    return owner


def test_an_outlook_invitation_with_its_own_time_zone_is_shown_then_saved(owner_client, london):
    application = ApplicationFactory(owner=london, date_applied=date(2027, 3, 1))
    upload = SimpleUploadedFile(
        "invite.ics", (DATA / "outlook_invitation.ics").read_bytes(), "text/calendar"
    )

    preview = owner_client.post(
        reverse("intake:invitation_import", args=[application.pk]), {"file": upload}
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
        reverse("intake:invitation_confirm", args=[application.pk]), data, follow=True
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
        reverse("intake:invitation_import", args=[application.pk]), {"text": PASTED}
    )
    invitation = preview.context["invitation"]
    response = owner_client.post(
        reverse("intake:invitation_confirm", args=[application.pk]),
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
            "The invitation is dated 0001-01-01: Bowout takes dates between 1970 and 2100.",
        ),
        (
            {"text": PASTED.replace("METHOD:REQUEST", "METHOD:CANCEL")},
            "This cancels a meeting that was not imported from its invitation.",
        ),
    ],
)
def test_an_unreadable_invitation_says_why_and_saves_nothing(owner_client, owner, data, message):
    application = ApplicationFactory(owner=owner)

    response = owner_client.post(reverse("intake:invitation_import", args=[application.pk]), data)

    assert response.status_code == 422
    assert message in response.text
    assert Interview.objects.count() == 0


def test_a_strangers_application_cannot_import_an_invitation(owner_client, stranger):
    application = ApplicationFactory(owner=stranger)

    for name in ("invitation_import", "invitation_confirm"):
        response = owner_client.post(reverse(f"intake:{name}", args=[application.pk]))
        assert response.status_code == 404


def test_confirming_is_post_only(owner_client, owner):
    application = ApplicationFactory(owner=owner)

    response = owner_client.get(reverse("intake:invitation_confirm", args=[application.pk]))

    assert response.status_code == 405


def test_a_bad_confirmation_comes_back_with_the_form_and_saves_nothing(owner_client, owner):
    application = ApplicationFactory(owner=owner)

    response = owner_client.post(
        reverse("intake:invitation_confirm", args=[application.pk]),
        {"scheduled_at": "not a date", "kind": "video", "round_number": "1", "status": "scheduled"},
    )

    assert response.status_code == 422
    assert "Enter a date and time" in response.text
    assert Interview.objects.count() == 0
    assert Contact.objects.count() == 0


@pytest.mark.parametrize(
    ("timing", "minutes"),
    [
        ("", 60),  # no end and no duration: an hour, not an interview that ends as it starts
        ("DURATION:PT45M\n", 45),
        ("DTEND:20271224T103000Z\n", 30),
    ],
)
def test_an_invitations_length_comes_from_its_end_or_duration(timing, minutes):
    text = (
        f"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nDTSTART:20271224T100000Z\n{timing}"
        "END:VEVENT\nEND:VCALENDAR\n"
    )

    invitation = read_invitation(text, zone=UTC)

    assert invitation.duration_minutes == minutes


def organiser_invitation(address: str) -> str:
    return PASTED.replace(
        'ORGANIZER;CN="Sam Lee":mailto:sam@agency.example', f"ORGANIZER;CN=Mallory:mailto:{address}"
    )


@pytest.mark.parametrize("address", ["x?cc=attacker@evil.example", "a" * 300 + "@agency.example"])
def test_an_organiser_the_contact_form_refuses_is_shown_and_the_interview_kept(
    owner_client, owner, address
):
    application = ApplicationFactory(owner=owner, date_applied=date(2027, 1, 1))

    preview = owner_client.post(
        reverse("intake:invitation_import", args=[application.pk]),
        {"text": organiser_invitation(address)},
    )
    form = preview.context["interview_form"]
    data = {name: form[name].value() for name in form.fields}
    data |= {
        "scheduled_at": "2027-11-05T14:00",
        "is_final_round": "",
        "organiser_name": "Mallory",
        "organiser_email": address,
        "add_organiser": "on",
    }
    response = owner_client.post(
        reverse("intake:invitation_confirm", args=[application.pk]), data, follow=True
    )

    assert preview.status_code == 200
    assert "is not added as a contact" in preview.text
    assert "Interview added from the invitation." in response.text
    assert "was not added as a contact" in response.text
    assert Interview.objects.count() == 1
    assert Contact.objects.count() == 0


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ('"Weber, Anna"', "Anna Weber"),
        ('"van der Berg, Jan Peter"', "Jan Peter van der Berg"),
        ('"Northwind, Inc."', "Northwind, Inc."),
        ('"Anna Weber"', "Anna Weber"),
    ],
)
def test_an_organiser_written_surname_first_becomes_the_name_a_draft_greets(written, name):
    text = PASTED.replace('CN="Sam Lee"', f"CN={written}")

    invitation = read_invitation(text, zone=UTC)

    assert invitation.organiser_name == name
