import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TypeAlias
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import nh3
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import (
    BooleanField,
    Case,
    Exists,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Greatest
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.translation import gettext, ngettext, pgettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from applications import clock, labels, portals
from applications.compensation import (
    MINOR_PER_UNIT,
    PayPeriod,
    format_money,
    pay_text,
    rate_text,
)
from applications.contracts import ContractLaw
from applications.mailto import mailto_url, validate_no_link_syntax
from applications.portals import Portal


class Stage(models.TextChoices):
    """Where a hiring process stands, in pipeline order, then the closed outcomes."""

    INTERESTED = "interested", "Interested"
    APPLIED = "applied", "Applied"
    SCREENING = "screening", "Screening"
    INTERVIEWING = "interviewing", "Interviewing"
    OFFER = "offer", "Offer"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"
    OFFER_DECLINED = "offer_declined", "Offer declined"
    NO_RESPONSE = "no_response", "No response"

    @classmethod
    def live(cls):
        """Stages of a process that is still running (accepted counts as won, not live)."""
        return [cls.INTERESTED, cls.APPLIED, cls.SCREENING, cls.INTERVIEWING, cls.OFFER]

    @classmethod
    def closed(cls):
        return [cls.REJECTED, cls.WITHDRAWN, cls.OFFER_DECLINED, cls.NO_RESPONSE]

    @classmethod
    def pipeline_rank(cls, stage) -> int:
        """How far along the pipeline a stage is: 0 for interested, higher further on."""
        order = [*cls.live(), cls.ACCEPTED]
        return order.index(stage) if stage in order else -1

    @classmethod
    def path_to(cls, stage, *, start=None, furthest=None) -> list[str]:
        """The stages a process goes through to reach ``stage``, in pipeline order: from
        ``start`` (applied unless given) along the pipeline; a closed stage comes after
        ``furthest``, the furthest pipeline stage reached (``start`` unless given). The one
        place the order is written for the demo data and the benchmark seed."""
        pipeline = [*cls.live(), cls.ACCEPTED]
        first = pipeline.index(start or cls.APPLIED)
        if stage in pipeline:
            return pipeline[min(first, pipeline.index(stage)) : pipeline.index(stage) + 1]
        last = pipeline.index(furthest or start or cls.APPLIED)
        return [*pipeline[first : max(first, last) + 1], stage]

    @classmethod
    def rank_expression(cls, field="stage"):
        """``pipeline_rank`` computed in the database, for ordering."""
        return Case(
            *[When(**{field: stage}, then=Value(cls.pipeline_rank(stage))) for stage in cls],
            default=Value(-1),
            output_field=IntegerField(),
        )


class WorkMode(models.TextChoices):
    ON_SITE = "on_site", "On-site"
    HYBRID = "hybrid", "Hybrid"
    REMOTE = "remote", "Remote"


class Source(models.TextChoices):
    JOB_BOARD = "job_board", "Job board"
    COMPANY_SITE = "company_site", "Company site"
    REFERRAL = "referral", "Referral"
    AGENCY = "agency", "Recruitment agency"
    OTHER = "other", "Other"


class DealBreaker(models.TextChoices):
    """What the career guides list as reasons a role is not for you."""

    RELOCATION = "relocation", "Relocation"
    VALUES = "values", "Values"
    PAY = "pay", "Pay below the industry standard"
    OVER_QUALIFIED = "over_qualified", "Over-qualified for the role"
    HOURS = "hours", "Working hours"
    ACCOMMODATION = "accommodation", "Accommodation needs not met"
    CULTURE = "culture", "Culture"
    REPUTATION = "reputation", "The company's reputation or finances"
    DUTIES = "duties", "Duties other than advertised"
    ROLE_CHANGED = "role_changed", "The role changed"


class EmailLanguage(models.TextChoices):
    """The languages Bowout drafts emails in (every scenario, every tone): the employer's
    language, chosen per application. Not the language of Bowout's own pages."""

    ENGLISH = "en", "English"
    GERMAN = "de", "German (Deutsch)"
    FRENCH = "fr", "French (Français)"
    SPANISH = "es", "Spanish (Español)"


def email_language_for(user, posting_language: str = "") -> str:
    """The language a new application's emails start in: the language its job posting is
    written in (when it was captured and says so), else the user's own language (the
    profile's ``language``, the language of Bowout's pages), each only when Bowout drafts in
    it; else English. The one place this default is decided."""
    for language in (posting_language, getattr(user, "language", "") or ""):
        language = language.split("-")[0].lower()
        if language in EmailLanguage.values:
            return language
    return EmailLanguage.ENGLISH


class KeepReason(models.TextChoices):
    NEGOTIATING = "negotiating", "Negotiating"
    STILL_DECIDING = "still_deciding", "Still deciding"
    SEE_IT_THROUGH = "see_it_through", "See it through"


AGENCY_MISSING_MESSAGE = _("Name the recruitment agency that set this up.")


def posting_address(url: str) -> str:
    """A posting's address as Bowout keeps it: without the fragment and the tracking
    parameters (``utm_*``) that differ each time the same posting is shared."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.startswith("utm_")
        ]
    )
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path, query, ""))


class ApplicationQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(owner=user)

    def same_posting(self, *, url: str = "", company: str = "", position: str = ""):
        """Applications for the same posting: the same address (as ``posting_address`` keeps
        it, with or without a trailing slash), or the same company and title (letter case and
        surrounding spaces aside). The one rule every way in checks before adding."""
        match = Q(pk__in=[])
        if company.strip() and position.strip():
            match |= Q(company__iexact=company.strip(), position__iexact=position.strip())
        address = posting_address(url)
        if address:
            bare = address.rstrip("/")
            match |= Q(posting_url__in={address, bare, bare + "/"})
        return self.filter(match)

    def closing_soon(self, *, today: date):
        """Still only Interested, and the posting closes today or within ``clock.SOON`` (the
        user's own today, the boundary included): apply or let it go. Soonest first."""
        return (
            self.filter(
                stage=Stage.INTERESTED,
                posting__closing_date__gte=today,
                posting__closing_date__lte=today + clock.SOON,
            )
            .select_related("posting")
            .order_by("posting__closing_date", "pk")
        )

    def live(self):
        return self.filter(stage__in=Stage.live())

    def closed(self):
        return self.filter(stage__in=Stage.closed())

    def with_next_interview(self, *, now=None):
        """These applications, with ``next_interview_at`` current: call before sorting by it.

        The column is written with every interview write (``Interview.save`` and ``delete``,
        ``InterviewQuerySet`` bulk writes), but an interview that begins changes no row: the
        applications whose stored interview has begun are brought up to date here first. That
        is one UPDATE over the index on (owner, next_interview_at), of no rows most of the time.
        """
        now = now or timezone.now()
        self.filter(next_interview_at__lt=now).refresh_next_interview(now=now)
        return self

    def most_urgent_first(self):
        """Soonest upcoming interview first, then latest activity; after with_next_interview."""
        return self.order_by(
            F("next_interview_at").asc(nulls_last=True), "-last_activity_at", "-pk"
        )

    def refresh_next_interview(self, *, now=None) -> int:
        """Store each application's soonest upcoming interview in ``next_interview_at``."""
        upcoming = Interview.objects.upcoming(now=now).filter(application=OuterRef("pk"))
        return self.update(next_interview_at=Subquery(upcoming.values("scheduled_at")[:1]))

    def with_stage_rank(self):
        return self.annotate(stage_rank=Stage.rank_expression())

    def with_final_round_booked(self):
        """Annotate ``final_round_booked``: an upcoming interview is marked as the final round."""
        return self.annotate(
            final_round_booked=Exists(
                Interview.objects.upcoming().filter(application=OuterRef("pk"), is_final_round=True)
            )
        )

    def _holding_offer_elsewhere(self):
        return Exists(
            Offer.objects.holding()
            .filter(application__owner=OuterRef("owner"))
            .exclude(application=OuterRef("pk"))
        )

    def withdrawal_candidates(self, *, today: date):
        """Live applications to consider leaving, most urgent first. The one place this rule lives.

        An application is a candidate while its owner holds an offer that is in writing and not
        declined on another application, unless the user chose to keep it in play (until the
        start date of an offer they accepted, on the user's ``today``: then it is back, for
        polite regrets) or never
        applied (there is no one to tell: see ``not_applied_to_close``). Urgency: the nearest
        scheduled interview first; then further-along stages (the employer has invested more);
        then the oldest activity.
        """
        return (
            self.withdrawal_candidates_unordered(today=today)
            .with_next_interview()
            .with_stage_rank()
            .with_final_round_booked()
            .order_by(
                F("next_interview_at").asc(nulls_last=True),
                F("stage_rank").desc(),
                F("last_activity_at").asc(),
                "pk",
            )
        )

    def withdrawal_candidates_unordered(self, *, today: date):
        """The same processes as ``withdrawal_candidates``, in no order: to count them or to
        test membership. Only their order needs the stored next interviews brought up to date,
        so this saves that UPDATE (the dashboard's banner and Today read them so)."""
        return (
            self.live()
            .exclude(stage=Stage.INTERESTED)
            .filter(self._holding_offer_elsewhere())
            .filter(Q(kept_in_play_at__isnull=True) | self._started_elsewhere(today=today))
        )

    def _started_elsewhere(self, *, today: date):
        return Exists(
            Offer.objects.started(today=today)
            .filter(application__owner=OuterRef("owner"))
            .exclude(application=OuterRef("pk"))
        )

    def not_applied_to_close(self):
        """Processes never applied to, once an offer holds elsewhere: close them, no email."""
        return self.filter(stage=Stage.INTERESTED, kept_in_play_at__isnull=True).filter(
            self._holding_offer_elsewhere()
        )

    def kept_in_play(self, *, today: date):
        """Kept despite an offer elsewhere, until the start date of an accepted one."""
        return (
            self.live()
            .filter(kept_in_play_at__isnull=False)
            .exclude(self._started_elsewhere(today=today))
        )

    def search(self, text):
        text = text.strip()
        if not text:
            return self
        return self.filter(Q(company__icontains=text) | Q(position__icontains=text))

    def awaiting_reply(self, *, now: datetime):
        """Applied and waiting on the employer: past "interested", before an offer, with no
        interview still to come. ``quiet_since`` is the later of the last activity on the
        process and the last interview held (an interview that took place is news, even if the
        user has not marked it done).
        """
        upcoming = Interview.objects.upcoming(now=now).filter(application=OuterRef("pk"))
        return (
            self.filter(stage__in=[Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING])
            .exclude(Exists(upcoming))
            .with_quiet_since(now=now)
        )

    def with_quiet_since(self, *, now: datetime):
        """Annotate ``quiet_since``: the later of the last activity and the last interview
        held. The one field the idle rule (``clock.QUIET_AFTER``) counts from."""
        held = Interview.objects.filter(application=OuterRef("pk"), scheduled_at__lt=now).exclude(
            status=Interview.Status.CANCELLED
        )
        return self.annotate(
            # PostgreSQL's GREATEST skips NULL: no interview held leaves the last activity.
            quiet_since=Greatest(
                "last_activity_at",
                Subquery(held.order_by("-scheduled_at").values("scheduled_at")[:1]),
            )
        )

    def follow_up_due(self, *, days: int, now: datetime):
        """No reply ``days`` after applying or after an interview: time for a polite check-in.
        Quieter than ``clock.QUIET_AFTER``, the process is ``gone_quiet`` instead. Oldest first.
        """
        return (
            self.awaiting_reply(now=now)
            .filter(
                quiet_since__lte=now - timedelta(days=days),
                quiet_since__gt=now - clock.QUIET_AFTER,
            )
            .order_by("quiet_since", "pk")
        )

    def gone_quiet(self, *, now: datetime):
        """No news for ``clock.QUIET_AFTER``: resolve as "no response" or withdraw. Oldest first."""
        return (
            self.awaiting_reply(now=now)
            .filter(quiet_since__lte=now - clock.QUIET_AFTER)
            .order_by("quiet_since", "pk")
        )

    def offer_deadline_soon(self, *, today: date):
        """Undecided offers whose deadline to respond is today or within
        ``clock.OFFER_DEADLINE_SOON`` (the user's own today), soonest first."""
        return (
            self.filter(
                stage=Stage.OFFER,
                offer__decision=Offer.Decision.PENDING,
                offer__respond_by__gte=today,
                offer__respond_by__lte=today + clock.OFFER_DEADLINE_SOON,
            )
            .select_related("offer")
            .order_by("offer__respond_by", "pk")
        )


class Application(models.Model):
    """One hiring process: a position at a company, and where it stands."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="applications"
    )
    company = models.CharField(max_length=200)
    position = models.CharField("position title", max_length=200)
    posting_url = models.URLField("job posting URL", max_length=500, blank=True)
    location = models.CharField(max_length=200, blank=True)
    work_mode = models.CharField(max_length=20, choices=WorkMode, blank=True)
    source = models.CharField(max_length=20, choices=Source, default=Source.JOB_BOARD)
    agency_name = models.CharField(
        max_length=200, blank=True, help_text="The recruitment agency that set this up, if any."
    )
    pay_range = models.CharField(
        "advertised pay range", max_length=100, blank=True, help_text="e.g. “£55,000–£65,000”"
    )
    interest = models.PositiveSmallIntegerField(
        "interest level",
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text="1 (low) to 5 (dream job).",
    )
    date_applied = models.DateField(null=True, blank=True)
    stage = models.CharField(max_length=20, choices=Stage, default=Stage.APPLIED)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Touched by every change to the process (stage, contacts, interviews), for sorting.
    last_activity_at = models.DateTimeField(default=timezone.now)
    # "Keep in play": the user keeps this process despite an offer elsewhere, until they undo
    # it or a new offer arrives.
    kept_in_play_reason = models.CharField(max_length=20, choices=KeepReason, blank=True)
    kept_in_play_note = models.CharField(max_length=200, blank=True)
    kept_in_play_at = models.DateTimeField(null=True, blank=True)
    # What the user found that rules the role out (DealBreaker values, validated by the form);
    # suggests how to leave it.
    deal_breakers = models.JSONField(default=list, blank=True)
    # The employer's language: every email to this process is drafted in it (switchable on
    # the draft page). New applications start in the user's (``email_language_for``).
    language = models.CharField(
        "language of your emails",
        max_length=2,
        choices=EmailLanguage,
        default=EmailLanguage.ENGLISH,
        help_text="Bowout drafts your emails to this employer in this language.",
    )
    # The soonest upcoming interview, stored so that pages sort by it through an index instead
    # of a subquery per application. Written with every interview write; see with_next_interview.
    next_interview_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-last_activity_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(interest__gte=1, interest__lte=5),
                name="applications_interest_1_to_5",
            ),
            models.CheckConstraint(
                condition=Q(stage__in=Stage.values), name="applications_stage_valid"
            ),
            models.CheckConstraint(
                condition=Q(language__in=EmailLanguage.values),
                name="applications_language_valid",
            ),
            models.CheckConstraint(
                condition=~Q(source=Source.AGENCY) | ~Q(agency_name=""),
                name="applications_agency_named",
            ),
            models.CheckConstraint(
                condition=Q(kept_in_play_at__isnull=True) | ~Q(kept_in_play_reason=""),
                name="applications_kept_in_play_has_reason",
            ),
        ]
        indexes = [
            models.Index(fields=["owner", "stage"], name="applications_owner_stage"),
            models.Index(fields=["owner", "-last_activity_at"], name="applications_owner_activity"),
            # The list by date applied (newest first, none last, as it sorts) and by interest:
            # an index scan that stops after a page, instead of sorting every application.
            models.Index(
                F("owner"),
                F("date_applied").desc(nulls_last=True),
                F("id").desc(),
                name="applications_owner_applied_nl",
            ),
            models.Index(
                fields=["owner", "-interest", "-last_activity_at", "-id"],
                name="applications_owner_interest",
            ),
            # "Most urgent first" (the list sorted by next interview, the dashboard, the
            # candidates), and the same within one stage (a board column): an index scan that
            # stops after a page. PostgreSQL puts NULLs last in an ascending index, as we sort.
            models.Index(
                fields=["owner", "next_interview_at", "-last_activity_at", "-id"],
                name="applications_owner_next",
            ),
            models.Index(
                fields=["owner", "stage", "next_interview_at", "-last_activity_at", "-id"],
                name="applications_owner_stage_next",
            ),
        ]

    def __str__(self):
        # In the reader's language, like every text a page shows ("Engineer bei Acme").
        return gettext("%(position)s at %(company)s") % {
            "position": self.position,
            "company": self.company,
        }

    def get_absolute_url(self):
        return reverse("applications:detail", args=[self.pk])

    def clean(self):
        if self.agency_missing(source=self.source, agency_name=self.agency_name):
            raise ValidationError({"agency_name": AGENCY_MISSING_MESSAGE})

    @staticmethod
    def agency_missing(*, source: str, agency_name: str) -> bool:
        """An agency as the source must be named (the form, the import and the constraint
        ``applications_agency_named`` say the same)."""
        return source == Source.AGENCY and not agency_name.strip()

    @property
    def is_live(self) -> bool:
        return self.stage in Stage.live()

    @property
    def portal(self) -> str:
        """The portal the posting is on: as stored with a captured posting, else read from
        the posting URL the user typed (``portals.detect``)."""
        snapshot = getattr(self, "posting", None) if self.pk else None
        if snapshot is not None:
            return snapshot.portal
        return portals.detect(self.posting_url)

    @property
    def deal_breaker_labels(self) -> list[str]:
        return [
            DealBreaker(value).label for value in self.deal_breakers if value in DealBreaker.values
        ]

    @property
    def main_contact(self):
        """The main point of contact, using prefetched contacts when they are there."""
        for contact in self.contacts.all():
            if contact.is_main:
                return contact
        return None


class StageChange(models.Model):
    """One entry of an application's stage history. Written by services, never edited."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="stage_changes"
    )
    from_stage = models.CharField(max_length=20, choices=Stage, blank=True)
    to_stage = models.CharField(max_length=20, choices=Stage)
    changed_at = models.DateTimeField(default=timezone.now)
    note = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]
        indexes = [
            models.Index(fields=["application", "-changed_at"], name="stagechange_app_when"),
            models.Index(fields=["-changed_at"], name="stagechange_when"),
        ]

    def __str__(self):
        to_stage = gettext(self.get_to_stage_display())
        if self.from_stage:
            return f"{gettext(self.get_from_stage_display())} → {to_stage}"
        return gettext("Started at %(stage)s") % {"stage": to_stage}

    @property
    def shown_note(self) -> str:
        """The note in the reader's language when Bowout wrote it (stored in English), else as
        the user wrote it."""
        return gettext(self.note) if self.note in labels.NOTES_BOWOUT_WRITES else self.note


