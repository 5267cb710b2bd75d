"""Background work of the API app, run by `make worker` (procrastinate)."""

import logging

from django.utils import timezone
from procrastinate.contrib.django import app

from api.webhooks import deliver_due, dispatch_events

logger = logging.getLogger(__name__)


# Every minute: events reach their endpoints within about a minute of the change. Each tick is
# deferred once whatever the number of workers, and two workers never take the same delivery
# (rows claimed with SKIP LOCKED and leased).
@app.periodic(cron="* * * * *", periodic_id="webhooks")
@app.task(name="deliver_webhooks")
def deliver_webhooks(timestamp: int) -> None:
    now = timezone.now()
    made = dispatch_events(now=now)
    attempted = deliver_due(now=now)
    logger.info("Webhooks: %s deliveries made, %s attempted", made, attempted)
