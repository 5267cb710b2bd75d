"""The job search record keeps the choice made at accepting: which offer, over which others,
with their first-year totals (on the page, in the PDF, and to a coach only if shared)."""

from datetime import UTC, date, datetime
from html import escape, unescape

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from applications import services
from applications.comparison import chosen_over
from applications.models import ExchangeRate, Offer, ShareLink, Stage
from applications.services import create_share_link
from reports import record
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db

# The others in the order the comparison kept them (the soonest deadline, then the newest).
CHOSEN = (
    "Chosen on 3 February 2027 over Initech, Analyst (first year GBP 50,000); Globex, Data Lead "
    "(first year EUR 80,000 ≈ GBP 68,000 at 1 EUR = 0.85 GBP on 30 Jan 2027). "
    "This offer's first year: GBP 66,000."
)
CHOSEN_WITHOUT_FIGURES = "Chosen on 3 February 2027 over Initech, Analyst; Globex, Data Lead."


def offer(owner, company, position, **terms):
    application = services.create_application(
        application=ApplicationFactory.build(
            owner=owner,
            company=company,
            position=position,
            stage=Stage.INTERVIEWING,
            date_applied=date(2027, 1, 4),
        )
    )
    return services.save_offer(
        offer=Offer(application=application, received_on=date(2027, 2, 1), **terms)
    )


@pytest.fixture
def accepted(owner):
    """Acme's offer accepted on 3 February 2027 over Globex's (in euros) and Initech's."""
    with time_machine.travel(datetime(2027, 2, 3, 12, 0, tzinfo=UTC), tick=False):
        ExchangeRate.objects.create(
            owner=owner, currency="EUR", into="GBP", rate="0.85", as_of=date(2027, 1, 30)
        )
        acme = offer(
            owner, "Acme", "Platform Engineer", in_writing=True, base_pay_minor=6_000_000,
            bonus_percent=10,
        )  # fmt: skip
        offer(owner, "Globex", "Data Lead", in_writing=True, base_pay_minor=8_000_000,
              currency="EUR")  # fmt: skip
        offer(owner, "Initech", "Analyst", base_pay_minor=5_000_000)
        services.decide_offer(offer=acme, decision=Offer.Decision.ACCEPTED)
    return acme


def test_the_record_says_what_the_accepted_offer_was_chosen_over(owner_client, accepted):
    response = owner_client.get(reverse("reports:record"))

    assert response.status_code == 200
    assert CHOSEN in unescape(response.text)
    assert response.text.count("Chosen on") == 1  # on the accepted offer only


def test_the_pdf_record_carries_the_same_sentence(owner_client, accepted, monkeypatch):
    drawn = []
    real = record.Paragraph

    def paragraph(text, style):
        drawn.append(text)
        return real(text, style)

    monkeypatch.setattr(record, "Paragraph", paragraph)

    response = owner_client.get(reverse("reports:record_pdf"))

    assert response.status_code == 200
    [progress] = [text for text in drawn if "Now: Accepted" in text]
    assert progress.endswith("<br/>" + escape(CHOSEN))


def test_a_coach_sees_the_figures_only_when_offer_terms_are_shared(accepted, owner):
    hidden = create_share_link(link=ShareLink(owner=owner, name="Sam"), days=30)
    shown = create_share_link(
        link=ShareLink(owner=owner, name="Kim", include_offer_terms=True), days=30
    )

    without = unescape(Client().get(reverse("reports:shared", args=[hidden])).text)
    with_terms = unescape(Client().get(reverse("reports:shared", args=[shown])).text)

    assert CHOSEN_WITHOUT_FIGURES in without
    assert "EUR 80,000" not in without and "GBP 66,000" not in without
    assert CHOSEN in with_terms


def test_an_offer_no_longer_accepted_or_accepted_alone_says_nothing(owner_client, owner):
    alone = offer(owner, "Solo", "Engineer", in_writing=True, base_pay_minor=6_000_000)
    services.decide_offer(offer=alone, decision=Offer.Decision.ACCEPTED)

    response = owner_client.get(reverse("reports:record"))

    assert "Chosen" not in response.text


@pytest.mark.parametrize(
    ("kept", "text"),
    [
        ({}, ""),
        ({"over": []}, ""),
        ({"over": "Globex"}, ""),
        (
            {"over": ["Globex", {"company": "Initech"}]},
            "Chosen over Initech (first year not known).",
        ),
        (
            {"compared_on": "yesterday", "over": [{"company": "A", "position": "B"}]},
            "Chosen over A, B (first year not known).",
        ),
    ],
)
def test_a_kept_comparison_of_any_shape_reads_without_an_error(kept, text):
    """A restored download may hold anything in the kept comparison: never a 500."""
    assert chosen_over(kept) == text
