"""Everything that changes an application's state. Each function is one transaction."""

import hashlib
import secrets
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from applications import clock, comparison, events
from applications.models import (
    Application,
    Contact,
    EventKind,
    ExchangeRate,
    Interview,
    Offer,
    OfferRevision,
    PostingSnapshot,
    ShareLink,
    Stage,
    StageChange,
    posting_address,
)


def _touch(application: Application) -> None:
    now = timezone.now()
    Application.objects.filter(pk=application.pk).update(last_activity_at=now, updated_at=now)
    application.last_activity_at = now


@transaction.atomic
def create_application(*, application: Application, note: str = "") -> Application:
    """Save a new application and record its first stage in the history."""
    application.last_activity_at = timezone.now()
    application.save()
    StageChange.objects.create(
        application=application,
        from_stage="",
        to_stage=application.stage,
        changed_at=application.last_activity_at,
        note=note,
    )
    return application


@transaction.atomic
def save_posting(
    *, application: Application, snapshot: PostingSnapshot
) -> tuple[Application, bool]:
    """Add a captured posting as a new application with its snapshot, unless the same
    posting is already in the owner's Bowout (``same_posting``: the address, or the company
    and title). Then nothing new is made: the existing application is returned, and keeps this
    snapshot if it had none. Returns ``(application, created)``.

    The owner's row is locked so that a double click, or the same posting shared twice at
    once, cannot add it twice."""
    get_user_model().objects.select_for_update().filter(pk=application.owner_id).first()
    application.posting_url = posting_address(application.posting_url)
    existing = (
        Application.objects.for_user(application.owner)
        .same_posting(
            url=application.posting_url, company=application.company, position=application.position
        )
        .order_by("created_at", "pk")
        .first()
    )
    if existing is not None:
        if not PostingSnapshot.objects.filter(application=existing).exists():
            snapshot.application = existing
            snapshot.source_url = application.posting_url or existing.posting_url
            snapshot.save()
        return existing, False
    create_application(application=application, note="Saved from the job posting.")
    snapshot.application = application
    snapshot.source_url = application.posting_url
    snapshot.save()
    return application, True


@transaction.atomic
def change_stage(*, application: Application, to_stage: str, note: str = "") -> bool:
    """Move an application to ``to_stage`` and record the change; False if it was already there.

    The row is locked so that two tabs moving the same card cannot record a history that
    skips a step.
    """
    if to_stage not in Stage.values:
        raise ValueError(f"Unknown stage {to_stage!r}")
    locked = Application.objects.select_for_update().get(pk=application.pk)
    if locked.stage == to_stage:
        application.stage = locked.stage
        return False
    now = timezone.now()
    Application.objects.filter(pk=locked.pk).update(
        stage=to_stage, last_activity_at=now, updated_at=now
    )
    StageChange.objects.create(
        application=locked, from_stage=locked.stage, to_stage=to_stage, changed_at=now, note=note
    )
    from_stage = locked.stage
    locked.stage = to_stage
    events.record(
        kind=EventKind.STAGE_CHANGED,
        application=locked,
        from_stage=from_stage,
        to_stage=to_stage,
        note=note,
    )
    application.stage = to_stage
    application.last_activity_at = now
    return True


def new_contact(*, application: Application, **fields) -> Contact:
    """An unsaved contact for ``application``: the first one is the main one unless told not."""
    fields.setdefault("is_main", not application.contacts.exists())
    return Contact(application=application, **fields)


def new_interview(*, application: Application, **fields) -> Interview:
    """An unsaved interview: the next round, counting every interview booked so far."""
    fields.setdefault("round_number", application.interviews.count() + 1)
    return Interview(application=application, **fields)


@transaction.atomic
def save_contact(*, contact: Contact) -> Contact:
    """Save a contact; making it the main contact takes that mark off the previous one.

    The application row is locked so two tabs marking different main contacts take turns
    instead of one failing on the one-main-contact constraint.
    """
    Application.objects.select_for_update().filter(pk=contact.application_id).first()
    if contact.is_main:
        contact.application.contacts.filter(is_main=True).exclude(pk=contact.pk).update(
            is_main=False
        )
    contact.save()
    _touch(contact.application)
    return contact


