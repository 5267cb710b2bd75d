from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from applications import clock
from applications.models import Application, EmailLanguage
from withdrawals.rendering import (
    BODY_MAX_LENGTH,
    SUBJECT_MAX_LENGTH,
    TemplateSyntaxError,
    allowed_placeholders_text,
    parse,
)


class Scenario(models.TextChoices):
    ACCEPTED_OFFER = "accepted_offer", "Accepted another offer"
    OTHER_OPPORTUNITY = "other_opportunity", "Decided to pursue another opportunity"
    NOT_RIGHT_FIT = "not_right_fit", "Role not the right fit"
    COMPENSATION = "compensation", "Compensation"
    LOCATION = "location", "Location or relocation"
    CULTURE = "culture", "Culture or values"
    ROLE_CHANGED = "role_changed", "The role changed from what was advertised"
    PERSONAL = "personal", "Personal circumstances"
    NO_REASON = "no_reason", "No reason given"
    OTHER_ROLES = "other_roles", "Ask about other roles at the company instead"
    RECOMMEND_COLLEAGUE = "recommend_colleague", "Recommend a colleague in my place"
    CANCEL_INTERVIEW = "cancel_interview", "Cancel an interview at short notice"
    REQUEST_TIME = "request_time", "Ask the offering company for time to decide"
    ASK_TIMELINE = "ask_timeline", "I have an offer: could you share your timeline?"
    KEEP_DOOR_OPEN = "keep_door_open", "Keep the door open while negotiating"
    CHECKING_IN = "checking_in", "Follow-up: checking in"
    THANK_YOU_FOLLOW_UP = "thank_you_follow_up", "Thank-you follow-up after withdrawing"
    PHONE_SCRIPT = "phone_script", "Phone call script (short notice or long process)"
    ACCEPT_OFFER = "accept_offer", "Accept the offer in writing"
    DECLINE_OFFER = "decline_offer", "Decline the offer"
    NEGOTIATE = "negotiate", "Counter-offer: say what would make you accept"

    @classmethod
    def answers(cls) -> list[str]:
        """The answers to this process's own offer."""
        return [cls.ACCEPT_OFFER, cls.NEGOTIATE, cls.DECLINE_OFFER]

    @classmethod
    def messages(cls) -> list[str]:
        """Scenarios sent and recorded on a process that are not a withdrawal: those that keep
        it going, and the answers to its offer (marking one sent decides the offer)."""
        return [
            cls.REQUEST_TIME,
            cls.ASK_TIMELINE,
            cls.KEEP_DOOR_OPEN,
            cls.CHECKING_IN,
            *cls.answers(),
        ]

    @classmethod
    def withdrawing(cls) -> list[str]:
        """The scenarios that leave a process."""
        others = {*cls.messages(), cls.THANK_YOU_FOLLOW_UP, cls.PHONE_SCRIPT}
        return [value for value in cls.values if value not in others]

    @classmethod
    def for_withdrawing(cls):
        """The scenarios a user picks from to leave a process, as choices."""
        return [(value, cls(value).label) for value in cls.withdrawing()]


class Tone(models.TextChoices):
    FORMAL = "formal", "Formal"
    WARM = "warm", "Warm"
    BRIEF = "brief", "Brief"


class WithdrawalTemplateQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def best_for(self, scenario, tone, language=EmailLanguage.ENGLISH):
        """The active template for a scenario in that tone and language, or None.

        No fallback to another tone or language: a wording staff deleted is simply not offered
        (``tones_for``), and an email never switches language behind the user's back.
        """
        return (
            self.active()
            .filter(scenario=scenario, tone=tone, language=language)
            .order_by("display_order")
            .first()
        )

    def tones_for(self, language=EmailLanguage.ENGLISH) -> dict[str, list[str]]:
        """Each scenario's tones that have an active template in ``language``, in the Tone
        order. One query."""
        return self.filter(language=language).tones_by_language()[language]

    def tones_by_language(self) -> dict[str, dict[str, list[str]]]:
        """``tones_for`` of every language at once. One query."""
        found = set(self.active().values_list("language", "scenario", "tone"))
        return {
            language: {
                scenario: [tone for tone in Tone.values if (language, scenario, tone) in found]
                for scenario in Scenario.values
            }
            for language in EmailLanguage.values
        }


