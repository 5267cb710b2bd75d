"""Drafting a withdrawal, marking it sent, and undoing a mistake. One transaction each."""

from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from functools import cached_property
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from applications import compensation, events
from applications import services as application_services
from applications.clock import is_short_notice
from applications.models import (
    Application,
    Contact,
    DealBreaker,
    EmailLanguage,
    EventKind,
    Interview,
    KeepReason,
    Offer,
    OfferTruth,
    Source,
    Stage,
)
from withdrawals.languages import (
    ENGLISH,
    FALLBACK_CONTACT_NAMES,
    NAMED_COMPANY,
    date_and_time,
    known,
    long_date,
    pay_text,
    today_text,
)
from withdrawals.models import (
    Scenario,
    SentMessage,
    Tone,
    Withdrawal,
    WithdrawalDraft,
    WithdrawalTemplate,
)
from withdrawals.rendering import one_line, render_body, render_subject

SUBJECT_MAX_LENGTH = 300
FALLBACK_CONTACT_NAME = FALLBACK_CONTACT_NAMES[ENGLISH]


class NothingToUndo(Exception):
    """The withdrawal was undone already, or its undo window has passed."""


class NotLive(Exception):
    """The process is closed or won: there is nothing to withdraw from."""

    def __init__(self, application: Application):
        super().__init__(f"{application} is not a live process")
        self.application = application


class Grounds:
    """What the words for one application rest on: the user's offers as seen from it
    (``OfferQuerySet.truth``) and its next interview, each read once, when first needed.

    A page reads them once and passes them to every function that words the email, so the
    scenarios offered, the one suggested and the placeholders all say the same.
    """

    def __init__(self, application: Application, *, now: datetime | None = None):
        self.application = application
        self.now = now or timezone.now()

    @cached_property
    def offers(self) -> OfferTruth:
        return Offer.objects.for_user(self.application.owner_id).truth(about=self.application)

    @cached_property
    def interview(self) -> Interview | None:
        return next_interview(self.application, now=self.now)


def next_interview(application: Application, *, now=None) -> Interview | None:
    return application.interviews.upcoming(now=now).first()


# A deal-breaker suggests the scenario and a reason sentence: about the candidate, never a
# grievance (the company's reputation or values are not argued with in an email).
DEAL_BREAKER_WORDING = {
    DealBreaker.RELOCATION: (
        Scenario.LOCATION,
        "The role would mean relocating, which I am not able to do at present.",
    ),
    DealBreaker.VALUES: (Scenario.CULTURE, ""),
    DealBreaker.PAY: (Scenario.COMPENSATION, ""),
    DealBreaker.OVER_QUALIFIED: (
        Scenario.NOT_RIGHT_FIT,
        "I am looking for a role with a broader scope.",
    ),
    DealBreaker.HOURS: (
        Scenario.NOT_RIGHT_FIT,
        "The working hours do not fit my current commitments.",
    ),
    DealBreaker.ACCOMMODATION: (Scenario.PERSONAL, ""),
    DealBreaker.CULTURE: (Scenario.CULTURE, ""),
    DealBreaker.REPUTATION: (Scenario.NOT_RIGHT_FIT, ""),
    DealBreaker.DUTIES: (
        Scenario.ROLE_CHANGED,
        "The day-to-day duties differ from what I am looking for.",
    ),
    DealBreaker.ROLE_CHANGED: (Scenario.ROLE_CHANGED, ""),
}


def deal_breaker_wording(application: Application) -> tuple[str, str] | None:
    """The scenario and reason sentence the first recorded deal-breaker suggests, if any."""
    for value in application.deal_breakers:
        if value in DealBreaker.values:
            return DEAL_BREAKER_WORDING[DealBreaker(value)]
    return None