class Contact(models.Model):
    class Role(models.TextChoices):
        AGENCY_RECRUITER = "agency_recruiter", "Agency recruiter"
        IN_HOUSE_RECRUITER = "in_house_recruiter", "In-house recruiter"
        HIRING_MANAGER = "hiring_manager", "Hiring manager"
        HR = "hr", "HR"
        INTERVIEWER = "interviewer", "Interviewer"
        ASSISTANT = "assistant", "Assistant"
        OTHER = "other", "Other"

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(max_length=200)
    role = models.CharField(max_length=30, choices=Role, default=Role.IN_HOUSE_RECRUITER)
    email = models.EmailField(blank=True, validators=[validate_no_link_syntax])
    phone = models.CharField(max_length=50, blank=True)
    notes = models.TextField(blank=True)
    is_main = models.BooleanField(
        "main contact", default=False, help_text="The person you write to about this process."
    )

    class Meta:
        ordering = ["-is_main", "name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["application"],
                condition=Q(is_main=True),
                name="applications_one_main_contact",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({gettext(self.get_role_display())})"

    @property
    def first_name(self) -> str:
        parts = self.name.split()
        return parts[0] if parts else ""

    @property
    def mailto_url(self) -> str:
        return mailto_url(to=self.email)


DEFAULT_INTERVIEW_MINUTES = 60


class InterviewQuerySet(models.QuerySet["Interview"]):
    @staticmethod
    def _upcoming(now=None) -> Q:
        # The one place "upcoming" is written: still scheduled, and not begun yet.
        return Q(status=Interview.Status.SCHEDULED, scheduled_at__gte=now or timezone.now())

    def upcoming(self, *, now=None):
        """Interviews still to come, soonest first."""
        return self.filter(self._upcoming(now)).order_by("scheduled_at", "pk")

    def with_is_upcoming(self, *, now=None):
        """Annotate ``is_upcoming`` on each interview, for pages that list past ones too."""
        return self.annotate(
            is_upcoming=ExpressionWrapper(self._upcoming(now), output_field=BooleanField())
        )

    # Bulk writes keep Application.next_interview_at, as Interview.save and delete do.

    def update(self, **kwargs):
        application_ids = set(self.values_list("application_id", flat=True))
        rows = super().update(**kwargs)
        Application.objects.filter(pk__in=application_ids).refresh_next_interview()
        return rows

    update.alters_data = True  # type: ignore[attr-defined]

    def delete(self):
        application_ids = set(self.values_list("application_id", flat=True))
        deleted = super().delete()
        Application.objects.filter(pk__in=application_ids).refresh_next_interview()
        return deleted

    delete.alters_data = True  # type: ignore[attr-defined]

    def bulk_create(self, objs, *args, **kwargs):
        created = super().bulk_create(objs, *args, **kwargs)
        application_ids = {interview.application_id for interview in created}
        Application.objects.filter(pk__in=application_ids).refresh_next_interview()
        return created


# An interview's kind as it reads inside "Round 2 video interview" (lower case in English).
KIND_IN_A_SENTENCE = {
    "phone": pgettext_lazy("an interview's kind, in 'Round 2 … interview'", "phone"),
    "video": pgettext_lazy("an interview's kind, in 'Round 2 … interview'", "video"),
    "on_site": pgettext_lazy("an interview's kind, in 'Round 2 … interview'", "on-site"),
    "assessment": pgettext_lazy("an interview's kind, in 'Round 2 … interview'", "assessment"),
}


class Interview(models.Model):
    class Kind(models.TextChoices):
        PHONE = "phone", "Phone"
        VIDEO = "video", "Video"
        ON_SITE = "on_site", "On-site"
        ASSESSMENT = "assessment", "Assessment"

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        DONE = "done", "Done"
        CANCELLED = "cancelled", "Cancelled"

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="interviews"
    )
    scheduled_at = models.DateTimeField("date and time")
    kind = models.CharField(max_length=20, choices=Kind, default=Kind.VIDEO)
    round_number = models.PositiveSmallIntegerField(
        "round", default=1, validators=[MinValueValidator(1), MaxValueValidator(20)]
    )
    with_whom = models.CharField("interviewer(s)", max_length=200, blank=True)
    location = models.CharField(
        "where or link", max_length=500, blank=True, help_text="An address or a video link."
    )
    duration_minutes = models.PositiveSmallIntegerField(
        "length (minutes)",
        default=DEFAULT_INTERVIEW_MINUTES,
        validators=[MinValueValidator(5), MaxValueValidator(12 * 60)],
    )
    status = models.CharField(max_length=20, choices=Status, default=Status.SCHEDULED)
    is_final_round = models.BooleanField("final round", default=False)
    notes = models.TextField(blank=True)
    # The recruiter's invitation this interview came from (its UID) and the revision of it
    # last read (its SEQUENCE): an invitation with the same UID and a higher SEQUENCE moves
    # this interview, a cancellation cancels it, instead of adding another.
    invitation_uid = models.CharField(max_length=255, blank=True, default="", editable=False)
    invitation_sequence = models.PositiveIntegerField(default=0, editable=False)

    objects = InterviewQuerySet.as_manager()

    class Meta:
        ordering = ["scheduled_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(round_number__gte=1), name="applications_interview_round_positive"
            ),
            models.UniqueConstraint(
                fields=["application", "invitation_uid"],
                condition=~Q(invitation_uid=""),
                name="applications_one_interview_per_invitation",
            ),
        ]
        indexes = [
            models.Index(
                fields=["application", "status", "scheduled_at"], name="interview_app_upcoming"
            ),
            models.Index(fields=["status", "scheduled_at"], name="interview_status_when"),
            # The last interview held (``with_quiet_since``: Today, the candidates, the quiet
            # page): one step down this index per application instead of a sort of its rows.
            models.Index(
                fields=["application", "-scheduled_at"],
                condition=~Q(status="cancelled"),
                name="interview_app_held",
            ),
            # ``with_final_round_booked``: PostgreSQL reads every upcoming final round into a
            # hash for the candidates page; this keeps that read to the final rounds alone.
            models.Index(
                fields=["scheduled_at", "application"],
                condition=Q(status="scheduled", is_final_round=True),
                name="interview_final_upcoming",
            ),
        ]

    def __str__(self):
        return gettext("Round %(round)s %(kind)s interview") % {
            "round": self.round_number,
            "kind": KIND_IN_A_SENTENCE.get(self.kind, self.kind),
        }

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        Application.objects.filter(pk=self.application_id).refresh_next_interview()

    def delete(self, *args, **kwargs):
        deleted = super().delete(*args, **kwargs)
        Application.objects.filter(pk=self.application_id).refresh_next_interview()
        return deleted

    def clean(self):
        application = getattr(self, "application", None)
        if (
            application is not None
            and self.scheduled_at
            and application.date_applied
            and timezone.localdate(self.scheduled_at) < application.date_applied
        ):
            raise ValidationError(
                {
                    "scheduled_at": gettext("This is before you applied (%(day)s). Check the date.")
                    % {
                        "day": dateformat.format(
                            application.date_applied, pgettext("date format", "j M Y")
                        )
                    }
                }
            )

    @property
    def ends_at(self):
        return self.scheduled_at + timedelta(minutes=self.duration_minutes)