class WithdrawalTemplate(models.Model):
    """A stored email template that staff edit in the admin."""

    name = models.CharField(max_length=150)
    scenario = models.CharField(max_length=30, choices=Scenario)
    tone = models.CharField(max_length=10, choices=Tone, default=Tone.FORMAL)
    language = models.CharField(max_length=2, choices=EmailLanguage, default=EmailLanguage.ENGLISH)
    subject_template = models.CharField(
        "subject", max_length=SUBJECT_MAX_LENGTH, help_text="One line. Placeholders allowed."
    )
    body_template = models.TextField(
        "body", max_length=BODY_MAX_LENGTH, validators=[MaxLengthValidator(BODY_MAX_LENGTH)]
    )
    is_active = models.BooleanField("active", default=True)
    display_order = models.PositiveIntegerField(default=100)
    # Which shipped default this started from, so "reset to default" knows what to restore.
    default_key = models.SlugField(
        max_length=60, unique=True, null=True, blank=True, editable=False
    )
    last_edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    updated_at = models.DateTimeField("last edited", auto_now=True)

    objects = WithdrawalTemplateQuerySet.as_manager()

    class Meta:
        ordering = ["display_order", "scenario", "tone", "pk"]
        indexes = [
            models.Index(
                fields=["scenario", "tone", "language", "is_active"], name="template_lookup"
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # Browsers send CRLF line breaks; store plain ones so rendering tidies them alike.
        self.body_template = (self.body_template or "").replace("\r\n", "\n")
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        for field, limit in (
            ("subject_template", SUBJECT_MAX_LENGTH),
            ("body_template", BODY_MAX_LENGTH),
        ):
            if len(getattr(self, field) or "") > limit:
                continue  # the length error says it; parsing it would only add noise
            try:
                parse(getattr(self, field) or "")
            except TemplateSyntaxError as error:
                message = str(error)
                # Some errors already list the placeholders; say it once, not twice.
                if allowed_placeholders_text() not in message:
                    message += f" Allowed placeholders: {allowed_placeholders_text()}."
                errors[field] = message
        if "\n" in (self.subject_template or "") or "\r" in (self.subject_template or ""):
            errors.setdefault("subject_template", "The subject must be a single line.")
        if errors:
            raise ValidationError(errors)


class WithdrawalDraft(models.Model):
    """The email being prepared for one application, kept so nothing typed is ever lost."""

    application = models.OneToOneField(
        Application, on_delete=models.CASCADE, related_name="withdrawal_draft"
    )
    template = models.ForeignKey(
        WithdrawalTemplate, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    scenario = models.CharField(max_length=30, choices=Scenario)
    tone = models.CharField(max_length=10, choices=Tone, default=Tone.FORMAL)
    language = models.CharField(max_length=2, choices=EmailLanguage, default=EmailLanguage.ENGLISH)
    reason = models.CharField(max_length=300, blank=True)
    name_other_company = models.BooleanField(default=False)
    colleague_name = models.CharField(max_length=150, blank=True)
    # For "ask for time to decide": the date the user asks to answer by.
    decide_by = models.DateField(null=True, blank=True)
    # For a counter-offer: quote the other written offer's pay (never without the user's say).
    mention_figures = models.BooleanField(default=False)
    subject = models.CharField(max_length=300)
    body = models.TextField()
    cc = models.JSONField(default=list, blank=True, help_text="Contact ids copied in.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"Draft for {self.application}"


class WithdrawalQuerySet(models.QuerySet):
    def standing(self):
        """Withdrawals not undone: at most one per application (a database constraint)."""
        return self.filter(undone_at__isnull=True)


class Withdrawal(models.Model):
    """The record of leaving a process: what was sent, to whom, how and when."""

    # How long after marking a withdrawal sent the user may take it back.
    UNDO_WINDOW = clock.UNDO_WINDOW

    class Method(models.TextChoices):
        EMAIL = "email", "Email"
        PHONE = "phone", "Phone call"

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="withdrawals"
    )
    template = models.ForeignKey(
        WithdrawalTemplate, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    scenario = models.CharField(max_length=30, choices=Scenario, blank=True)
    subject = models.CharField(max_length=300, blank=True)
    body = models.TextField(blank=True)
    recipient_name = models.CharField(max_length=200, blank=True)
    recipient_email = models.EmailField(blank=True)
    cc = models.TextField(blank=True)
    method = models.CharField(max_length=10, choices=Method, default=Method.EMAIL)
    reason = models.CharField(max_length=300, blank=True)
    previous_stage = models.CharField(max_length=20, editable=False)
    cancelled_interview_ids = models.JSONField(default=list, blank=True, editable=False)
    sent_at = models.DateTimeField(default=timezone.now)
    undone_at = models.DateTimeField(null=True, blank=True)
    follow_up_sent_at = models.DateTimeField(null=True, blank=True)
    liked = models.TextField("what you liked", blank=True)
    disliked = models.TextField("what you did not like", blank=True)

    objects = WithdrawalQuerySet.as_manager()

    class Meta:
        ordering = ["-sent_at", "-pk"]
        constraints = [
            # Marking as sent twice must leave one record: one standing withdrawal per process.
            models.UniqueConstraint(
                fields=["application"],
                condition=Q(undone_at__isnull=True),
                name="withdrawals_one_standing_per_application",
            ),
        ]

    def __str__(self):
        return f"Withdrawal from {self.application}"

    @property
    def undo_until(self):
        return self.sent_at + self.UNDO_WINDOW

    @property
    def can_undo(self) -> bool:
        return self.undone_at is None and timezone.now() <= self.undo_until


class TodaySnooze(models.Model):
    """A Today item the user put aside: until a day (snoozed) or for good (dismissed).

    ``key`` names the item and the state it was about (``follow-up:12:2026-11-02``), so that
    dismissing one reminder never hides the next one for the same process.
    """

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=100)
    # The first day (the user's own) the item shows again; empty when dismissed for good.
    until = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "key"], name="withdrawals_one_snooze_per_item")
        ]

    def __str__(self):
        return f"{self.key} until {self.until}" if self.until else f"{self.key} dismissed"


