"""Today: what the user should do now, in order, each item one click from doing it.

Each rule is written once: the tracking ones are queryset methods in applications
(``follow_up_due``, ``gone_quiet``, ``offer_deadline_soon``, ``closing_soon``), the ones about
leaving a process live here, beside the withdrawals they are about. ``today_items`` gathers them
for the dashboard and the daily digest in a fixed number of queries (one per rule, one for the
snoozes), each bounded, whatever the number of applications.
"""

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import transaction
from django.db.models import Exists, OuterRef, Q, Value
from django.db.models.functions import TruncDate
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from applications import clock
from applications.models import Application, Interview, KeepReason, Offer, Stage
from withdrawals.models import Scenario, TodaySnooze, Withdrawal, WithdrawalDraft

# Each rule shows at most this many items, and the list at most MAX_ITEMS: Today stays short.
PER_RULE = 5
MAX_ITEMS = 12
# Processes gone quiet make one item however many there are; this many are read to name it.
QUIET_READ = 100


@dataclass(frozen=True)
class TodayItem:
    key: str  # names the item and the state it is about, for snooze and dismiss
    kind: str
    title: str
    detail: str
    url: str
    action: str  # the label of the one click that does it
    level: str = ""  # "danger" or "warning" for what cannot wait


def today_items(*, user, now: datetime | None = None) -> list[TodayItem]:
    """The user's Today list, most pressing first, without what they snoozed or dismissed."""
    now = now or timezone.now()
    zone = clock.zone_of(user)
    today = now.astimezone(zone).date()
    follow_ups, quiet = _awaiting_reply(user, now=now)
    items = [
        *_calls_before_interviews(user, now=now, zone=zone, today=today),
        *_offer_deadlines(user, today=today),
        *_postings_closing(user, today=today),
        *_follow_ups(follow_ups, now=now),
        *_thank_yous(user, now=now),
        *_kept_in_play_expired(user, zone=zone, today=today),
        *_gone_quiet(quiet),
    ]
    put_aside = set(
        TodaySnooze.objects.filter(owner=user, key__in=[item.key for item in items])
        .filter(Q(until__isnull=True) | Q(until__gt=today))
        .values_list("key", flat=True)
    )
    return [item for item in items if item.key not in put_aside][:MAX_ITEMS]


@transaction.atomic
def snooze(*, user, key: str, now: datetime | None = None) -> date:
    """Hide the item until tomorrow (the user's tomorrow). Returns that day."""
    until = clock.today_for(user, now) + timedelta(days=1)
    TodaySnooze.objects.update_or_create(owner=user, key=key, defaults={"until": until})
    return until


@transaction.atomic
def dismiss(*, user, key: str) -> None:
    """Hide the item for good. A later reminder about the same process has another key."""
    TodaySnooze.objects.update_or_create(owner=user, key=key, defaults={"until": None})


def _calls_before_interviews(user, *, now, zone, today):
    """A process the user decided to leave (a withdrawal drafted and not sent) or may leave
    (a withdrawal candidate), with an interview in the call window (``clock.CALL_WINDOW``,
    the boundary included, as on the candidates page): call, do not vanish."""
    # A drafted check-in or request for time is no decision to leave.
    drafted = WithdrawalDraft.objects.filter(
        application=OuterRef("application"), scenario__in=Scenario.withdrawing()
    )
    candidates = (
        Application.objects.for_user(user).withdrawal_candidates_unordered(today=today).values("pk")
    )
    interviews = (
        Interview.objects.upcoming(now=now)
        .filter(
            application__owner=user,
            application__stage__in=Stage.live(),
            scheduled_at__lte=now + clock.CALL_WINDOW,
        )
        .filter(Q(Exists(drafted)) | Q(application__in=candidates))
        .annotate(drafted=Exists(drafted))
        .select_related("application")
        .order_by("scheduled_at", "pk")[: PER_RULE * 2]
    )
    seen = set()
    for interview in interviews:
        application = interview.application
        if application.pk in seen:
            continue
        seen.add(application.pk)
        when = clock.when(interview.scheduled_at, now=now, zone=zone)
        why = (
            _("You drafted a withdrawal and have not sent it.")
            if interview.drafted
            else _("You hold an offer in writing elsewhere.")
        )
        yield TodayItem(
            key=f"call:{application.pk}:{interview.pk}",
            kind="call",
            title=_("Call %(company)s before the interview %(when)s")
            % {"company": application.company, "when": when},
            detail=_(
                "%(why)s If you are leaving, call them before the interview: "
                "never miss it without notice."
            )
            % {"why": why},
            url=reverse("withdrawals:choose", args=[application.pk]),
            action=_("Withdraw now"),
            level=clock.call_level(interview.scheduled_at, now=now),
        )
        if len(seen) == PER_RULE:
            return