# The most standing offers one read considers: far more than anyone holds at once.
OFFERS_CONSIDERED = 20


class OfferKind(models.IntegerChoices):
    """How firm a standing offer is, the most telling first (see ``OfferQuerySet.classified``)."""

    ACCEPTED = 0, "accepted in writing"
    PENDING = 1, "pending in writing"
    NOT_IN_WRITING = 2, "not in writing"


@dataclass(frozen=True)
class OfferTruth:
    """The user's standing offers as seen from one application (``OfferQuerySet.truth``).

    ``own`` is that application's own offer; ``elsewhere`` the offers on every other process,
    the most telling kind first. Only an offer in writing is something to act on or to mention.
    """

    own: "Offer | None" = None
    elsewhere: list["Offer"] = field(default_factory=list)

    def _of(self, kind: int) -> list["Offer"]:
        return [offer for offer in self.elsewhere if offer.kind == kind]

    @property
    def accepted(self) -> list["Offer"]:
        """Accepted in writing elsewhere: the only ground for "I have accepted another offer"."""
        return self._of(OfferKind.ACCEPTED)

    @property
    def pending(self) -> list["Offer"]:
        """In writing elsewhere and still to be decided."""
        return self._of(OfferKind.PENDING)

    @property
    def not_in_writing(self) -> list["Offer"]:
        return self._of(OfferKind.NOT_IN_WRITING)

    @property
    def in_writing(self) -> list["Offer"]:
        """Every offer in writing elsewhere, accepted ones first."""
        return [offer for offer in self.elsewhere if offer.kind != OfferKind.NOT_IN_WRITING]

    @property
    def own_pending(self) -> bool:
        """This application made an offer in writing the user has not answered yet."""
        return self.own is not None and self.own.kind == OfferKind.PENDING

    @property
    def any_in_writing(self) -> bool:
        """An offer in writing anywhere, this application's own included."""
        own_written = self.own is not None and self.own.kind != OfferKind.NOT_IN_WRITING
        return own_written or bool(self.in_writing)

    @property
    def only_offer_is_own(self) -> bool:
        """The only offer the user holds is this application's: no other opportunity is known."""
        return self.own is not None and not self.elsewhere

    def seen_from(self, application: "Application") -> "OfferTruth":
        """The same offers seen from another application: no second read."""
        everything = sorted(
            [*([self.own] if self.own else []), *self.elsewhere],
            key=lambda offer: (offer.kind, -offer.received_on.toordinal(), -offer.pk),
        )
        own = next((o for o in everything if o.application_id == application.pk), None)
        return OfferTruth(own=own, elsewhere=[o for o in everything if o is not own])

    @property
    def offer_deadline(self) -> date | None:
        """The deadline to answer: this application's own pending offer's, else the soonest
        pending one elsewhere."""
        if self.own_pending and self.own is not None and self.own.respond_by:
            return self.own.respond_by
        return min((o.respond_by for o in self.pending if o.respond_by), default=None)


class OfferQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(application__owner=user)

    def standing(self):
        """Offers still in play: not declined, on a process at the offer or accepted stage.

        An offer on a process since closed (the offer was pulled, the user withdrew) stands for
        nothing. The one place this rule lives.
        """
        return self.filter(application__stage__in=[Stage.OFFER, Stage.ACCEPTED]).exclude(
            decision=Offer.Decision.DECLINED
        )

    def holding(self):
        """Standing offers in writing: firm enough to start leaving the other processes."""
        return self.standing().filter(in_writing=True)

    def started(self, *, today: date):
        """Accepted in writing, and the start date has come on the user's ``today``
        (``clock.today_for``; the server's date is UTC): the new job has begun."""
        return self.holding().filter(decision=Offer.Decision.ACCEPTED, start_date__lte=today)

    def classified(self):
        """Standing offers, each with its ``kind`` (``OfferKind``): the one place offers are
        classified. The most telling kind first, then the newest."""
        kind = Case(
            When(in_writing=False, then=Value(OfferKind.NOT_IN_WRITING)),
            When(decision=Offer.Decision.ACCEPTED, then=Value(OfferKind.ACCEPTED)),
            default=Value(OfferKind.PENDING),
            output_field=IntegerField(),
        )
        return self.standing().annotate(kind=kind).order_by("kind", "-received_on", "-pk")

    def truth(self, *, about: "Application | None" = None) -> "OfferTruth":
        """What may truthfully be said about these offers, seen from the application ``about``
        (or from none of them: every offer is then "elsewhere"). One query.

        Every caller reads the user's offers through here: the candidates page, the choose and
        draft pages, the scenarios offered and suggested, the placeholders of every email. A
        user holds a handful of offers; the read is bounded all the same, ``about``'s own first.
        """
        offers = self.classified().select_related("application")
        if about is not None:
            own_first = Case(When(application=about, then=Value(0)), default=Value(1))
            offers = offers.order_by(own_first, "kind", "-received_on", "-pk")
        rows = list(offers[:OFFERS_CONSIDERED])
        own = next((o for o in rows if about is not None and o.application_id == about.pk), None)
        return OfferTruth(own=own, elsewhere=[o for o in rows if o is not own])


