"""Emails kept for review, and the changes the user applies from them. Each function is one
transaction; every change to a process goes through the core's services (stage changes,
interviews, contacts, offers) or the invitation import, never a rule of its own."""

import re
import secrets
from datetime import datetime
from typing import cast

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import dateformat, timezone
from django.utils.translation import gettext, ngettext, pgettext, pgettext_lazy

from applications import clock, labels, services
from applications.models import (
    Application,
    ForwardingAddress,
    Interview,
    MessageKind,
    Offer,
    RecruiterMessage,
    Stage,
)
from intake import invitations
from intake.emails import extraction, matching, reasons, rules
from intake.emails.reading import ParsedEmail

# The stage a kind of message moves a process to, when the process is not there yet.
KIND_STAGES = {
    MessageKind.RECEIVED: Stage.APPLIED,
    MessageKind.INVITATION: Stage.INTERVIEWING,
    MessageKind.RESCHEDULED: Stage.INTERVIEWING,
    MessageKind.ASSESSMENT: Stage.SCREENING,
    MessageKind.REJECTION: Stage.REJECTED,
}
# Kinds that describe an interview to add, move or cancel.
INTERVIEW_ACTIONS = {
    MessageKind.INVITATION: "add",
    MessageKind.RESCHEDULED: "move",
    MessageKind.CANCELLED: "cancel",
}
_LETTER = re.compile(
    r"(?i)\b(?:attached|attachment|enclosed|anbei|im anhang|ci-joint|en pièce jointe|"
    r"adjunt[ao]s?|adjuntamos)\b"
)
_DOCUMENT = re.compile(r"(?i)\.(?:pdf|docx?|odt|rtf)$")


def _stage_for(kind: str, application: Application | None) -> str:
    """The stage this message moves ``application`` to, or "" when it is there (or further)."""
    target = KIND_STAGES.get(MessageKind(kind), "")
    if not target or application is None:
        return target
    if target == Stage.REJECTED:
        return target if application.stage in Stage.live() else ""
    if not application.is_live:
        return ""
    return target if Stage.pipeline_rank(application.stage) < Stage.pipeline_rank(target) else ""


def offer_in_writing(parsed_text: str, attachment_names: list[str]) -> bool:
    """A written offer: a letter attached (a document) that the email speaks of as attached."""
    return any(_DOCUMENT.search(name) for name in attachment_names) and bool(
        _LETTER.search(parsed_text)
    )


def suggest(*, message: RecruiterMessage, application: Application | None, zone) -> dict:
    """What the message states, as a change to ``application``: a stage, an interview (added,
    moved or cancelled), the sender as a contact, an offer. Plain values, kept with the
    message until the user applies it."""
    kind = message.kind
    if kind in (MessageKind.NOT_PROCESS, MessageKind.UNKNOWN):
        return {}
    suggestion: dict = {}
    stage = _stage_for(kind, application)
    if stage:
        suggestion["stage"] = stage
    action = INTERVIEW_ACTIONS.get(MessageKind(kind))
    sent = timezone.localdate(message.sent_at or message.received_at, zone)
    facts = extraction.interview_facts(
        text=message.body_text, invitation_ics=message.invitation_ics, sent=sent, zone=zone
    )
    upcoming = (
        Interview.objects.upcoming().filter(application=application).first()
        if application is not None and action in ("move", "cancel")
        else None
    )
    if facts is not None and facts.invitation and facts.invitation.uid and application:
        # An attached invitation says itself whether it is new, a revision of one imported
        # before (moved), a repeat (nothing) or a cancellation: the invitation import's rules.
        interview = _from_invitation(facts, application)
        if interview:
            suggestion["interview"] = interview
    elif action == "add" and facts is not None:
        suggestion["interview"] = _interview_values("add", facts)
    elif action == "move" and facts is not None and facts.starts_at is not None:
        suggestion["interview"] = _interview_values("add" if upcoming is None else "move", facts)
        if upcoming is not None:
            suggestion["interview"]["interview_id"] = upcoming.pk
    elif action == "cancel" and upcoming is not None:
        suggestion["interview"] = {"action": "cancel", "interview_id": upcoming.pk}
    if kind == MessageKind.REJECTION:
        held = application is not None and (
            Interview.objects.filter(application=application, scheduled_at__lt=timezone.now())
            .exclude(status=Interview.Status.CANCELLED)
            .exists()
        )
        # Before or after an interview: what the user may want to ask for (feedback) differs.
        suggestion["after_interview"] = held or rules.rejection_after_interview(message.body_text)
    if kind == MessageKind.OFFER:
        names = [attachment.get("name", "") for attachment in message.attachments]
        suggestion["offer"] = {"in_writing": offer_in_writing(message.body_text, names)}
    organiser = facts.organiser_email if facts is not None else ""
    contact = extraction.sender_contact(name=message.from_name, address=message.from_email)
    if organiser and facts is not None:
        contact = extraction.sender_contact(name=facts.organiser_name, address=organiser)
    if contact and not (
        application is not None
        and application.contacts.filter(email__iexact=contact["email"]).exists()
    ):
        suggestion["contact"] = contact
    return suggestion


