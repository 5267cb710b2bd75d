"""Webhook delivery: each event to each endpoint that asked for its kind, signed following the
Standard Webhooks specification, retried with backoff, logged, and an endpoint failing for
three days switched off with a notice.

This is the one place Bowout connects to an address a user gave. So: POST only, the answer's
body never read, a short timeout, no redirect followed (``http.client`` follows none), and
never to a private, loopback, link-local or otherwise non-public address unless the operator
allows it (``WEBHOOKS_ALLOW_PRIVATE_ADDRESSES``). The name is resolved, every address it
resolves to is checked, and the connection is made to the checked address, so a name that
resolves differently a second time (DNS rebinding) cannot slip past the check.
"""

import http.client
import ipaddress
import json
import logging
import socket
import ssl
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import dateformat, timezone, translation
from django.utils.translation import gettext, pgettext
from standardwebhooks import Webhook

from accounts.models import User
from api.models import WebhookDelivery, WebhookEndpoint
from applications.models import WebhookEvent

logger = logging.getLogger(__name__)

# After the first attempt, the Standard Webhooks specification's suggested schedule: then the
# delivery is given up (about a day and a half after the event).
RETRY_AFTER = [
    timedelta(seconds=5),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=5),
    timedelta(hours=10),
    timedelta(hours=10),
]
SWITCH_OFF_AFTER = timedelta(days=3)
# A claimed delivery is left to its worker this long before another may try it again.
LEASE = timedelta(minutes=2)
BATCH = 50
# Events are kept this long after dispatch, for the delivery log.
KEEP_EVENTS = timedelta(days=30)


class Refused(Exception):
    """The address may not be connected to (not public, or not a web address)."""


@dataclass(frozen=True)
class Target:
    scheme: str
    host: str
    port: int
    path: str
    address: str


def is_public(address: str) -> bool:
    """A public unicast address: not private, loopback, link-local, multicast, reserved,
    shared (carrier NAT) or unspecified, an IPv4 address inside IPv6 judged as itself."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def resolve(url: str) -> Target:
    """The address to connect to for ``url``, checked; ``Refused`` if none may be used."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Refused(gettext("Only http and https addresses are used."))
    if parts.username or parts.password:
        raise Refused(gettext("An address with a user name or password in it is not used."))
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        found = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise Refused(
            gettext("%(host)s could not be found (%(error)s).")
            % {"host": parts.hostname, "error": error}
        ) from None
    addresses = [str(info[4][0]) for info in found]
    if not settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES:
        private = [address for address in addresses if not is_public(address)]
        if private:
            raise Refused(
                gettext(
                    "%(host)s resolves to %(address)s, a private, loopback or link-local "
                    "address: Bowout only posts to public addresses."
                )
                % {"host": parts.hostname, "address": private[0]}
            )
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return Target(parts.scheme, parts.hostname, port, path, addresses[0])


class _PinnedHTTP(http.client.HTTPConnection):
    """Connects to the checked address; the Host header still names the host."""

    def __init__(self, target: Target, timeout: float):
        super().__init__(target.host, target.port, timeout=timeout)
        self.address = target.address

    def connect(self):
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    """Connects to the checked address; the certificate is checked against the host's name."""

    def __init__(self, target: Target, timeout: float):
        super().__init__(
            target.host, target.port, timeout=timeout, context=ssl.create_default_context()
        )
        self.address = target.address

    def connect(self):
        sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def post(url: str, body: bytes, headers: dict[str, str]) -> int:
    """POST ``body`` to ``url`` (checked by ``resolve``) and return the status; the answer's
    body is not read, and a redirect is an answer like any other (not followed)."""
    target = resolve(url)
    connection_class = _PinnedHTTPS if target.scheme == "https" else _PinnedHTTP
    connection = connection_class(target, timeout=settings.WEBHOOKS_TIMEOUT_SECONDS)
    try:
        connection.request("POST", target.path, body=body, headers=headers)
        return connection.getresponse().status
    finally:
        connection.close()


def message(event: WebhookEvent) -> bytes:
    """The body every endpoint gets for ``event``: Standard Webhooks' suggested shape."""
    return json.dumps(
        {"type": event.kind, "timestamp": event.created_at.isoformat(), "data": event.data}
    ).encode()


def signed_headers(*, secret: str, message_id: str, body: bytes, now: datetime) -> dict:
    signature = Webhook(secret).sign(message_id, now, body.decode())
    return {
        "Content-Type": "application/json",
        "User-Agent": "Bowout-Webhooks/1",
        "webhook-id": message_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": signature,
    }


@transaction.atomic
def dispatch_events(*, now: datetime) -> int:
    """Give each new event to the endpoints that asked for its kind (made before it), as a
    delivery due now; mark the events dispatched. Returns how many deliveries were made."""
    events = list(WebhookEvent.objects.undispatched().select_for_update(skip_locked=True)[:500])
    if not events:
        return 0
    endpoints = list(
        WebhookEndpoint.objects.active().filter(owner_id__in={e.owner_id for e in events})
    )
    deliveries = [
        WebhookDelivery(endpoint=endpoint, event=event, next_attempt_at=now, created_at=now)
        for event in events
        for endpoint in endpoints
        if endpoint.owner_id == event.owner_id
        and event.kind in endpoint.events
        and endpoint.created_at <= event.created_at
    ]
    WebhookDelivery.objects.bulk_create(deliveries, ignore_conflicts=True)
    WebhookEvent.objects.filter(pk__in=[e.pk for e in events]).update(dispatched_at=now)
    WebhookEvent.objects.filter(dispatched_at__lt=now - KEEP_EVENTS).delete()
    return len(deliveries)


