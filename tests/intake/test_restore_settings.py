"""The JSON download keeps the profile's choices (follow-up days, the daily digest) and a
restore brings them back, checked by the profile's own rules."""

import json

import pytest

from accounts.models import User
from applications.models import Application
from tests.factories import ApplicationFactory, UserFactory
from tests.intake.test_restore import download
from tests.intake.test_restore import restore as restore_bytes

pytestmark = pytest.mark.django_db


def restore(client, user, document: dict):
    return restore_bytes(client, user, json.dumps(document).encode())


@pytest.fixture
def chosen(owner):
    owner.follow_up_days = 12
    owner.digest_opt_in = True
    owner.travel_buffer_minutes = 45
    owner.save()
    ApplicationFactory(owner=owner, company="Acme")
    return owner


def test_the_download_holds_the_follow_up_days_and_the_digest_choice(client, chosen):
    account = download(client, chosen)["account"]

    assert (account["follow_up_days"], account["digest_opt_in"]) == (12, True)


def test_a_restore_brings_the_profiles_choices_back(client, chosen):
    document = download(client, chosen)
    fresh = UserFactory(username="fresh", follow_up_days=7, digest_opt_in=False)

    response = restore(client, fresh, document)

    assert "Restored 1 application" in response.text
    fresh.refresh_from_db()
    assert (fresh.follow_up_days, fresh.digest_opt_in, fresh.travel_buffer_minutes) == (
        12,
        True,
        45,
    )


@pytest.mark.parametrize(("days", "restored"), [(1, True), (21, True), (0, False), (22, False)])
def test_follow_up_days_outside_1_to_21_refuse_the_restore(client, chosen, days, restored):
    document = download(client, chosen)
    document["account"]["follow_up_days"] = days
    fresh = UserFactory(username="fresh", follow_up_days=7)

    response = restore(client, fresh, document)

    fresh.refresh_from_db()
    assert Application.objects.filter(owner=fresh).exists() is restored
    assert fresh.follow_up_days == (days if restored else 7)
    if not restored:
        assert "The account&#x27;s settings, follow_up_days:" in response.text


def test_account_settings_that_are_not_a_record_refuse_the_restore(client, chosen):
    document = download(client, chosen) | {"account": ["not", "a", "record"]}
    fresh = UserFactory(username="fresh")

    response = restore(client, fresh, document)

    assert "The account&#x27;s settings: expected a record." in response.text
    assert not User.objects.get(pk=fresh.pk).applications.exists()
