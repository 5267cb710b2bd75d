"""Odd requests get a clean answer (the page, a 400 or the admin's own "invalid filter"), never
a 500: a NUL byte in a cookie or a query string, an over-long username, a year past 9999."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def lenient_client():
    """A client that returns a 500 instead of raising, so the test sees what a browser would."""
    return Client(raise_request_exception=False)


@pytest.fixture
def superuser_client(lenient_client, admin_user):
    lenient_client.force_login(admin_user)
    return lenient_client


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/healthz", 200),
        ("/accounts/login/", 200),
        ("/", 302),  # to the log-in page: the session is not there
        ("/admin/", 302),
    ],
)
def test_a_nul_byte_in_the_session_cookie_is_an_unknown_session(lenient_client, url, expected):
    response = lenient_client.get(url, HTTP_COOKIE="sessionid=abcdefgh\x00ijklmnop")

    assert response.status_code == expected


def test_a_nul_byte_in_the_session_cookie_of_a_logged_in_user_logs_them_out(client, owner):
    client.force_login(owner)
    key = client.cookies["sessionid"].value

    response = client.get("/", HTTP_COOKIE=f"sessionid={key}\x00")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("url", ["/accounts/login/"])
def test_a_username_over_255_characters_is_a_failed_log_in(lenient_client, url):
    response = lenient_client.post(url, {"username": "a" * 256, "password": "x"})

    assert response.status_code == 200
    assert "correct username and password" in response.text


@pytest.mark.parametrize("url", ["/accounts/login/"])
def test_a_nul_byte_in_the_username_is_a_failed_log_in(lenient_client, url):
    response = lenient_client.post(url, {"username": "own\x00er", "password": "x"})

    assert response.status_code == 200
    assert "Null characters are not allowed" in response.text


@pytest.mark.parametrize(
    "query",
    [
        "stage=%00",
        "source=%00",
        "q=%00",
        "%00=1",
        "date_applied__year=%00",
        "owner__id__exact=%00",
    ],
)
def test_a_nul_byte_in_an_admin_filter_is_a_bad_request(superuser_client, query):
    # (The list page ignores a filter it cannot use: tests/applications/test_views_list.py.)
    response = superuser_client.get(f"/admin/applications/application/?{query}")

    assert response.status_code == 400


@pytest.mark.parametrize(
    "url",
    [
        "/admin/applications/application/?date_applied__year=99999999999",
        "/admin/applications/application/?date_applied__year=2026&date_applied__month=99999999999",
        "/admin/applications/application/?date_applied__year=9999&date_applied__month=12",
        "/admin/applications/interview/?scheduled_at__year=9999&scheduled_at__month=12"
        "&scheduled_at__day=31",
        "/admin/axes/accessattempt/?attempt_time__year=99999999999",
    ],
)
def test_an_admin_date_filter_beyond_the_calendar_goes_back_to_the_unfiltered_list(
    superuser_client, url
):
    response = superuser_client.get(url)

    assert response.status_code == 302
    assert response["Location"] == url.split("?")[0] + "?e=1"
    assert superuser_client.get(response["Location"]).status_code == 200


def test_a_time_zone_name_longer_than_a_file_name_is_refused(lenient_client, owner):
    # Found by tests/fuzz: zoneinfo looks a name up as a file, and 300 characters is too long.
    lenient_client.force_login(owner)

    response = lenient_client.post(
        "/accounts/profile/",
        {"full_name": "Alex Morgan", "email": "owner@example.com", "time_zone": "x" * 300},
    )

    assert response.status_code == 422
    owner.refresh_from_db()
    assert owner.time_zone == "Europe/London"


def test_the_admin_log_in_form_sends_staff_to_bowouts_log_in_with_its_second_factor(
    lenient_client, admin_user
):
    # A password alone at /admin/login/ would skip the authenticator code and the lockout.
    response = lenient_client.post(
        "/admin/login/?next=/admin/", {"username": admin_user.username, "password": "password"}
    )

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/admin/")
    assert "_auth_user_id" not in lenient_client.session


def test_logged_in_staff_reach_the_admin(superuser_client):
    assert superuser_client.get("/admin/").status_code == 200