class EquityKind(models.TextChoices):
    OPTIONS = "options", "Share options"
    RSU = "rsu", "Restricted stock units (RSUs)"
    SHARES = "shares", "Shares"
    OTHER = "other", "Other equity"


# What the user rates an offer on beyond what its letter says, 1 (poor) to 5 (great).
RATED_CRITERIA = {"growth": _("Growth"), "commute": _("Commute"), "team": _("Team")}

# The terms a revision keeps, a comparison shows and the offer form asks for: everything the
# offer letter says.
OFFER_TERM_FIELDS = (
    "in_writing",
    "base_pay_minor",
    "currency",
    "period",
    "hours_per_week",
    "days_per_week",
    "weeks_per_year",
    "bonus_percent",
    "bonus_minor",
    "equity_kind",
    "equity_minor",
    "vesting_months",
    "cliff_months",
    "sign_on_minor",
    "benefits",
    "leave_days",
    "work_mode",
    "location",
    "start_date",
    "probation",
    "notice_period",
    "respond_by",
)


class Offer(models.Model):
    """An offer on an application. Only one in writing lets the user pull out elsewhere."""

    # What the base pay is counted per: compensation's, which adds the money up and writes it.
    Period: TypeAlias = PayPeriod  # noqa: UP040 - the class itself at run time (Period.YEAR)

    class Decision(models.TextChoices):
        PENDING = "pending", "Pending"
        ACCEPTED = "accepted", "Accepted"
        DECLINED = "declined", "Declined"

    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="offer")
    received_on = models.DateField("date received", default=timezone.localdate)
    in_writing = models.BooleanField(
        "in writing",
        default=False,
        help_text="A written offer (email or letter), not just a phone call.",
    )
    base_pay_minor = models.BigIntegerField("base pay", null=True, blank=True)
    currency = models.CharField(max_length=3, default="GBP", help_text="e.g. GBP, EUR, USD")
    period = models.CharField(max_length=10, choices=Period, default=Period.YEAR)
    # Hourly and daily pay become a year with the hours and days the user states: Bowout never
    # guesses a working week.
    hours_per_week = models.DecimalField(
        "hours a week", max_digits=4, decimal_places=1, null=True, blank=True
    )
    days_per_week = models.DecimalField(
        "days a week", max_digits=2, decimal_places=1, null=True, blank=True
    )
    weeks_per_year = models.PositiveSmallIntegerField(
        "paid weeks a year",
        default=52,
        validators=[MinValueValidator(1), MaxValueValidator(52)],
    )
    bonus_percent = models.DecimalField(
        "target bonus (% of base pay)", max_digits=5, decimal_places=2, null=True, blank=True
    )
    bonus_minor = models.BigIntegerField("target bonus (amount a year)", null=True, blank=True)
    equity_kind = models.CharField("equity", max_length=10, choices=EquityKind, blank=True)
    equity_minor = models.BigIntegerField("equity grant value", null=True, blank=True)
    vesting_months = models.PositiveSmallIntegerField(
        "vesting over (months)", null=True, blank=True, validators=[MaxValueValidator(240)]
    )
    cliff_months = models.PositiveSmallIntegerField(
        "cliff (months)", null=True, blank=True, validators=[MaxValueValidator(240)]
    )
    sign_on_minor = models.BigIntegerField("sign-on bonus", null=True, blank=True)
    benefits = models.TextField("benefits", blank=True)
    leave_days = models.PositiveSmallIntegerField(
        "paid leave (days a year)", null=True, blank=True, validators=[MaxValueValidator(366)]
    )
    work_mode = models.CharField(max_length=20, choices=WorkMode, blank=True)
    location = models.CharField(max_length=200, blank=True)
    probation = models.CharField(max_length=100, blank=True)
    notice_period = models.CharField(max_length=100, blank=True)
    details = models.TextField("your notes", blank=True)
    # What the user weighs beyond money, 1 (poor) to 5 (great), keyed by RATED_CRITERIA.
    ratings = models.JSONField(default=dict, blank=True)
    respond_by = models.DateField("deadline to respond", null=True, blank=True)
    # An accepted offer can still fall through until the first day: processes kept in play
    # "to see it through" come back as withdrawal candidates on this date.
    start_date = models.DateField("start date", null=True, blank=True)
    decision = models.CharField(max_length=10, choices=Decision, default=Decision.PENDING)
    decided_on = models.DateField("decision date", null=True, blank=True)
    # A signed contract binds: ending it follows the law it is under (applications.contracts).
    contract_signed = models.BooleanField(
        _("I have signed the contract"),
        default=False,
        help_text=_("Ending a signed contract follows the law it is under."),
    )
    contract_law = models.CharField(
        _("the contract is under the law of"),
        max_length=5,
        choices=ContractLaw,
        blank=True,
    )
    # The comparison as it stood when the user accepted: what they chose, and over what.
    comparison_when_accepted = models.JSONField(default=dict, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OfferQuerySet.as_manager()
    # How firm the offer is (``OfferKind``): set on the rows ``OfferQuerySet.classified`` reads.
    kind: int

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(base_pay_minor__isnull=True) | Q(base_pay_minor__gte=0),
                name="applications_offer_amount_not_negative",
            ),
            models.CheckConstraint(
                condition=(Q(bonus_minor__isnull=True) | Q(bonus_minor__gte=0))
                & (Q(sign_on_minor__isnull=True) | Q(sign_on_minor__gte=0))
                & (Q(equity_minor__isnull=True) | Q(equity_minor__gte=0))
                & (Q(bonus_percent__isnull=True) | Q(bonus_percent__gte=0)),
                name="applications_offer_money_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(bonus_percent__isnull=True) | Q(bonus_minor__isnull=True),
                name="applications_offer_one_kind_of_bonus",
            ),
            models.CheckConstraint(
                condition=Q(respond_by__isnull=True) | Q(respond_by__gte=F("received_on")),
                name="applications_offer_deadline_after_receipt",
            ),
            models.CheckConstraint(
                condition=Q(decision="pending") | Q(decided_on__isnull=False),
                name="applications_offer_decision_dated",
            ),
        ]
        indexes = [
            models.Index(fields=["in_writing", "decision"], name="offer_writing_decision"),
        ]

    def __str__(self):
        return f"Offer for {self.application}"

    def get_absolute_url(self):
        return self.application.get_absolute_url()

    @property
    def days_to_deadline(self) -> int | None:
        if self.respond_by is None or self.decision != self.Decision.PENDING:
            return None
        return (self.respond_by - timezone.localdate()).days

    @property
    def deadline_text(self) -> str:
        """How long is left to answer, in words; empty once decided or without a deadline."""
        days = self.days_to_deadline
        if days is None:
            return ""
        if days < 0:
            return ngettext(
                "deadline passed %(days)s day ago", "deadline passed %(days)s days ago", -days
            ) % {"days": -days}
        if days == 0:
            return gettext("respond today")
        return ngettext("%(days)s day left to respond", "%(days)s days left to respond", days) % {
            "days": days
        }

    @property
    def compensation_display(self) -> str:
        """The base pay in the page's language ("GBP 65,000 per year"); empty without one."""
        return pay_text(self)

    @property
    def equity_display(self) -> str:
        return format_money(self.equity_minor, self.currency) if self.equity_minor else ""

    def terms(self) -> dict:
        """The terms as plain values (dates as ISO text), as a revision keeps them."""
        values = {}
        for name in OFFER_TERM_FIELDS:
            value = getattr(self, name)
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, Decimal):
                # As stored ("10.00", not "10"), so unchanged terms compare equal.
                places = Offer._meta.get_field(name).decimal_places  # type: ignore[union-attr]
                value = str(value.quantize(Decimal(1).scaleb(-places)))
            values[name] = value
        return values


