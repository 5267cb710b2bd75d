"""Offers side by side: the rows at two, three and four offers, totals, rates and the score."""

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from applications import comparison
from applications.compensation import Rate
from applications.models import DealBreaker, ExchangeRate, Offer, Stage, WorkMode
from tests.factories import OfferFactory

pytestmark = pytest.mark.django_db

COMPARE = reverse("applications:offer_compare")
RATES = reverse("applications:exchange_rate")

TERM_ROWS = [
    "Stage",
    "In writing",
    "Base pay",
    "Pay over a year",
    "Target bonus",
    "Sign-on bonus",
    "Equity",
    "Equity vesting in the first year",
    "First-year total",
    "Annualised total",
    "Benefits",
    "Paid leave",
    "Work mode",
    "Location",
    "Start date",
    "Probation",
    "Notice period",
    "Deadline",
    "Deal-breakers",
    "Your notes",
    "Growth",
    "Commute",
    "Team",
]


def make_offers(owner, count, **terms):
    return [
        OfferFactory(
            application__owner=owner,
            application__company=f"Firm {index}",
            base_pay_minor=(50_000 + 10_000 * index) * 100,
            **terms,
        )
        for index in range(1, count + 1)
    ]


@pytest.mark.parametrize("count", [2, 3, 4])
def test_one_column_per_offer_and_a_row_for_every_term(owner, count):
    offers = make_offers(owner, count)

    result = comparison.compare(offers, rates=[])

    assert [label for label, _ in result.rows] == TERM_ROWS
    assert all(len(cells) == count for _, cells in result.rows)
    first_year = dict(result.rows)["First-year total"]
    assert first_year == [f"GBP {50 + 10 * index},000" for index in range(1, count + 1)]


def test_every_term_shows_in_its_row(owner):
    today = timezone.localdate()
    rich = OfferFactory(
        application__owner=owner,
        application__company="Acme",
        application__deal_breakers=[DealBreaker.HOURS],
        base_pay_minor=6_000_000,
        bonus_percent=Decimal("10"),
        sign_on_minor=500_000,
        equity_kind="rsu",
        equity_minor=4_800_000,
        vesting_months=48,
        cliff_months=12,
        benefits="Pension 8%",
        leave_days=28,
        work_mode=WorkMode.HYBRID,
        location="Leeds",
        start_date=date(2027, 2, 1),
        probation="6 months",
        notice_period="1 month",
        received_on=today,
        respond_by=today + timedelta(days=5),
        details="Great team",
        ratings={"growth": 4},
    )
    plain = OfferFactory(application__owner=owner, base_pay_minor=5_000_000, received_on=today)

    rows = dict(comparison.compare([rich, plain], rates=[]).rows)

    assert rows["Base pay"] == ["GBP 60,000 per year", "GBP 50,000 per year"]
    assert rows["Target bonus"] == ["10% target (GBP 6,000)", "—"]
    assert rows["Sign-on bonus"] == ["GBP 5,000", "—"]
    assert rows["Equity"][0] == (
        "Restricted stock units (RSUs), worth GBP 48,000, vesting over 48 months, 12-month cliff"
    )
    assert rows["Equity vesting in the first year"] == ["GBP 12,000", "—"]
    assert rows["First-year total"] == ["GBP 83,000", "GBP 50,000"]
    assert rows["Annualised total"] == ["GBP 78,000", "GBP 50,000"]
    assert rows["Paid leave"] == ["28 days", "—"]
    assert rows["Work mode"] == ["Hybrid", "—"]
    assert rows["Start date"] == ["1 Feb 2027", "—"]
    assert rows["Deadline"][0] == f"{rich.respond_by:%-d %b %Y} (5 days left to respond)"
    assert rows["Deal-breakers"] == ["Working hours", "None recorded"]
    assert rows["Your notes"] == ["Great team", "—"]
    assert rows["Growth"] == ["4 of 5", "not rated"]


