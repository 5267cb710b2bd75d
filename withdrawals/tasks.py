"""Background work, run by `make worker` (procrastinate; its queue lives in PostgreSQL)."""

import logging

from django.utils import timezone
from procrastinate.contrib.django import app

from withdrawals.digest import send_due_digests

logger = logging.getLogger(__name__)


# Every 15 minutes, so each time zone (including the half- and quarter-hour ones) gets its
# digest soon after 07:00. procrastinate defers each tick once, whatever the number of
# workers, and send_digest's claim makes a repeated tick harmless anyway.
@app.periodic(cron="*/15 * * * *", periodic_id="daily-digest")
@app.task(name="send_daily_digests")
def send_daily_digests(timestamp: int) -> None:
    # The time of sending, not of the tick: "morning" is judged when the email leaves.
    sent = send_due_digests(now=timezone.now())
    logger.info("Daily digest: %s sent", sent)