class OfferRevision(models.Model):
    """Terms an offer had before the user changed them (after negotiating, say): its history."""

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="revisions")
    terms = models.JSONField()
    replaced_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-replaced_at", "-pk"]

    def __str__(self):
        return f"Earlier terms of {self.offer}"

    def as_offer(self) -> Offer:
        """An unsaved offer with these terms, to show and total them like the current ones."""
        offer = Offer()
        for name in OFFER_TERM_FIELDS:
            if name not in self.terms:
                continue  # a term added after this revision was kept
            value = self.terms[name]
            internal = Offer._meta.get_field(name).get_internal_type()
            if value is not None and internal == "DateField":
                value = date.fromisoformat(value)
            elif value is not None and internal == "DecimalField":
                value = Decimal(value)
            setattr(offer, name, value)
        return offer


class ExchangeRate(models.Model):
    """A rate the user looked up (Bowout has no network): one unit of ``currency`` is worth
    ``rate`` units of ``into``, as on ``as_of``."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="exchange_rates"
    )
    currency = models.CharField(max_length=3)
    into = models.CharField(max_length=3)
    rate = models.DecimalField(max_digits=18, decimal_places=8)
    as_of = models.DateField("rate date", default=timezone.localdate)

    class Meta:
        ordering = ["currency", "into"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "currency", "into"], name="applications_one_rate_per_pair"
            ),
            models.CheckConstraint(condition=Q(rate__gt=0), name="applications_rate_positive"),
            models.CheckConstraint(
                condition=~Q(currency=F("into")), name="applications_rate_two_currencies"
            ),
        ]

    def __str__(self):
        return rate_text(self.currency, self.into, self.rate, self.as_of)


class ImportFile(models.Model):
    """A CSV file uploaded for import, kept while the user maps its columns and checks the
    preview; deleted once imported (or replaced by the user's next upload)."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="import_files"
    )
    name = models.CharField(max_length=255)
    content = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.name


class ShareLinkQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(owner=user)

    def open_at(self, now: datetime):
        """Links a coach may open at ``now``: not revoked, and not expired (the expiry instant
        itself included). The one place this rule lives."""
        return self.filter(revoked_at__isnull=True, expires_at__gte=now)


# What a share link may include beyond the search itself: the private texts and the contacts'
# details, each ticked by the user (field name, what the user reads).
SHARE_EXTRAS = {
    "include_notes": "Your notes (on applications, contacts, interviews and stage changes)",
    "include_drafts": "Drafts of emails",
    "include_sent": "Sent emails",
    "include_reflections": "What you noted after withdrawing (reflections)",
    "include_offer_terms": "Offer terms (pay, benefits and the rest of the letter)",
    "include_contact_details": "Contacts' email addresses and phone numbers",
}