class DigestDelivery(models.Model):
    """The daily digest for one user and one day of theirs: claimed once, so sent at most once.

    The unique row is the guard: a second worker, a retry or a rerun after a crash finds the
    day taken and sends nothing.
    """

    class Status(models.TextChoices):
        CLAIMED = "claimed", "Claimed, sending"
        SENT = "sent", "Sent"
        NOTHING = "nothing", "Nothing to do: not sent"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_deliveries"
    )
    local_date = models.DateField(help_text="The day in the user's time zone.")
    status = models.CharField(max_length=10, choices=Status, default=Status.CLAIMED)
    item_count = models.PositiveSmallIntegerField(default=0)
    claimed_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-local_date", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "local_date"], name="withdrawals_one_digest_per_user_day"
            )
        ]
        verbose_name_plural = "digest deliveries"

    def __str__(self):
        return f"Digest for {self.user} on {self.local_date}: {self.get_status_display()}"


class SentMessage(models.Model):
    """A message that keeps a process going: asking for time to decide, for a timeline,
    keeping the door open, checking in. Recorded as a contact on the process, which stays
    live; never a withdrawal."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="sent_messages"
    )
    template = models.ForeignKey(
        WithdrawalTemplate, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    scenario = models.CharField(max_length=30, choices=Scenario)
    subject = models.CharField(max_length=300, blank=True)
    body = models.TextField(blank=True)
    recipient_name = models.CharField(max_length=200, blank=True)
    recipient_email = models.EmailField(blank=True)
    cc = models.TextField(blank=True)
    method = models.CharField(max_length=10, choices=Withdrawal.Method, default="email")
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-sent_at", "-pk"]
        indexes = [models.Index(fields=["application", "-sent_at"], name="sentmessage_app_when")]

    def __str__(self):
        return f"{self.get_scenario_display()} to {self.application}"