def test_other_currencies_convert_with_their_rate_shown(owner):
    pounds = OfferFactory(application__owner=owner, base_pay_minor=6_000_000)
    euros = OfferFactory(application__owner=owner, base_pay_minor=7_000_000, currency="EUR")
    rates = [Rate("EUR", "GBP", Decimal("0.85"), date(2026, 11, 30))]

    result = comparison.compare([pounds, euros], rates=rates, weights={"pay": 1})

    assert dict(result.rows)["First-year total"] == [
        "GBP 60,000",
        "EUR 70,000 ≈ GBP 59,500 (at 1 EUR = 0.85 GBP on 30 Nov 2026)",
    ]
    assert [column.score for column in result.columns] == [100, 99]  # 59,500 / 60,000


def test_without_a_rate_totals_stay_in_their_currency_and_no_score(owner):
    pounds = OfferFactory(application__owner=owner, base_pay_minor=6_000_000)
    euros = OfferFactory(application__owner=owner, base_pay_minor=7_000_000, currency="EUR")

    result = comparison.compare([pounds, euros], rates=[], weights={"pay": 3})

    assert dict(result.rows)["First-year total"] == ["GBP 60,000", "EUR 70,000"]
    assert result.missing_rates == ["EUR"]
    assert not result.scored
    assert result.score_note.startswith("No score: enter an exchange rate for EUR")


def test_the_score_weighs_only_what_the_user_weighed(owner):
    first, second = make_offers(owner, 2)  # GBP 60,000 and 70,000
    first.work_mode, second.work_mode = WorkMode.REMOTE, WorkMode.ON_SITE
    first.ratings, second.ratings = {"team": 5}, {"team": 1}

    unweighed = comparison.compare([first, second], rates=[])
    pay_only = comparison.compare([first, second], rates=[], weights={"pay": 1})
    both = comparison.compare([first, second], rates=[], weights={"pay": 1, "remote": 1, "team": 2})

    assert not unweighed.scored
    assert [column.score for column in pay_only.columns] == [86, 100]  # 60/70
    # first: (0.857 + 1 + 2 x 1) / 4 = 96; second: (1 + 0 + 0) / 4 = 25
    assert [column.score for column in both.columns] == [96, 25]
    assert dict(both.rows)["Score (a help, not a verdict)"] == ["96 of 100", "25 of 100"]


# The page ----------------------------------------------------------------------------------


def test_the_page_shows_the_standing_offers_side_by_side(owner_client, owner):
    make_offers(owner, 3)
    declined = OfferFactory(
        application__owner=owner,
        application__company="Declined Co",
        application__stage=Stage.OFFER_DECLINED,
        decision=Offer.Decision.DECLINED,
        decided_on=timezone.localdate(),
    )

    response = owner_client.get(COMPARE)

    assert response.status_code == 200
    assert '<h1 class="h3 mb-1">Compare offers</h1>' in response.text
    assert "<title>Compare offers · Bowout</title>" in response.text
    assert "3 offers, totals in GBP" in response.text
    header = response.text.split("<thead>")[1].split("</thead>")[0]
    assert re.findall(r">(Firm \d)</a>", header) == ["Firm 1", "Firm 2", "Firm 3"]
    assert "Declined Co</a>" not in header
    assert f'value="{declined.pk}"' in response.text  # it can still be chosen


def test_more_than_four_standing_shows_the_four_nearest_deadlines(owner_client, owner):
    for days in (9, 2, 5, 7, 3):
        OfferFactory(
            application__owner=owner,
            application__company=f"Due in {days}",
            respond_by=timezone.localdate() + timedelta(days=days),
        )

    response = owner_client.get(COMPARE)

    header = response.text.split("<thead>")[1].split("</thead>")[0]
    assert re.findall(r">(Due in \d)</a>", header) == [
        "Due in 2",
        "Due in 3",
        "Due in 5",
        "Due in 7",
    ]
    assert "You have 5 offers standing" in response.text


def test_choosing_offers_currency_and_weights(owner_client, owner):
    offers = make_offers(owner, 4)

    response = owner_client.get(
        COMPARE, {"offers": [offers[0].pk, offers[3].pk], "currency": "gbp", "w_pay": "2"}
    )

    assert response.status_code == 200
    assert "2 offers, totals in GBP" in response.text
    assert "67 of 100" in response.text  # 60,000 of 90,000
    assert "a help to think with, never a verdict" in response.text