def _interview_values(action: str, facts: extraction.InterviewFacts) -> dict:
    values = {
        "action": action,
        "scheduled_at": facts.starts_at.isoformat() if facts.starts_at else "",
        "sent_zone": facts.sent_zone,
        "duration_minutes": extraction.minutes_or_default(facts.duration_minutes),
        "location": facts.location,
        "kind": facts.kind,
    }
    if facts.invitation is not None and facts.invitation.uid:
        values |= {"uid": facts.invitation.uid, "sequence": facts.invitation.sequence}
    return values


def _from_invitation(facts: extraction.InterviewFacts, application: Application) -> dict:
    invitation = cast(invitations.Invitation, facts.invitation)
    earlier = invitations.earlier_import(application=application, uid=invitation.uid)
    if invitation.cancelled:
        if earlier is None or earlier.status == Interview.Status.CANCELLED:
            return {}
        return {"action": "cancel", "interview_id": earlier.pk, "sequence": invitation.sequence}
    if earlier is None:
        return _interview_values("add", facts)
    if not invitations.is_news(invitation, earlier):
        return {}
    return _interview_values("move", facts) | {"interview_id": earlier.pk}


@transaction.atomic
def receive(
    *, owner, parsed: ParsedEmail, source: str, application: Application | None = None
) -> RecruiterMessage:
    """Keep an email for review: classified, matched (to ``application`` when the user gave
    it on that application's page) and its suggestion worked out. The same email given twice
    (the same Message-ID) is kept once: the first copy is returned."""
    if parsed.message_id:
        existing = RecruiterMessage.objects.for_user(owner).filter(
            message_id_header=parsed.message_id
        )
        if existing.exists():
            return existing.get()
    classification = rules.classify(
        subject=parsed.subject,
        text=parsed.text,
        from_email=parsed.from_email,
        headers=parsed.headers,
        invitation_ics=parsed.invitation_ics,
    )
    message = RecruiterMessage(
        owner=owner,
        source=source,
        sent_at=parsed.sent_at,
        subject=parsed.subject,
        from_name=parsed.from_name,
        from_email=parsed.from_email,
        message_id_header=parsed.message_id,
        thread_ids=parsed.thread_ids,
        body_text=parsed.text,
        body_html=parsed.html,
        attachments=[
            {"name": a.name, "type": a.content_type, "size": a.size} for a in parsed.attachments
        ],
        invitation_ics=parsed.invitation_ics,
        kind=classification.kind,
        language=classification.language,
        reason=classification.reason[:500],
    )
    if message.kind == MessageKind.NOT_PROCESS:
        # Never a suggestion: filed, out of the review list, still listed for the user to see.
        message.status = RecruiterMessage.Status.DISMISSED
        message.decided_at = timezone.now()
    else:
        found = (
            matching.Match(application, reason=reasons.ADDED_HERE)
            if application is not None and application.owner_id == owner.pk
            else matching.match(owner=owner, parsed=parsed)
        )
        message.application = found.application
        message.candidate_ids = [application.pk for application in found.candidates]
        message.match_reason = found.reason[:300]
        message.suggestion = suggest(
            message=message, application=found.application, zone=clock.zone_of(owner)
        )
    try:
        with transaction.atomic():
            message.save()
    except IntegrityError:
        # The same email arrived twice at once: the other copy won.
        return RecruiterMessage.objects.for_user(owner).get(message_id_header=parsed.message_id)
    return message