def suggested_scenario(
    application: Application, *, now: datetime | None = None, grounds: Grounds | None = None
) -> str:
    """The scenario to suggest for leaving this application, true to where the user stands.

    An interview within 24 hours comes first: the email must name and cancel it. Then an offer
    accepted in writing elsewhere, then a deal-breaker the user recorded, then a written offer
    pending elsewhere ("another opportunity"), else "not the right fit". An offer from this
    very application is no other opportunity: declining it suggests no such thing.
    """
    grounds = grounds or Grounds(application, now=now)
    interview = grounds.interview
    if is_short_notice(interview.scheduled_at if interview else None, now=grounds.now):
        return Scenario.CANCEL_INTERVIEW
    offers = grounds.offers
    if offers.accepted:
        return Scenario.ACCEPTED_OFFER
    wording = deal_breaker_wording(application)
    if wording:
        return wording[0]
    return Scenario.OTHER_OPPORTUNITY if offers.pending else Scenario.NOT_RIGHT_FIT


def is_true(scenario: str, offers: OfferTruth) -> bool:
    """Whether the email of ``scenario`` says nothing untrue, given the offers seen from the
    application it goes to, read as its recipient would.

    "Accepted another offer" needs an offer accepted in writing elsewhere. "Another
    opportunity" is no truth to the company whose offer is the only one. Asking for a timeline
    ("before I decide") or keeping the door open ("I expect to decide soon") needs a written
    offer elsewhere still pending and none accepted; the timeline is asked of a process that
    has made no offer itself. Asking for time to decide needs a pending written offer on this
    very application, and nothing accepted elsewhere.

    Answering this application's own offer: accepting needs it in writing and pending;
    declining needs it pending (in writing or not); a counter-offer needs it pending and
    nothing accepted elsewhere.
    """
    undecided = not offers.accepted
    own_undecided = offers.own is not None and offers.own.decision == Offer.Decision.PENDING
    match scenario:
        case Scenario.ACCEPT_OFFER:
            return offers.own_pending
        case Scenario.DECLINE_OFFER:
            return own_undecided
        case Scenario.NEGOTIATE:
            return own_undecided and undecided
        case Scenario.ACCEPTED_OFFER:
            return bool(offers.accepted)
        case Scenario.OTHER_OPPORTUNITY:
            return not offers.only_offer_is_own
        case Scenario.ASK_TIMELINE:
            return bool(offers.pending) and undecided and offers.own is None
        case Scenario.KEEP_DOOR_OPEN:
            return bool(offers.pending) and undecided
        case Scenario.REQUEST_TIME:
            return offers.own_pending and undecided
    return True


def available_scenarios(
    application: Application, *, leaving: bool = True, grounds: Grounds | None = None
) -> list[str]:
    """The scenarios that can be said truthfully about this application (``is_true``).

    ``leaving`` chooses between the withdrawals and the messages that keep a process going.
    """
    offers = (grounds or Grounds(application)).offers
    scenarios = Scenario.withdrawing() if leaving else Scenario.messages()
    return [scenario for scenario in scenarios if is_true(scenario, offers)]


def placeholder_values(
    application: Application,
    *,
    reason: str = "",
    colleague_name: str = "",
    decide_by=None,
    mention_figures: bool = False,
    now=None,
    grounds: Grounds | None = None,
    language: str = EmailLanguage.ENGLISH,
) -> dict[str, str]:
    """The values a template may use, with the fallbacks the templates rely on.

    ``offer_accepted`` is set only when an offer elsewhere is accepted in writing, so no
    template can claim more than is true; ``offer_deadline`` is this application's own pending
    offer's deadline, or else the soonest one elsewhere. ``competing_offer`` is set only when
    an offer elsewhere is in writing, and ``competing_figures`` (its pay) only when the user
    also chose to give them (``mention_figures``). ``offer_pay`` and ``start_date`` are this
    application's own offer's. Dates, times and pay are written in the email's ``language``.
    """
    grounds = grounds or Grounds(application, now=now)
    owner = application.owner
    contact = application.main_contact
    your_name = owner.signature_name
    interview = grounds.interview
    interview_date = ""
    if interview:
        interview_date = date_and_time(timezone.localtime(interview.scheduled_at), language)
    today = timezone.localdate(grounds.now)
    offers = grounds.offers
    return {
        "contact_name": one_line(contact.name) if contact else FALLBACK_CONTACT_NAMES[language],
        "contact_first_name": contact.first_name if contact else "",
        "company": application.company,
        "position": application.position,
        "your_name": your_name,
        "your_first_name": your_name.split()[0] if your_name.split() else "",
        "reason": one_line(reason),
        "interview_date": interview_date,
        "colleague_name": one_line(colleague_name),
        "today": today_text(today, language),
        "agency": application.agency_name if application.source == Source.AGENCY else "",
        "offer_accepted": "yes" if offers.accepted else "",
        "offer_deadline": long_date(offers.offer_deadline, language)
        if offers.offer_deadline
        else "",
        "decide_by": long_date(decide_by, language) if decide_by else "",
        "offer_pay": offer_pay(offers.own, language) if offers.own else "",
        "start_date": long_date(offers.own.start_date, language, year=True)
        if offers.own and offers.own.start_date
        else "",
        "competing_offer": "yes" if offers.in_writing else "",
        "competing_figures": competing_figures(offers, language) if mention_figures else "",
    }


