"""The webhooks pages in German for a user who chose it: the list and its form, an endpoint
with its delivery log, the delete page, the messages; the switch-off reason and notice written
by the worker in the owner's language. English stays the default (test_webhooks reads it)."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core import mail
from django.urls import reverse

from api import webhooks
from api.models import WebhookEndpoint
from applications import services
from applications.models import EventKind, Stage
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db

NOON = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


@pytest.fixture
def german(owner_client, owner):
    owner.language = "de"
    owner.save(update_fields=["language"])
    return owner_client


def endpoint_for(owner, **fields) -> WebhookEndpoint:
    with time_machine.travel(NOON - timedelta(days=1), tick=False):
        return WebhookEndpoint.objects.create(
            owner=owner, url="https://hooks.example/x", events=[EventKind.STAGE_CHANGED], **fields
        )


def test_the_webhooks_page_and_its_form_in_german(german):
    page = german.get(reverse("webhooks:list")).text

    assert '<h1 class="h3 mb-3">Webhooks</h1>' in page
    assert ">Endpunkt hinzufügen</h2>" in page
    assert "Diese Ereignisse senden" in page
    assert "Eine Bewerbung hat die Phase gewechselt" in page
    assert "Noch keine Endpunkte." in page
    assert "Add the endpoint" not in page and "An application changed stage" not in page


def test_a_refused_address_is_explained_in_german(german):
    response = german.post(
        reverse("webhooks:list"), {"url": "ftp://hooks.example/x", "events": ["offer.recorded"]}
    )

    assert response.status_code == 422
    assert "Geben Sie eine http- oder https-Adresse ein." in response.text
    assert not WebhookEndpoint.objects.exists()


def test_adding_an_endpoint_says_so_in_german(german, owner):
    response = german.post(
        reverse("webhooks:list"),
        {"url": "https://hooks.example/x", "events": ["offer.recorded"]},
        follow=True,
    )

    assert "Bowout sendet die gewählten Ereignisse an https://hooks.example/x." in response.text
    assert "Webhook an https://hooks.example/x" in response.text
    assert "Ein Angebot wurde erfasst" in response.text
    assert "Signaturgeheimnis" in response.text
    assert "Noch nichts gesendet" in response.text


def test_the_delete_page_in_german(german, owner):
    endpoint = endpoint_for(owner)

    page = german.get(reverse("webhooks:delete", args=[endpoint.pk])).text
    gone = german.post(reverse("webhooks:delete", args=[endpoint.pk]), follow=True).text

    assert "Nicht mehr an https://hooks.example/x senden?" in page
    assert ">Endpunkt löschen</button>" in page
    assert "Bowout sendet nicht mehr an https://hooks.example/x." in gone


def test_the_worker_switches_off_in_the_owners_language(owner, django_capture_on_commit_callbacks):
    owner.language = "de"
    owner.save(update_fields=["language"])
    endpoint = endpoint_for(owner, failing_since=NOON - timedelta(days=3))

    with django_capture_on_commit_callbacks(execute=True):
        webhooks._note_failure(endpoint, now=NOON, error="Answered 500")

    endpoint.refresh_from_db()
    assert endpoint.disabled_reason == (
        "Am 5. Dezember 2026 ausgeschaltet: Drei Tage lang ist jede Zustellung fehlgeschlagen "
        "(Answered 500)."
    )
    [notice] = mail.outbox
    assert notice.subject == "Bowout hat einen Ihrer Webhooks ausgeschaltet"
    assert "Bowout sendet nicht mehr an https://hooks.example/x." in notice.body


def test_the_worker_switches_off_in_english_by_default(owner, django_capture_on_commit_callbacks):
    endpoint = endpoint_for(owner, failing_since=NOON - timedelta(days=3))

    with time_machine.travel(NOON, tick=False), django_capture_on_commit_callbacks(execute=True):
        webhooks._note_failure(endpoint, now=NOON, error="Answered 500")

    endpoint.refresh_from_db()
    assert endpoint.disabled_reason == (
        "Switched off on 5 December 2026: every delivery failed for three days (Answered 500)."
    )
    [notice] = mail.outbox
    assert notice.subject == "Bowout switched off one of your webhooks"


@pytest.mark.parametrize(
    ("status", "english", "german"),
    [
        (500, "Answered 500", "Antwort 500"),
        (302, "Answered 302 (a redirect, not followed)", "Antwort 302 (eine Weiterleitung"),
    ],
)
def test_the_delivery_log_is_written_in_the_owners_language(
    owner, owner_client, monkeypatch, status, english, german
):
    endpoint = endpoint_for(owner)
    monkeypatch.setattr(webhooks, "post", lambda url, body, headers: status)
    application = ApplicationFactory(owner=owner)
    with time_machine.travel(NOON, tick=False):
        services.change_stage(application=application, to_stage=Stage.SCREENING)
        webhooks.dispatch_events(now=NOON)
        webhooks.deliver_due(now=NOON)

    english_log = owner_client.get(endpoint.get_absolute_url()).text
    assert english in english_log

    owner.language = "de"
    owner.save(update_fields=["language"])
    later = NOON + timedelta(hours=1)
    with time_machine.travel(later, tick=False):
        services.change_stage(application=application, to_stage=Stage.INTERVIEWING)
        webhooks.dispatch_events(now=later)
        webhooks.deliver_due(now=later)

    page = owner_client.get(endpoint.get_absolute_url()).text
    assert german in page
    assert "Wartet" in page  # the delivery's status, retried later
