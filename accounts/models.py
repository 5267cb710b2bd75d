import zoneinfo

from django.contrib.auth.models import AbstractUser
from django.db import models


def time_zone_choices():
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


class User(AbstractUser):
    """A job seeker. The full name signs their emails; times are shown in their time zone."""

    full_name = models.CharField(
        max_length=150,
        blank=True,
        help_text="How you sign your emails, e.g. “Alex Morgan”.",
    )
    time_zone = models.CharField(max_length=64, default="UTC", choices=time_zone_choices)

    def __str__(self):
        return self.username

    @property
    def signature_name(self) -> str:
        """The name to sign emails with: the full name, else first and last, else the username."""
        return self.full_name.strip() or self.get_full_name() or self.username