@pytest.mark.parametrize("count", [1, 5])
def test_fewer_than_two_or_more_than_four_is_refused(owner_client, owner, count):
    offers = make_offers(owner, 5)

    response = owner_client.get(COMPARE, {"offers": [offer.pk for offer in offers[:count]]})

    assert response.status_code == 422
    assert "Choose from 2 to 4 offers to compare." in response.text
    assert "<thead>" not in response.text


def test_a_strangers_offer_cannot_be_compared(owner_client, owner, stranger):
    mine = make_offers(owner, 1)[0]
    theirs = OfferFactory(application__owner=stranger, application__company="Secret Ltd")

    response = owner_client.get(COMPARE, {"offers": [mine.pk, theirs.pk]})

    assert response.status_code == 422
    assert "Choose among your own offers." in response.text
    assert "Secret Ltd" not in response.text


def test_one_offer_says_what_is_needed(owner_client, owner):
    make_offers(owner, 1)

    response = owner_client.get(COMPARE)

    assert "You have one offer standing." in response.text
    assert "Record at least two offers" in response.text


def test_the_page_needs_a_login(client):
    response = client.get(COMPARE)

    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_the_comparison_costs_a_few_queries_at_any_size(
    owner_client, owner, django_assert_max_num_queries
):
    # Session, user, rates, standing offers with their applications: never one per offer.
    make_offers(owner, 2)
    with django_assert_max_num_queries(8):
        owner_client.get(COMPARE)
    make_offers(owner, 6)
    with django_assert_max_num_queries(8):
        owner_client.get(COMPARE)


# Exchange rates ---------------------------------------------------------------------------


def test_saving_a_rate_converts_the_totals(owner_client, owner):
    OfferFactory(application__owner=owner, base_pay_minor=6_000_000)
    OfferFactory(application__owner=owner, base_pay_minor=7_000_000, currency="EUR")
    before = owner_client.get(COMPARE)
    assert "No exchange rate from EUR into GBP" in before.text

    if True:  # a rate of a past day (a future one is refused)
        response = owner_client.post(
            RATES,
            {
                "currency": "eur",
                "into": "GBP",
                "rate": "0.85",
                "as_of": "2026-11-30",
                "next": f"{COMPARE}?currency=GBP",
            },
        )

    assert response.status_code == 302
    assert response.url == f"{COMPARE}?currency=GBP"
    rate = ExchangeRate.objects.get(owner=owner)
    assert (rate.currency, rate.into, rate.rate, rate.as_of) == (
        "EUR",
        "GBP",
        Decimal("0.85"),
        date(2026, 11, 30),
    )
    after = owner_client.get(COMPARE)
    assert "EUR 70,000 ≈ GBP 59,500 (at 1 EUR = 0.85 GBP on 30 Nov 2026)" in after.text


def test_a_new_rate_replaces_the_pair_either_way_round(owner):
    from applications import services

    services.save_exchange_rate(
        owner=owner, currency="EUR", into="GBP", rate=Decimal("0.85"), as_of=date(2026, 11, 1)
    )
    services.save_exchange_rate(
        owner=owner, currency="GBP", into="EUR", rate=Decimal("1.2"), as_of=date(2026, 12, 1)
    )

    assert list(ExchangeRate.objects.values_list("currency", "into", "rate")) == [
        ("GBP", "EUR", Decimal("1.2"))
    ]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("rate", "0", "A rate is more than zero."),
        ("rate", "lots", "Enter the rate in figures, like 1.17."),
        ("into", "EUR", "Choose two different currencies."),
        ("currency", "EU", "Use a three-letter currency code, like GBP or EUR."),
        (
            "as_of",
            "30/11/2026",
            "Enter a date as year-month-day, like 2027-02-01, or as 1 February 2027.",
        ),
    ],
)
def test_a_refused_rate_says_why_and_saves_nothing(owner_client, owner, field, value, message):
    data = {"currency": "EUR", "into": "GBP", "rate": "0.85", "as_of": "2026-11-30"}

    response = owner_client.post(RATES, data | {field: value, "next": "https://evil.example/"})

    assert response.status_code == 422
    assert message in response.text
    assert 'value="/offers/compare/"' in response.text  # never the outside address
    assert not ExchangeRate.objects.exists()


def test_rates_are_posted_only(owner_client):
    assert owner_client.get(RATES).status_code == 405


def test_the_comparison_is_read_only(owner_client):
    assert owner_client.post(COMPARE).status_code == 405
