import re

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import User
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def test_sign_up_creates_the_account_and_logs_in(client):
    response = client.post(
        reverse("signup"),
        {
            "username": "jobseeker",
            "full_name": "  Alex   Morgan ",
            "email": "Seeker@Example.com",
            "time_zone": "Europe/Paris",
            "password1": "a-long-unusual-passphrase",
            "password2": "a-long-unusual-passphrase",
        },
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("home")
    user = User.objects.get(username="jobseeker")
    assert user.email == "seeker@example.com"
    assert (user.full_name, user.time_zone) == ("Alex Morgan", "Europe/Paris")
    assert response.context["user"] == user
    assert "Welcome to Bowout" in response.text


def test_sign_up_rejects_weak_password_and_keeps_what_was_typed(client):
    response = client.post(
        reverse("signup"),
        {
            "username": "jobseeker",
            "email": "seeker@example.com",
            "password1": "password",
            "password2": "password",
        },
    )
    assert response.status_code == 422
    assert "This password is too common." in response.text
    assert 'value="jobseeker"' in response.text
    assert not User.objects.filter(username="jobseeker").exists()


def test_sign_up_rejects_an_email_already_in_use(client):
    UserFactory(email="taken@example.com")
    response = client.post(
        reverse("signup"),
        {
            "username": "other",
            "email": "TAKEN@example.com",
            "password1": "a-long-unusual-passphrase",
            "password2": "a-long-unusual-passphrase",
        },
    )
    assert "An account already uses this email address" in response.text
    assert not User.objects.filter(username="other").exists()


def test_log_in_and_out(client, owner):
    response = client.post(reverse("login"), {"username": "owner", "password": PASSWORD})
    assert response.status_code == 302
    assert response.url == reverse("home")
    assert client.get(reverse("home")).status_code == 200

    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert client.get(reverse("home")).status_code == 302


def test_log_out_asks_first_on_get_and_logs_out_only_on_post(owner_client):
    response = owner_client.get(reverse("logout"))

    assert response.status_code == 200
    assert "Log out of Bowout on this device?" in response.text
    assert owner_client.get(reverse("home")).status_code == 200


def test_wrong_password_shows_a_message(client, owner):
    response = client.post(reverse("login"), {"username": "owner", "password": "wrong"})
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.text


def test_repeated_failures_lock_the_account_out_with_a_clear_message(client, owner):
    for _ in range(5):
        client.post(reverse("login"), {"username": "owner", "password": "wrong"})
    # Even the right password is refused while the lockout lasts.
    response = client.post(reverse("login"), {"username": "owner", "password": PASSWORD})
    assert response.status_code == 429
    assert "Too many failed log-ins" in response.text
    assert "_auth_user_id" not in client.session


def test_four_failures_do_not_lock_the_account_out(client, owner):
    for _ in range(4):
        client.post(reverse("login"), {"username": "owner", "password": "wrong"})
    response = client.post(reverse("login"), {"username": "owner", "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(owner.pk)


def test_lockout_is_per_username(client, owner, stranger):
    for _ in range(5):
        client.post(reverse("login"), {"username": "owner", "password": "wrong"})
    response = client.post(reverse("login"), {"username": "stranger", "password": PASSWORD})
    assert response.status_code == 302


def test_password_change(owner_client, owner):
    response = owner_client.post(
        reverse("password_change"),
        {
            "oldpassword": PASSWORD,
            "password1": "another-long-passphrase",
            "password2": "another-long-passphrase",
        },
    )
    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.check_password("another-long-passphrase")


def test_password_change_with_wrong_old_password(owner_client, owner):
    response = owner_client.post(
        reverse("password_change"),
        {
            "oldpassword": "not-it",
            "password1": "another-long-passphrase",
            "password2": "another-long-passphrase",
        },
    )
    assert response.status_code == 200
    assert "Please type your current password." in response.text
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)


def test_password_reset_through_the_outbox(client, owner):
    response = client.post(reverse("password_reset"), {"email": owner.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [owner.email]
    assert message.subject == "Reset your Bowout password"
    link = re.search(
        r"https?://[^/\s]+(/accounts/password/reset/key/\S+)", str(message.body)
    ).group(1)

    response = client.get(link, follow=True)
    set_password_url = response.redirect_chain[-1][0]
    response = client.post(
        set_password_url,
        {"password1": "brand-new-passphrase", "password2": "brand-new-passphrase"},
    )
    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.check_password("brand-new-passphrase")


def test_password_reset_for_an_unknown_address_sends_nothing(client):
    response = client.post(reverse("password_reset"), {"email": "nobody@example.com"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_profile_sets_full_name_and_time_zone(owner_client, owner):
    response = owner_client.post(
        reverse("profile"),
        {
            "full_name": "Alex J. Morgan",
            "email": owner.email,
            "time_zone": "America/New_York",
            "follow_up_days": "7",
        },
        follow=True,
    )
    assert "Your profile is saved." in response.text
    owner.refresh_from_db()
    assert owner.full_name == "Alex J. Morgan"
    assert owner.time_zone == "America/New_York"


def test_profile_rejects_an_unknown_time_zone(owner_client, owner):
    response = owner_client.post(
        reverse("profile"),
        {"full_name": "Alex", "email": owner.email, "time_zone": "Mars/Olympus"},
    )
    assert response.status_code == 422
    assert "Select a valid choice" in response.text
    owner.refresh_from_db()
    assert owner.time_zone == "Europe/London"


def test_signature_name_falls_back_to_the_username():
    assert User(username="kim").signature_name == "kim"
    assert User(username="kim", first_name="Kim", last_name="Lee").signature_name == "Kim Lee"
    assert User(username="kim", full_name=" Kim Lee-Park ").signature_name == "Kim Lee-Park"