class ShareLink(models.Model):
    """A read-only view of the user's search for a coach, opened without an account.

    Only the SHA-256 of the token is stored: the link itself is shown once, when made. Each
    link says which private texts it includes; nothing private is on it unless ticked.
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="share_links"
    )
    name = models.CharField(max_length=100, help_text="Who it is for, e.g. “Sam, my coach”.")
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_opened_at = models.DateTimeField(null=True, blank=True)
    open_count = models.PositiveIntegerField(default=0)
    include_notes = models.BooleanField(SHARE_EXTRAS["include_notes"], default=False)
    include_drafts = models.BooleanField(SHARE_EXTRAS["include_drafts"], default=False)
    include_sent = models.BooleanField(SHARE_EXTRAS["include_sent"], default=False)
    include_reflections = models.BooleanField(SHARE_EXTRAS["include_reflections"], default=False)
    include_offer_terms = models.BooleanField(SHARE_EXTRAS["include_offer_terms"], default=False)
    include_contact_details = models.BooleanField(
        SHARE_EXTRAS["include_contact_details"], default=False
    )

    objects = ShareLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_at__gt=F("created_at")),
                name="applications_share_link_expires_after_creation",
            ),
        ]

    def __str__(self):
        return f"Share link “{self.name}”"

    def is_open(self, now: datetime) -> bool:
        return self.revoked_at is None and now <= self.expires_at

    @property
    def extras(self) -> list[str]:
        """What the user ticked, in their words."""
        return [label for name, label in SHARE_EXTRAS.items() if getattr(self, name)]


class SalaryUnit(models.TextChoices):
    """The period a posted salary is for, as schema.org's ``unitText`` names it."""

    HOUR = "HOUR", "an hour"
    DAY = "DAY", "a day"
    WEEK = "WEEK", "a week"
    MONTH = "MONTH", "a month"
    YEAR = "YEAR", "a year"


# A posted salary's period after its amount ("EUR 60,000 a year", "60.000 EUR pro Jahr").
SALARY_PERIODS = {
    SalaryUnit.HOUR: pgettext_lazy("a salary's period, after its amount", "an hour"),
    SalaryUnit.DAY: pgettext_lazy("a salary's period, after its amount", "a day"),
    SalaryUnit.WEEK: pgettext_lazy("a salary's period, after its amount", "a week"),
    SalaryUnit.MONTH: pgettext_lazy("a salary's period, after its amount", "a month"),
    SalaryUnit.YEAR: pgettext_lazy("a salary's period, after its amount", "a year"),
}


# The markup a kept description may use: the structure of a posting, nothing that loads,
# runs or styles anything (an image would tell the site that the user read it again).
DESCRIPTION_TAGS = {
    "p", "br", "ul", "ol", "li", "strong", "b", "em", "i", "u",
    "h2", "h3", "h4", "h5", "h6", "blockquote", "dl", "dt", "dd", "a",
}  # fmt: skip
DESCRIPTION_MAX_CHARS = 100_000


def is_html(text: str) -> bool:
    """Markup rather than plain text: something that opens or closes a tag."""
    return re.search(r"<[a-zA-Z/!]", text) is not None


def sanitise_description(text: str) -> str:
    """A posting's description as it is kept: HTML reduced by nh3 (a maintained sanitiser) to
    ``DESCRIPTION_TAGS``, links opened without telling the site where from; plain text stays
    plain text (escaped when shown)."""
    text = text[:DESCRIPTION_MAX_CHARS]
    if not is_html(text):
        return text.strip()
    return nh3.clean(
        text,
        tags=DESCRIPTION_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    ).strip()


class PostingSnapshot(models.Model):
    """The job posting as it was when the user saved it: postings are taken down, and what
    they said (the pay, the closing date, the duties) is worth keeping with the application."""

    application = models.OneToOneField(
        Application, on_delete=models.CASCADE, related_name="posting"
    )
    # Sanitised HTML (``sanitise_description``) or plain text, never raw markup from a page.
    description = models.TextField(blank=True)
    salary_min = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    salary_max = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    salary_currency = models.CharField(max_length=3, blank=True)
    salary_unit = models.CharField(max_length=5, choices=SalaryUnit, blank=True)
    locations = models.JSONField(default=list, blank=True)
    remote = models.BooleanField(default=False)
    employment_type = models.CharField(max_length=100, blank=True)
    date_posted = models.DateField(null=True, blank=True)
    closing_date = models.DateField(null=True, blank=True)
    source_url = models.URLField("posting URL", max_length=500, blank=True)
    # The applicant-tracking system or job board the posting was on (``portals.detect``).
    portal = models.CharField(max_length=20, choices=Portal, blank=True)
    # Where the parser found it: "json-ld", "opengraph", "title" or "text".
    found_in = models.CharField(max_length=20, blank=True)
    captured_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(salary_min__isnull=True)
                | Q(salary_max__isnull=True)
                | Q(salary_min__lte=F("salary_max")),
                name="applications_posting_salary_range_ordered",
            ),
            models.CheckConstraint(
                condition=Q(salary_unit__in=["", *SalaryUnit.values]),
                name="applications_posting_salary_unit_valid",
            ),
        ]
        indexes = [
            # The closing-soon rule on Today reads postings by closing date.
            models.Index(fields=["closing_date"], name="applications_posting_closing"),
        ]

    def __str__(self):
        return f"Posting of {self.application}"

    def save(self, *args, **kwargs):
        self.description = sanitise_description(self.description)
        self.portal = portals.detect(self.source_url)
        super().save(*args, **kwargs)

    @property
    def pay_range(self) -> str:
        """ "EUR 60,000-75,000 a year" (an en dash), as a person writes it in the page's language
        (German: "60.000-75.000 EUR pro Jahr"), whole amounts through the one money formatter;
        "" without a figure."""
        figures = [value for value in dict.fromkeys((self.salary_min, self.salary_max)) if value]
        if not figures:
            return ""
        minors = [round(value) * MINOR_PER_UNIT for value in figures]  # whole units
        currency = self.salary_currency
        plain = [format_money(minor, "") for minor in minors]
        text = "–".join(plain)
        if currency:
            # The code goes where the formatter puts it: before the amount or after it.
            first, last = format_money(minors[0], currency), format_money(minors[-1], currency)
            if len(minors) == 1:
                text = first
            elif first.startswith(currency):
                text = f"{first}–{plain[-1]}"
            else:
                text = f"{plain[0]}–{last}"
        if self.salary_unit:
            text += f" {SALARY_PERIODS[SalaryUnit(self.salary_unit)]}"
        return text

    @property
    def portal_name(self) -> str:
        return Portal(self.portal).label if self.portal else ""


class EventKind(models.TextChoices):
    """What a webhook can tell: the changes a user may want their own tools to hear about."""

    STAGE_CHANGED = "application.stage_changed", "An application changed stage"
    INTERVIEW_ADDED = "interview.added", "An interview was added"
    INTERVIEW_CHANGED = "interview.changed", "An interview was changed"
    OFFER_RECORDED = "offer.recorded", "An offer was recorded"
    OFFER_DECIDED = "offer.decided", "An offer was accepted or declined"
    WITHDRAWAL_SENT = "withdrawal.sent", "A withdrawal was marked sent"


