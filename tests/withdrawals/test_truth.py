"""No email claims more than is true: offer state x scenario x tone, every rendered text.

The user's offer is on Initech; the email goes to Globex, another live process (or, to ask for
time, to Initech itself). "Accepted" only when an accepted offer is in writing; an offer only
when one is in writing; scenarios that would need more are not offered at all.
"""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from applications.models import Offer, Stage
from tests.factories import ApplicationFactory, ContactFactory, OfferFactory
from withdrawals import services
from withdrawals.advice import check_draft
from withdrawals.models import Scenario, Tone, WithdrawalDraft
from withdrawals.services import WordingChoices

pytestmark = pytest.mark.django_db

# state: (in_writing, decision, stage of the offering process) or None for no offer at all.
STATES = {
    "no offer": None,
    "verbal pending": (False, Offer.Decision.PENDING, Stage.OFFER),
    "verbal accepted": (False, Offer.Decision.ACCEPTED, Stage.ACCEPTED),
    "written pending": (True, Offer.Decision.PENDING, Stage.OFFER),
    "written accepted": (True, Offer.Decision.ACCEPTED, Stage.ACCEPTED),
    "written declined": (True, Offer.Decision.DECLINED, Stage.OFFER_DECLINED),
}
# What each state makes true.
ACCEPTED_IN_WRITING = {"written accepted"}
OFFER_IN_WRITING = {"written pending", "written accepted"}
# Still to be decided: "before I decide" and "I expect to decide soon" are true.
PENDING_IN_WRITING = {"written pending"}

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
CLAIMS_ACCEPTED = re.compile(r"\baccepted\b|\baccept(ed)? (another|an|the) (offer|role)", re.I)
CLAIMS_AN_OFFER = re.compile(r"\boffers?\b", re.I)
SCENARIOS = [*Scenario.withdrawing(), *Scenario.messages()]


def make_state(owner, state):
    settings = STATES[state]
    if settings is None:
        return None
    in_writing, decision, stage = settings
    return OfferFactory(
        application__owner=owner,
        application__company="Initech",
        application__stage=stage,
        in_writing=in_writing,
        decision=decision,
        decided_on=None if decision == Offer.Decision.PENDING else timezone.localdate(),
        respond_by=timezone.localdate() + timedelta(days=5),
    )


def rendered(application, scenario, tone, *, name_other_company):
    wording = services.render_scenario(
        application,
        WordingChoices(
            scenario,
            tone,
            name_other_company=name_other_company,
            decide_by=timezone.localdate() + timedelta(days=9),
        ),
    )
    assert wording is not None, f"{scenario} / {tone} has no template"
    return wording.subject + "\n" + wording.body


@pytest.mark.parametrize("state", STATES)
def test_every_offered_email_to_another_process_says_no_more_than_is_true(owner, state):
    make_state(owner, state)
    globex = ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)
    ContactFactory(application=globex, name="Priya Shah", is_main=True)
    available = set(services.available_scenarios(globex)) | set(
        services.available_scenarios(globex, leaving=False)
    )

    checked = 0
    for scenario in SCENARIOS:
        if scenario not in available:
            continue
        for tone in Tone.values:
            for name_other_company in (False, True):
                text = rendered(globex, scenario, tone, name_other_company=name_other_company)
                where = f"{state} / {scenario} / {tone}: {text}"
                if state not in ACCEPTED_IN_WRITING:
                    assert not CLAIMS_ACCEPTED.search(text), where
                if state not in OFFER_IN_WRITING:
                    assert not CLAIMS_AN_OFFER.search(text), where
                checked += 1
    assert checked >= len(Scenario.withdrawing()) * 3  # not vacuous


@pytest.mark.parametrize("state", STATES)
def test_scenarios_that_need_an_offer_are_only_offered_with_one(owner, state):
    make_state(owner, state)
    globex = ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)

    leaving = services.available_scenarios(globex)
    messages = services.available_scenarios(globex, leaving=False)

    assert (Scenario.ACCEPTED_OFFER in leaving) == (state in ACCEPTED_IN_WRITING)
    assert (Scenario.ASK_TIMELINE in messages) == (state in PENDING_IN_WRITING)
    assert (Scenario.KEEP_DOOR_OPEN in messages) == (state in PENDING_IN_WRITING)
    assert Scenario.REQUEST_TIME not in messages  # Globex made no offer
    assert Scenario.CHECKING_IN in messages
    assert Scenario.NOT_RIGHT_FIT in leaving


