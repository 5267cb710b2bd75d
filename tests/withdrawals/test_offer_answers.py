"""Answering an offer: accept, decline, negotiate. True to the offers on record, and marking
one sent decides the offer as the user would on its card."""

import re
from datetime import date, timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone

from applications.models import Offer, Stage
from tests.factories import ApplicationFactory, ContactFactory, OfferFactory
from withdrawals import services
from withdrawals.models import Scenario, SentMessage, Tone, WithdrawalDraft
from withdrawals.services import WordingChoices

pytestmark = pytest.mark.django_db

ANSWERS = {Scenario.ACCEPT_OFFER, Scenario.DECLINE_OFFER, Scenario.NEGOTIATE}


def offer_from(owner, company, *, decision=Offer.Decision.PENDING, **terms):
    """An offer from ``company`` (in writing unless told), with Priya Shah as the contact."""
    if decision == Offer.Decision.ACCEPTED:
        terms |= {"application__stage": Stage.ACCEPTED, "decided_on": timezone.localdate()}
    offer = OfferFactory(
        application__owner=owner,
        application__company=company,
        application__position="Platform Engineer",
        decision=decision,
        **terms,
    )
    ContactFactory(application=offer.application, name="Priya Shah", is_main=True)
    return offer


@pytest.fixture
def acme(owner):
    """The offer being answered: GBP 60,000 a year, starting on Monday 1 February 2027."""
    return offer_from(owner, "Acme", base_pay_minor=6_000_000, start_date=date(2027, 2, 1))


def answers_offered(application):
    return ANSWERS & set(services.available_scenarios(application, leaving=False))


# Which answers are true -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("own", "elsewhere", "expected"),
    [
        ("written pending", None, ANSWERS),
        ("verbal pending", None, {Scenario.DECLINE_OFFER, Scenario.NEGOTIATE}),
        ("written pending", "written pending", ANSWERS),
        # Accepted elsewhere: no haggling, but it may still accept or decline its own.
        ("written pending", "written accepted", {Scenario.ACCEPT_OFFER, Scenario.DECLINE_OFFER}),
        ("written accepted", None, set()),
        (None, "written pending", set()),
    ],
)
def test_the_answers_offered_follow_the_offers_on_record(owner, own, elsewhere, expected):
    kinds: dict[str, dict[str, Any]] = {
        "written pending": {},
        "verbal pending": {"in_writing": False},
        "written accepted": {"decision": Offer.Decision.ACCEPTED},
    }
    if elsewhere:
        offer_from(owner, "Globex", **kinds[elsewhere])
    if own:
        application = offer_from(owner, "Acme", **kinds[own]).application
    else:
        application = ApplicationFactory(owner=owner, company="Acme", stage=Stage.INTERVIEWING)

    assert answers_offered(application) == expected


# A counter-offer names only what is true ------------------------------------------------------

COMPETING: dict[str, dict[str, Any] | None] = {
    "absent": None,
    "pending, not in writing": {"in_writing": False},
    "in writing": {},
}
MENTIONS_ANOTHER_OFFER = re.compile(r"another written offer|another offer", re.I)


@pytest.mark.parametrize("tone", Tone.values)
@pytest.mark.parametrize("mention_figures", [False, True])
@pytest.mark.parametrize("competing", COMPETING)
def test_a_counter_offer_mentions_a_competing_offer_only_in_writing_and_its_figures_only_if_chosen(
    owner, acme, competing, mention_figures, tone
):
    terms = COMPETING[competing]
    if terms is not None:
        offer_from(owner, "Globex", base_pay_minor=7_000_000, **terms)

    wording = services.render_scenario(
        acme.application,
        WordingChoices(
            Scenario.NEGOTIATE,
            tone,
            reason="If the base salary could be GBP 66,000, I would accept straight away.",
            mention_figures=mention_figures,
        ),
    )

    text = wording.subject + "\n" + wording.body
    assert "If the base salary could be GBP 66,000, I would accept straight away." in text
    assert bool(MENTIONS_ANOTHER_OFFER.search(text)) == (competing == "in writing")
    assert ("GBP 70,000" in text) == (competing == "in writing" and mention_figures)
    assert "Globex" not in text  # never named: a counter-offer is about this offer


@pytest.mark.parametrize("tone", Tone.values)
def test_a_counter_offer_without_an_ask_still_says_what_would_help(acme, tone):
    body = services.render_scenario(acme.application, WordingChoices(Scenario.NEGOTIATE, tone)).body

    assert "flexibility on the base pay" in body


@pytest.mark.parametrize("tone", Tone.values)
def test_accepting_confirms_this_offers_pay_and_start_date(acme, tone):
    body = services.render_scenario(
        acme.application, WordingChoices(Scenario.ACCEPT_OFFER, tone)
    ).body

    assert "GBP 60,000 per year" in body
    assert "Monday 1 February 2027" in body