def _locked_pending(message: RecruiterMessage) -> RecruiterMessage:
    locked = RecruiterMessage.objects.select_for_update().get(pk=message.pk)
    if locked.status != RecruiterMessage.Status.PENDING:
        raise ValidationError(gettext("This email was already dealt with."))
    return locked


def _apply_interview(*, application: Application, values: dict, contact: dict | None):
    action = values.get("action")
    if action == "cancel" or action == "move":
        interview = Interview.objects.filter(
            application=application, pk=int(values.get("interview_id") or 0)
        ).first()
        if interview is None:
            raise ValidationError(gettext("The interview this email changes is no longer there."))
        if action == "cancel" and values.get("sequence") is not None:
            invitations.cancel_from_invitation(
                interview=interview, sequence=int(values["sequence"])
            )
            return
        if action == "cancel":
            interview.status = Interview.Status.CANCELLED
        else:
            interview.scheduled_at = _moment(values.get("scheduled_at"))
        interview.full_clean()
        if values.get("uid"):
            invitations.import_invitation(
                interview=interview, uid=values["uid"], sequence=int(values.get("sequence", 0))
            )
        else:
            services.save_interview(interview=interview)
        return
    interview = services.new_interview(
        application=application,
        scheduled_at=_moment(values.get("scheduled_at")),
        duration_minutes=values.get("duration_minutes") or 60,
        location=values.get("location", "")[:500],
        kind=values.get("kind") or Interview.Kind.VIDEO,
        with_whom=(contact or {}).get("name", "")[:200],
    )
    interview.full_clean()
    # The same way a calendar invitation becomes an interview (and its organiser a contact).
    invitations.import_invitation(
        interview=interview,
        organiser_name=(contact or {}).get("name", ""),
        organiser_email=(contact or {}).get("email", ""),
        uid=values.get("uid", ""),
        sequence=int(values.get("sequence", 0)),
    )


def _moment(value) -> datetime:
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value or ""))
    except ValueError:
        raise ValidationError(gettext("The email gives no interview time: enter it.")) from None


@transaction.atomic
def apply_message(
    *, message: RecruiterMessage, application: Application, suggestion: dict
) -> RecruiterMessage:
    """Apply the (possibly edited) suggestion to ``application`` through the core's services,
    and file the message with it. The stage history notes the email. A message applied or
    dismissed already is refused (a double click applies once)."""
    if application.owner_id != message.owner_id:
        raise ValidationError(gettext("This application is not yours."))
    locked = _locked_pending(message)
    note = message.stage_note
    contact = suggestion.get("contact") or None
    if suggestion.get("interview"):
        _apply_interview(application=application, values=suggestion["interview"], contact=contact)
    elif contact:
        invitations.add_contact_if_new(
            application=application, name=contact.get("name", ""), email=contact.get("email", "")
        )
    if suggestion.get("offer") is not None:
        _apply_offer(application=application, in_writing=bool(suggestion["offer"]["in_writing"]))
    stage = suggestion.get("stage")
    if stage:
        services.change_stage(application=application, to_stage=stage, note=note)
    now = timezone.now()
    RecruiterMessage.objects.filter(pk=locked.pk).update(
        application=application,
        suggestion=suggestion,
        status=RecruiterMessage.Status.APPLIED,
        decided_at=now,
    )
    message.refresh_from_db()
    return message


