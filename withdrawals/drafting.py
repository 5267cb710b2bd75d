"""What the choose and draft pages show, read in a fixed number of queries.

The views parse the request, call one function here and render what it returns; the words
themselves come from ``services.render_scenario``, the rules of what is true from
``services.Grounds`` (the user's offers as seen from the application, read once).
"""

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime

from django.urls import reverse

from applications.mailto import encode_address, mailto_url
from applications.models import Application, Contact, Offer
from withdrawals import services
from withdrawals.advice import Advice, Sender, check_draft
from withdrawals.eml import unwritable_addresses
from withdrawals.models import Scenario, Tone, Withdrawal, WithdrawalDraft, WithdrawalTemplate
from withdrawals.services import Grounds, Wording, WordingChoices
from withdrawals.timing import call_advised


def pick_tone(tones: list[str], wanted: str | None = None) -> str:
    """The tone asked for if it has a wording, else formal, else the first that has one."""
    if wanted in tones:
        return str(wanted)
    return Tone.FORMAL if Tone.FORMAL in tones or not tones else tones[0]


def cc_contacts(application: Application) -> list[Contact]:
    """Who may be copied in: every contact with an address but the one the email goes to."""
    main = application.main_contact
    return [
        contact
        for contact in application.contacts.all()
        if contact.email and (main is None or contact.pk != main.pk)
    ]


def chosen_cc(application: Application, draft: WithdrawalDraft) -> list[Contact]:
    """The contacts the draft copies in, as the user ticked them."""
    return [c for c in cc_contacts(application) if c.pk in (draft.cc or [])]


# The choose step -------------------------------------------------------------------------------


@dataclass
class ChoosePage:
    """The choose step: the scenarios true for this application and what to start from."""

    application: Application
    leaving: bool
    grounds: Grounds
    draft: WithdrawalDraft | None
    scenarios: list[str]
    # Each language's scenarios and the tones that have a wording in it.
    tones_by_language: dict[str, dict[str, list[str]]]
    initial: dict[str, object]

    @property
    def tones_for(self) -> dict[str, list[str]]:
        """The tones of each scenario in the language the page starts in."""
        return self.tones_by_language[str(self.initial["language"])]

    @property
    def other_company(self) -> str:
        """The company of the written offer elsewhere, which the user may name in the email."""
        offers = self.grounds.offers.in_writing
        return offers[0].application.company if offers else ""

    @property
    def other_figures(self) -> str:
        """The pay of the written offer elsewhere, which a counter-offer may quote."""
        return services.competing_figures(self.grounds.offers)

    @property
    def validate_first(self) -> bool:
        """No offer in writing to go to: the guides' "validate your decision" first."""
        return self.leaving and not self.grounds.offers.any_in_writing

    @property
    def recipient_advice(self) -> list[str]:
        return services.recipient_advice(self.application)

    def preview(self, choice: Mapping[str, object]) -> Wording | None:
        """The wording of the chosen scenario and tone, rendered for this application."""
        scenario, tone = choice.get("scenario"), choice.get("tone")
        if not scenario or not tone:
            return None
        return services.render_scenario(
            self.application, WordingChoices.of(choice), grounds=self.grounds
        )


def choose_page(
    application: Application,
    *,
    leaving: bool | None = True,
    asked: str | None = None,
    now: datetime | None = None,
) -> ChoosePage:
    """What the choose step offers: only what is true for this application and has a wording.

    ``leaving`` picks the withdrawals, or (False) the messages that keep the process going, or
    (None) either, for the preview that redraws both. ``asked`` is a scenario the link asked
    for; else the draft in progress is picked up again, else the suggested scenario.
    """
    grounds = Grounds(application, now=now)
    if leaving is None:
        scenarios = [
            *services.available_scenarios(application, grounds=grounds),
            *services.available_scenarios(application, leaving=False, grounds=grounds),
        ]
    else:
        scenarios = services.available_scenarios(application, leaving=leaving, grounds=grounds)
    draft = WithdrawalDraft.objects.filter(application=application).first()
    tones_by_language = WithdrawalTemplate.objects.tones_by_language()
    if asked in scenarios:
        suggested = str(asked)
    elif leaving is False:
        suggested = Scenario.CHECKING_IN
    else:
        suggested = services.suggested_scenario(application, grounds=grounds)
    initial: dict[str, object] = {"scenario": suggested if suggested in scenarios else scenarios[0]}
    wording = services.deal_breaker_wording(application) if leaving is not False else None
    if wording and wording[0] == initial["scenario"]:
        initial["reason"] = wording[1]
    if draft and draft.scenario in scenarios and asked not in scenarios:
        initial = asdict(services.WordingChoices.of_draft(draft))
    # The employer's language, as the application (or the draft picked up again) has it.
    initial["language"] = initial.get("language") or application.language
    tones_for = tones_by_language[str(initial["language"])]
    initial["tone"] = pick_tone(
        tones_for.get(str(initial["scenario"]), []), str(initial.get("tone") or "")
    )
    return ChoosePage(
        application=application,
        leaving=leaving is not False,
        grounds=grounds,
        draft=draft,
        scenarios=scenarios,
        tones_by_language=tones_by_language,
        initial=initial,
    )