def offer_pay(offer: Offer, language: str = EmailLanguage.ENGLISH) -> str:
    """An offer's base pay as an email in ``language`` gives it."""
    # The English form is pinned to English: the page drafting it may be in German.
    english = compensation.pay_text(offer, language=EmailLanguage.ENGLISH)
    return pay_text(offer.base_pay_minor, offer.currency, offer.period, language, english)


def competing_figures(offers: OfferTruth, language: str = EmailLanguage.ENGLISH) -> str:
    """The pay of the written offer elsewhere, as an email may quote it; empty without one."""
    written = offers.in_writing
    return offer_pay(written[0], language) if written else ""


def compose_reason(
    application: Application,
    *,
    reason: str,
    name_other_company: bool,
    grounds: Grounds | None = None,
    language: str = EmailLanguage.ENGLISH,
) -> str:
    """The user's reason sentence, led by the other company's name (in the email's
    ``language``) when they chose to give it."""
    reason = one_line(reason)
    offers = (grounds or Grounds(application)).offers.in_writing
    if name_other_company and offers:
        offer = offers[0]
        accepted, deciding = NAMED_COMPANY[known(language)]
        sentence = accepted if offer.decision == Offer.Decision.ACCEPTED else deciding
        named = sentence.format(company=offer.application.company)
        return f"{named} {reason}" if reason else named
    return reason


@dataclass(frozen=True)
class Wording:
    """A scenario's template rendered for one application."""

    template: WithdrawalTemplate
    subject: str
    body: str


@dataclass(frozen=True)
class WordingChoices:
    """What the user chose for one text: the scenario and tone, and the optional words and
    facts it may give. A draft keeps the same fields, so it can be worded again."""

    scenario: str
    tone: str = Tone.FORMAL
    language: str = EmailLanguage.ENGLISH
    reason: str = ""
    name_other_company: bool = False
    colleague_name: str = ""
    decide_by: date | None = None
    mention_figures: bool = False

    @classmethod
    def of(cls, values: Mapping[str, Any]) -> "WordingChoices":
        """The choices in a form's cleaned data or a preview's query: an absent or empty value
        takes its default (a form leaves out the boxes that do not apply)."""
        given = {
            name: values[name]
            for name in ("reason", "name_other_company", "colleague_name", "decide_by")
            if values.get(name) not in (None, "")
        } | {"mention_figures": bool(values.get("mention_figures"))}
        return cls(
            scenario=str(values["scenario"]),
            tone=str(values.get("tone") or Tone.FORMAL),
            language=known(str(values.get("language") or "")),
            **given,
        )

    @classmethod
    def of_draft(cls, draft: WithdrawalDraft) -> "WordingChoices":
        """The choices a draft was worded from, to word it again."""
        return cls(
            scenario=draft.scenario,
            tone=draft.tone,
            language=draft.language,
            reason=draft.reason,
            name_other_company=draft.name_other_company,
            colleague_name=draft.colleague_name,
            decide_by=draft.decide_by,
            mention_figures=draft.mention_figures,
        )


