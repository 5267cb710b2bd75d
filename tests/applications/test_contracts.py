"""What a signed contract allows: one table of rules by country's law, shown for a signed offer
(never an unsigned one) beside it and on the pages that leave or decline it, and the letter that
ends a contract where the law asks for one."""

import re
from datetime import UTC, date, datetime

import pytest
import time_machine
from django.urls import reverse

from applications.contracts import DISCLAIMER, RULES, ContractLaw, Letter, rule_for
from applications.models import Offer, Stage
from tests.factories import ApplicationFactory, ContactFactory, OfferFactory

pytestmark = pytest.mark.django_db

GERMAN_RULE = "A signed employment contract can only be ended by a notice in writing"


@pytest.fixture
def application(owner):
    return ApplicationFactory(
        owner=owner, company="Muster GmbH", position="Backend Engineer", stage=Stage.OFFER
    )


def signed(application, law="DE", **fields):
    return OfferFactory(application=application, contract_signed=True, contract_law=law, **fields)


# The table ----------------------------------------------------------------------------------


def test_every_country_has_one_rule_and_each_law_cites_its_source():
    assert set(RULES) == set(ContractLaw.values)
    for law, rule in RULES.items():
        assert rule.law == law
        if law != ContractLaw.OTHER:
            assert rule.sources, law
            assert all(source.title for source in rule.sources)
            assert all(source.url.startswith("https://") for source in rule.sources if source.url)


def test_only_german_law_asks_for_a_letter_signed_by_hand():
    assert [law for law, rule in RULES.items() if rule.letter == Letter.REQUIRED] == ["DE"]
    assert RULES["DE"].letter_language == "de"
    assert RULES["US"].letter == Letter.EMAIL


# Written numbers of a notice period, with the rule whose cited law states them.
STATED_BY_THE_SOURCE = {
    "DE": {"four weeks", "two weeks", "six months"},
    "AT": {"one month"},
    "CH": {"seven days", "one month"},
    "GB": {"one week"},
    "NL": {"one month"},
}
DURATION = re.compile(r"\b(\d+|one|two|three|four|six|seven)\s+(day|week|month)s?\b", re.I)


def test_a_notice_names_a_period_only_where_its_cited_law_states_it():
    for law, rule in RULES.items():
        text = " ".join(
            str(part)
            for part in (rule.summary, rule.before_start, rule.notice, rule.for_the_message)
        )
        found = {match.group(0).lower() for match in DURATION.finditer(text)}
        assert found <= STATED_BY_THE_SOURCE.get(law, set()), law
        assert not re.search(r"\b\d+\s*days?\b", text), law


def test_a_rule_only_for_a_signed_contract():
    assert rule_for(None) is None
    assert rule_for(Offer(contract_signed=False, contract_law="DE")) is None
    assert rule_for(Offer(contract_signed=True, contract_law="DE")) is RULES["DE"]
    # Signed before Bowout asked under which law (an import): the general rule, not none.
    assert rule_for(Offer(contract_signed=True, contract_law="")) is RULES["other"]


# Shown beside the offer and where the user leaves or declines it -------------------------------


def test_a_signed_german_offer_shows_the_german_rule_and_the_letter(owner_client, application):
    signed(application)
    page = owner_client.get(application.get_absolute_url()).content.decode()
    assert "What your contract allows: Germany" in page
    assert GERMAN_RULE in page
    assert "§ 623 BGB" in page
    assert 'href="https://www.gesetze-im-internet.de/bgb/__623.html"' in page
    assert "The law asks for a letter signed by hand: an email does not end this contract." in page
    assert str(DISCLAIMER) in page
    letter = reverse("applications:contract_letter", args=[application.pk])
    assert f'href="{letter}">Write the termination letter</a>' in page


def test_an_unsigned_german_offer_shows_no_rule(owner_client, application):
    OfferFactory(application=application, contract_signed=False, contract_law="DE")
    page = owner_client.get(application.get_absolute_url()).content.decode()
    assert "What your contract allows" not in page
    assert GERMAN_RULE not in page
    assert "Write the termination letter" not in page


def test_a_signed_american_offer_says_an_email_is_enough(owner_client, application):
    signed(application, law="US")
    page = owner_client.get(application.get_absolute_url()).content.decode()
    assert "What your contract allows: United States" in page
    assert "An email is enough" in page
    assert "The law asks for a letter signed by hand" not in page
    assert "Print a letter instead" in page


