"""An address the .eml cannot carry is left out of the file, and the draft page says so."""

import pytest
from django.urls import reverse

from applications.models import Contact, Stage
from tests.factories import ApplicationFactory, ContactFactory
from withdrawals.eml import eml_bytes, unwritable_addresses
from withdrawals.services import WordingChoices, start_draft

pytestmark = pytest.mark.django_db

# Django's validator accepts a control character in a quoted local part; no header can hold it.
UNWRITABLE = '"a\x01b"@example.com'


def test_unwritable_addresses_names_the_ones_the_eml_leaves_out():
    people = [("Jörg Bauer", "jorg@example.com"), ("Bad Copy", UNWRITABLE)]

    assert unwritable_addresses(people) == [("Bad Copy", UNWRITABLE)]
    content = eml_bytes(
        to_name="",
        to_email="",
        cc=people,
        from_name="",
        from_email="",
        subject="s",
        body="b",
    )
    assert b"jorg@example.com" in content
    assert b"a\x01b" not in content


@pytest.fixture
def application(owner):
    application = ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)
    ContactFactory(
        application=application, name="Priya Shah", email="priya@globex.example", is_main=True
    )
    return application


def test_the_draft_page_says_a_chosen_cc_is_left_out_of_the_eml(owner_client, application):
    bad = ContactFactory(
        application=application,
        name="Bad Copy",
        email=UNWRITABLE,
        role=Contact.Role.HIRING_MANAGER,
    )
    draft = start_draft(application=application, choices=WordingChoices("no_reason"))
    draft.cc = [bad.pk]
    draft.save()

    response = owner_client.get(reverse("withdrawals:draft", args=[application.pk]))

    assert response.status_code == 200
    assert (
        "Bad Copy’s address cannot be written into the .eml file, so it is left out: "
        "correct it on the application page, or copy them in by hand."
    ) in response.content.decode()


def test_the_draft_page_says_nothing_when_every_address_fits(owner_client, application):
    start_draft(application=application, choices=WordingChoices("no_reason"))

    response = owner_client.get(reverse("withdrawals:draft", args=[application.pk]))

    assert "cannot be written into the .eml file" not in response.content.decode()