def render_scenario(
    application: Application, choices: WordingChoices, *, grounds: Grounds | None = None
) -> Wording | None:
    """Find the template, fill the placeholders, render: how every text is worded, the draft,
    the preview, the phone script and the thank-you alike. None when the tone has no template.
    """
    template = WithdrawalTemplate.objects.best_for(choices.scenario, choices.tone, choices.language)
    if template is None:
        return None
    grounds = grounds or Grounds(application)
    values = placeholder_values(
        application,
        reason=compose_reason(
            application,
            reason=choices.reason,
            name_other_company=choices.name_other_company,
            grounds=grounds,
            language=choices.language,
        ),
        colleague_name=choices.colleague_name,
        decide_by=choices.decide_by,
        mention_figures=choices.mention_figures,
        grounds=grounds,
        language=choices.language,
    )
    return Wording(
        template=template,
        subject=render_subject(template.subject_template, values)[:SUBJECT_MAX_LENGTH],
        body=render_body(template.body_template, values),
    )


@transaction.atomic
def start_draft(
    *, application: Application, choices: WordingChoices, grounds: Grounds | None = None
) -> WithdrawalDraft:
    """Render the best stored template for the choices and save it as the application's draft.

    Starting again replaces the draft's text: the user asked for a new one. Only a live
    process gets a draft (``NotLive`` otherwise).
    """
    if not application.is_live:
        raise NotLive(application)
    _remember_language(application, choices.language)
    wording = render_scenario(application, choices, grounds=grounds)
    draft, _ = WithdrawalDraft.objects.update_or_create(
        application=application,
        defaults={
            "template": wording.template if wording else None,
            **asdict(choices),
            "subject": wording.subject
            if wording
            else f"Withdrawing my application: {application.position}",
            "body": wording.body if wording else "",
            # An assistant who helped is copied in; the email goes to who runs the process.
            "cc": [c.pk for c in assistants(application) if c.email and not c.is_main],
        },
    )
    return draft


def _remember_language(application: Application, language: str) -> None:
    """The language chosen for an email is the employer's: the next email starts in it."""
    if application.language != language:
        application.language = language
        Application.objects.filter(pk=application.pk).update(language=language)


@transaction.atomic
def switch_language(*, draft: WithdrawalDraft, language: str) -> WithdrawalDraft:
    """Word the draft again in ``language``, with the same scenario, tone and choices, and
    keep the language on its application. The text is replaced by the new wording (the draft
    page previews it first); the people copied in stay. Without a wording in that language and
    tone, ``LookupError`` and nothing changes: no email silently changes tone or language."""
    application = draft.application
    if not application.is_live:
        raise NotLive(application)
    choices = replace(WordingChoices.of_draft(draft), language=known(language))
    wording = render_scenario(application, choices)
    if wording is None:
        raise LookupError(f"No {choices.tone} wording of {choices.scenario} in {language}")
    _remember_language(application, choices.language)
    draft.language = choices.language
    draft.template = wording.template
    draft.subject, draft.body = wording.subject, wording.body
    # An update, not save(): the draft may be gone already (marked sent in another tab).
    WithdrawalDraft.objects.filter(pk=draft.pk).update(
        language=draft.language,
        template=draft.template,
        subject=draft.subject,
        body=draft.body,
        updated_at=timezone.now(),
    )
    return draft


@transaction.atomic
def start_drafts(*, owner, application_ids: list[int]) -> list[int]:
    """Draft a withdrawal for each of the owner's live applications among ``application_ids``.

    A draft already in progress is kept, not replaced. Returns the ids drafted or kept, in the
    order given (the candidates page's urgency order); ids of others' or closed processes are
    left out.
    """
    applications = (
        Application.objects.for_user(owner)
        .live()
        .filter(pk__in=application_ids)
        .prefetch_related("contacts")
        .in_bulk()
    )
    with_draft = set(
        WithdrawalDraft.objects.filter(application_id__in=list(applications)).values_list(
            "application_id", flat=True
        )
    )
    ordered = [pk for pk in dict.fromkeys(application_ids) if pk in applications]
    for pk in ordered:
        if pk not in with_draft:
            application = applications[pk]
            application.owner = owner
            grounds = Grounds(application)
            start_draft(
                application=application,
                choices=WordingChoices(
                    suggested_scenario(application, grounds=grounds),
                    language=application.language,
                ),
                grounds=grounds,
            )
    return ordered


