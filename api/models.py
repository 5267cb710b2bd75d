import base64
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop

from accounts.models import ApiToken
from applications.models import EventKind, WebhookEvent


class ApiRequestCount(models.Model):
    """How many requests one API token made in one minute.

    Counted in PostgreSQL (``api.auth.count_request``), so every web process sees the same
    figure; rows older than the previous minute are deleted as new minutes begin.
    """

    token = models.ForeignKey(ApiToken, on_delete=models.CASCADE, related_name="+")
    minute = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["token", "minute"], name="api_one_count_per_minute")
        ]
        indexes = [models.Index(fields=["minute"], name="api_request_minute")]

    def __str__(self):
        return f"Token {self.token_id} at {self.minute:%H:%M}: {self.count}"


def new_webhook_secret() -> str:
    """A signing secret as Standard Webhooks writes one: ``whsec_`` and 32 random bytes in
    base64 (what its reference libraries take to verify)."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


class WebhookEndpointQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(owner=user)

    def active(self):
        return self.filter(disabled_at__isnull=True)


class WebhookEndpoint(models.Model):
    """An address of the user's that Bowout POSTs the events they chose to, signed."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webhook_endpoints"
    )
    url = models.URLField("address", max_length=500, help_text="Where Bowout POSTs each event.")
    description = models.CharField(max_length=100, blank=True)
    events = models.JSONField(default=list)
    secret = models.CharField(max_length=100, default=new_webhook_secret, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    # The first failure since the last success; three days of failures switch the endpoint off.
    failing_since = models.DateTimeField(null=True, blank=True)
    disabled_at = models.DateTimeField(null=True, blank=True)
    disabled_reason = models.CharField(max_length=300, blank=True)

    objects = WebhookEndpointQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.url

    def get_absolute_url(self):
        return reverse("webhooks:detail", args=[self.pk])

    @property
    def event_labels(self) -> list[str]:
        """The chosen events in the reader's language."""
        return [gettext(EventKind(kind).label) for kind in self.events if kind in EventKind.values]


# The core keeps these labels in English (applications.labels says why): listed here so that
# the catalogue holds them for the webhooks pages.
SHOWN_LABELS = [
    # EventKind
    gettext_noop("An application changed stage"),
    gettext_noop("An interview was added"),
    gettext_noop("An interview was changed"),
    gettext_noop("An offer was recorded"),
    gettext_noop("An offer was accepted or declined"),
    gettext_noop("A withdrawal was marked sent"),
    # WebhookDelivery.Status
    gettext_noop("Waiting"),
    gettext_noop("Delivered"),
    gettext_noop("Gave up"),
]


class WebhookDelivery(models.Model):
    """One event for one endpoint: its attempts, and how the last one went."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Gave up"

    endpoint = models.ForeignKey(
        WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.ForeignKey(WebhookEvent, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=10, choices=Status, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["endpoint", "event"], name="api_one_delivery_per_event")
        ]
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=Q(status="pending"),
                name="webhookdelivery_due",
            ),
        ]

    def __str__(self):
        return f"{self.event} to {self.endpoint}"

    @property
    def message_id(self) -> str:
        """The ``webhook-id``: the same for every attempt, so a receiver can drop repeats."""
        return f"msg_{self.event_id}_{self.endpoint_id}"