def _apply_offer(*, application: Application, in_writing: bool) -> None:
    """Record the offer the email speaks of; an offer recorded already only gains "in
    writing" (an email never takes it away)."""
    offer = Offer.objects.filter(application=application).first()
    if offer is None:
        offer = Offer(application=application, in_writing=in_writing)
    elif in_writing and not offer.in_writing:
        offer.in_writing = True
    else:
        return
    services.save_offer(offer=offer)


@transaction.atomic
def dismiss_message(*, message: RecruiterMessage) -> None:
    """Nothing changes; the message leaves the review list (it stays with its application)."""
    locked = _locked_pending(message)
    RecruiterMessage.objects.filter(pk=locked.pk).update(
        status=RecruiterMessage.Status.DISMISSED, decided_at=timezone.now()
    )


@transaction.atomic
def create_application_for(
    *, message: RecruiterMessage, company: str, position: str
) -> Application:
    """A new application for an email that matches none: Interested for a recruiter's
    approach, else Applied; then the email's suggestion is applied to it."""
    stage = Stage.INTERESTED if message.kind == MessageKind.OUTREACH else Stage.APPLIED
    application = services.create_application(
        application=Application(
            owner=message.owner, company=company, position=position, stage=stage
        ),
        note=message.stage_note,
    )
    suggestion = suggest(
        message=message, application=application, zone=clock.zone_of(message.owner)
    )
    apply_message(message=message, application=application, suggestion=suggestion)
    return application


# --- the private forwarding address --------------------------------------------------------


def _new_token() -> str:
    # Lower-case letters and digits only: mail servers may fold the case of a local part.
    return secrets.token_hex(16)


@transaction.atomic
def forwarding_address(*, owner) -> ForwardingAddress:
    """The user's forwarding address, made the first time it is asked for."""
    address, _ = ForwardingAddress.objects.get_or_create(
        owner=owner, defaults={"token": _new_token()}
    )
    return address


@transaction.atomic
def new_forwarding_address(*, owner) -> ForwardingAddress:
    """A new token; the old address stops working at once."""
    address, created = ForwardingAddress.objects.get_or_create(
        owner=owner, defaults={"token": _new_token()}
    )
    if not created:
        address.token = _new_token()
        address.created_at = timezone.now()
        address.save(update_fields=["token", "created_at"])
    return address


_RECIPIENT = re.compile(r"(?i)^in\+([0-9a-f]{32})@(.+)$")


def owner_for(recipient: str, *, domain: str):
    """The active user whose forwarding address is ``recipient``, or None."""
    found = _RECIPIENT.match(recipient.strip().strip("<>"))
    if found is None or found[2].lower() != domain.lower():
        return None
    address = (
        ForwardingAddress.objects.select_related("owner")
        .filter(token=found[1].lower(), owner__is_active=True)
        .first()
    )
    return address.owner if address is not None else None


# The applications the user may file an email with on its page: those it could be about,
# then the most recent ones (a select of 10,000 would help nobody).
CHOOSABLE = 50


def applications_to_choose(*, owner, message: RecruiterMessage) -> list[Application]:
    first = [pk for pk in [message.application_id, *message.candidate_ids] if pk]
    mine = Application.objects.for_user(owner)
    chosen = mine.in_bulk(first)
    recent = mine.exclude(pk__in=first).order_by("-last_activity_at", "-pk")[:CHOOSABLE]
    return [chosen[pk] for pk in dict.fromkeys(first) if pk in chosen] + list(recent)


_TEAM_WORDS = re.compile(
    r"(?i)\s*(?:careers?|recruiting|recruitment|talent(?: acquisition)?|jobs|hr|team|"
    r"karriere|personal|recrutement|rh|empleo|selección|talento)\b.*$"
)