@transaction.atomic
def save_draft(*, draft: WithdrawalDraft, subject: str, body: str, cc: list[int]) -> None:
    """Keep the user's edits. The subject is kept on one line: it becomes an email header."""
    allowed = set(draft.application.contacts.values_list("pk", flat=True))
    draft.subject = one_line(subject)[:SUBJECT_MAX_LENGTH]
    draft.body = body.replace("\r\n", "\n").strip()
    draft.cc = sorted({pk for pk in cc if pk in allowed})
    # An update, not save(): the draft may be gone already (marked sent in another tab), and
    # then there is nothing left to keep.
    WithdrawalDraft.objects.filter(pk=draft.pk).update(
        subject=draft.subject, body=draft.body, cc=draft.cc, updated_at=timezone.now()
    )


@transaction.atomic
def mark_sent(
    *, application: Application, method: str, text: dict | None = None
) -> tuple[Withdrawal, bool]:
    """Record the withdrawal, move the application to withdrawn and cancel its interviews.

    ``text`` (subject, body, cc) is the draft as it was on screen; it is saved under the same
    lock, so a double click cannot save into a draft the first click already used up.
    Idempotent: a second call (a double click, a resubmitted form) returns the standing record
    and ``False`` instead of recording twice. Only a live process can be withdrawn from:
    anything else raises ``NotLive`` and records nothing.
    """
    locked = Application.objects.select_for_update().get(pk=application.pk)
    standing = locked.withdrawals.standing().first()
    if standing and locked.stage == Stage.WITHDRAWN:
        return standing, False
    if not locked.is_live:
        raise NotLive(locked)
    if standing:
        # The user moved the stage back by hand since: that withdrawal no longer stands.
        _retire(standing)
    if text is not None:
        draft = WithdrawalDraft.objects.filter(application=locked).first()
        if draft is not None:
            save_draft(draft=draft, **text)
    draft = WithdrawalDraft.objects.filter(application=locked).select_related("template").first()
    now = timezone.now()
    withdrawal = _record(
        application=locked,
        draft=draft,
        method=method,
        cancelled_interview_ids=_cancel_upcoming_interviews(application=locked, now=now),
        now=now,
    )
    note = "Withdrew by phone" if method == Withdrawal.Method.PHONE else "Withdrew by email"
    application_services.change_stage(application=locked, to_stage=Stage.WITHDRAWN, note=note)
    events.record(
        kind=EventKind.WITHDRAWAL_SENT,
        application=locked,
        withdrawal={"method": method, "sent_at": now.isoformat()},
    )
    if draft:
        draft.delete()
    application.stage = Stage.WITHDRAWN
    return withdrawal, True


def drafts_a_message(application: Application) -> bool:
    """The draft in progress keeps the process going (a message), rather than leaving it."""
    draft = WithdrawalDraft.objects.filter(application=application).only("scenario").first()
    return draft is not None and draft.scenario in Scenario.messages()


@transaction.atomic
def record_message(
    *, application: Application, method: str, text: dict | None = None
) -> SentMessage | None:
    """Record a sent message as a contact on the process.

    The process stays live, unless the message answered its offer: accepting sets the offer's
    decision and the stage to Accepted, declining to Declined and "Offer declined"
    (``ANSWER_DECISIONS``); a counter-offer is recorded and changes neither. The draft is used
    up (a second click finds none and records nothing: returns None).
    """
    locked = Application.objects.select_for_update().get(pk=application.pk)
    draft = (
        WithdrawalDraft.objects.filter(application=locked, scenario__in=Scenario.messages())
        .select_related("template")
        .first()
    )
    if draft is None:
        return None
    if text is not None:
        save_draft(draft=draft, **text)
        draft.refresh_from_db()
    contact = locked.main_contact
    cc_contacts = locked.contacts.filter(pk__in=draft.cc)
    now = timezone.now()
    message = SentMessage.objects.create(
        application=locked,
        template=draft.template,
        scenario=draft.scenario,
        subject=draft.subject,
        body=draft.body,
        recipient_name=contact.name if contact else "",
        recipient_email=contact.email if contact else "",
        cc=", ".join(c.email for c in cc_contacts if c.email),
        method=method,
        sent_at=now,
    )
    Application.objects.filter(pk=locked.pk).update(last_activity_at=now, updated_at=now)
    draft.delete()
    _answer_offer(application=locked, scenario=draft.scenario)
    application.refresh_from_db(fields=["stage", "last_activity_at"])
    return message


