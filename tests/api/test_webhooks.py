"""Webhooks: events written by the services in their transaction, delivered signed (verified
here with the Standard Webhooks reference library), retried with backoff, logged, switched
off after three days of failures; never to a private address unless the operator allows it."""

import json
import socket
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from standardwebhooks import Webhook

from api import webhooks
from api.models import WebhookDelivery, WebhookEndpoint
from applications import services
from applications.models import EventKind, Interview, Offer, Stage, WebhookEvent
from tests.factories import ApplicationFactory, InterviewFactory, OfferFactory
from withdrawals import services as withdrawal_services
from withdrawals.models import Withdrawal

pytestmark = pytest.mark.django_db

NOON = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


class Receiver:
    """A webhook receiver on this machine: records each request, answers ``status``."""

    def __init__(self, status=204):
        self.requests: list[dict] = []
        self.status = status
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers["Content-Length"])
                receiver.requests.append(
                    {
                        "method": "POST",
                        "path": self.path,
                        "headers": dict(self.headers),
                        "body": self.rfile.read(length),
                    }
                )
                self.send_response(receiver.status)
                if 300 <= receiver.status < 400:
                    self.send_header("Location", "http://127.0.0.1:9/elsewhere")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}/hooks/bowout?source=test"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver(settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = True
    with Receiver() as receiver:
        yield receiver


def endpoint_for(owner, url, events=None, **fields) -> WebhookEndpoint:
    with time_machine.travel(NOON - timedelta(days=1), tick=False):
        return WebhookEndpoint.objects.create(
            owner=owner, url=url, events=events or list(EventKind.values), **fields
        )


def run_worker(now):
    with time_machine.travel(now, tick=False):
        webhooks.dispatch_events(now=now)
        return webhooks.deliver_due(now=now)


# --- Events, written where the change is made ---------------------------------------------------


def test_a_stage_change_writes_its_event_in_the_same_transaction(owner):
    application = ApplicationFactory(owner=owner, company="Globex", stage=Stage.APPLIED)
    services.change_stage(application=application, to_stage=Stage.SCREENING, note="Call")
    event = WebhookEvent.objects.get()
    assert (event.owner, event.kind) == (owner, "application.stage_changed")
    assert event.data == {
        "application": {
            "id": application.pk,
            "company": "Globex",
            "position": application.position,
            "stage": "screening",
        },
        "from_stage": "applied",
        "to_stage": "screening",
        "note": "Call",
    }


def test_a_failed_change_leaves_no_event(owner, monkeypatch):
    application = ApplicationFactory(owner=owner)

    def fail(*args, **kwargs):
        raise RuntimeError("the history write fails")

    monkeypatch.setattr("applications.services.StageChange.objects.create", fail)
    with pytest.raises(RuntimeError):
        services.change_stage(application=application, to_stage=Stage.SCREENING)
    assert not WebhookEvent.objects.exists()


def test_interviews_offers_and_withdrawals_announce(owner):
    application = ApplicationFactory(owner=owner, stage=Stage.INTERVIEWING)
    interview = services.new_interview(
        application=application, scheduled_at=datetime(2027, 1, 5, 10, tzinfo=UTC)
    )
    services.save_interview(interview=interview)
    interview.location = "Leeds"
    services.save_interview(interview=interview)
    offer = services.save_offer(offer=Offer(application=application, in_writing=True))
    services.decide_offer(offer=offer, decision=Offer.Decision.DECLINED)
    kinds = list(WebhookEvent.objects.values_list("kind", flat=True))
    assert kinds == [
        "interview.added",
        "interview.changed",
        "offer.recorded",
        "application.stage_changed",  # interviewing → offer
        "offer.decided",
        "application.stage_changed",  # offer → offer declined
    ]


def test_a_withdrawal_announces_itself_and_the_interviews_it_cancels(owner):
    application = ApplicationFactory(owner=owner, stage=Stage.INTERVIEWING)
    with time_machine.travel(NOON, tick=False):
        interview = InterviewFactory(application=application, scheduled_at=NOON + timedelta(days=2))
        withdrawal_services.mark_sent(application=application, method=Withdrawal.Method.EMAIL)
    kinds = sorted(WebhookEvent.objects.values_list("kind", flat=True))
    assert kinds == ["application.stage_changed", "interview.changed", "withdrawal.sent"]
    changed = WebhookEvent.objects.get(kind="interview.changed")
    assert changed.data["interview"]["id"] == interview.pk
    assert changed.data["interview"]["status"] == Interview.Status.CANCELLED


