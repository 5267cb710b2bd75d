"""Which processes to leave once an offer is in, how urgent each one is, and what to say.

The rule itself is ``Application.objects.withdrawal_candidates()``; this module adds what the
page and the dashboard banner show around it, with a fixed number of queries.
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.core.paginator import Page, Paginator
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext_lazy

from applications import clock
from applications.models import Application, Offer, OfferTruth, Stage
from applications.templatetags.dates import local_date
from withdrawals.models import Scenario
from withdrawals.services import is_true
from withdrawals.timing import is_long_process, with_interviews_held

CANDIDATES_PER_PAGE = 20
KEPT_SHOWN = 20
NOT_APPLIED_SHOWN = 50
# The most withdrawals drafted in one go (and the longest queue the draft pages carry).
BULK_LIMIT = 50

# Why a process with nothing else to say for it is listed: where it stands, one whole phrase
# per live stage (German cannot slot a lower-cased stage label into the English phrase).
AT_STAGE: dict[str, Promise] = {
    Stage.INTERESTED: pgettext_lazy("candidate reason", "at the interested stage"),
    Stage.APPLIED: pgettext_lazy("candidate reason", "at the applied stage"),
    Stage.SCREENING: pgettext_lazy("candidate reason", "at the screening stage"),
    Stage.INTERVIEWING: pgettext_lazy("candidate reason", "at the interviewing stage"),
    Stage.OFFER: pgettext_lazy("candidate reason", "at the offer stage"),
}


@dataclass
class Candidate:
    application: Application
    reasons: list[str]
    advice: str
    advice_level: str  # "danger", "warning" or "" for Bootstrap's alert colours
    # The messages that keep this process going which are true for it (``services.is_true``).
    keeps_going: list[str] = field(default_factory=list)

    @property
    def main_contact(self):
        return self.application.main_contact

    @property
    def preferred(self) -> bool:
        """A process the user may prefer to the offer: high interest, or further along."""
        return self.application.interest >= 4 or self.application.stage in (
            Stage.INTERVIEWING,
            Stage.OFFER,
        )


@dataclass
class Situation:
    """The user's offers and what they mean for the other processes."""

    accepted: list[Offer] = field(default_factory=list)
    written_pending: list[Offer] = field(default_factory=list)
    not_in_writing: list[Offer] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    # The page of candidates shown (``candidates`` describes its rows), and how many in all.
    page: Page | None = None
    kept: list[Application] = field(default_factory=list)
    kept_total: int = 0
    not_applied: list[Application] = field(default_factory=list)
    # The user's date (``clock.today_for``), which says whether an accepted job has started.
    today: date = date.min

    @property
    def candidate_total(self) -> int:
        return self.page.paginator.count if self.page else len(self.candidates)

    @property
    def bulk_all(self) -> int:
        """How many candidates "draft them all" takes: every one, up to the bulk limit."""
        return min(self.candidate_total, BULK_LIMIT)

    @property
    def started(self) -> bool:
        """The start date of the accepted offer has come."""
        offer = self.accepted[0] if self.accepted else None
        return bool(offer and offer.start_date and offer.start_date <= self.today)

    @property
    def fall_through(self) -> str:
        """After accepting and before starting: the offer can still be withdrawn."""
        if not self.accepted or self.started:
            return ""
        offer = self.accepted[0]
        if offer.start_date:
            return _(
                "An accepted offer can still fall through before you start on %(day)s. "
                "Consider keeping in play any process at a final round (“See it through”): "
                "it comes back here on your start date, for polite regrets."
            ) % {"day": local_date(offer.start_date, "j F")}
        return _(
            "An accepted offer can still fall through before you start. Consider keeping in "
            "play any process at a final round (“See it through”): add your start date to the "
            "offer, and it comes back here then."
        )

    @property
    def headline(self) -> str:
        if self.started:
            company = self.accepted[0].application.company
            return _(
                "You have started at %(company)s: send polite regrets to every process still "
                "open, the ones you kept in play included."
            ) % {"company": company}
        if self.accepted:
            company = self.accepted[0].application.company
            return _(
                "You accepted %(company)s: withdraw from the remaining processes now, "
                "before their next interviews."
            ) % {"company": company}
        if self.written_pending:
            return _(
                "Consider withdrawing where you would not choose the role over this offer; "
                "you may also use it to negotiate."
            )
        if self.not_in_writing:
            offer = self.not_in_writing[0]
            company = offer.application.company
            if offer.decision == Offer.Decision.ACCEPTED:
                return _(
                    "You accepted %(company)s, but the offer is not in writing yet. Ask for it "
                    "in writing before you withdraw from anything else."
                ) % {"company": company}
            return _(
                "Your offer from %(company)s is not in writing yet. Wait for it in writing "
                "before pulling out elsewhere: a verbal offer can still change or fall through."
            ) % {"company": company}
        return ""

    @property
    def level(self) -> str:
        if self.accepted:
            return "danger"
        if self.written_pending:
            return "warning"
        return "info"