@transaction.atomic
def delete_contact(*, contact: Contact) -> None:
    contact.delete()
    _touch(contact.application)


@transaction.atomic
def save_interview(*, interview: Interview) -> Interview:
    added = interview.pk is None
    interview.save()
    _touch(interview.application)
    events.record(
        kind=EventKind.INTERVIEW_ADDED if added else EventKind.INTERVIEW_CHANGED,
        application=interview.application,
        interview=events.interview_data(interview),
    )
    return interview


@transaction.atomic
def delete_interview(*, interview: Interview) -> None:
    interview.delete()
    _touch(interview.application)


@transaction.atomic
def update_application(*, application: Application) -> Application:
    """Save edits to an application's details (its stage changes only through change_stage)."""
    application.last_activity_at = timezone.now()
    editable = [
        field.name
        for field in Application._meta.concrete_fields
        if field.name not in {"id", "owner", "stage", "created_at"}
    ]
    application.save(update_fields=editable)
    return application


def _clear_keep_in_play(*, owner) -> None:
    """A new offer changes the picture: every kept process is weighed again."""
    Application.objects.for_user(owner).filter(kept_in_play_at__isnull=False).update(
        kept_in_play_reason="", kept_in_play_note="", kept_in_play_at=None
    )


# What each decision on an offer means for its application: the stage it moves to, and the
# note the history keeps.
OFFER_DECISION_STAGES = {
    Offer.Decision.PENDING: Stage.OFFER,
    Offer.Decision.ACCEPTED: Stage.ACCEPTED,
    Offer.Decision.DECLINED: Stage.OFFER_DECLINED,
}


def _offer_note(offer: Offer) -> str:
    if offer.decision == Offer.Decision.ACCEPTED:
        return "Offer accepted"
    if offer.decision == Offer.Decision.DECLINED:
        return "Offer declined"
    return "Offer received" + (" in writing" if offer.in_writing else "")


def _adopt_existing_offer(offer: Offer) -> None:
    """A second "first" offer (a double submit) becomes an update of the one recorded."""
    if offer.pk is not None:
        return
    existing = Offer.objects.filter(application=offer.application).only("pk", "created_at").first()
    if existing is not None:
        offer.pk, offer.created_at = existing.pk, existing.created_at
        offer._state.adding = False


def _date_decision(offer: Offer) -> None:
    """A pending offer has no decision date; a decision without one was made today."""
    if offer.decision == Offer.Decision.PENDING:
        offer.decided_on = None
    elif offer.decided_on is None:
        offer.decided_on = clock.today_for(offer.application.owner)


@transaction.atomic
def save_offer(*, offer: Offer) -> Offer:
    """Record or update an offer and move the application through the stage history.

    The decision sets the stage (``OFFER_DECISION_STAGES``). A new offer, or one that has just
    come in writing, clears every "keep in play" choice so the user weighs the other processes
    again. Changed terms keep the previous ones as a revision; accepting keeps the comparison
    with the other offers as it stood.
    """
    application = offer.application
    # Lock the process so that a double-submitted first offer updates instead of clashing.
    Application.objects.select_for_update().filter(pk=application.pk).first()
    _adopt_existing_offer(offer)
    previous = Offer.objects.filter(pk=offer.pk).first() if offer.pk else None
    _date_decision(offer)
    if offer.decision == Offer.Decision.ACCEPTED and (
        previous is None or previous.decision != Offer.Decision.ACCEPTED
    ):
        offer.comparison_when_accepted = _comparison_now(offer)
    offer.save()
    if previous is not None and previous.terms() != offer.terms():
        OfferRevision.objects.create(offer=offer, terms=previous.terms())

    if previous is None or (offer.in_writing and not previous.in_writing):
        _clear_keep_in_play(owner=application.owner)
    if previous is None:
        events.record(
            kind=EventKind.OFFER_RECORDED, application=application, offer=events.offer_data(offer)
        )
    elif previous.decision != offer.decision and offer.decision != Offer.Decision.PENDING:
        events.record(
            kind=EventKind.OFFER_DECIDED, application=application, offer=events.offer_data(offer)
        )
    if previous is None or previous.decision != offer.decision:
        change_stage(
            application=application,
            to_stage=OFFER_DECISION_STAGES[Offer.Decision(offer.decision)],
            note=_offer_note(offer),
        )
    else:
        _touch(application)
    return offer