@pytest.mark.parametrize("url_name", ["withdrawals:choose", "withdrawals:write"])
def test_withdrawing_or_declining_after_signing_shows_the_rule(owner_client, application, url_name):
    signed(application, decision=Offer.Decision.PENDING)
    page = owner_client.get(reverse(url_name, args=[application.pk])).content.decode()
    assert "What your contract allows: Germany" in page
    assert GERMAN_RULE in page


@pytest.mark.parametrize("url_name", ["withdrawals:choose", "withdrawals:write"])
def test_withdrawing_without_a_signed_contract_shows_no_rule(owner_client, application, url_name):
    OfferFactory(application=application)
    page = owner_client.get(reverse(url_name, args=[application.pk])).content.decode()
    assert "What your contract allows" not in page


def test_the_rule_reads_in_german_for_a_german_user(owner_client, owner, application):
    owner.language = "de"
    owner.save(update_fields=["language"])
    signed(application)
    page = owner_client.get(application.get_absolute_url()).content.decode()
    assert "Was Ihr Vertrag erlaubt: Deutschland" in page
    assert "Dies ist keine Rechtsberatung; prüfen Sie Ihren Vertrag." in page
    assert "Kündigungsschreiben aufsetzen" in page


# Recording the contract when accepting ---------------------------------------------------------


def decide(client, application, data):
    return client.post(reverse("applications:offer_decide", args=[application.pk]), data)


def test_accepting_records_a_contract_signed_under_german_law(owner_client, application):
    OfferFactory(application=application)
    response = decide(
        owner_client,
        application,
        {"decision": "accepted", "contract_signed": "on", "contract_law": "DE"},
    )
    assert response.status_code == 302
    offer = Offer.objects.get(application=application)
    assert (offer.decision, offer.contract_signed, offer.contract_law) == ("accepted", True, "DE")


def test_accepting_without_signing_records_no_contract(owner_client, application):
    OfferFactory(application=application)
    decide(owner_client, application, {"decision": "accepted", "contract_law": "DE"})
    offer = Offer.objects.get(application=application)
    assert offer.decision == "accepted"
    assert (offer.contract_signed, offer.contract_law) == (False, "")


def test_a_signed_contract_needs_its_country(owner_client, application):
    OfferFactory(application=application)
    response = decide(owner_client, application, {"decision": "accepted", "contract_signed": "on"})
    assert response.status_code == 422
    assert "Choose the country whose law the contract is under." in response.text
    offer = Offer.objects.get(application=application)
    assert (offer.decision, offer.contract_signed) == ("pending", False)


def test_an_unknown_country_is_refused(owner_client, application):
    OfferFactory(application=application)
    response = decide(
        owner_client,
        application,
        {"decision": "accepted", "contract_signed": "on", "contract_law": "XX"},
    )
    assert response.status_code == 422
    assert Offer.objects.get(application=application).decision == "pending"


def test_the_offer_form_records_and_checks_the_contract(owner_client, application):
    offer = OfferFactory(application=application)
    url = reverse("applications:offer", args=[application.pk])
    base = {
        "received_on": offer.received_on.isoformat(),
        "in_writing": "on",
        "currency": "EUR",
        "period": "year",
        "decision": "pending",
    }
    refused = owner_client.post(url, {**base, "contract_signed": "on"})
    assert refused.status_code == 422
    assert "Choose the country whose law the contract is under." in refused.text
    assert (
        owner_client.post(url, {**base, "contract_signed": "on", "contract_law": "CH"}).status_code
        == 302
    )
    offer.refresh_from_db()
    assert (offer.contract_signed, offer.contract_law) == (True, "CH")


# The letter ---------------------------------------------------------------------------------


def letter_url(application):
    return reverse("applications:contract_letter", args=[application.pk])


