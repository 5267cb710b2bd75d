"""Who may sign up: SIGNUP=open (anyone), invite (a link staff made in the admin, for one
address, used once) or closed (nobody)."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from accounts.models import Invitation, User
from tests.accounts.test_site import _load_settings
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SIGNUP = {
    "username": "invited",
    "full_name": "Ivy Invited",
    "email": "ivy@example.com",
    "time_zone": "UTC",
    "password1": "a-long-unusual-passphrase",
    "password2": "a-long-unusual-passphrase",
}


@pytest.fixture
def invite_only(settings):
    settings.SIGNUP = "invite"


@pytest.fixture
def closed(settings):
    settings.SIGNUP = "closed"


@pytest.fixture
def invitation(db):
    return Invitation.objects.create(email="Ivy@Example.com")


def test_closed_sign_up_says_so_and_makes_no_account(client, closed):
    page = client.get(reverse("signup"))
    assert "Sign-up is closed" in page.text
    assert "does not take new accounts" in page.text

    client.post(reverse("signup"), SIGNUP)

    assert not User.objects.filter(username="invited").exists()


def test_closed_sign_up_ignores_an_invitation(client, closed, invitation):
    client.get(invitation.get_absolute_url())

    client.post(reverse("signup"), SIGNUP)

    assert not User.objects.filter(username="invited").exists()


def test_invite_only_without_an_invitation_says_how_to_get_one(client, invite_only):
    page = client.get(reverse("signup"))
    assert "open by invitation only" in page.text

    client.post(reverse("signup"), SIGNUP)

    assert not User.objects.filter(username="invited").exists()


def test_an_invitation_opens_the_sign_up_for_its_address_once(client, invite_only, invitation):
    response = client.get(invitation.get_absolute_url(), follow=True)
    assert response.redirect_chain[-1][0] == reverse("signup")
    assert "Create your account with Ivy@Example.com" in response.text
    assert 'value="Ivy@Example.com"' in response.text

    response = client.post(reverse("signup"), SIGNUP)

    assert response.status_code == 302
    user = User.objects.get(username="invited")
    invitation.refresh_from_db()
    assert invitation.accepted_by == user
    assert invitation.accepted_at is not None
    # Used: the link no longer opens anything, even in another browser.
    client.logout()
    again = client.get(invitation.get_absolute_url())
    assert again.status_code == 404
    assert "This invitation cannot be used" in again.text
    assert "open by invitation only" in client.get(reverse("signup")).text


def test_an_invitation_is_for_its_address_only(client, invite_only, invitation):
    client.get(invitation.get_absolute_url())

    response = client.post(reverse("signup"), {**SIGNUP, "email": "someone.else@example.com"})

    assert response.status_code == 422
    assert "Your invitation is for Ivy@Example.com" in response.text
    assert not User.objects.filter(username="invited").exists()
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


@pytest.mark.parametrize("token", ["nope", "x" * 300])
def test_an_unknown_invitation_is_refused_without_a_500(client, invite_only, token):
    response = client.get(reverse("accept_invitation", args=[token]))

    assert response.status_code == 404
    assert "This invitation cannot be used" in response.text


def test_open_sign_up_needs_no_invitation(client):
    response = client.post(reverse("signup"), SIGNUP)

    assert response.status_code == 302
    assert User.objects.filter(username="invited").exists()


def test_staff_make_an_invitation_in_the_admin_and_see_its_link(client, settings):
    settings.SITE_URL = "https://bowout.example"
    staff = UserFactory(username="staffer", is_staff=True)
    staff.user_permissions.add(
        *Permission.objects.filter(codename__in=["add_invitation", "view_invitation"])
    )
    client.force_login(staff)

    client.post(reverse("admin:accounts_invitation_add"), {"email": "new@example.com"})

    invitation = Invitation.objects.get(email="new@example.com")
    assert invitation.created_by == staff
    page = client.get(reverse("admin:accounts_invitation_change", args=[invitation.pk]))
    assert f"https://bowout.example/accounts/invitation/{invitation.token}/" in page.text


def test_one_waiting_invitation_per_address(client, invitation):
    admin = UserFactory(username="boss", is_staff=True, is_superuser=True)
    client.force_login(admin)

    response = client.post(reverse("admin:accounts_invitation_add"), {"email": "ivy@example.COM"})

    assert "This address already has an invitation waiting." in response.text
    assert Invitation.objects.count() == 1


def test_settings_refuse_an_unknown_sign_up_mode():
    result = _load_settings(DEBUG="true", SIGNUP="sometimes")

    assert result.returncode != 0
    assert "SIGNUP must be open, invite or closed" in result.stderr