def situation_for(user, *, page: str | int | None = 1, now: datetime | None = None) -> Situation:
    """Everything the candidates page shows, in a fixed number of queries whatever the rows.

    Candidates come a page at a time (``CANDIDATES_PER_PAGE``, most urgent first); a page
    number past the end shows the last page.
    """
    now = now or timezone.now()
    today = clock.today_for(user, now)
    # Seen from no application: every offer the user holds is "elsewhere".
    offers = Offer.objects.for_user(user).truth()
    situation = Situation(
        today=today,
        accepted=offers.accepted,
        written_pending=offers.pending,
        not_in_writing=offers.not_in_writing,
    )
    applications = with_interviews_held(
        Application.objects.for_user(user)
        .withdrawal_candidates(today=today)
        .with_quiet_since(now=now)
        .prefetch_related("contacts")
    )
    situation.page = Paginator(applications, CANDIDATES_PER_PAGE).get_page(page)
    zone = clock.zone_of(user)
    situation.candidates = [
        describe(application, now=now, zone=zone, offers=offers.seen_from(application))
        for application in situation.page
    ]
    kept = Application.objects.for_user(user).kept_in_play(today=today)
    situation.kept = list(kept.order_by("-kept_in_play_at", "-pk")[:KEPT_SHOWN])
    situation.kept_total = kept.count()
    situation.not_applied = list(
        Application.objects.for_user(user)
        .not_applied_to_close()
        .order_by("company", "pk")[:NOT_APPLIED_SHOWN]
    )
    return situation


def most_urgent_candidate_ids(user) -> list[int]:
    """The candidates "draft them all" takes, most urgent first, up to the bulk limit."""
    candidates = Application.objects.for_user(user).withdrawal_candidates(
        today=clock.today_for(user)
    )
    return list(candidates.values_list("pk", flat=True)[:BULK_LIMIT])


def candidate_count(user) -> int:
    """For the dashboard banner: one query."""
    today = clock.today_for(user)
    return Application.objects.for_user(user).withdrawal_candidates_unordered(today=today).count()


def describe(
    application: Application,
    *,
    now: datetime,
    zone: ZoneInfo | None = None,
    offers: OfferTruth | None = None,
) -> Candidate:
    """Why a candidate is urgent, and the timing advice, in the user's own time zone; with the
    user's ``offers`` seen from it, the messages that can truthfully keep it going.

    The advice is the one clock's, worded from its windows: Today says the same.
    """
    zone = zone or clock.zone_of(application.owner)
    reasons = []
    advice, level = "", ""
    interview_at = getattr(application, "next_interview_at", None)
    if interview_at is not None:
        reasons.append(
            _("interview %(when)s") % {"when": clock.when(interview_at, now=now, zone=zone)}
        )
        if clock.in_call_window(interview_at, now=now):
            advice = _(
                "The interview is within %(duration)s: call them rather than email, and never "
                "miss it without notice."
            ) % {"duration": clock.duration(clock.CALL_WINDOW)}
            level = clock.call_level(interview_at, now=now)
        elif clock.is_soon(interview_at, now=now):
            advice = _(
                "The interview is within %(duration)s: withdraw today, so they can free the slot."
            ) % {"duration": clock.duration(clock.SOON)}
            level = "warning"
    # Only where the page annotated the interviews held: no query per card.
    annotated = getattr(application, "interviews_held", None) is not None
    today = now.astimezone(zone).date()
    if not advice and annotated and is_long_process(application, today=today):
        advice = _(
            "A long process: the guides advise a call rather than an email, confirmed in "
            "writing afterwards."
        )
        level = "warning"
    if getattr(application, "final_round_booked", False):
        reasons.append(_("final round booked"))
    # The idle rule: counted from ``quiet_since`` (``with_quiet_since``), as on Today.
    quiet_since = getattr(application, "quiet_since", None)
    if quiet_since is not None and now - quiet_since >= clock.QUIET_AFTER:
        days = (now - quiet_since).days
        reasons.append(
            ngettext("no news for %(count)d day", "no news for %(count)d days", days)
            % {"count": days}
        )
    if not reasons:
        reasons.append(str(AT_STAGE.get(application.stage, application.get_stage_display())))
    keeps_going: list[str] = [
        scenario
        for scenario in (Scenario.ASK_TIMELINE, Scenario.KEEP_DOOR_OPEN)
        if offers is not None and is_true(scenario, offers)
    ]
    return Candidate(
        application=application,
        reasons=reasons,
        advice=advice,
        advice_level=level,
        keeps_going=keeps_going,
    )
