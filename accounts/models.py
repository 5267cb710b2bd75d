import secrets
import zoneinfo

from django.contrib.auth.models import AbstractUser
from django.core.validators import MaxValueValidator
from django.db import models


def new_calendar_token() -> str:
    """A long random secret for the calendar feed URL (256 bits, URL-safe)."""
    return secrets.token_urlsafe(32)


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
    # The secret in the private calendar feed URL: a calendar app cannot log in, so whoever
    # holds the link reads the feed. "Make a new link" replaces it, and the old one stops.
    calendar_token = models.CharField(
        max_length=64, unique=True, default=new_calendar_token, editable=False
    )
    travel_buffer_minutes = models.PositiveSmallIntegerField(
        "travel buffer (minutes)",
        default=30,
        validators=[MaxValueValidator(24 * 60)],
        help_text="Interviews closer together than this are flagged as a clash.",
    )

    # "Not now" on the dashboard's request for a name: asked once, never nagged again.
    name_prompt_dismissed_at = models.DateTimeField(null=True, blank=True, editable=False)

    def __str__(self):
        return self.username

    @property
    def signature_name(self) -> str:
        """The name to sign emails with: the full name, else first and last, else the username."""
        return self.full_name.strip() or self.get_full_name() or self.username

    def new_calendar_link(self) -> None:
        """Replace the calendar feed token: the old link answers 404 from now on."""
        self.calendar_token = new_calendar_token()
        self.save(update_fields=["calendar_token"])

    @property
    def has_real_name(self) -> bool:
        """False when drafts would be signed with the login name."""
        return bool(self.full_name.strip() or self.get_full_name())

    @property
    def should_ask_for_name(self) -> bool:
        return not self.has_real_name and self.name_prompt_dismissed_at is None