# Offers declined this recently were part of the choice when the user accepts another.
RECENTLY_DECLINED = timedelta(days=30)


def _comparison_now(chosen: Offer) -> dict:
    """The comparison of the chosen offer with the user's other offers still standing or
    declined in the last 30 days: kept with the accepted offer. Empty when it was the only one.
    """
    owner = chosen.application.owner
    recent = timezone.localdate() - RECENTLY_DECLINED
    others = list(
        Offer.objects.for_user(owner)
        .filter(
            Q(pk__in=Offer.objects.standing().values("pk"))
            | Q(decision=Offer.Decision.DECLINED, decided_on__gte=recent)
        )
        .exclude(application=chosen.application)
        .select_related("application")
        .order_by(F("respond_by").asc(nulls_last=True), "-pk")[: comparison.MAX_OFFERS - 1]
    )
    if not others:
        return {}
    result = comparison.compare([chosen, *others], rates=comparison.user_rates(owner))
    return comparison.snapshot(chosen, result)


@transaction.atomic
def decide_offer(
    *, offer: Offer, decision: str, start_date=None, contract_law: str | None = None
) -> Offer:
    """Accept or decline an offer today; accepting records the start date when given, and a
    contract signed under ``contract_law`` when given (never unsigns one on record)."""
    if decision not in (Offer.Decision.ACCEPTED, Offer.Decision.DECLINED):
        raise ValueError(f"Not a decision: {decision!r}")
    offer.decision = decision
    # The owner's day, also when no request has made their zone the active one (a task).
    offer.decided_on = clock.today_for(offer.application.owner)
    if decision == Offer.Decision.ACCEPTED and start_date is not None:
        offer.start_date = start_date
    if decision == Offer.Decision.ACCEPTED and contract_law:
        offer.contract_signed, offer.contract_law = True, contract_law
    return save_offer(offer=offer)


# The note that marks a bulk "no response" in the history, so that undo finds exactly those.
NO_RESPONSE_NOTE = "Closed as no response: the process went quiet."
NO_RESPONSE_UNDO_WINDOW = clock.UNDO_WINDOW


@transaction.atomic
def close_as_no_response(*, owner, application_ids, now=None) -> list[int]:
    """Close the owner's quiet processes among ``application_ids`` as "no response".

    Only processes that have gone quiet are closed (a stale form cannot close one that got
    news since). Returns the ids closed, for the undo.
    """
    now = now or timezone.now()
    quiet = (
        Application.objects.for_user(owner)
        .gone_quiet(now=now)
        .filter(pk__in=application_ids)
        .select_for_update(of=("self",))
    )
    closed, announced = [], []
    for application in quiet:
        StageChange.objects.create(
            application=application,
            from_stage=application.stage,
            to_stage=Stage.NO_RESPONSE,
            changed_at=now,
            note=NO_RESPONSE_NOTE,
        )
        closed.append(application.pk)
        change = {"from_stage": application.stage, "to_stage": Stage.NO_RESPONSE}
        application.stage = Stage.NO_RESPONSE
        announced.append(
            (EventKind.STAGE_CHANGED, application, change | {"note": NO_RESPONSE_NOTE})
        )
    events.record_many(announced)
    # last_activity_at is left as it was: closing is the user's bookkeeping, not news, and an
    # undo must bring the process back exactly as quiet as it was.
    Application.objects.filter(pk__in=closed).update(stage=Stage.NO_RESPONSE, updated_at=now)
    return closed


