from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from applications.models import Application, Contact
from tests.applications.helpers import errors_beside
from tests.factories import ApplicationFactory, ContactFactory

pytestmark = pytest.mark.django_db


def contact_data(**overrides):
    return {
        "name": "Priya Shah",
        "role": Contact.Role.IN_HOUSE_RECRUITER,
        "email": "priya@acme.example.com",
        "phone": "+44 20 7946 0100",
        "is_main": "on",
        "notes": "",
    } | overrides


def _is_main_checked(response) -> bool:
    tag = response.text.split('name="is_main"', 1)[1].split(">", 1)[0]
    return "checked" in tag


def test_the_first_contact_is_offered_as_the_main_contact(owner_client, owner):
    application = ApplicationFactory(owner=owner)
    response = owner_client.get(reverse("applications:contact_create", args=[application.pk]))
    assert response.status_code == 200
    assert "Add a contact" in response.text
    assert _is_main_checked(response)


def test_a_further_contact_is_not_offered_as_main(owner_client, owner):
    application = ApplicationFactory(owner=owner)
    ContactFactory(application=application, is_main=True)
    response = owner_client.get(reverse("applications:contact_create", args=[application.pk]))
    assert not _is_main_checked(response)


def test_add_a_contact(owner_client, owner):
    application = ApplicationFactory(owner=owner)
    Application.objects.filter(pk=application.pk).update(
        last_activity_at=timezone.now() - timedelta(days=30)
    )

    response = owner_client.post(
        reverse("applications:contact_create", args=[application.pk]),
        contact_data(name="  Priya Shah "),
        follow=True,
    )

    assert response.redirect_chain == [(application.get_absolute_url(), 302)]
    assert "Contact saved." in response.text
    assert "Priya Shah" in response.text and "Main contact" in response.text
    contact = Contact.objects.get()
    assert contact.application == application
    assert contact.name == "Priya Shah"
    assert contact.is_main
    application.refresh_from_db()
    assert application.last_activity_at > timezone.now() - timedelta(minutes=1)


def test_a_new_main_contact_takes_the_mark_from_the_previous_one(owner_client, owner):
    application = ApplicationFactory(owner=owner)
    previous = ContactFactory(application=application, name="Tom Walker", is_main=True)

    owner_client.post(reverse("applications:contact_create", args=[application.pk]), contact_data())

    assert list(application.contacts.filter(is_main=True).values_list("name", flat=True)) == [
        "Priya Shah"
    ]
    previous.refresh_from_db()
    assert not previous.is_main


def test_editing_a_contact_into_the_main_one_takes_the_mark_from_the_previous_one(
    owner_client, owner
):
    application = ApplicationFactory(owner=owner)
    previous = ContactFactory(application=application, name="Tom Walker", is_main=True)
    promoted = ContactFactory(application=application, name="Priya Shah", is_main=False)

    response = owner_client.post(
        reverse("applications:contact_edit", args=[application.pk, promoted.pk]),
        contact_data(role=Contact.Role.HIRING_MANAGER),
    )

    assert response.status_code == 302
    promoted.refresh_from_db()
    previous.refresh_from_db()
    assert promoted.is_main
    assert promoted.role == Contact.Role.HIRING_MANAGER
    assert not previous.is_main


def test_a_contact_that_is_not_main_leaves_the_main_one_alone(owner_client, owner):
    application = ApplicationFactory(owner=owner)
    main = ContactFactory(application=application, is_main=True)

    owner_client.post(
        reverse("applications:contact_create", args=[application.pk]),
        {k: v for k, v in contact_data().items() if k != "is_main"},
    )

    assert list(application.contacts.filter(is_main=True)) == [main]
    assert application.contacts.count() == 2


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"name": ""}, "name", "This field is required."),
        ({"name": "   "}, "name", "This field is required."),
        ({"email": "priya at acme"}, "email", "Enter a valid email address."),
        (
            {"role": "boss"},
            "role",
            "Select a valid choice. boss is not one of the available choices.",
        ),
        (
            {"role": Contact.Role.ASSISTANT, "is_main": "on"},
            "is_main",
            "Write to the person who runs the process (the recruiter or hiring manager), "
            "not an assistant. Add them and make them the main contact instead.",
        ),
    ],
)
def test_add_a_contact_with_bad_input_shows_the_message_and_saves_nothing(
    owner_client, owner, overrides, field, message
):
    application = ApplicationFactory(owner=owner)
    main = ContactFactory(application=application, is_main=True)

    response = owner_client.post(
        reverse("applications:contact_create", args=[application.pk]), contact_data(**overrides)
    )

    assert response.status_code == 422
    assert errors_beside(response, field) == [message]
    assert list(application.contacts.all()) == [main]
    main.refresh_from_db()
    assert main.is_main


def test_edit_a_contact(owner_client, owner):
    application = ApplicationFactory(owner=owner)
    contact = ContactFactory(application=application, name="Priya Shah", phone="")

    response = owner_client.get(
        reverse("applications:contact_edit", args=[application.pk, contact.pk])
    )
    assert response.status_code == 200
    assert "Edit contact" in response.text
    assert 'value="Priya Shah"' in response.text

    owner_client.post(
        reverse("applications:contact_edit", args=[application.pk, contact.pk]),
        contact_data(phone="07700 900123"),
    )
    contact.refresh_from_db()
    assert contact.phone == "07700 900123"
    assert application.contacts.count() == 1


def test_edit_a_contact_with_bad_input_changes_nothing(owner_client, owner):
    application = ApplicationFactory(owner=owner)
    contact = ContactFactory(application=application, name="Priya Shah")
    before = Contact.objects.values().get()

    response = owner_client.post(
        reverse("applications:contact_edit", args=[application.pk, contact.pk]),
        contact_data(name="", email="nope"),
    )

    assert errors_beside(response, "name") == ["This field is required."]
    assert errors_beside(response, "email") == ["Enter a valid email address."]
    assert Contact.objects.values().get() == before


def test_delete_a_contact_asks_first_then_deletes(owner_client, owner):
    application = ApplicationFactory(owner=owner, company="Acme", position="Engineer")
    contact = ContactFactory(application=application, name="Priya Shah")
    url = reverse("applications:contact_delete", args=[application.pk, contact.pk])

    response = owner_client.get(url)
    assert response.status_code == 200
    assert "Delete this contact?" in response.text
    assert "Priya Shah" in response.text and "Engineer at Acme" in response.text
    assert Contact.objects.exists()

    response = owner_client.post(url, follow=True)
    assert response.redirect_chain == [(application.get_absolute_url(), 302)]
    assert "Removed Priya Shah." in response.text
    assert not Contact.objects.exists()
    assert Application.objects.filter(pk=application.pk).exists()