@pytest.mark.parametrize("state", STATES)
def test_the_suggested_scenario_is_true(owner, state):
    make_state(owner, state)
    globex = ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)

    expected = {
        "written accepted": Scenario.ACCEPTED_OFFER,
        "written pending": Scenario.OTHER_OPPORTUNITY,
    }.get(state, Scenario.NOT_RIGHT_FIT)
    assert services.suggested_scenario(globex) == expected


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("tone", Tone.values)
def test_asking_for_time_is_only_for_a_pending_written_offer_and_names_the_deadline(
    owner, state, tone
):
    offer = make_state(owner, state)
    # With no offer at all, the process asked is one that made none.
    asked = (
        offer.application
        if offer
        else ApplicationFactory(owner=owner, company="Initech", stage=Stage.INTERVIEWING)
    )
    available = Scenario.REQUEST_TIME in services.available_scenarios(asked, leaving=False)

    assert available == (state == "written pending")
    if available:
        text = rendered(asked, Scenario.REQUEST_TIME, tone, name_other_company=False)
        deadline = offer.respond_by
        assert f"{deadline:%A} {deadline.day} {deadline:%B}" in text
        assert not CLAIMS_ACCEPTED.search(text)


def test_posting_accepted_offer_with_only_a_pending_offer_is_refused(owner_client, owner):
    make_state(owner, "written pending")
    globex = ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)

    response = owner_client.post(
        reverse("withdrawals:choose", args=[globex.pk]),
        {"scenario": Scenario.ACCEPTED_OFFER, "tone": Tone.FORMAL},
    )

    assert response.status_code == 422
    assert "accepted_offer is not one of the available choices" in response.text
    assert not WithdrawalDraft.objects.exists()


# Per application, read as its recipient would -------------------------------------------------
# Which scenarios each recipient is offered and which is suggested, and what no text they are
# offered may claim. The offers: company -> (in_writing, decision, stage of its process).
WRITTEN_PENDING = (True, Offer.Decision.PENDING, Stage.OFFER)
WRITTEN_ACCEPTED = (True, Offer.Decision.ACCEPTED, Stage.ACCEPTED)
VERBAL_PENDING = (False, Offer.Decision.PENDING, Stage.OFFER)
# Scenarios that say nothing about offers: offered to every live process.
CLAIM_FREE = {
    Scenario.NOT_RIGHT_FIT,
    Scenario.COMPENSATION,
    Scenario.LOCATION,
    Scenario.CULTURE,
    Scenario.ROLE_CHANGED,
    Scenario.PERSONAL,
    Scenario.NO_REASON,
    Scenario.OTHER_ROLES,
    Scenario.RECOMMEND_COLLEAGUE,
    Scenario.CANCEL_INTERVIEW,
}
CLAIMS_ANOTHER_OFFER = re.compile(r"\b(another|other) offer|offer from another", re.I)
CLAIMS_ANOTHER_OPPORTUNITY = re.compile(r"another opportunity|opportunity I have decided", re.I)
CLAIMS_UNDECIDED = re.compile(r"before I (decide|make a decision)|decide soon|time to decide", re.I)
NOTHING_ELSEWHERE = [CLAIMS_ACCEPTED, CLAIMS_ANOTHER_OFFER, CLAIMS_ANOTHER_OPPORTUNITY]

RECIPIENTS = {
    "a: the process that made the only written offer": (
        {"Initech": WRITTEN_PENDING},
        "Initech",
        set(),
        {Scenario.REQUEST_TIME, Scenario.CHECKING_IN, *Scenario.answers()},
        Scenario.NOT_RIGHT_FIT,
        NOTHING_ELSEWHERE,
    ),
    "a': the process that made the only offer, not in writing": (
        {"Initech": VERBAL_PENDING},
        "Initech",
        set(),
        {Scenario.CHECKING_IN, Scenario.NEGOTIATE, Scenario.DECLINE_OFFER},
        Scenario.NOT_RIGHT_FIT,
        NOTHING_ELSEWHERE,
    ),
    "b: another live process, an offer in writing elsewhere": (
        {"Initech": WRITTEN_PENDING},
        "Globex",
        {Scenario.OTHER_OPPORTUNITY},
        {Scenario.ASK_TIMELINE, Scenario.KEEP_DOOR_OPEN, Scenario.CHECKING_IN},
        Scenario.OTHER_OPPORTUNITY,
        [CLAIMS_ACCEPTED],
    ),
    "c: another live process, only a verbal offer elsewhere": (
        {"Initech": VERBAL_PENDING},
        "Globex",
        {Scenario.OTHER_OPPORTUNITY},
        {Scenario.CHECKING_IN},
        Scenario.NOT_RIGHT_FIT,
        [CLAIMS_ACCEPTED, CLAIMS_ANOTHER_OFFER],
    ),
    "d: another live process, an offer accepted elsewhere": (
        {"Initech": WRITTEN_ACCEPTED},
        "Globex",
        {Scenario.ACCEPTED_OFFER, Scenario.OTHER_OPPORTUNITY},
        {Scenario.CHECKING_IN},
        Scenario.ACCEPTED_OFFER,
        [CLAIMS_UNDECIDED],
    ),
    "e: a process with its own written offer and another in writing elsewhere": (
        {"Initech": WRITTEN_PENDING, "Globex": WRITTEN_PENDING},
        "Globex",
        {Scenario.OTHER_OPPORTUNITY},
        {
            Scenario.REQUEST_TIME,
            Scenario.KEEP_DOOR_OPEN,
            Scenario.CHECKING_IN,
            *Scenario.answers(),
        },
        Scenario.OTHER_OPPORTUNITY,
        [CLAIMS_ACCEPTED],
    ),
}


