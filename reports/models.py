from django.db import models


class ShareRequestCount(models.Model):
    """How many requests to share links one client address made in one minute.

    Counted in PostgreSQL (``reports.sharing.count_request``), so every web process sees the
    same figure; rows older than the previous minute are deleted as new minutes begin. It
    holds nobody's data and only the share link reads it, so it lives here, not in the core.
    """

    address = models.GenericIPAddressField()
    minute = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["address", "minute"], name="reports_one_count_per_address_minute"
            )
        ]
        indexes = [models.Index(fields=["minute"], name="sharerequest_minute")]

    def __str__(self):
        return f"{self.address} at {self.minute:%H:%M}: {self.count}"