@transaction.atomic
def _claim(*, now: datetime) -> list[WebhookDelivery]:
    """The deliveries due now, leased to this worker (another skips them until the lease ends)."""
    due = list(
        WebhookDelivery.objects.filter(
            status=WebhookDelivery.Status.PENDING,
            next_attempt_at__lte=now,
            endpoint__disabled_at__isnull=True,
        )
        .select_related("endpoint__owner", "event")
        .select_for_update(skip_locked=True, of=("self",))
        .order_by("next_attempt_at", "pk")[:BATCH]
    )
    WebhookDelivery.objects.filter(pk__in=[d.pk for d in due]).update(next_attempt_at=now + LEASE)
    return due


def deliver_due(*, now: datetime) -> int:
    """Attempt every delivery due at ``now``; returns how many were attempted."""
    attempted = 0
    while due := _claim(now=now):
        for delivery in due:
            attempt(delivery, now=now)
        attempted += len(due)
        if len(due) < BATCH:
            break
    return attempted


def attempt(delivery: WebhookDelivery, *, now: datetime) -> None:
    """One attempt: sign, POST, record what happened."""
    endpoint = delivery.endpoint
    body = message(delivery.event)
    headers = signed_headers(
        secret=endpoint.secret, message_id=delivery.message_id, body=body, now=now
    )
    status, error = None, ""
    # The log is read on the endpoint's page: written in its owner's language.
    with translation.override(endpoint.owner.language or settings.LANGUAGE_CODE):
        try:
            status = post(endpoint.url, body, headers)
        except Refused as refused:
            error = str(refused)
        except (OSError, http.client.HTTPException) as failure:
            error = gettext("Could not deliver: %(failure)s") % {
                "failure": f"{failure.__class__.__name__} {failure}".strip()
            }
        if status is not None and 300 <= status < 400:
            error = gettext("Answered %(status)s (a redirect, not followed)") % {"status": status}
        elif status is not None and not 200 <= status < 300:
            error = gettext("Answered %(status)s") % {"status": status}
    record_attempt(delivery, now=now, status=status, error=error[:300])


@transaction.atomic
def record_attempt(delivery: WebhookDelivery, *, now: datetime, status, error: str) -> None:
    delivery.attempts += 1
    delivery.last_attempt_at = now
    delivery.last_status_code = status
    delivery.last_error = error
    endpoint = WebhookEndpoint.objects.select_for_update().get(pk=delivery.endpoint_id)
    if not error:
        delivery.status = WebhookDelivery.Status.DELIVERED
        delivery.next_attempt_at = None
        WebhookEndpoint.objects.filter(pk=endpoint.pk).update(failing_since=None)
    else:
        if delivery.attempts > len(RETRY_AFTER):
            delivery.status = WebhookDelivery.Status.FAILED
            delivery.next_attempt_at = None
        else:
            delivery.next_attempt_at = now + RETRY_AFTER[delivery.attempts - 1]
        _note_failure(endpoint, now=now, error=error)
    delivery.save()


def _note_failure(endpoint: WebhookEndpoint, *, now: datetime, error: str) -> None:
    """Failing since when; after three days of nothing but failures, switch it off and say so."""
    if endpoint.failing_since is None:
        WebhookEndpoint.objects.filter(pk=endpoint.pk).update(failing_since=now)
        return
    if endpoint.disabled_at is not None or now - endpoint.failing_since < SWITCH_OFF_AFTER:
        return
    # Written by the worker, which has no reader: in the owner's language, as their pages are.
    language = User.objects.filter(pk=endpoint.owner_id).values_list("language", flat=True).first()
    with translation.override(language or settings.LANGUAGE_CODE):
        day = dateformat.format(now, pgettext("date format", "j F Y"))
        reason = gettext(
            "Switched off on %(day)s: every delivery failed for three days (%(error)s)."
        ) % {"day": day, "error": error}
    WebhookEndpoint.objects.filter(pk=endpoint.pk).update(
        disabled_at=now, disabled_reason=reason[:300]
    )
    owner = User.objects.with_verified_email().filter(pk=endpoint.owner_id).first()
    if owner is not None:
        transaction.on_commit(lambda: _tell(owner, endpoint, reason))


def _tell(owner: User, endpoint: WebhookEndpoint, reason: str) -> None:
    link = f"{settings.SITE_URL}{endpoint.get_absolute_url()}"
    with translation.override(owner.language or settings.LANGUAGE_CODE):
        subject = gettext("Bowout switched off one of your webhooks")
        message = gettext(
            "Hello %(name)s,\n\n"
            "Bowout stopped posting to %(url)s. %(reason)s\n\n"
            "Once it answers again, turn it back on from its page: %(link)s\n"
        ) % {"name": owner.signature_name, "url": endpoint.url, "reason": reason, "link": link}
    send_mail(subject=subject, message=message, from_email=None, recipient_list=[owner.email])


@transaction.atomic
def turn_back_on(*, endpoint: WebhookEndpoint) -> None:
    """The user fixed their receiver: waiting deliveries go out again, from now."""
    WebhookEndpoint.objects.filter(pk=endpoint.pk).update(
        disabled_at=None, disabled_reason="", failing_since=None
    )
    WebhookDelivery.objects.filter(endpoint=endpoint, status=WebhookDelivery.Status.PENDING).update(
        next_attempt_at=timezone.now()
    )
