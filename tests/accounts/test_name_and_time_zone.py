"""Sign-up asks for the name that signs every email and the time zone; users without a name
are asked once on the dashboard."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts import timezones
from accounts.middleware import UserTimezoneMiddleware
from accounts.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SIGNUP = {
    "username": "jobseeker",
    "full_name": "Alex Morgan",
    "email": "seeker@example.com",
    "time_zone": "Asia/Tokyo",
    "password1": "a-long-unusual-passphrase",
    "password2": "a-long-unusual-passphrase",
}


def test_sign_up_page_asks_for_the_full_name_and_a_curated_time_zone(client):
    page = client.get(reverse("signup")).content.decode()

    assert 'name="full_name"' in page
    assert "data-detect-timezone" in page  # bowout.js pre-selects the browser's zone
    assert '<optgroup label="Europe">' in page
    assert '<option value="Europe/London">London (Europe)</option>' in page
    # A curated list, not the raw 599 names with their oddities.
    assert "Factory" not in page
    assert "localtime" not in page
    assert "Etc/GMT" not in page
    assert 60 < len(re.findall(r"<option value=", page)) < 120


def test_sign_up_without_a_full_name_is_refused_and_nothing_is_saved(client):
    response = client.post(reverse("signup"), {**SIGNUP, "full_name": "   "})

    assert response.status_code == 422
    assert "This field is required." in response.content.decode()
    assert not User.objects.filter(username="jobseeker").exists()
    # What was typed is kept, and the chosen zone no longer gets replaced by the browser's.
    assert 'value="seeker@example.com"' in response.content.decode()
    assert "data-detect-timezone" not in response.content.decode()


@pytest.mark.parametrize("zone", ["Factory", "localtime", "Mars/Olympus", "", "Europe/../etc"])
def test_sign_up_refuses_a_zone_that_is_not_a_real_one(client, zone):
    response = client.post(reverse("signup"), {**SIGNUP, "time_zone": zone})

    assert response.status_code == 422
    assert not User.objects.filter(username="jobseeker").exists()


def test_sign_up_accepts_a_real_zone_the_browser_found_outside_the_list(client):
    assert "Europe/Belgrade" not in timezones.CURATED

    client.post(reverse("signup"), {**SIGNUP, "time_zone": "Europe/Belgrade"})

    assert User.objects.get(username="jobseeker").time_zone == "Europe/Belgrade"


def test_every_curated_zone_is_a_real_iana_zone():
    assert all(timezones.is_valid(name) for name in timezones.CURATED)
    assert len(timezones.CURATED) == sum(len(names) for names in timezones.REGIONS.values())


def test_profile_keeps_a_zone_from_before_that_is_not_in_the_list(client):
    user = UserFactory(username="old", full_name="Old Timer", time_zone="America/Indiana/Knox")
    client.force_login(user)

    page = client.get(reverse("profile")).content.decode()

    assert '<option value="America/Indiana/Knox" selected>' in page


def test_dashboard_asks_a_user_without_a_name_once(client):
    user = UserFactory(username="probe_wmavn", full_name="", first_name="", last_name="")
    client.force_login(user)

    page = client.get(reverse("home")).content.decode()
    assert "What name should sign your emails?" in page
    assert "probe_wmavn" in page

    response = client.post(reverse("profile_name_dismiss"))
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.name_prompt_dismissed_at is not None
    assert "What name should sign your emails?" not in client.get(reverse("home")).text


def test_dashboard_prompt_saves_the_name(client):
    user = UserFactory(username="probe_wmavn", full_name="", first_name="", last_name="")
    client.force_login(user)

    response = client.post(reverse("profile_name"), {"full_name": "  Alex  Morgan "}, follow=True)

    user.refresh_from_db()
    assert user.full_name == "Alex Morgan"
    assert "Your emails are now signed “Alex Morgan”." in response.text
    assert "What name should sign your emails?" not in response.text


def test_dashboard_prompt_with_an_empty_name_saves_nothing_and_shows_the_profile(client):
    user = UserFactory(username="probe_wmavn", full_name="", first_name="", last_name="")
    client.force_login(user)

    response = client.post(reverse("profile_name"), {"full_name": "   "})

    assert response.status_code == 422
    assert "This field is required." in response.text
    user.refresh_from_db()
    assert user.full_name == ""


def test_a_user_with_a_name_is_never_asked(client, owner):
    client.force_login(owner)

    assert "What name should sign your emails?" not in client.get(reverse("home")).text


@pytest.mark.parametrize("name", ["profile_name", "profile_name_dismiss"])
def test_name_prompt_actions_are_post_only(client, owner, name):
    client.force_login(owner)

    assert client.get(reverse(name)).status_code == 405


def test_the_users_zone_is_reset_after_the_response(client):
    """Later code on the same thread (the next request, a task run in-process) must not inherit
    one user's zone."""
    client.force_login(UserFactory(username="kiwi", time_zone="Pacific/Auckland"))

    response = client.get(reverse("home"))

    assert response.status_code == 200
    assert timezone.get_current_timezone_name() == "UTC"


def test_the_zone_is_reset_when_the_view_fails(owner, rf, monkeypatch):
    owner.time_zone = "Pacific/Auckland"
    request = rf.get("/")
    request.user = owner
    seen = []

    def failing_view(request):
        seen.append(timezone.get_current_timezone_name())
        raise RuntimeError("the view failed")

    with pytest.raises(RuntimeError):
        UserTimezoneMiddleware(failing_view)(request)

    assert seen == ["Pacific/Auckland"]
    assert timezone.get_current_timezone_name() == "UTC"
