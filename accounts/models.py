import secrets
import zoneinfo
from typing import ClassVar

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as BaseUserManager
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts import timezones

# Signs the digest's unsubscribe link; a different salt than any other signed value.
DIGEST_UNSUBSCRIBE_SALT = "accounts.digest-unsubscribe"


def new_calendar_token() -> str:
    """A long random secret for the calendar feed URL (256 bits, URL-safe)."""
    return secrets.token_urlsafe(32)


def time_zone_choices():
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


class UserQuerySet(models.QuerySet):
    def with_verified_email(self):
        """Users whose address has been verified by following the link sent to it: the only
        ones Bowout emails anything but that link (the digest, for one)."""
        return self.filter(
            Exists(
                EmailAddress.objects.filter(
                    user=OuterRef("pk"), email__iexact=OuterRef("email"), verified=True
                )
            )
        )


class UserManager(BaseUserManager.from_queryset(UserQuerySet)):  # type: ignore[misc]
    pass


class User(AbstractUser):
    """A job seeker. The full name signs their emails; times are shown in their time zone."""

    full_name = models.CharField(
        _("full name"),
        max_length=150,
        blank=True,
        help_text=_("How you sign your emails, e.g. “Alex Morgan”."),
    )
    time_zone = models.CharField(
        _("time zone"), max_length=64, default="UTC", choices=time_zone_choices
    )
    # The secret in the private calendar feed URL: a calendar app cannot log in, so whoever
    # holds the link reads the feed. "Make a new link" replaces it, and the old one stops.
    calendar_token = models.CharField(
        max_length=64, unique=True, default=new_calendar_token, editable=False
    )
    travel_buffer_minutes = models.PositiveSmallIntegerField(
        _("travel buffer (minutes)"),
        default=30,
        validators=[MaxValueValidator(24 * 60)],
        help_text=_("Interviews closer together than this are flagged as a clash."),
    )
    follow_up_days = models.PositiveSmallIntegerField(
        _("follow up after (days)"),
        default=7,
        validators=[MinValueValidator(1), MaxValueValidator(21)],
        help_text=_("Suggest a polite check-in when a process has been silent this many days."),
    )
    # The language of Bowout's pages for this user (accounts.languages); English until they
    # choose. Also the first guess for the language their emails are drafted in.
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("The language of Bowout's pages."),
    )
    digest_opt_in = models.BooleanField(
        _("email me a daily digest"),
        default=False,
        help_text=_(
            "A short morning email with today's actions, only on days with something to do."
        ),
    )

    objects: ClassVar[UserManager] = UserManager()

    class Meta(AbstractUser.Meta):
        constraints = [
            models.CheckConstraint(
                condition=Q(follow_up_days__gte=1, follow_up_days__lte=21),
                name="accounts_follow_up_days_1_to_21",
            ),
        ]

    # "Not now" on the dashboard's request for a name: asked once, never nagged again.
    name_prompt_dismissed_at = models.DateTimeField(null=True, blank=True, editable=False)

    def __str__(self):
        return self.username

    def has_verified_email(self) -> bool:
        """True once the address in ``email`` has been verified by its link (one query)."""
        return type(self).objects.filter(pk=self.pk).with_verified_email().exists()

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        """The user's time zone, or the site's when the stored name is unknown (logged)."""
        return timezones.zone_or_default(self.time_zone, user_id=self.pk)

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

    def digest_unsubscribe_token(self) -> str:
        """The signed value in the digest's unsubscribe link: this user's id, nobody else's."""
        return signing.Signer(salt=DIGEST_UNSUBSCRIBE_SALT).sign(str(self.pk))

    @classmethod
    def from_digest_unsubscribe_token(cls, token: str) -> "User":
        """The user a token was signed for; ``signing.BadSignature`` or ``DoesNotExist`` if none."""
        pk = signing.Signer(salt=DIGEST_UNSUBSCRIBE_SALT).unsign(token)
        return cls.objects.get(pk=int(pk))


def new_invitation_token() -> str:
    """The secret in an invitation link (256 bits, URL-safe)."""
    return secrets.token_urlsafe(32)


class InvitationQuerySet(models.QuerySet):
    def usable(self):
        return self.filter(accepted_at__isnull=True)


class Invitation(models.Model):
    """A sign-up link for one address, made by staff in the admin (SIGNUP=invite); used once."""

    email = models.EmailField("email address")
    token = models.CharField(
        max_length=64, unique=True, default=new_invitation_token, editable=False
    )
    created_by = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_by = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    accepted_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                condition=Q(accepted_at__isnull=True),
                name="accounts_one_open_invitation_per_address",
                violation_error_message="This address already has an invitation waiting.",
            ),
        ]

    def __str__(self):
        return self.email

    def get_absolute_url(self):
        return reverse("accept_invitation", args=[self.token])

    def clean(self):
        # The constraint's condition names a field the admin's form leaves out, so Django would
        # not check it before saving: say it beside the field instead of failing on save.
        waiting = Invitation.objects.usable().filter(email__iexact=self.email).exclude(pk=self.pk)
        if self.accepted_at is None and waiting.exists():
            raise ValidationError({"email": "This address already has an invitation waiting."})


class ApiTokenQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(owner=user)

    def usable_at(self, now):
        """Tokens that open the API at ``now``: not revoked, not expired (the expiry instant
        itself is already too late), their owner still active. The one place this rule lives."""
        return self.filter(revoked_at__isnull=True, expires_at__gt=now, owner__is_active=True)


class ApiToken(models.Model):
    """A personal access token for the API (``/api/v1/``), made on the profile.

    Only the SHA-256 of the token is stored: the token itself is shown once, when made. Its
    first characters (``prefix``) stay visible so the user can tell their tokens apart.
    """

    class Scope(models.TextChoices):
        READ = "read", "Read only"
        WRITE = "write", "Read and write"

    owner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100, help_text="What it is for, e.g. “My shortcuts”.")
    scope = models.CharField(max_length=5, choices=Scope, default=Scope.READ)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(max_length=12, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_at__gt=models.F("created_at")),
                name="accounts_api_token_expires_after_creation",
            ),
            models.CheckConstraint(
                condition=Q(scope__in=["read", "write"]), name="accounts_api_token_scope_valid"
            ),
        ]

    def __str__(self):
        return f"API token “{self.name}”"

    @property
    def can_write(self) -> bool:
        return self.scope == self.Scope.WRITE

    def is_usable(self, now) -> bool:
        return self.revoked_at is None and now < self.expires_at
