"""The data migration that gives existing accounts allauth's email records: unverified, lower
case, the same address on two accounts handled; passwords untouched."""

import importlib
import re

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from accounts.models import User
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module("accounts.migrations.0006_email_addresses")


def existing_user(username, email):
    """An account as it was before allauth: an address and no email record."""
    user = UserFactory(username=username, email=email)
    EmailAddress.objects.filter(user=user).delete()
    return user


def test_existing_addresses_become_unverified_records_in_lower_case():
    old = existing_user("old", "Old.Timer@Example.com")
    existing_user("nomail", "")
    password_hash = User.objects.get(pk=old.pk).password

    migration.create_email_addresses(apps, None)

    assert list(
        EmailAddress.objects.values_list("user__username", "email", "verified", "primary")
    ) == [("old", "old.timer@example.com", False, True)]
    old.refresh_from_db()
    assert old.email == "old.timer@example.com"
    assert old.password == password_hash


def test_an_existing_user_logs_in_with_the_old_password_and_is_asked_to_verify(client):
    existing_user("old", "old@example.com")
    migration.create_email_addresses(apps, None)

    response = client.post(reverse("login"), {"username": "old", "password": PASSWORD}, follow=True)

    assert response.redirect_chain[-1][0] == reverse("home")
    assert "Confirm your email address <strong>old@example.com</strong>" in response.text


def test_two_accounts_with_one_address_the_first_to_verify_keeps_it(client):
    first = existing_user("first", "shared@example.com")
    second = existing_user("second", "Shared@Example.COM")
    migration.create_email_addresses(apps, None)
    assert EmailAddress.objects.filter(email="shared@example.com", verified=False).count() == 2

    links = []
    for user in (first, second):
        client.force_login(user)
        client.post(reverse("change_email"), {"email": "shared@example.com", "action_send": ""})
        cache.clear()  # allauth sends one link per address every 3 minutes: let them pass
        links.append(
            re.search(r"(/accounts/confirm-email/\S+)", str(mail.outbox[-1].body)).group(1)
        )
    client.force_login(first)
    client.post(links[0])
    client.force_login(second)
    refused = client.get(links[1])
    client.post(links[1])

    assert "already confirmed by another account" in refused.text
    assert first.has_verified_email()
    assert not second.has_verified_email()


def test_running_it_again_adds_nothing():
    existing_user("old", "old@example.com")
    migration.create_email_addresses(apps, None)
    migration.create_email_addresses(apps, None)

    assert EmailAddress.objects.count() == 1
