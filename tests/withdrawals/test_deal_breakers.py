"""Deal-breakers recorded on an application suggest the scenario and a reason, show on the
candidate card, and withdrawing with no offer in hand first shows "validate your decision"."""

import re

import pytest
from django.urls import reverse

from applications.models import Application, DealBreaker, Stage
from tests.factories import ApplicationFactory, OfferFactory
from withdrawals import services
from withdrawals.models import Scenario, WithdrawalDraft

pytestmark = pytest.mark.django_db


def test_the_application_form_records_deal_breakers(owner_client, owner):
    application = ApplicationFactory(owner=owner, company="Globex", stage=Stage.APPLIED)
    page = owner_client.get(reverse("applications:edit", args=[application.pk])).text
    assert "Deal-breakers you found" in page
    assert 'value="relocation"' in page

    data = {
        "company": "Globex",
        "position": "Data Engineer",
        "stage": Stage.APPLIED,
        "source": "job_board",
        "interest": 3,
        "deal_breakers": [DealBreaker.RELOCATION, DealBreaker.HOURS],
    }
    response = owner_client.post(reverse("applications:edit", args=[application.pk]), data)

    assert response.status_code == 302
    application.refresh_from_db()
    assert application.deal_breakers == ["relocation", "hours"]
    assert application.deal_breaker_labels == ["Relocation", "Working hours"]


def test_an_unknown_deal_breaker_is_refused(owner_client, owner):
    application = ApplicationFactory(owner=owner, company="Globex", stage=Stage.APPLIED)
    data = {
        "company": "Globex",
        "position": "Data Engineer",
        "stage": Stage.APPLIED,
        "source": "job_board",
        "interest": 3,
        "deal_breakers": ["<script>"],
    }

    response = owner_client.post(reverse("applications:edit", args=[application.pk]), data)

    assert response.status_code == 422
    application.refresh_from_db()
    assert application.deal_breakers == []


@pytest.mark.parametrize(
    ("deal_breaker", "scenario", "reason"),
    [
        (
            DealBreaker.RELOCATION,
            Scenario.LOCATION,
            "The role would mean relocating, which I am not able to do at present.",
        ),
        (DealBreaker.PAY, Scenario.COMPENSATION, ""),
        (
            DealBreaker.DUTIES,
            Scenario.ROLE_CHANGED,
            "The day-to-day duties differ from what I am looking for.",
        ),
        (DealBreaker.REPUTATION, Scenario.NOT_RIGHT_FIT, ""),
    ],
)
def test_a_deal_breaker_suggests_the_scenario_and_reason(
    owner_client, globex, deal_breaker, scenario, reason
):
    Application.objects.filter(pk=globex.pk).update(deal_breakers=[deal_breaker])

    response = owner_client.get(reverse("withdrawals:choose", args=[globex.pk]))

    assert re.search(rf'<option value="{scenario}"\s+selected', response.text)
    assert response.context["form"]["reason"].value() == reason
    if reason:
        assert reason in response.text  # in the preview too


def test_an_accepted_offer_still_comes_first(owner_client, owner, globex):
    Application.objects.filter(pk=globex.pk).update(deal_breakers=["relocation"])
    OfferFactory(
        application__owner=owner,
        application__stage=Stage.ACCEPTED,
        decision="accepted",
        decided_on="2026-11-01",
    )
    globex.refresh_from_db()

    assert services.suggested_scenario(globex) == Scenario.ACCEPTED_OFFER


def test_the_candidate_card_shows_the_deal_breakers(owner_client, owner, globex):
    Application.objects.filter(pk=globex.pk).update(deal_breakers=["hours", "culture"])
    OfferFactory(application__owner=owner)

    page = owner_client.get(reverse("withdrawals:candidates")).text

    assert "Deal-breakers: Working hours, Culture" in page


def test_withdrawing_with_no_offer_shows_validate_your_decision_without_blocking(
    owner_client, globex
):
    page = owner_client.get(reverse("withdrawals:choose", args=[globex.pk])).text
    assert "Before you decide" in page
    assert "raise the concern with the hiring manager" in page
    assert "Would another role at Globex suit you better?" in page

    response = owner_client.post(
        reverse("withdrawals:choose", args=[globex.pk]),
        {"scenario": Scenario.NOT_RIGHT_FIT, "tone": "formal"},
    )
    assert response.status_code == 302
    assert WithdrawalDraft.objects.filter(application=globex).exists()


def test_with_a_written_offer_the_validation_prompts_are_not_shown(owner_client, owner, globex):
    OfferFactory(application__owner=owner)

    page = owner_client.get(reverse("withdrawals:choose", args=[globex.pk])).text

    assert "Before you decide" not in page
