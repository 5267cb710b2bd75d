"""A contact's address becomes a mailto: link. It is percent-encoded like the draft page's, and an
address a mail program would read as link syntax (a CC, a subject) is refused when typed."""

import pytest
from django.urls import reverse

from applications.models import Contact
from tests.applications.helpers import errors_beside
from tests.factories import ApplicationFactory, ContactFactory

pytestmark = pytest.mark.django_db

SMUGGLED_CC = "x?cc=someone%40else.example&subject=hi@example.com"


def contact_data(**overrides):
    return {
        "name": "Priya Shah",
        "role": Contact.Role.IN_HOUSE_RECRUITER,
        "email": "priya@acme.example.com",
        "phone": "",
        "is_main": "on",
        "notes": "",
    } | overrides


def test_the_contact_mailto_on_the_application_page_is_percent_encoded(owner_client, owner):
    application = ApplicationFactory(owner=owner)
    # Saved before addresses were checked: the link must still carry no CC.
    ContactFactory(application=application, name="Odd", email=SMUGGLED_CC)

    response = owner_client.get(application.get_absolute_url())

    page = response.content.decode()
    assert 'href="mailto:x%3Fcc%3Dsomeone%2540else.example%26subject%3Dhi@example.com"' in page
    assert "mailto:x?cc" not in page


def test_a_plain_contact_address_links_as_typed(owner_client, owner):
    application = ApplicationFactory(owner=owner)
    ContactFactory(application=application, email="priya.shah+jobs@acme.example.com")

    response = owner_client.get(application.get_absolute_url())

    assert 'href="mailto:priya.shah%2Bjobs@acme.example.com"' in response.content.decode()


@pytest.mark.parametrize(
    ("address", "character"),
    [
        (SMUGGLED_CC, "?"),
        ("a&b@example.com", "&"),
        ("a%40b@example.com", "%"),
        ("a#b@example.com", "#"),
        ('"a\x01b"@example.com', '"'),
    ],
)
def test_a_contact_address_with_link_syntax_is_refused_and_kept(
    owner_client, owner, address, character
):
    application = ApplicationFactory(owner=owner)

    response = owner_client.post(
        reverse("applications:contact_create", args=[application.pk]),
        contact_data(email=address),
    )

    assert response.status_code in (200, 422)
    assert errors_beside(response, "email") == [
        f"Mail programs read “{character}” in an address as part of a link: check the address "
        "(before the @, use letters, digits and . _ + - only)."
    ]
    assert not Contact.objects.filter(application=application).exists()
    assert 'name="email"' in response.content.decode()


def test_an_ordinary_address_with_plus_and_dots_is_accepted(owner_client, owner):
    application = ApplicationFactory(owner=owner)

    response = owner_client.post(
        reverse("applications:contact_create", args=[application.pk]),
        contact_data(email="priya.shah+jobs_2@acme.example.com"),
    )

    assert response.status_code == 302
    assert Contact.objects.get(application=application).email == (
        "priya.shah+jobs_2@acme.example.com"
    )
