"""Row locks and single-statement counts of the API, with two threads at once."""

from datetime import UTC, datetime, timedelta

import pytest

from accounts.models import ApiToken
from api import webhooks
from api.auth import count_request
from api.models import WebhookDelivery, WebhookEndpoint
from applications.models import EventKind, WebhookEvent
from tests.api.conftest import make_token
from tests.concurrency import run_together
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

NOON = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


def test_two_workers_never_take_the_same_delivery():
    owner = UserFactory(username="owner")
    endpoint = WebhookEndpoint.objects.create(
        owner=owner,
        url="https://hooks.example/x",
        events=list(EventKind.values),
        created_at=NOON - timedelta(days=1),
    )
    for _ in range(10):
        event = WebhookEvent.objects.create(
            owner=owner, kind=EventKind.STAGE_CHANGED, data={}, created_at=NOON
        )
        WebhookDelivery.objects.create(endpoint=endpoint, event=event, next_attempt_at=NOON)

    first, second = run_together(
        lambda: [d.pk for d in webhooks._claim(now=NOON)],
        lambda: [d.pk for d in webhooks._claim(now=NOON)],
    )
    assert not set(first) & set(second)
    assert len(first) + len(second) == 10
    # Leased: not due again until the lease ends.
    assert set(WebhookDelivery.objects.values_list("next_attempt_at", flat=True)) == {
        NOON + timedelta(minutes=2)
    }


def test_two_requests_at_once_both_count(settings):
    settings.API_REQUESTS_PER_MINUTE = 1
    make_token(UserFactory(username="owner"))
    token = ApiToken.objects.get()
    results = run_together(
        lambda: count_request(token=token, now=NOON),
        lambda: count_request(token=token, now=NOON),
    )
    # One within the limit, one over it: never two through on a limit of one.
    assert sorted(results, key=lambda r: r is not None) == [None, 60]