# Sending the answer to an offer decides it: the decision and the stage follow
# (``applications.services.decide_offer``); a counter-offer changes neither.
ANSWER_DECISIONS = {
    Scenario.ACCEPT_OFFER: Offer.Decision.ACCEPTED,
    Scenario.DECLINE_OFFER: Offer.Decision.DECLINED,
}


def _answer_offer(*, application: Application, scenario: str) -> None:
    decision = ANSWER_DECISIONS.get(Scenario(scenario)) if scenario in Scenario.values else None
    if decision is None:
        return
    offer = Offer.objects.filter(application=application).first()
    if offer is None or offer.decision != Offer.Decision.PENDING:
        return  # decided meanwhile (another tab, the offer card): nothing to change
    application_services.decide_offer(offer=offer, decision=decision)


def _retire(withdrawal: Withdrawal) -> None:
    withdrawal.undone_at = timezone.now()
    withdrawal.save(update_fields=["undone_at"])


def _cancel_upcoming_interviews(*, application: Application, now) -> list[int]:
    """Cancel the interviews still to come; their ids let an undo book them again."""
    upcoming = application.interviews.upcoming(now=now)
    cancelled_ids = list(upcoming.values_list("pk", flat=True))
    Interview.objects.filter(pk__in=cancelled_ids).update(status=Interview.Status.CANCELLED)
    events.record_interviews(EventKind.INTERVIEW_CHANGED, cancelled_ids)
    return cancelled_ids


def _record(
    *,
    application: Application,
    draft: WithdrawalDraft | None,
    method: str,
    cancelled_interview_ids: list[int],
    now,
) -> Withdrawal:
    """The record of what was sent, to whom and how, copied from the draft as it stands."""
    contact = application.main_contact
    cc_contacts = application.contacts.filter(pk__in=draft.cc) if draft else []
    return Withdrawal.objects.create(
        application=application,
        template=draft.template if draft else None,
        scenario=draft.scenario if draft else "",
        subject=draft.subject if draft else "",
        body=draft.body if draft else "",
        recipient_name=contact.name if contact else "",
        recipient_email=contact.email if contact else "",
        cc=", ".join(c.email for c in cc_contacts if c.email),
        method=method,
        reason=draft.reason if draft else "",
        previous_stage=application.stage,
        cancelled_interview_ids=cancelled_interview_ids,
        sent_at=now,
    )


@transaction.atomic
def undo_withdrawal(*, withdrawal: Withdrawal) -> None:
    """Within the undo window: restore the stage, the interviews and the draft."""
    locked = Withdrawal.objects.select_for_update().get(pk=withdrawal.pk)
    if not locked.can_undo:
        raise NothingToUndo
    application = locked.application
    Interview.objects.filter(
        application=application,
        pk__in=locked.cancelled_interview_ids,
        status=Interview.Status.CANCELLED,
    ).update(status=Interview.Status.SCHEDULED)
    events.record_interviews(EventKind.INTERVIEW_CHANGED, locked.cancelled_interview_ids)
    locked.undone_at = timezone.now()
    locked.save(update_fields=["undone_at"])
    WithdrawalDraft.objects.update_or_create(
        application=application,
        defaults={
            "template": locked.template,
            "scenario": locked.scenario or Scenario.NOT_RIGHT_FIT,
            "reason": locked.reason,
            "subject": locked.subject,
            "body": locked.body,
        },
    )
    application_services.change_stage(
        application=application,
        to_stage=locked.previous_stage or Stage.APPLIED,
        note="Withdrawal undone",
    )


@transaction.atomic
def mark_follow_up_sent(*, withdrawal: Withdrawal) -> None:
    Withdrawal.objects.filter(pk=withdrawal.pk, follow_up_sent_at__isnull=True).update(
        follow_up_sent_at=timezone.now()
    )


@transaction.atomic
def save_reflection(*, withdrawal: Withdrawal, liked: str, disliked: str) -> None:
    withdrawal.liked = liked.strip()
    withdrawal.disliked = disliked.strip()
    withdrawal.save(update_fields=["liked", "disliked"])