def test_the_figures_option_shows_only_with_a_written_offer_elsewhere(owner_client, owner, acme):
    write = reverse("withdrawals:write", args=[acme.application.pk])

    alone = owner_client.get(write, {"scenario": Scenario.NEGOTIATE})
    offer_from(owner, "Globex", base_pay_minor=7_000_000)
    competing = owner_client.get(write, {"scenario": Scenario.NEGOTIATE})

    assert 'name="mention_figures"' not in alone.text
    assert "Give the other offer’s figures (GBP 70,000 per year) in the email" in competing.text


# Marking the answer sent ----------------------------------------------------------------------


def send(client, application, scenario, **choices):
    response = client.post(
        reverse("withdrawals:write", args=[application.pk]),
        {"scenario": scenario, "tone": Tone.FORMAL, "reason": ""} | choices,
    )
    assert response.status_code == 302, response.text
    return client.post(
        reverse("withdrawals:mark_sent", args=[application.pk]), {"method": "email"}, follow=True
    )


def history(application):
    return list(
        application.stage_changes.order_by("changed_at", "pk").values_list("to_stage", "note")
    )


def test_declining_by_email_declines_the_offer_and_moves_the_stage(owner_client, acme):
    response = send(owner_client, acme.application, Scenario.DECLINE_OFFER)

    acme.refresh_from_db()
    acme.application.refresh_from_db()
    assert (acme.decision, acme.decided_on) == (Offer.Decision.DECLINED, timezone.localdate())
    assert acme.application.stage == Stage.OFFER_DECLINED
    assert history(acme.application)[-1] == (Stage.OFFER_DECLINED, "Offer declined")
    message = SentMessage.objects.get()
    assert message.scenario == Scenario.DECLINE_OFFER
    assert "I have decided to decline the offer." in message.body
    assert "Recorded your message to Acme: “Decline the offer”." in response.text
    assert not WithdrawalDraft.objects.exists()


def test_accepting_by_email_accepts_and_keeps_the_comparison(owner_client, owner, acme):
    offer_from(owner, "Globex", base_pay_minor=7_000_000)

    response = send(owner_client, acme.application, Scenario.ACCEPT_OFFER)

    acme.refresh_from_db()
    acme.application.refresh_from_db()
    assert acme.decision == Offer.Decision.ACCEPTED
    assert acme.application.stage == Stage.ACCEPTED
    assert [other["company"] for other in acme.comparison_when_accepted["over"]] == ["Globex"]
    assert "You chose this offer over:" in response.text


def test_a_counter_offer_sent_changes_no_stage_and_is_kept_with_the_process(owner_client, acme):
    before = history(acme.application)

    response = send(
        owner_client,
        acme.application,
        Scenario.NEGOTIATE,
        reason="If the base salary could be GBP 66,000, I would accept.",
    )

    acme.refresh_from_db()
    acme.application.refresh_from_db()
    assert acme.decision == Offer.Decision.PENDING
    assert acme.application.stage == Stage.OFFER
    assert history(acme.application) == before
    message = SentMessage.objects.get()
    assert message.scenario == Scenario.NEGOTIATE
    assert "If the base salary could be GBP 66,000, I would accept." in message.body
    assert "Counter-offer: say what would make you accept" in response.text


def test_an_offer_decided_meanwhile_is_left_as_decided(owner_client, acme):
    owner_client.post(
        reverse("withdrawals:write", args=[acme.application.pk]),
        {"scenario": Scenario.DECLINE_OFFER, "tone": Tone.FORMAL},
    )
    from applications import services as application_services

    application_services.decide_offer(offer=acme, decision=Offer.Decision.ACCEPTED)

    owner_client.post(
        reverse("withdrawals:mark_sent", args=[acme.application.pk]), {"method": "email"}
    )

    acme.refresh_from_db()
    assert acme.decision == Offer.Decision.ACCEPTED


def test_the_comparison_links_every_answer_of_a_written_offer(owner_client, owner, acme):
    offer_from(
        owner, "Globex", in_writing=False, respond_by=timezone.localdate() + timedelta(days=9)
    )

    response = owner_client.get(reverse("applications:offer_compare"))

    write = reverse("withdrawals:write", args=[acme.application.pk])
    for scenario, name in [
        ("accept_offer", "Accept"),
        ("negotiate", "Counter-offer"),
        ("request_time", "Ask for time"),
        ("decline_offer", "Decline"),
    ]:
        assert f'href="{write}?scenario={scenario}"' in response.text, name
    assert response.text.count("scenario=accept_offer") == 2  # the table and the card: Acme's
