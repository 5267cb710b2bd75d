"""Email verification through allauth: a new address is confirmed by its link before Bowout
writes to it; a banner asks until then; a new address replaces the old once confirmed; log-in
by username or address."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from accounts import verification
from accounts.models import User
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

SIGNUP = {
    "username": "jobseeker",
    "full_name": "Alex Morgan",
    "email": "Seeker@Example.com",
    "time_zone": "Europe/Paris",
    "password1": "a-long-unusual-passphrase",
    "password2": "a-long-unusual-passphrase",
}
BANNER = "Confirm your email address"


def confirmation_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+)", message.body).group(1)


@pytest.fixture
def unverified(db):
    return UserFactory(username="newbie", email="newbie@example.com", verified_email=False)


def test_sign_up_sends_only_the_verification_and_asks_for_it(client):
    response = client.post(reverse("signup"), SIGNUP, follow=True)

    user = User.objects.get(username="jobseeker")
    assert user.email == "seeker@example.com"
    assert EmailAddress.objects.filter(user=user, verified=False, primary=True).count() == 1
    [message] = mail.outbox
    assert message.to == ["seeker@example.com"]
    assert message.subject == "Confirm your email address for Bowout"
    assert "/accounts/confirm-email/" in message.body
    assert response.redirect_chain[-1][0] == reverse("home")
    assert "Welcome to Bowout!" in response.text
    assert BANNER in response.text
    assert "We have emailed a link to seeker@example.com" in response.text


def test_the_link_asks_for_a_click_then_verifies_and_the_banner_goes(client):
    client.post(reverse("signup"), SIGNUP)
    link = confirmation_link(mail.outbox[0])

    page = client.get(link)
    # Opening the link (a mail scanner does) confirms nothing: the button does.
    assert page.status_code == 200
    assert "Confirm my address" in page.text
    assert not EmailAddress.objects.filter(verified=True).exists()

    response = client.post(link, follow=True)

    assert "Your email address seeker@example.com is confirmed." in response.text
    assert EmailAddress.objects.get(email="seeker@example.com").verified is True
    assert User.objects.get(username="jobseeker").has_verified_email()
    assert BANNER not in client.get(reverse("home")).text


def test_a_mangled_link_is_refused_without_verifying(client):
    client.post(reverse("signup"), SIGNUP)

    response = client.get("/accounts/confirm-email/not-a-key/")

    assert "Confirm my address" not in response.text
    assert "This link has expired or is not valid." in response.text
    assert not EmailAddress.objects.filter(verified=True).exists()


def test_the_banner_resends_the_link_once_per_three_minutes(client, unverified):
    client.force_login(unverified)
    page = client.get(reverse("profile"))
    assert BANNER in page.text
    assert "not confirmed yet" in page.text

    client.post(reverse("change_email"), {"email": "newbie@example.com", "action_send": ""})
    client.post(reverse("change_email"), {"email": "newbie@example.com", "action_send": ""})

    # The second click within the cooldown sends nothing (allauth's limit, kept in PostgreSQL).
    [message] = mail.outbox
    assert message.to == ["newbie@example.com"]
    client.post(confirmation_link(message))
    assert BANNER not in client.get(reverse("profile")).text


def test_a_verified_users_pages_ask_the_database_nothing_for_the_banner(
    owner_client, django_assert_num_queries
):
    request = RequestFactory().get("/")
    request.session = owner_client.session
    request.session.keys()  # the session middleware reads it anyway, for the log-in
    request.user = User.objects.get(username="owner")
    template = Template("{% load accounts_tags %}{% email_verification_banner %}")

    with django_assert_num_queries(0):
        html = template.render(Context({"request": request}))

    assert BANNER not in html
    assert request.session[verification.SESSION_KEY] is True


def test_a_link_followed_in_another_browser_clears_the_banner_here(client, unverified):
    client.force_login(unverified)
    assert BANNER in client.get(reverse("home")).text

    EmailAddress.objects.filter(user=unverified).update(verified=True)

    assert BANNER not in client.get(reverse("home")).text


def test_changing_the_address_verifies_the_new_one_before_it_replaces_the_old(
    typed_password_client, owner
):
    owner_client = typed_password_client
    response = owner_client.post(
        reverse("change_email"), {"email": "New.Address@example.com", "action_add": ""}
    )
    assert response.status_code == 302

    [message] = mail.outbox
    assert message.to == ["new.address@example.com"]
    owner.refresh_from_db()
    assert owner.email == "owner@example.com"  # Bowout keeps writing to the verified one
    assert "Changing to" in owner_client.get(reverse("change_email")).text

    owner_client.post(confirmation_link(message))

    owner.refresh_from_db()
    assert owner.email == "new.address@example.com"
    assert list(EmailAddress.objects.filter(user=owner).values_list("email", "verified")) == [
        ("new.address@example.com", True)
    ]
    assert owner.has_verified_email()


def test_an_address_another_account_verified_cannot_be_taken(
    typed_password_client, owner, stranger
):
    owner_client = typed_password_client
    # allauth does not say the address is taken (that would tell who uses Bowout): it sends
    # the verification, and the link refuses an address verified for another account.
    owner_client.post(reverse("change_email"), {"email": "STRANGER@example.com", "action_add": ""})
    [message] = mail.outbox
    assert message.to == ["stranger@example.com"]

    response = owner_client.get(confirmation_link(message))

    assert "already confirmed by another account" in response.text
    owner_client.post(confirmation_link(message))
    owner.refresh_from_db()
    assert owner.email == "owner@example.com"
    assert EmailAddress.objects.get(email="stranger@example.com", verified=True).user == stranger


def test_changing_the_address_asks_for_the_password_first(owner_client, owner):
    response = owner_client.post(
        reverse("change_email"), {"email": "taker@example.com", "action_add": ""}, follow=True
    )

    assert "Confirm it is you" in response.text
    assert mail.outbox == []
    assert not EmailAddress.objects.filter(email="taker@example.com").exists()

    wrong = owner_client.post(reverse("account_reauthenticate"), {"password": "guess"})
    assert wrong.status_code == 200
    assert mail.outbox == []

    # (The page's form sends where to go on, as this does.)
    owner_client.post(
        reverse("account_reauthenticate"),
        {"password": PASSWORD, "next": reverse("change_email")},
        follow=True,
    )

    # The change asked for goes on once the password is typed.
    [message] = mail.outbox
    assert message.to == ["taker@example.com"]
    owner.refresh_from_db()
    assert owner.email == "owner@example.com"


def test_the_profile_no_longer_changes_the_address(owner_client, owner):
    owner_client.post(
        reverse("profile"),
        {"full_name": "Alex", "email": "sneaky@example.com", "time_zone": "Europe/London"},
    )

    owner.refresh_from_db()
    assert owner.email == "owner@example.com"
    assert mail.outbox == []


@pytest.mark.parametrize("typed", ["owner", "owner@example.com", "OWNER@Example.com"])
def test_log_in_with_the_username_or_the_address(client, owner, typed):
    response = client.post(reverse("login"), {"username": typed, "password": PASSWORD})

    assert response.status_code == 302
    assert response.url == reverse("home")
    assert client.session["_auth_user_id"] == str(owner.pk)


def test_failures_by_name_and_by_address_count_together(client, owner):
    for typed in ["owner", "owner@example.com", "owner", "Owner@example.com", "owner"]:
        client.post(reverse("login"), {"username": typed, "password": "wrong"})

    response = client.post(
        reverse("login"), {"username": "owner@example.com", "password": PASSWORD}
    )

    assert response.status_code == 429
    assert "Too many failed log-ins" in response.text
    assert "_auth_user_id" not in client.session


def test_four_failures_by_name_and_address_do_not_lock_out(client, owner):
    for typed in ["owner", "owner@example.com", "owner", "owner@example.com"]:
        client.post(reverse("login"), {"username": typed, "password": "wrong"})

    response = client.post(reverse("login"), {"username": "owner", "password": PASSWORD})

    assert response.status_code == 302


def test_the_old_addresses_lead_to_the_new_pages(client):
    assert client.get("/accounts/password_reset/").url == reverse("password_reset")
    assert client.get("/accounts/password_change/").url == reverse("password_change")
    assert client.get("/accounts/reset/MQ/abc-123/").url == reverse("password_reset")


def test_the_address_page_of_a_user_yet_to_verify_offers_the_link_again(client, unverified):
    client.force_login(unverified)

    page = client.get(reverse("change_email")).text

    assert "Your address <strong>newbie@example.com</strong> is not confirmed yet" in page
    assert "Changing to" not in page
    assert "Send the link again" in page