# The draft step --------------------------------------------------------------------------------


@dataclass
class DraftPage:
    """The draft beside the advice computed from the text on screen, and the ways to send it."""

    application: Application
    draft: WithdrawalDraft
    contact: Contact | None
    recipient_advice: list[str]
    advice: list[Advice]
    phone_script: str
    mailto: str
    mailto_cc: str
    # The .eml leaves out an address it cannot write: say so before it is downloaded.
    left_out_of_eml: list[tuple[str, str]]
    call_advised: bool
    # Having advised a call, assume the user made it.
    sent_method: str
    is_message: bool
    queue: list[int]
    queue_query: str
    next_in_queue: Application | None
    # The application's own offer, read with the others: its signed contract has a rule.
    own_offer: Offer | None = None

    def context(self) -> dict[str, object]:
        """The page's template context: each field under its own name."""
        return {field.name: getattr(self, field.name) for field in fields(self)}


def draft_page(
    application: Application,
    draft: WithdrawalDraft,
    *,
    subject: str,
    body: str,
    queue: list[int],
    now: datetime | None = None,
) -> DraftPage:
    """Everything the draft page shows. ``subject`` and ``body`` are the text on screen (the
    posted form's, else the saved draft's): the checks read what the user is looking at."""
    grounds = Grounds(application, now=now)
    user = application.owner
    contact = application.main_contact
    copied = chosen_cc(application, draft)
    is_message = draft.scenario in Scenario.messages()
    interview = grounds.interview
    # A message keeps the process going: no advice to call and cancel the next interview.
    interview_at = interview.scheduled_at if interview and not is_message else None
    call = "" if is_message else call_advised(application, interview_at, now=grounds.now)
    advice = check_draft(
        subject,
        body,
        next_interview_at=interview_at,
        long_process=call == "long_process",
        now=grounds.now,
        sender=Sender(
            name=user.signature_name,
            username=user.username,
            has_real_name=user.has_real_name,
            profile_url=reverse("profile"),
        ),
        offers=grounds.offers,
        language=draft.language,
    )
    phone_script = ""
    if any(item.show_phone_script for item in advice):
        # A companion text in the draft's language and tone, else in a tone there is.
        tones = WithdrawalTemplate.objects.tones_for(draft.language)[Scenario.PHONE_SCRIPT]
        script = services.render_scenario(
            application,
            WordingChoices(
                Scenario.PHONE_SCRIPT,
                pick_tone(tones, draft.tone),
                language=draft.language,
                reason=draft.reason,
            ),
            grounds=grounds,
        )
        phone_script = script.body if script else ""
    to = [contact] if contact and contact.email else []
    return DraftPage(
        own_offer=grounds.offers.own,
        application=application,
        draft=draft,
        contact=contact,
        recipient_advice=services.recipient_advice(application),
        advice=advice,
        phone_script=phone_script,
        mailto=mailto_url(
            to=to[0].email if to else "",
            cc=[c.email for c in copied],
            subject=draft.subject,
            body=draft.body,
        ),
        mailto_cc=",".join(encode_address(c.email) for c in copied),
        left_out_of_eml=unwritable_addresses([(c.name, c.email) for c in [*to, *copied]]),
        call_advised=bool(call),
        sent_method=Withdrawal.Method.PHONE if call else Withdrawal.Method.EMAIL,
        is_message=is_message,
        queue=queue,
        queue_query=",".join(map(str, queue)),
        next_in_queue=Application.objects.for_user(user).filter(pk=queue[0]).first()
        if queue
        else None,
    )


def language_preview(
    application: Application, draft: WithdrawalDraft, language: str
) -> Wording | None:
    """The draft worded again in ``language`` with the same choices, before the user switches:
    None when that language has no wording in the draft's tone."""
    choices = replace(WordingChoices.of_draft(draft), language=language)
    return services.render_scenario(application, choices)
