"""The core's pages read in German for a user who chose it: words, choice labels and dates in
German; the same pages stay in English for everyone else (the other tests read them)."""

from datetime import UTC, date, datetime

import pytest
import time_machine
from django.urls import reverse

from applications.models import Stage
from tests.factories import ApplicationFactory, InterviewFactory, OfferFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def german(owner_client, owner):
    owner.language = "de"
    owner.time_zone = "Europe/Berlin"
    owner.save(update_fields=["language", "time_zone"])
    return owner_client


@pytest.fixture
def acme(owner):
    with time_machine.travel(datetime(2026, 12, 5, 9, 0, tzinfo=UTC), tick=False):
        application = ApplicationFactory(
            owner=owner,
            company="Acme",
            position="Engineer",
            stage=Stage.OFFER,
            date_applied=date(2026, 11, 2),
        )
        OfferFactory(application=application, respond_by=date(2026, 12, 18))
        InterviewFactory(
            application=application, scheduled_at=datetime(2026, 12, 8, 13, 30, tzinfo=UTC)
        )
    return application


def page(client, url):
    with time_machine.travel(datetime(2026, 12, 5, 9, 0, tzinfo=UTC), tick=False):
        return client.get(url).content.decode()


def test_the_application_page_in_german(german, acme):
    html = page(german, acme.get_absolute_url())
    assert '<span class="text-body-secondary">bei Acme</span>' in html
    assert 'id="current-stage">Angebot</span>' in html
    # Dates in German: "2. November 2026", not "2 November 2026"; times on the 24-hour clock.
    assert "2. November 2026" in html
    assert "Dienstag, 8. Dezember 2026, 14:30" in html
    assert "18. Dezember 2026" in html
    assert ">Angebot annehmen</button>" in html
    assert "Edit details" not in html


def test_the_same_page_in_english(owner_client, acme):
    html = page(owner_client, acme.get_absolute_url())
    assert 'id="current-stage">Offer</span>' in html
    assert "2 November 2026" in html
    assert "Tuesday 8 December 2026, 13:30" in html
    assert ">Accept offer</button>" in html


def test_the_dashboard_list_and_board_in_german(german, acme):
    dashboard = page(german, reverse("home"))
    assert '<h1 class="h3 mb-0">Übersicht</h1>' in dashboard
    assert "Laufende Verfahren" in dashboard
    listing = page(german, reverse("applications:list"))
    assert "1 Bewerbung</caption>" in listing
    assert "2. Nov 2026" in listing, listing
    board = page(german, reverse("applications:board"))
    assert "Gespräch Di, 8. Dez, 14:30" in board, board