def new_application_guess(message: RecruiterMessage) -> dict:
    """The company and position to offer when an email matches no application: the company
    an ATS writes for, else the sender's name less "Careers" and the like; the subject as the
    position."""
    company = matching.on_behalf_of_name(message.from_name, message.body_text)
    if not company and not extraction.sender_contact(
        name=message.from_name, address=message.from_email
    ):
        company = _TEAM_WORDS.sub("", message.from_name).strip(" -·|")
    return {"company": company[:200], "position": message.subject[:200]}


# --- what a suggestion says, in the user's words -------------------------------------------


def _when(value: str) -> str:
    moment = timezone.localtime(datetime.fromisoformat(value))
    return dateformat.format(moment, pgettext("date format", "D j M Y, H:i"))


# The interview's kind inside a sentence ("60 minutes, video"): English writes it in lower
# case, German keeps its nouns capitalised, so each language says it in its own words.
KIND_IN_A_SENTENCE = {
    Interview.Kind.PHONE: pgettext_lazy("interview kind in a sentence", "phone"),
    Interview.Kind.VIDEO: pgettext_lazy("interview kind in a sentence", "video"),
    Interview.Kind.ON_SITE: pgettext_lazy("interview kind in a sentence", "on-site"),
    Interview.Kind.ASSESSMENT: pgettext_lazy("interview kind in a sentence", "assessment"),
}


def describe(suggestion: dict, *, interviews: dict[int, Interview] | None = None) -> list[str]:
    """Each change the suggestion makes, as a sentence in the reader's language; times in the
    user's zone."""
    interviews = interviews or {}
    lines = []
    if suggestion.get("stage"):
        stage = labels.shown(Stage(suggestion["stage"]).label)
        if "after_interview" not in suggestion:
            line = gettext("Move the stage to %(stage)s.")
        elif suggestion["after_interview"]:
            line = gettext("Move the stage to %(stage)s (after an interview).")
        else:
            line = gettext("Move the stage to %(stage)s (before any interview).")
        lines.append(line % {"stage": stage})
    interview = suggestion.get("interview") or {}
    earlier = interviews.get(int(interview.get("interview_id") or 0))
    earlier_when = _when(earlier.scheduled_at.isoformat()) if earlier else ""
    if interview.get("action") == "cancel":
        lines.append(
            gettext("Cancel the interview of %(earlier)s.") % {"earlier": earlier_when}
            if earlier
            else gettext("Cancel the interview.")
        )
    elif interview.get("action") in ("add", "move"):
        minutes = int(interview.get("duration_minutes", 60))
        details = [
            ngettext("%(minutes)d minute", "%(minutes)d minutes", minutes) % {"minutes": minutes},
            str(KIND_IN_A_SENTENCE[Interview.Kind(interview.get("kind") or Interview.Kind.VIDEO)]),
        ]
        if interview.get("location"):
            details.append(interview["location"])
        values = {
            "when": _when(interview["scheduled_at"])
            if interview.get("scheduled_at")
            else gettext("(no time)"),
            "details": ", ".join(details),
            "earlier": earlier_when,
        }
        if interview["action"] == "add":
            line = gettext("Add an interview on %(when)s (%(details)s).")
        elif earlier:
            line = gettext("Move the interview of %(earlier)s to %(when)s (%(details)s).")
        else:
            line = gettext("Move the interview to %(when)s (%(details)s).")
        lines.append(line % values)
    contact = suggestion.get("contact")
    if contact:
        lines.append(
            gettext("Add %(name)s (%(email)s) as a contact.")
            % {"name": contact["name"], "email": contact["email"]}
        )
    offer = suggestion.get("offer")
    if offer is not None:
        lines.append(
            gettext("Record the offer, in writing.")
            if offer.get("in_writing")
            else gettext("Record the offer, not in writing yet.")
        )
    return lines
