"""Deleting the account: its password check is limited like the log-in (5 wrong, then locked
for 15 minutes), and deletion leaves no log-in records (django-axes) behind."""

import pytest
from axes.models import AccessAttempt, AccessLog
from django.urls import reverse

from accounts.models import User
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

REAUTHENTICATE = "/accounts/reauthenticate/?next=%2Faccounts%2Fprofile%2Fdelete%2F"


def try_passwords(client, *passwords):
    client.post(reverse("delete_account"))
    return [client.post(REAUTHENTICATE, {"password": password}) for password in passwords]


def test_four_wrong_passwords_then_the_right_one_deletes(owner_client, owner):
    *_wrong, right = try_passwords(owner_client, *["guess"] * 4, PASSWORD)

    assert right.status_code == 302
    assert not User.objects.filter(pk=owner.pk).exists()


def test_five_wrong_passwords_lock_deletion_even_with_the_right_one(owner_client, owner):
    *_wrong, right = try_passwords(owner_client, *["guess"] * 5, PASSWORD)

    assert right.status_code == 429
    assert "paused after 5 failed attempts. Try again in 15 minutes," in " ".join(
        right.text.split()
    )
    assert User.objects.filter(pk=owner.pk).exists()


def test_twenty_five_wrong_passwords_never_open_deletion(owner_client, owner):
    try_passwords(owner_client, *["guess"] * 25, PASSWORD)

    assert User.objects.filter(pk=owner.pk).exists()


def test_deleting_the_account_removes_its_log_in_records(client, owner):
    stranger = UserFactory(username="stranger")
    for username in ("owner", "stranger"):
        client.post(reverse("login"), {"username": username, "password": PASSWORD})
        client.logout()
        client.post(reverse("login"), {"username": username, "password": "wrong"})
    assert AccessLog.objects.filter(username="owner").exists()
    assert AccessAttempt.objects.filter(username="owner").exists()
    client.post(reverse("login"), {"username": "owner", "password": PASSWORD})
    client.post(reverse("delete_account"))
    client.post(REAUTHENTICATE, {"password": "wrong"})  # an attempt left in the count
    client.post(REAUTHENTICATE, {"password": PASSWORD})

    assert not User.objects.filter(pk=owner.pk).exists()
    for model in (AccessLog, AccessAttempt):
        assert not model.objects.filter(username="owner").exists(), model.__name__
    assert AccessLog.objects.filter(username=stranger.username).exists()
    assert AccessAttempt.objects.filter(username=stranger.username).exists()
