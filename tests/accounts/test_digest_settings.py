"""The follow-up days and the digest opt-in on the profile, and the digest's unsubscribe link."""

import pytest
from django.core import signing
from django.urls import reverse

from accounts.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def unsubscribe_url(token):
    return reverse("digest_unsubscribe", args=[token])


def test_new_users_follow_up_after_a_week_and_get_no_digest():
    user = UserFactory()
    assert user.follow_up_days == 7
    assert user.digest_opt_in is False


def test_profile_turns_the_digest_on_and_sets_the_follow_up_days(owner_client, owner):
    response = owner_client.post(
        reverse("profile"),
        {
            "full_name": "Alex Morgan",
            "email": owner.email,
            "time_zone": "Asia/Tokyo",
            "follow_up_days": "10",
            "digest_opt_in": "on",
        },
        follow=True,
    )
    assert "Your profile is saved." in response.text
    owner.refresh_from_db()
    assert owner.follow_up_days == 10
    assert owner.digest_opt_in is True


@pytest.mark.parametrize("days", ["0", "22", "-1", "seven"])
def test_profile_refuses_follow_up_days_out_of_range(owner_client, owner, days):
    response = owner_client.post(
        reverse("profile"),
        {
            "full_name": "Alex Morgan",
            "email": owner.email,
            "time_zone": "Europe/London",
            "follow_up_days": days,
            "digest_opt_in": "on",
        },
    )
    assert response.status_code in (200, 422)
    assert "Your profile is saved." not in response.text
    owner.refresh_from_db()
    assert owner.follow_up_days == 7
    assert owner.digest_opt_in is False


def test_profile_left_empty_keeps_the_follow_up_days(owner_client, owner):
    owner.follow_up_days = 12
    owner.save()

    owner_client.post(
        reverse("profile"),
        {"full_name": "Alex", "email": owner.email, "time_zone": "Europe/London"},
    )

    owner.refresh_from_db()
    assert owner.follow_up_days == 12


def test_the_unsubscribe_link_asks_for_one_click_without_logging_in(client):
    user = UserFactory(digest_opt_in=True)

    response = client.get(unsubscribe_url(user.digest_unsubscribe_token()))

    assert response.status_code == 200
    assert "Stop the daily digest" in response.text
    user.refresh_from_db()
    assert user.digest_opt_in is True  # a link scanner opening it changes nothing


def test_one_click_unsubscribes_without_logging_in(client):
    user = UserFactory(digest_opt_in=True)

    response = client.post(unsubscribe_url(user.digest_unsubscribe_token()))

    assert response.status_code == 200
    assert "will not email you the daily digest any more" in response.text
    user.refresh_from_db()
    assert user.digest_opt_in is False


def test_a_mail_programs_one_click_post_works_without_a_csrf_token():
    from django.test import Client

    user = UserFactory(digest_opt_in=True)
    strict = Client(enforce_csrf_checks=True)

    response = strict.post(
        unsubscribe_url(user.digest_unsubscribe_token()),
        {"List-Unsubscribe": "One-Click"},
    )

    assert response.status_code == 200
    user.refresh_from_db()
    assert user.digest_opt_in is False


def test_another_users_signature_is_refused(client):
    victim = UserFactory(username="victim", digest_opt_in=True)
    attacker = UserFactory(username="attacker", digest_opt_in=True)
    signature = attacker.digest_unsubscribe_token().split(":", 1)[1]

    response = client.post(unsubscribe_url(f"{victim.pk}:{signature}"))

    assert response.status_code == 404
    assert "not valid" in response.text
    victim.refresh_from_db()
    attacker.refresh_from_db()
    assert victim.digest_opt_in is True
    assert attacker.digest_opt_in is True


@pytest.mark.parametrize("token", ["", "abc", "1", "1:", "x:y", "999999:AAAA"])
def test_a_mangled_link_is_refused_without_a_500(client, token):
    user = UserFactory(digest_opt_in=True)
    url = unsubscribe_url(token) if token else "/accounts/digest/unsubscribe//"

    response = client.post(url)

    assert response.status_code == 404
    user.refresh_from_db()
    assert user.digest_opt_in is True


def test_a_token_for_a_deleted_account_is_refused(client):
    user = UserFactory(digest_opt_in=True)
    token = user.digest_unsubscribe_token()
    User.objects.filter(pk=user.pk).delete()

    assert client.get(unsubscribe_url(token)).status_code == 404


def test_unsubscribe_answers_only_get_and_post(client):
    user = UserFactory(digest_opt_in=True)
    assert client.put(unsubscribe_url(user.digest_unsubscribe_token())).status_code == 405


@pytest.mark.parametrize(
    "salt",
    [
        None,  # Django's default salt: what signing.dumps() and a bare Signer() sign with
        "",
        "accounts.calendar",
        "accounts.digest-unsubscribe.",
    ],
)
def test_a_token_signed_with_another_salt_is_refused(client, salt):
    """The same user id signed for another purpose must not unsubscribe anyone."""
    user = UserFactory(digest_opt_in=True)
    signer = signing.Signer() if salt is None else signing.Signer(salt=salt)

    response = client.post(unsubscribe_url(signer.sign(str(user.pk))))

    assert response.status_code == 404
    user.refresh_from_db()
    assert user.digest_opt_in is True


def test_a_link_in_a_digest_already_sent_keeps_working(client):
    # The salt is pinned literally: changing it would break every unsubscribe link in the
    # inboxes of users who already received a digest.
    user = UserFactory(digest_opt_in=True)
    token = signing.Signer(salt="accounts.digest-unsubscribe").sign(str(user.pk))

    response = client.post(unsubscribe_url(token))

    assert response.status_code == 200
    user.refresh_from_db()
    assert user.digest_opt_in is False