def _offer_deadlines(user, *, today):
    for application in Application.objects.for_user(user).offer_deadline_soon(today=today)[
        :PER_RULE
    ]:
        offer = application.offer
        days = (offer.respond_by - today).days
        due = clock.in_days(days)
        yield TodayItem(
            key=f"deadline:{offer.pk}:{offer.respond_by.isoformat()}",
            kind="deadline",
            title=_("Answer the offer from %(company)s: the deadline is %(due)s")
            % {"company": application.company, "due": due},
            detail=_("%(position)s, by %(date)s. Accept, decline, or ask for more time.")
            % {"position": application.position, "date": clock.long_date(offer.respond_by)},
            # The offer card, with its accept and decline buttons and the offer's details.
            url=application.get_absolute_url() + "#offer",
            action=_("Decide on the offer"),
            level="danger" if days <= 1 else "warning",
        )


def _postings_closing(user, *, today):
    """A posting the user saved and has not applied to closes within ``clock.SOON``."""
    for application in Application.objects.for_user(user).closing_soon(today=today)[:PER_RULE]:
        closes = application.posting.closing_date
        days = (closes - today).days
        yield TodayItem(
            key=f"closing:{application.pk}:{closes.isoformat()}",
            kind="closing",
            title=_("Apply to %(company)s: the posting closes %(when)s")
            % {"company": application.company, "when": clock.in_days(days)},
            detail=_(
                "%(position)s, open until %(date)s. Apply, or close it if the role is no "
                "longer for you."
            )
            % {"position": application.position, "date": clock.long_date(closes)},
            # The application's page, with the posting kept for it.
            url=application.get_absolute_url() + "#posting",
            action=_("Open the application"),
            level="danger" if days <= 1 else "warning",
        )


def _awaiting_reply(user, *, now) -> tuple[list, list]:
    """The follow-ups due (``PER_RULE``) and the processes gone quiet (``QUIET_READ``), oldest
    first: one read, a UNION of the two bounded rules, each row marked with its rule."""
    mine = Application.objects.for_user(user)
    due = mine.follow_up_due(days=user.follow_up_days, now=now).annotate(rule=Value("due"))
    quiet = mine.gone_quiet(now=now).annotate(rule=Value("quiet"))
    rows = sorted(
        due[:PER_RULE].union(quiet[:QUIET_READ], all=True),
        key=lambda application: (application.quiet_since, application.pk),
    )
    return [a for a in rows if a.rule == "due"], [a for a in rows if a.rule == "quiet"]


def _follow_ups(due: list, *, now):
    for application in due:
        days = (now - application.quiet_since).days
        yield TodayItem(
            key=f"follow-up:{application.pk}:{application.quiet_since.date().isoformat()}",
            kind="follow-up",
            title=_("Follow up with %(company)s") % {"company": application.company},
            detail=ngettext(
                "%(position)s: no news for %(count)d day. A short check-in helps.",
                "%(position)s: no news for %(count)d days. A short check-in helps.",
                days,
            )
            % {"position": application.position, "count": days},
            url=check_in_url(application),
            action=_("Draft a check-in"),
        )


def check_in_url(application: Application) -> str:
    """Where the one click of a follow-up leads: the check-in, chosen, in the user's tone.
    Sending it (recorded as a message) is activity, which ends the follow-up."""
    return reverse("withdrawals:write", args=[application.pk]) + f"?scenario={Scenario.CHECKING_IN}"