def test_a_bulk_no_response_announces_each_process(owner):
    quiet = [
        ApplicationFactory(owner=owner, last_activity_at=NOON - timedelta(days=40))
        for _ in range(3)
    ]
    with time_machine.travel(NOON, tick=False):
        closed = services.close_as_no_response(
            owner=owner, application_ids=[a.pk for a in quiet], now=NOON
        )
    assert len(closed) == 3
    events = WebhookEvent.objects.filter(kind="application.stage_changed")
    assert sorted(e.data["application"]["id"] for e in events) == sorted(closed)
    assert {e.data["to_stage"] for e in events} == {"no_response"}


# --- Delivery ----------------------------------------------------------------------------------


def test_a_receiver_gets_a_signed_event_it_can_verify(owner, receiver):
    endpoint = endpoint_for(owner, receiver.url, events=["application.stage_changed"])
    application = ApplicationFactory(owner=owner, company="Globex")
    with time_machine.travel(NOON, tick=False):
        services.change_stage(application=application, to_stage=Stage.SCREENING)
    assert run_worker(NOON) == 1
    [request] = receiver.requests
    assert request["path"] == "/hooks/bowout?source=test"
    assert request["headers"]["Content-Type"] == "application/json"
    # The Standard Webhooks reference verifier, as any receiver would use it.
    with time_machine.travel(NOON + timedelta(seconds=1), tick=False):
        payload = Webhook(endpoint.secret).verify(request["body"], request["headers"])
    assert payload["type"] == "application.stage_changed"
    assert payload["data"]["application"]["company"] == "Globex"
    assert payload["data"]["to_stage"] == "screening"
    assert request["headers"]["webhook-timestamp"] == str(int(NOON.timestamp()))
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("delivered", 1, 204)
    assert request["headers"]["webhook-id"] == delivery.message_id
    # A forged body fails the same verifier.
    forged = request["body"].replace(b"Globex", b"Initech")
    with (
        time_machine.travel(NOON + timedelta(seconds=1), tick=False),
        pytest.raises(Exception, match="signature"),
    ):
        Webhook(endpoint.secret).verify(forged, request["headers"])


def test_only_the_chosen_events_of_the_owner_are_sent(owner, stranger, receiver):
    endpoint_for(owner, receiver.url, events=["offer.decided"])
    services.change_stage(application=ApplicationFactory(owner=owner), to_stage=Stage.SCREENING)
    services.change_stage(application=ApplicationFactory(owner=stranger), to_stage=Stage.SCREENING)
    assert run_worker(NOON) == 0
    assert receiver.requests == []
    assert WebhookEvent.objects.undispatched().count() == 0


def test_an_endpoint_added_later_gets_no_earlier_events(owner, receiver):
    with time_machine.travel(NOON - timedelta(days=2), tick=False):
        services.change_stage(application=ApplicationFactory(owner=owner), to_stage=Stage.SCREENING)
    endpoint_for(owner, receiver.url)
    assert run_worker(NOON) == 0


def test_a_failing_receiver_is_retried_with_backoff_and_then_given_up(owner, receiver):
    receiver.status = 500
    endpoint = endpoint_for(owner, receiver.url)
    with time_machine.travel(NOON, tick=False):
        services.change_stage(application=ApplicationFactory(owner=owner), to_stage=Stage.SCREENING)
    run_worker(NOON)
    delivery = WebhookDelivery.objects.get()
    assert (delivery.attempts, delivery.status, delivery.last_error) == (
        1,
        "pending",
        "Answered 500",
    )
    assert delivery.next_attempt_at == NOON + timedelta(seconds=5)
    # Not before it is due.
    assert run_worker(NOON + timedelta(seconds=4)) == 0
    waits = [5, 300, 1800, 7200, 18000, 36000, 36000]
    now = NOON
    for attempt, wait in enumerate(waits, start=1):
        delivery.refresh_from_db()
        assert delivery.next_attempt_at == now + timedelta(seconds=wait), attempt
        now += timedelta(seconds=wait)
        assert run_worker(now) == 1
    given_up = WebhookDelivery.objects.get()
    assert (given_up.attempts, given_up.status, given_up.next_attempt_at) == (8, "failed", None)
    assert len(receiver.requests) == 8
    # The same message each time: a receiver can tell a retry from a new event.
    assert len({r["headers"]["webhook-id"] for r in receiver.requests}) == 1
    endpoint.refresh_from_db()
    assert endpoint.failing_since == NOON
    assert endpoint.disabled_at is None  # about 31 hours of failures, not three days