class WebhookEventQuerySet(models.QuerySet):
    def undispatched(self):
        return self.filter(dispatched_at__isnull=True)


class WebhookEvent(models.Model):
    """A change the user's webhooks may announce, written by the service that made it, in the
    same transaction (``applications.events.record``), so no change is announced that was
    rolled back and none is missed, bulk writes included. The worker (``api.webhooks``) hands
    each one to the endpoints that asked for its kind and marks it dispatched."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webhook_events"
    )
    kind = models.CharField(max_length=40, choices=EventKind)
    data = models.JSONField()
    created_at = models.DateTimeField(default=timezone.now)
    dispatched_at = models.DateTimeField(null=True, blank=True)

    objects = WebhookEventQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(
                fields=["created_at"],
                condition=Q(dispatched_at__isnull=True),
                name="webhookevent_undispatched",
            ),
        ]

    def __str__(self):
        return f"{self.kind} at {self.created_at:%Y-%m-%d %H:%M}"


# A record's PDF built by the background worker is kept this long, then deleted.
RECORD_PDF_KEPT_FOR = timedelta(days=1)


class RecordPdfQuerySet(models.QuerySet):
    def kept(self, *, now: datetime):
        """PDFs still kept at ``now`` (less than a day old): the one place the rule lives, so an
        old one is never served, even before the worker's hourly clean-up deletes it."""
        return self.filter(created_at__gt=now - RECORD_PDF_KEPT_FOR)

    def expired(self, *, now: datetime):
        return self.filter(created_at__lte=now - RECORD_PDF_KEPT_FOR)


class RecordPdf(models.Model):
    """The job search record as a PDF, built by the background worker for a record too large to
    draw while the page waits. Readable by its owner only, for a day."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="record_pdfs"
    )
    # The period asked for (either may be open).
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    ready_at = models.DateTimeField(null=True, blank=True)
    content = models.BinaryField(null=True, blank=True, editable=False)
    failed = models.BooleanField(default=False)

    objects = RecordPdfQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["owner", "created_at"], name="record_pdf_owner_created")]

    def __str__(self):
        return f"Record PDF of {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def is_ready(self) -> bool:
        return self.ready_at is not None and self.content is not None


class MessageKind(models.TextChoices):
    """What a recruiter's email says about a process (read by ``intake.emails.rules``)."""

    RECEIVED = "received", "Application received"
    INVITATION = "invitation", "Interview invitation"
    RESCHEDULED = "rescheduled", "Interview rescheduled"
    CANCELLED = "cancelled", "Interview cancelled"
    ASSESSMENT = "assessment", "Assessment or take-home task"
    ON_HOLD = "on_hold", "On hold"
    REJECTION = "rejection", "Rejection"
    OFFER = "offer", "Offer"
    OUTREACH = "outreach", "Recruiter outreach"
    NOT_PROCESS = "not_process", "Not about a process"
    UNKNOWN = "unknown", "Not recognised"


class RecruiterMessageQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(owner=user)

    def to_review(self):
        """Messages waiting for the user's click, newest first: the one place this is said."""
        return self.filter(status=RecruiterMessage.Status.PENDING).order_by("-received_at", "-pk")


class RecruiterMessage(models.Model):
    """An email the user gave Bowout (forwarded, uploaded or pasted), what it was read as, and
    the change it suggests until the user applies or dismisses it. A private text: its
    subject, sender and body never show in the admin."""

    class Source(models.TextChoices):
        FORWARDED = "forwarded", "Forwarded"
        UPLOADED = "uploaded", "Uploaded"
        PASTED = "pasted", "Pasted"

    class Status(models.TextChoices):
        PENDING = "pending", "To review"
        APPLIED = "applied", "Applied"
        DISMISSED = "dismissed", "Dismissed"

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="recruiter_messages"
    )
    application = models.ForeignKey(
        Application,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="recruiter_messages",
    )
    source = models.CharField(max_length=10, choices=Source)
    received_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    subject = models.CharField(max_length=500, blank=True)
    from_name = models.CharField(max_length=200, blank=True)
    from_email = models.CharField(max_length=254, blank=True)
    # The thread: this message's Message-ID, and those it answers (In-Reply-To, References).
    message_id_header = models.CharField("Message-ID", max_length=500, blank=True)
    thread_ids = models.JSONField(default=list, blank=True)
    body_text = models.TextField(blank=True)
    # Sanitised by nh3 when stored: no script, no remote image, no style.
    body_html = models.TextField(blank=True)
    # Name, type and size of each attachment; only an invitation's text is kept.
    attachments = models.JSONField(default=list, blank=True)
    invitation_ics = models.TextField(blank=True)
    kind = models.CharField(max_length=20, choices=MessageKind, default=MessageKind.UNKNOWN)
    language = models.CharField(max_length=2, blank=True)
    # The sentence or header that decided the kind, shown to the user as the reason.
    reason = models.CharField(max_length=500, blank=True)
    # Why the application was chosen, or the ids of those it could be (the user picks).
    match_reason = models.CharField(max_length=300, blank=True)
    candidate_ids = models.JSONField(default=list, blank=True)
    # What the message states: a stage, an interview, a contact, an offer (plain values).
    suggestion = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.PENDING)
    decided_at = models.DateTimeField(null=True, blank=True)

    objects = RecruiterMessageQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-pk"]
        constraints = [
            # The same email forwarded twice (or forwarded and uploaded) is kept once.
            models.UniqueConstraint(
                fields=["owner", "message_id_header"],
                condition=~Q(message_id_header=""),
                name="applications_message_once",
            ),
            models.CheckConstraint(
                condition=Q(status="pending") | Q(decided_at__isnull=False),
                name="applications_message_decision_dated",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=MessageKind.values), name="applications_message_kind_valid"
            ),
        ]
        indexes = [
            models.Index(fields=["owner", "status", "-received_at"], name="message_owner_status"),
        ]

    def __str__(self):
        return f"Email of {self.received_at:%Y-%m-%d}"

    # No get_absolute_url: its page belongs to intake (floor 3), which the core never names.

    @property
    def stage_note(self) -> str:
        """What the stage history says of a change this message brought."""
        when = self.sent_at or self.received_at
        subject = self.subject or "(no subject)"
        return f"From the email “{subject[:300]}” of {timezone.localdate(when):%-d %b %Y}"


class ForwardingAddress(models.Model):
    """The user's private address for forwarding recruiters' emails: ``in+<token>@<domain>``.
    A new token replaces the old one, which stops working at once."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forwarding_address"
    )
    token = models.CharField(max_length=40, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return "Forwarding address"

    @property
    def address(self) -> str:
        return f"in+{self.token}@{settings.INBOUND_EMAIL_DOMAIN}"
