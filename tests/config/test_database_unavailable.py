"""While PostgreSQL is unreachable every page answers 503 with Retry-After, then recovers."""

import pytest
from django.db import OperationalError
from django.test import Client

from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def browser(owner):
    """A logged-in browser that gets the error page, as a real one would."""
    client = Client(raise_request_exception=False)
    client.force_login(owner)
    return client


@pytest.fixture
def database_down(monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection failed: the database system is shutting down")

    def down():
        monkeypatch.setattr("django.db.connection.cursor", refuse)

    return down


@pytest.mark.parametrize(
    "path", ["/", "/applications/", "/board/", "/withdrawals/candidates/", "/accounts/profile/"]
)
def test_every_page_answers_503_with_a_short_human_page(browser, database_down, path):
    database_down()

    response = browser.get(path)

    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert "no-cache" in response["Cache-Control"]
    page = response.content.decode()
    assert "<h1" in page and "Bowout is back in a moment" in page
    assert "try again in 10 seconds" in page
    assert "Server Error" not in page
    assert "OperationalError" not in page


def test_a_post_answers_503_too(browser, owner, database_down):
    application = ApplicationFactory(owner=owner)
    database_down()

    response = browser.post(f"/applications/{application.pk}/stage/", {"stage": "screening"})

    assert response.status_code == 503


def test_healthz_answers_503_whatever_the_cookies(browser, database_down):
    database_down()

    with_session = browser.get("/healthz")
    without = Client(raise_request_exception=False).get("/healthz")

    for response in (with_session, without):
        assert response.status_code == 503
        assert response.json() == {"status": "error", "database": "unreachable"}
        assert response["Retry-After"] == "10"


def test_pages_answer_again_as_soon_as_the_database_is_back(browser, monkeypatch, database_down):
    database_down()
    assert browser.get("/board/").status_code == 503

    monkeypatch.undo()  # the server is back; the same process serves the next request

    assert browser.get("/board/").status_code == 200
    assert browser.get("/healthz").status_code == 200


def test_other_errors_still_answer_500(browser, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("a bug, not an outage")

    monkeypatch.setattr("django.db.connection.cursor", broken)

    response = browser.get("/board/")

    assert response.status_code == 500
    assert "Retry-After" not in response