@transaction.atomic
def undo_no_response(*, owner, application_ids, now=None) -> list[int]:
    """Put back processes closed by ``close_as_no_response`` within ``clock.UNDO_WINDOW``.

    Each goes back to the stage it had, and the history records the undo. A process changed
    since (its latest history entry is not that close) is left alone. Returns the ids restored.
    """
    now = now or timezone.now()
    applications = (
        Application.objects.for_user(owner)
        .filter(pk__in=application_ids, stage=Stage.NO_RESPONSE)
        .select_for_update()
    )
    restored, announced = [], []
    for application in applications:
        latest = application.stage_changes.order_by("-changed_at", "-pk").first()
        if (
            latest is None
            or latest.note != NO_RESPONSE_NOTE
            or latest.changed_at < now - NO_RESPONSE_UNDO_WINDOW
        ):
            continue
        StageChange.objects.create(
            application=application,
            from_stage=Stage.NO_RESPONSE,
            to_stage=latest.from_stage,
            changed_at=now,
            note="Undo: reopened after closing it as no response.",
        )
        Application.objects.filter(pk=application.pk).update(
            stage=latest.from_stage, updated_at=now
        )
        restored.append(application.pk)
        application.stage = latest.from_stage
        change = {"from_stage": Stage.NO_RESPONSE, "to_stage": latest.from_stage}
        announced.append((EventKind.STAGE_CHANGED, application, change | {"note": "Undo"}))
    events.record_many(announced)
    return restored


@transaction.atomic
def save_exchange_rate(*, owner, currency: str, into: str, rate, as_of) -> ExchangeRate:
    """Record the rate the user looked up for a pair of currencies, replacing the last one.

    One rate per pair, either way round: entering GBP→EUR replaces an earlier EUR→GBP.
    """
    ExchangeRate.objects.filter(owner=owner, currency=into, into=currency).delete()
    saved, _ = ExchangeRate.objects.update_or_create(
        owner=owner, currency=currency, into=into, defaults={"rate": rate, "as_of": as_of}
    )
    return saved


# --- Share links ---------------------------------------------------------------------------

SHARE_LINK_DAYS = (7, 30, 90)


def share_token_hash(token: str) -> str:
    """What is stored of a share link's token: its SHA-256, in hex."""
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def create_share_link(*, link: ShareLink, days: int) -> str:
    """Save ``link`` (its owner, name and extras set) to expire in ``days`` days, and return
    its token: 32 random bytes, URL-safe. Only the token's hash is kept, so the caller shows
    the token now or never."""
    if days not in SHARE_LINK_DAYS:
        raise ValueError(f"A share link lasts 7, 30 or 90 days, not {days}.")
    token = secrets.token_urlsafe(32)
    link.token_hash = share_token_hash(token)
    link.created_at = timezone.now()
    link.expires_at = link.created_at + timedelta(days=days)
    link.save()
    return token


@transaction.atomic
def revoke_share_link(*, link: ShareLink) -> None:
    """Stop the link working at once (kept, revoked, in the user's list)."""
    ShareLink.objects.filter(pk=link.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())


@transaction.atomic
def open_share_link(*, token: str, now: datetime) -> ShareLink | None:
    """The open link with this token, its opening counted; None for any other token.

    Looked up by the hash alone (a unique index): no comparison of secrets happens in Python,
    so the time taken says nothing about how close a forged token came. A revoked, expired or
    unknown token all answer None, alike.
    """
    link = (
        ShareLink.objects.open_at(now)
        .select_related("owner")
        .filter(token_hash=share_token_hash(token), owner__is_active=True)
        .first()
    )
    if link is None:
        return None
    ShareLink.objects.filter(pk=link.pk).update(last_opened_at=now, open_count=F("open_count") + 1)
    link.last_opened_at = now
    link.open_count += 1
    return link
