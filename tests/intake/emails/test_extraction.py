"""What an email states: the interview's time and zone, length, link or address; the sender
as a contact."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from applications.models import Interview
from intake.emails.extraction import interview_facts, sender_contact
from tests.intake.emails.corpus import parsed, rows

LONDON = ZoneInfo("Europe/London")
SENT = date(2026, 11, 2)


def _facts(text, zone=LONDON, ics=""):
    return interview_facts(text=text, invitation_ics=ics, sent=SENT, zone=zone)


@pytest.mark.parametrize(
    ("text", "expected", "zone"),
    [
        # A named zone wins over the user's; CET in November is UTC+1.
        (
            "on Tuesday 17 November 2026 at 14:00 CET",
            datetime(2026, 11, 17, 13, 0, tzinfo=UTC),
            "Europe/Berlin",
        ),
        # No zone: the user's (London, UTC+0 in November).
        (
            "Donnerstag, 19. November 2026, 10:30 Uhr",
            datetime(2026, 11, 19, 10, 30, tzinfo=UTC),
            "",
        ),
        ("le mercredi 25 novembre à 15h00", datetime(2026, 11, 25, 15, 0, tzinfo=UTC), ""),
        ("el lunes 23 de noviembre a las 11:00", datetime(2026, 11, 23, 11, 0, tzinfo=UTC), ""),
        ("November 18, 2026 at 2:30 pm", datetime(2026, 11, 18, 14, 30, tzinfo=UTC), ""),
        # Summer time: BST in July is UTC+1.
        ("on 2 July 2027 at 09:00 BST", datetime(2027, 7, 2, 8, 0, tzinfo=UTC), "Europe/London"),
        # A date before the email was sent, without a year, is next year's.
        ("on 5 January at 10:00", datetime(2027, 1, 5, 10, 0, tzinfo=UTC), ""),
    ],
)
def test_the_interview_time_in_four_languages(text, expected, zone):
    facts = _facts(text)

    assert facts.starts_at == expected
    assert facts.sent_zone == zone


def test_a_far_zone_reads_a_time_without_zone_as_the_users():
    facts = _facts("on 17 November 2026 at 09:00", zone=ZoneInfo("Pacific/Auckland"))

    # 09:00 in Auckland (UTC+13 in November) is 20:00 the day before in UTC.
    assert facts.starts_at == datetime(2026, 11, 16, 20, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text", ["on 31 November 2026 at 10:00", "on 1 March 2101 at 10:00", "on 1 May 1969 at 10:00"]
)
def test_an_impossible_or_out_of_range_date_is_no_time(text):
    assert _facts(text) is None


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("It will last about 45 minutes.", 45),
        ("Dauer: ca. 60 Minuten", 60),
        ("durera environ une heure", 60),
        ("una videollamada de 30 minutos", 30),
        ("a 2 hour session", 120),
        ("lasts 721 minutes", None),
    ],
)
def test_the_length(text, minutes):
    facts = _facts(f"on 17 November 2026 at 10:00. {text}")

    assert facts.duration_minutes == minutes


def test_a_video_link_and_an_address():
    video = _facts("on 17 November 2026 at 10:00 on Zoom: https://zoom.us/j/5550001111.")
    on_site = _facts("Termin: 19. November 2026, 10:30 Uhr\nOrt: Hafenstraße 12, 20457 Hamburg\n")
    phone = _facts("A phone call on 17 November 2026 at 10:00.")

    assert (video.location, video.kind) == ("https://zoom.us/j/5550001111", Interview.Kind.VIDEO)
    assert (on_site.location, on_site.kind) == (
        "Hafenstraße 12, 20457 Hamburg",
        Interview.Kind.ON_SITE,
    )
    assert (phone.location, phone.kind) == ("", Interview.Kind.PHONE)


def test_an_attached_invitation_is_read_by_the_invitation_import():
    message = parsed(
        "heldout", next(r for r in rows("heldout") if r["name"] == "h06-invitation-en-ics")
    )

    facts = interview_facts(
        text=message.text, invitation_ics=message.invitation_ics, sent=SENT, zone=LONDON
    )

    assert facts.starts_at == datetime(2026, 11, 17, 13, 0, tzinfo=UTC)
    assert facts.duration_minutes == 45
    assert facts.location == "https://meet.google.com/abc-defg-hij"
    # Outlook's "Last, First" organiser turned round.
    assert (facts.organiser_name, facts.organiser_email) == (
        "Priya Nair",
        "priya.nair@brightlane.io",
    )


def test_a_broken_invitation_falls_back_to_the_text():
    facts = interview_facts(
        text="on 17 November 2026 at 10:00",
        invitation_ics="BEGIN:VCALENDAR\nnonsense",
        sent=SENT,
        zone=LONDON,
    )

    assert facts.starts_at == datetime(2026, 11, 17, 10, 0, tzinfo=UTC)


def test_no_time_and_no_place_is_nothing():
    assert _facts("We would like to invite you to an interview.") is None


@pytest.mark.parametrize(
    ("name", "address", "expected"),
    [
        (
            "Weber, Anna",
            "anna.weber@firma.de",
            {"name": "Anna Weber", "email": "anna.weber@firma.de"},
        ),
        (
            "Priya Nair",
            "priya@brightlane.io",
            {"name": "Priya Nair", "email": "priya@brightlane.io"},
        ),
        (
            "Northwind, Inc.",
            "recruiter@northwind.com",
            {"name": "Northwind, Inc.", "email": "recruiter@northwind.com"},
        ),
        ("Harbor Analytics", "no-reply@greenhouse-mail.io", None),
        ("Kessler Logistik GmbH", "jobs@kessler-logistik.de", None),
        ("Coral Health Recruiting", "sam@coralhealth.com", None),
        ("Brightlane via HackerRank", "support@hackerrankforwork.com", None),
        ("", "lena@quillpay.com", None),
    ],
)
def test_the_sender_as_a_contact(name, address, expected):
    assert sender_contact(name=name, address=address) == expected