def assistants(application: Application) -> list[Contact]:
    return [c for c in application.contacts.all() if c.role == Contact.Role.ASSISTANT]


def needs_recipient(application: Application) -> bool:
    """No one to write to but, at most, an assistant: ask for the person who runs it."""
    contact = application.main_contact
    return contact is None or contact.role == Contact.Role.ASSISTANT


def recipient_advice(application: Application) -> list[str]:
    """Who to write to: the main point of contact, the agency's recruiter, never an assistant."""
    contact = application.main_contact
    advice = []
    helpers = assistants(application)
    if needs_recipient(application) and helpers:
        names = gettext(" and ").join(helper.name for helper in helpers)
        agency = application.source == Source.AGENCY
        if len(helpers) > 1:
            text = (
                gettext(
                    "%(names)s are assistants: write to the person who runs the process "
                    "instead (the recruiter at %(agency)s, who set it up). Add them below; you "
                    "can copy the assistant in."
                )
                if agency
                else gettext(
                    "%(names)s are assistants: write to the person who runs the process "
                    "instead (the recruiter or the hiring manager). Add them below; you can "
                    "copy the assistant in."
                )
            )
        else:
            text = (
                gettext(
                    "%(names)s is an assistant: write to the person who runs the process "
                    "instead (the recruiter at %(agency)s, who set it up). Add them below; you "
                    "can copy the assistant in."
                )
                if agency
                else gettext(
                    "%(names)s is an assistant: write to the person who runs the process "
                    "instead (the recruiter or the hiring manager). Add them below; you can "
                    "copy the assistant in."
                )
            )
        advice.append(text % {"names": names, "agency": application.agency_name})
        return advice
    if contact is None:
        advice.append(
            gettext(
                "There is no main contact to write to. Add the person who runs this process: "
                "the recruiter at %(agency)s, who set it up."
            )
            % {"agency": application.agency_name}
            if application.source == Source.AGENCY
            else gettext(
                "There is no main contact to write to. Add the person who runs this process, "
                "such as the recruiter or the hiring manager."
            )
        )
        return advice
    if application.source == Source.AGENCY and contact.role != Contact.Role.AGENCY_RECRUITER:
        advice.append(
            gettext(
                "%(agency)s set this process up: write to their recruiter, who will tell the "
                "company."
            )
            % {"agency": application.agency_name}
        )
    if not contact.email:
        advice.append(
            gettext("Add %(name)s's email address to open the draft in your mail program.")
            % {"name": contact.name}
        )
    return advice


@transaction.atomic
def add_recipient(*, application: Application, name: str, role: str, email: str) -> Contact:
    """Add the person who runs the process as the main contact; an assistant stays, for CC.

    A draft in progress keeps its text: the choose step, where this is offered, starts anew.
    """
    contact = Contact(application=application, name=name, role=role, email=email, is_main=True)
    application_services.save_contact(contact=contact)
    return contact


@transaction.atomic
def keep_in_play(*, application: Application, reason: str, note: str = "") -> None:
    """Take a withdrawal candidate off the list, remembering why."""
    if reason not in KeepReason.values:
        raise ValueError(f"Not a reason: {reason!r}")
    Application.objects.filter(pk=application.pk).update(
        kept_in_play_reason=reason, kept_in_play_note=note, kept_in_play_at=timezone.now()
    )


@transaction.atomic
def undo_keep_in_play(*, application: Application) -> None:
    """Put a kept process back on the candidates list."""
    Application.objects.filter(pk=application.pk).update(
        kept_in_play_reason="", kept_in_play_note="", kept_in_play_at=None
    )


@transaction.atomic
def close_not_applied(*, user, application_ids: list[int]) -> int:
    """Close processes never applied to: nobody is waiting for an answer, so no email.

    Only the user's own, still never applied to; returns how many were closed.
    """
    applications = (
        Application.objects.for_user(user)
        .not_applied_to_close()
        .filter(pk__in=application_ids)
        .select_for_update()
    )
    closed = 0
    for application in applications:
        closed += application_services.change_stage(
            application=application,
            to_stage=Stage.WITHDRAWN,
            note="Closed without applying: no email needed",
        )
    return closed
