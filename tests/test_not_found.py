"""An address with nothing behind it answers 404 with Bowout's own page, in the reader's
language, and says no more than that (a stranger's application looks like any missing one)."""

import pytest

from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


def test_a_missing_page_in_english(owner_client):
    response = owner_client.get("/no-such-page/")
    assert response.status_code == 404
    assert '<h1 class="h3">Page not found</h1>' in response.text
    assert 'href="/">Go to the dashboard</a>' in response.text


def test_a_missing_page_in_german(owner_client, owner):
    owner.language = "de"
    owner.save(update_fields=["language"])
    response = owner_client.get("/no-such-page/")
    assert response.status_code == 404
    assert '<html lang="de">' in response.text
    assert '<h1 class="h3">Seite nicht gefunden</h1>' in response.text
    assert "Page not found" not in response.text


def test_a_strangers_application_looks_like_a_missing_page(owner_client, stranger):
    theirs = ApplicationFactory(owner=stranger, company="Initech")
    response = owner_client.get(theirs.get_absolute_url())
    assert response.status_code == 404
    assert '<h1 class="h3">Page not found</h1>' in response.text
    assert "Initech" not in response.text


def test_a_visitor_sees_it_too(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.text