def test_success_clears_the_failing_streak(owner, receiver):
    receiver.status = 503
    endpoint = endpoint_for(owner, receiver.url)
    with time_machine.travel(NOON, tick=False):
        services.change_stage(application=ApplicationFactory(owner=owner), to_stage=Stage.SCREENING)
    run_worker(NOON)
    receiver.status = 200
    run_worker(NOON + timedelta(seconds=5))
    endpoint.refresh_from_db()
    assert endpoint.failing_since is None
    assert WebhookDelivery.objects.get().status == "delivered"


def test_a_redirect_is_a_failure_and_is_not_followed(owner, receiver):
    receiver.status = 302
    endpoint_for(owner, receiver.url)
    with time_machine.travel(NOON, tick=False):
        services.change_stage(application=ApplicationFactory(owner=owner), to_stage=Stage.SCREENING)
    run_worker(NOON)
    delivery = WebhookDelivery.objects.get()
    assert delivery.last_error == "Answered 302 (a redirect, not followed)"
    assert len(receiver.requests) == 1


def test_three_days_of_failures_switch_the_endpoint_off_with_a_notice(
    owner, receiver, django_capture_on_commit_callbacks
):
    receiver.status = 500
    endpoint = endpoint_for(owner, receiver.url)
    application = ApplicationFactory(owner=owner)
    with time_machine.travel(NOON, tick=False):
        services.change_stage(application=application, to_stage=Stage.SCREENING)
    run_worker(NOON)
    # Another event just short of three days later still fails: still on.
    almost = NOON + timedelta(days=3) - timedelta(seconds=1)
    with time_machine.travel(almost, tick=False):
        services.change_stage(application=application, to_stage=Stage.INTERVIEWING)
    run_worker(almost)
    endpoint.refresh_from_db()
    assert endpoint.disabled_at is None
    later = NOON + timedelta(days=3)
    with time_machine.travel(later, tick=False):
        services.change_stage(application=application, to_stage=Stage.REJECTED)
    with django_capture_on_commit_callbacks(execute=True):
        run_worker(later)
    endpoint.refresh_from_db()
    assert endpoint.disabled_at == later
    assert "every delivery failed for three days (Answered 500)" in endpoint.disabled_reason
    [notice] = mail.outbox
    assert notice.to == [owner.email]
    assert receiver.url in notice.body
    # Switched off: nothing more is sent until the user turns it back on.
    sent = len(receiver.requests)
    run_worker(later + timedelta(days=1))
    assert len(receiver.requests) == sent


# --- Never a private address ----------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",  # noqa: S104 (an address refused, not bound)
        "::1",
        "fe80::1",
        "fd00::1",
        "::ffff:127.0.0.1",
        "224.0.0.1",
    ],
)
def test_private_loopback_and_link_local_addresses_are_refused(address):
    assert not webhooks.is_public(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"])
def test_public_addresses_are_allowed(address):
    assert webhooks.is_public(address)


def test_a_private_receiver_is_refused_and_never_connected_to(owner, settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = False
    with Receiver() as receiver:
        endpoint_for(owner, receiver.url)
        with time_machine.travel(NOON, tick=False):
            services.change_stage(
                application=ApplicationFactory(owner=owner), to_stage=Stage.SCREENING
            )
        run_worker(NOON)
    assert receiver.requests == []
    delivery = WebhookDelivery.objects.get()
    assert "127.0.0.1, a private, loopback or link-local address" in delivery.last_error
    assert delivery.status == "pending" and delivery.attempts == 1


def test_a_name_resolving_to_a_private_address_is_refused(monkeypatch, settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = False
    public = (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 443))
    private = (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.5", 443))
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: [public, private])
    with pytest.raises(webhooks.Refused, match=r"10\.0\.0\.5"):
        webhooks.resolve("https://hooks.example/in")


def test_the_connection_goes_to_the_checked_address(monkeypatch, settings, owner):
    """The name is resolved once and the socket opened to that address: a second, different
    answer (DNS rebinding) is never asked for."""
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = True
    with Receiver() as receiver:
        port = receiver.server.server_port
        asked = []
        real = socket.getaddrinfo

        def getaddrinfo(host, *args, **kwargs):
            if host != "hooks.example":
                return real(host, *args, **kwargs)
            asked.append(host)
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        status = webhooks.post(f"http://hooks.example:{port}/in", b"{}", {"X-Test": "1"})
    assert status == 204
    assert asked == ["hooks.example"]
    [request] = receiver.requests
    assert request["headers"]["Host"] == f"hooks.example:{port}"


@pytest.mark.parametrize(
    "url", ["ftp://hooks.example/in", "http://user:pw@hooks.example/in", "https:///nohost"]
)
def test_only_plain_web_addresses_are_used(url):
    with pytest.raises(webhooks.Refused):
        webhooks.resolve(url)


def test_an_unreachable_receiver_is_a_logged_failure(owner, settings):
    settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = True
    with Receiver() as receiver:
        url = receiver.url
    endpoint_for(owner, url)  # the server is closed: nothing listens there now
    with time_machine.travel(NOON, tick=False):
        services.change_stage(application=ApplicationFactory(owner=owner), to_stage=Stage.SCREENING)
    run_worker(NOON)
    delivery = WebhookDelivery.objects.get()
    assert delivery.last_error.startswith("Could not deliver: ConnectionRefusedError")


# --- The pages -------------------------------------------------------------------------------


def test_adding_an_endpoint(owner_client, owner):
    response = owner_client.post(
        reverse("webhooks:list"),
        {
            "url": "https://hooks.example/bowout",
            "description": "Zapier",
            "events": ["offer.decided", "withdrawal.sent"],
        },
    )
    endpoint = WebhookEndpoint.objects.get()
    assert response.status_code == 302
    assert response["Location"] == endpoint.get_absolute_url()
    assert (endpoint.owner, endpoint.events) == (owner, ["offer.decided", "withdrawal.sent"])
    assert endpoint.secret.startswith("whsec_")
    page = owner_client.get(endpoint.get_absolute_url()).text
    assert endpoint.secret in page
    assert "An offer was accepted or declined; A withdrawal was marked sent" in page


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"url": "http://localhost:8000/x", "events": ["offer.decided"]}, "url"),
        ({"url": "http://10.0.0.1/x", "events": ["offer.decided"]}, "url"),
        ({"url": "http://[::1]/x", "events": ["offer.decided"]}, "url"),
        ({"url": "ftp://hooks.example/x", "events": ["offer.decided"]}, "url"),
        ({"url": "https://me:pw@hooks.example/x", "events": ["offer.decided"]}, "url"),
        ({"url": "https://hooks.example/x", "events": []}, "events"),
        ({"url": "https://hooks.example/x", "events": ["everything"]}, "events"),
    ],
)
def test_a_refused_endpoint_is_not_saved(owner_client, data, field):
    response = owner_client.post(reverse("webhooks:list"), data)
    assert response.status_code == 422
    assert field in response.context["form"].errors
    assert not WebhookEndpoint.objects.exists()