def test_the_german_letter_page(owner_client, owner, application):
    signed(
        application,
        decision=Offer.Decision.ACCEPTED,
        decided_on=date(2026, 12, 1),
        start_date=date(2027, 2, 1),
    )
    ContactFactory(application=application, name="Anna Weber", is_main=True)
    with time_machine.travel(datetime(2026, 12, 5, 10, 0, tzinfo=UTC), tick=False):
        response = owner_client.get(letter_url(application))
    assert response.status_code == 200
    page = response.content.decode()
    # The page speaks the user's language; the letter the law's.
    assert '<h1 class="h3 mb-2">Letter ending your contract with Muster GmbH</h1>' in page
    assert "Under the law of Germany the notice must be a letter signed by hand" in page
    assert '<article class="contract-letter border rounded p-4" lang="de"' in page
    assert "Kündigung meines Arbeitsvertrags als Backend Engineer" in page
    assert "z. Hd. Anna Weber" in page
    assert "Guten Tag Anna Weber," in page
    assert "5. Dezember 2026" in page
    assert (
        "hiermit kündige ich den mit Ihnen geschlossenen Arbeitsvertrag über die Stelle als "
        "Backend Engineer ordentlich und fristgerecht zum nächstmöglichen Zeitpunkt, und zwar "
        "bereits vor dem vereinbarten Arbeitsbeginn am 1. Februar 2027."
    ) in page
    assert "Mit freundlichen Grüßen" in page
    assert '<p class="letter-signature mb-0">Alex Morgan</p>' in page
    assert str(DISCLAIMER) in page
    assert "Dear" not in page


def test_the_swiss_letter_writes_ss_for_sharp_s(owner_client, application):
    """Swiss Standard German has no "ß": the letter under Swiss law says "Grüssen" and
    "Strasse", the German one "Grüßen" and "Straße" (above)."""
    signed(application, law="CH", start_date=date(2027, 2, 1))
    with time_machine.travel(datetime(2026, 12, 5, 10, 0, tzinfo=UTC), tick=False):
        page = owner_client.get(letter_url(application)).content.decode()
    assert '<article class="contract-letter border rounded p-4" lang="de-ch"' in page
    assert "The letter is in German, the language of the law it is under." in page
    assert "Kündigung meines Arbeitsvertrags als Backend Engineer" in page
    assert "5. Dezember 2026" in page
    assert "[Ihre Strasse und Hausnummer]" in page
    assert "Mit freundlichen Grüssen" in page
    letter = page[page.index("<article") : page.index("</article>")]
    assert "ß" not in letter
    assert "Grüßen" not in page


def test_the_swiss_rule_and_page_stay_in_the_readers_language(owner_client, owner, application):
    """Only the letter is Swiss: a German reader's page around it keeps its "ß"."""
    owner.language = "de"
    owner.save(update_fields=["language"])
    signed(application, law="CH")
    page = owner_client.get(letter_url(application)).content.decode()
    assert "Mit freundlichen Grüssen" in page
    assert "Straße" not in page[page.index("<article") : page.index("</article>")]
    assert "Drucken" in page


def test_a_letter_after_the_start_date_says_nothing_of_before_it(owner_client, application):
    signed(
        application,
        decision=Offer.Decision.ACCEPTED,
        decided_on=date(2026, 11, 1),
        start_date=date(2026, 12, 1),
    )
    with time_machine.travel(datetime(2026, 12, 5, 10, 0, tzinfo=UTC), tick=False):
        page = owner_client.get(letter_url(application)).content.decode()
    assert "zum nächstmöglichen Zeitpunkt." in page
    assert "vor dem vereinbarten Arbeitsbeginn" not in page
    assert "Sehr geehrte Damen und Herren," in page


def test_the_english_letter_for_a_british_contract(owner_client, application):
    signed(application, law="GB", start_date=date(2027, 2, 1))
    with time_machine.travel(datetime(2026, 12, 5, 10, 0, tzinfo=UTC), tick=False):
        page = owner_client.get(letter_url(application)).content.decode()
    assert 'lang="en"' in page
    assert "Notice of termination: my employment contract as Backend Engineer" in page
    assert "Dear Sir or Madam," in page
    assert "before its agreed start on 1 February 2027." in page
    assert "5 December 2026" in page
    assert "Yours faithfully," in page
    assert "The letter is in German" not in page


def test_no_letter_without_a_signed_contract(owner_client, application):
    OfferFactory(application=application)
    response = owner_client.get(letter_url(application), follow=True)
    assert response.redirect_chain[-1][0] == application.get_absolute_url()
    assert "Only a signed contract needs a letter to end it." in response.text


def test_no_letter_without_an_offer(owner_client, application):
    response = owner_client.get(letter_url(application))
    assert response.status_code == 302


def test_a_strangers_letter_is_not_found(client, stranger, application):
    signed(application)
    client.force_login(stranger)
    assert client.get(letter_url(application)).status_code == 404


def test_the_letter_page_is_read_only(owner_client, application):
    signed(application)
    assert owner_client.post(letter_url(application)).status_code == 405