def recipient(owner, offers, company):
    """The application the email goes to, among the user's processes with these offers."""
    applications = {}
    for offering, (in_writing, decision, stage) in offers.items():
        applications[offering] = OfferFactory(
            application__owner=owner,
            application__company=offering,
            application__stage=stage,
            in_writing=in_writing,
            decision=decision,
            decided_on=None if decision == Offer.Decision.PENDING else timezone.localdate(),
            respond_by=timezone.localdate() + timedelta(days=5),
        ).application
    if company not in applications:
        applications[company] = ApplicationFactory(
            owner=owner, company=company, stage=Stage.INTERVIEWING
        )
    ContactFactory(application=applications[company], name="Priya Shah", is_main=True)
    return applications[company]


@pytest.mark.parametrize("case", RECIPIENTS)
def test_each_recipient_is_offered_and_suggested_only_what_is_true_for_it(owner, case):
    offers, company, leaving_extra, messages, suggested, false_claims = RECIPIENTS[case]
    application = recipient(owner, offers, company)

    assert set(services.available_scenarios(application)) == CLAIM_FREE | leaving_extra
    assert set(services.available_scenarios(application, leaving=False)) == messages
    assert services.suggested_scenario(application) == suggested
    for scenario in [*CLAIM_FREE, *leaving_extra, *messages]:
        for tone in Tone.values:
            for name_other_company in (False, True):
                text = rendered(application, scenario, tone, name_other_company=name_other_company)
                for claim in false_claims:
                    assert not claim.search(text), f"{case} / {scenario} / {tone}: {text}"


def test_the_choose_page_of_the_only_offer_suggests_no_other_opportunity(owner_client, owner):
    initech = recipient(owner, {"Initech": WRITTEN_PENDING}, "Initech")

    leave = owner_client.get(reverse("withdrawals:choose", args=[initech.pk])).content.decode()
    write = owner_client.get(reverse("withdrawals:write", args=[initech.pk])).content.decode()

    assert re.search(r'<option value="not_right_fit"\s+selected', leave)
    assert 'value="other_opportunity"' not in leave
    assert 'value="accepted_offer"' not in leave
    assert "another opportunity" not in leave
    assert 'value="request_time"' in write
    assert 'value="ask_timeline"' not in write


# A user's edit: the checks read the same truth ---------------------------------------------
ACCEPTED_EDIT = "Dear Priya,\n\nI have accepted another offer, so I withdraw.\n\nKind regards,\nA"
OFFER_EDIT = "Dear Priya,\n\nI have another offer, so I withdraw.\n\nKind regards,\nA"
ACCEPTED_ADVICE = "This says you accepted another offer, but no offer is accepted in writing."
OFFER_ADVICE = "This mentions another offer, but none is in writing yet"


@pytest.mark.parametrize(
    ("state", "body", "flagged"),
    [
        ("no offer", ACCEPTED_EDIT, ACCEPTED_ADVICE),
        ("verbal accepted", ACCEPTED_EDIT, ACCEPTED_ADVICE),
        ("written pending", ACCEPTED_EDIT, ACCEPTED_ADVICE),
        ("written accepted", ACCEPTED_EDIT, None),
        ("no offer", OFFER_EDIT, OFFER_ADVICE),
        ("verbal pending", OFFER_EDIT, OFFER_ADVICE),
        ("written declined", OFFER_EDIT, OFFER_ADVICE),
        ("written pending", OFFER_EDIT, None),
        ("written accepted", OFFER_EDIT, None),
    ],
)
def test_a_draft_edited_to_claim_more_than_is_true_is_flagged(owner, globex, state, body, flagged):
    make_state(owner, state)
    offers = Offer.objects.for_user(owner).truth(about=globex)

    advice = [item.message for item in check_draft("Withdrawing", body, now=NOW, offers=offers)]

    shown = [f for f in (ACCEPTED_ADVICE, OFFER_ADVICE) if any(m.startswith(f) for m in advice)]
    assert shown == ([flagged] if flagged else [])


def test_the_process_whose_offer_is_the_only_one_hears_of_no_other(owner):
    offer = make_state(owner, "written pending")
    offers = Offer.objects.for_user(owner).truth(about=offer.application)

    advice = check_draft("Withdrawing", OFFER_EDIT, now=NOW, offers=offers)

    assert advice[0].message.startswith(OFFER_ADVICE)


def test_the_draft_page_flags_an_accepted_offer_that_is_not_in_writing(owner_client, owner, globex):
    make_state(owner, "written pending")
    services.start_draft(application=globex, choices=WordingChoices(Scenario.OTHER_OPPORTUNITY))

    response = owner_client.post(
        reverse("withdrawals:draft", args=[globex.pk]),
        {"subject": "Withdrawing", "body": ACCEPTED_EDIT},
        headers={"HX-Request": "true"},
    )

    assert ACCEPTED_ADVICE in response.text