def test_the_delivery_log_shows_status_and_attempts(owner_client, owner, receiver):
    receiver.status = 500
    endpoint = endpoint_for(owner, receiver.url)
    with time_machine.travel(NOON, tick=False):
        services.change_stage(
            application=ApplicationFactory(owner=owner, company="Globex"), to_stage=Stage.SCREENING
        )
    run_worker(NOON)
    page = owner_client.get(endpoint.get_absolute_url()).text
    assert "application.stage_changed" in page and "Globex" in page
    assert "Waiting" in page and "Answered 500" in page


def test_turning_an_endpoint_back_on(owner_client, owner):
    endpoint = endpoint_for(
        owner, "https://hooks.example/x", disabled_at=NOON, disabled_reason="Switched off."
    )
    assert "Switched off." in owner_client.get(reverse("webhooks:list")).text
    assert owner_client.get(reverse("webhooks:enable", args=[endpoint.pk])).status_code == 405
    owner_client.post(reverse("webhooks:enable", args=[endpoint.pk]))
    endpoint.refresh_from_db()
    assert (endpoint.disabled_at, endpoint.failing_since) == (None, None)


def test_a_stranger_gets_404_on_my_endpoint(client, owner, stranger):
    endpoint = endpoint_for(owner, "https://hooks.example/x")
    client.force_login(stranger)
    for name in ("webhooks:detail", "webhooks:enable", "webhooks:delete"):
        assert client.post(reverse(name, args=[endpoint.pk])).status_code == 404
    assert WebhookEndpoint.objects.filter(pk=endpoint.pk, disabled_at__isnull=True).exists()


def test_deleting_an_endpoint(owner_client, owner):
    endpoint = endpoint_for(owner, "https://hooks.example/x")
    assert owner_client.get(reverse("webhooks:delete", args=[endpoint.pk])).status_code == 200
    response = owner_client.post(reverse("webhooks:delete", args=[endpoint.pk]))
    assert response["Location"] == reverse("webhooks:list")
    assert not WebhookEndpoint.objects.exists()


def test_the_message_body_is_the_event(owner):
    application = ApplicationFactory(owner=owner)
    OfferFactory(application=application)
    services.change_stage(application=application, to_stage=Stage.REJECTED)
    event = WebhookEvent.objects.get()
    body = json.loads(webhooks.message(event))
    assert body == {
        "type": event.kind,
        "timestamp": event.created_at.isoformat(),
        "data": event.data,
    }