def _thank_yous(user, *, now):
    withdrawals = (
        Withdrawal.objects.filter(
            application__owner=user,
            application__stage=Stage.WITHDRAWN,
            undone_at__isnull=True,
            follow_up_sent_at__isnull=True,
            method=Withdrawal.Method.EMAIL,
            sent_at__gt=now - clock.THANK_YOU_WITHIN,
            sent_at__lte=now - clock.UNDO_WINDOW,
        )
        .select_related("application")
        .order_by("sent_at", "pk")[:PER_RULE]
    )
    for withdrawal in withdrawals:
        application = withdrawal.application
        yield TodayItem(
            key=f"thank-you:{withdrawal.pk}",
            kind="thank-you",
            title=_("Send %(company)s a thank-you") % {"company": application.company},
            detail=_(
                "You withdrew: a short note thanking them for their time keeps the door open."
            ),
            url=reverse("withdrawals:follow_up", args=[application.pk]),
            action=_("Draft the thank-you"),
        )


def _kept_in_play_expired(user, *, zone, today):
    """Kept in play for a reason that has passed: the offer negotiated or decided on is now
    decided, or the job accepted has started (until then an accepted offer can still fall
    through; from the start date, polite regrets are due)."""
    decided_since_kept = (
        Offer.objects.for_user(user)
        .filter(in_writing=True)
        # The day kept, on the user's clock (as ``decided_on`` is): decided later that same
        # day counts, whatever the zone.
        .filter(decided_on__gte=OuterRef("kept_on"))
        .exclude(decision=Offer.Decision.PENDING)
        .exclude(application=OuterRef("pk"))
    )
    started = Offer.objects.for_user(user).started(today=today).exclude(application=OuterRef("pk"))
    applications = (
        Application.objects.for_user(user)
        .live()
        .filter(kept_in_play_at__isnull=False)
        .annotate(kept_on=TruncDate("kept_in_play_at", tzinfo=zone), started=Exists(started))
        .filter(
            Q(started=True)
            | Q(
                Exists(decided_since_kept),
                kept_in_play_reason__in=[KeepReason.NEGOTIATING, KeepReason.STILL_DECIDING],
            )
        )
        .order_by("kept_in_play_at", "pk")[:PER_RULE]
    )
    for application in applications:
        kept_on = application.kept_in_play_at.date().isoformat()
        if application.started:
            yield TodayItem(
                key=f"started:{application.pk}:{kept_on}",
                kind="kept",
                title=_("Send %(company)s polite regrets: your new job has started")
                % {"company": application.company},
                detail=_(
                    "You kept this process in play until your start date. Thank them, and "
                    "withdraw politely now."
                ),
                url=reverse("withdrawals:choose", args=[application.pk]),
                action=_("Withdraw politely"),
            )
            continue
        yield TodayItem(
            key=f"kept:{application.pk}:{kept_on}",
            kind="kept",
            title=_("Decide on %(company)s: you kept it in play")
            % {"company": application.company},
            detail=_kept_while(application.kept_in_play_reason),
            url=reverse("withdrawals:choose", args=[application.pk]),
            action=_("Withdraw politely"),
        )


def _kept_while(reason: str) -> str:
    """Why a kept process is back: one whole sentence per reason, as each language words it
    (German cannot slot a lower-cased label into the English sentence)."""
    if reason == KeepReason.NEGOTIATING:
        return _(
            "You kept it while negotiating, and your offer is now decided. "
            "Withdraw politely, or keep it for another reason."
        )
    return _(
        "You kept it while still deciding, and your offer is now decided. "
        "Withdraw politely, or keep it for another reason."
    )


def _gone_quiet(rows: list):
    """One item for every process gone quiet: they are resolved together, in bulk."""
    quiet = [application.pk for application in rows]
    if not quiet:
        return
    digest = hashlib.sha256(",".join(map(str, quiet)).encode()).hexdigest()[:16]
    count = len(quiet)
    yield TodayItem(
        key=f"quiet:{digest}",
        kind="quiet",
        title=ngettext(
            "%(count)d process has gone quiet for %(duration)s or more",
            "%(count)d processes have gone quiet for %(duration)s or more",
            count,
        )
        % {"count": count, "duration": clock.duration(clock.QUIET_AFTER)},
        detail=ngettext(
            "Close it as “no response” in one go (you can undo), or withdraw politely.",
            "Close them as “no response” in one go (you can undo), or withdraw politely.",
            count,
        ),
        url=reverse("applications:quiet"),
        action=_("Resolve quiet processes"),
    )
