from django.db import models

from accounts.models import ApiToken


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
