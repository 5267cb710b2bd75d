"""The sessions page's rows (allauth's UserSession): written at log-in, "last seen" refreshed
at most every 5 minutes."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from allauth.usersessions.models import UserSession
from django.urls import reverse

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

LOGGED_IN_AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def logged_in(client, owner):
    with time_machine.travel(LOGGED_IN_AT, tick=False):
        response = client.post(reverse("login"), {"username": "owner", "password": PASSWORD})
    assert response.status_code == 302
    return client


def test_a_log_in_lists_its_session_with_the_device_and_address(logged_in, owner):
    [row] = UserSession.objects.filter(user=owner)

    assert row.ip == "127.0.0.1"
    assert row.session_key == logged_in.session.session_key
    assert row.last_seen_at == LOGGED_IN_AT


def test_last_seen_is_refreshed_at_5_minutes_not_before(logged_in, owner):
    with time_machine.travel(LOGGED_IN_AT + timedelta(minutes=4, seconds=59), tick=False):
        logged_in.get(reverse("home"))
    assert UserSession.objects.get(user=owner).last_seen_at == LOGGED_IN_AT

    five = LOGGED_IN_AT + timedelta(minutes=5)
    with time_machine.travel(five, tick=False):
        logged_in.get(reverse("home"))
    assert UserSession.objects.get(user=owner).last_seen_at == five


def test_the_sessions_page_lists_this_session_as_current(logged_in):
    with time_machine.travel(LOGGED_IN_AT + timedelta(minutes=1), tick=False):
        response = logged_in.get(reverse("usersessions_list"))

    assert response.status_code == 200
    assert "127.0.0.1" in response.text
    assert "Current" in response.text
    assert "Sign Out" in response.text
