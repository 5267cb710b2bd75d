"""A NUL character (PostgreSQL cannot store one) at every door: every file or document drops
it, in one place (``applications.text.without_nul``). Every form refuses it beside the field:
tests/fuzz/test_forms.py::test_a_nul_in_any_text_field_of_any_form_is_refused_beside_it."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from applications.models import Application, ImportFile
from applications.text import without_nul
from intake import posting
from intake.invitations import read_invitation
from tests.factories import UserFactory
from withdrawals.interchange import ACCOUNT_FORMAT, ACCOUNT_FORMAT_VERSION

pytestmark = pytest.mark.django_db


def test_without_nul_cleans_strings_inside_documents():
    document = {"a\x00": ["b\x00c", {"d": "e\x00"}, 3, None, True]}

    assert without_nul(document) == {"a": ["bc", {"d": "e"}, 3, None, True]}


INVITATION = "\r\n".join(
    [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:nul@example.com",
        "DTSTART:20271208T100000Z",
        "DTEND:20271208T110000Z",
        "SUMMARY:Inter\x00view",
        "LOCATION:Room\x00 4",
        "ORGANIZER;CN=Jana\x00 Fischer:mailto:jana\x00@northwind.example",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
)


def test_an_invitation_drops_its_nul_characters():
    invitation = read_invitation(INVITATION, zone=None)

    assert (invitation.title, invitation.location) == ("Interview", "Room 4")
    assert (invitation.organiser_name, invitation.organiser_email) == (
        "Jana Fischer",
        "jana@northwind.example",
    )
    assert invitation.uid == "nul@example.com"


def test_a_restored_download_drops_its_nul_characters(client):
    user = UserFactory()
    client.force_login(user)
    document = {
        "format": ACCOUNT_FORMAT,
        "version": ACCOUNT_FORMAT_VERSION,
        "account": {"full_name": "Alex\x00 Morgan"},
        "applications": [{"company": "Ac\x00me", "position": "Engineer", "notes": "a\x00b"}],
    }
    upload = SimpleUploadedFile("bowout.json", json.dumps(document).encode(), "application/json")

    response = client.post(reverse("intake:restore"), {"file": upload}, follow=True)

    assert "Restored 1 application" in response.text
    assert list(Application.objects.values_list("company", "notes")) == [("Acme", "ab")]
    user.refresh_from_db()
    assert user.full_name == "Alex Morgan"


def test_an_uploaded_files_name_drops_its_nul_characters(owner_client):
    upload = SimpleUploadedFile("track\x00er.csv", b"Company,Position\nAcme,Engineer\n")

    response = owner_client.post(reverse("intake:import"), {"file": upload})

    assert response.status_code == 302
    assert "\x00" not in ImportFile.objects.get().name


def test_a_captured_posting_drops_its_nul_characters():
    page = (
        '<html><head><script type="application/ld+json">{"@type": "JobPosting", '
        '"title": "Data\\u0000 Engineer", "hiringOrganization": {"name": "Ac\x00me"}}'
        "</script></head></html>"
    )

    found = posting.parse_html(page)

    assert (found.title, found.company) == ("Data Engineer", "Acme")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8"])
def test_an_invitation_saved_as_utf16_reads_as_utf8_does(encoding):
    text = INVITATION.replace("Inter\x00view", "Entretien à Zürich")

    invitation = read_invitation(text.encode(encoding), zone=None)

    assert invitation.title == "Entretien à Zürich"
