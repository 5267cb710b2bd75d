"""An offer's totals and conversions, with literal figures: one place adds them up."""

from datetime import date
from decimal import Decimal

import pytest

from applications.compensation import Money, Rate, convert, find_rate, totals
from applications.models import EquityKind, Offer


def offer(**terms) -> Offer:
    return Offer(**({"currency": "GBP", "period": Offer.Period.YEAR} | terms))


def test_salary_with_a_percentage_bonus_sign_on_and_equity_after_a_twelve_month_cliff():
    sums = totals(
        offer(
            base_pay_minor=6_000_000,  # GBP 60,000 a year
            bonus_percent=Decimal("10"),
            sign_on_minor=500_000,
            equity_kind=EquityKind.RSU,
            equity_minor=4_800_000,  # GBP 48,000 over four years
            vesting_months=48,
            cliff_months=12,
        )
    )

    assert sums.pay == Money(6_000_000, "GBP")
    assert sums.bonus == Money(600_000, "GBP")
    assert sums.equity_first_year == Money(1_200_000, "GBP")  # the cliff's year vests at 12
    assert sums.equity_per_year == Money(1_200_000, "GBP")
    assert str(sums.first_year) == "GBP 83,000"  # 60,000 + 6,000 + 5,000 + 12,000
    assert str(sums.annualised) == "GBP 78,000"  # no sign-on in a usual year


def test_no_equity_counts_in_the_first_year_when_the_cliff_is_past_twelve_months():
    sums = totals(
        offer(base_pay_minor=6_000_000, equity_minor=4_800_000, vesting_months=48, cliff_months=13)
    )

    assert sums.equity_first_year == Money(0, "GBP")
    assert str(sums.first_year) == "GBP 60,000"
    assert str(sums.annualised) == "GBP 72,000"


def test_equity_without_a_cliff_vests_a_year_of_its_schedule():
    sums = totals(offer(base_pay_minor=5_000_000, equity_minor=3_600_000, vesting_months=36))

    assert str(sums.equity_first_year) == "GBP 12,000"
    assert str(sums.first_year) == "GBP 62,000"


def test_equity_vesting_within_a_year_counts_whole_in_both_totals():
    sums = totals(offer(base_pay_minor=5_000_000, equity_minor=600_000, vesting_months=6))

    assert str(sums.first_year) == "GBP 56,000"
    assert str(sums.annualised) == "GBP 56,000"


def test_equity_without_its_vesting_is_not_counted_and_says_so():
    sums = totals(offer(base_pay_minor=5_000_000, equity_minor=600_000))

    assert str(sums.first_year) == "GBP 50,000"
    assert sums.missing == ["Say over how many months the equity vests, to count it."]


def test_monthly_pay_is_twelve_months():
    assert str(totals(offer(base_pay_minor=500_000, period=Offer.Period.MONTH)).pay) == "GBP 60,000"


def test_hourly_pay_uses_the_hours_the_user_states():
    sums = totals(
        offer(base_pay_minor=2_550, period=Offer.Period.HOUR, hours_per_week=Decimal("37.5"))
    )

    assert str(sums.pay) == "GBP 49,725"  # 25.50 x 37.5 hours x 52 weeks


def test_daily_pay_uses_the_days_and_weeks_the_user_states():
    sums = totals(
        offer(
            base_pay_minor=45_000,
            currency="EUR",
            period=Offer.Period.DAY,
            days_per_week=Decimal("4"),
            weeks_per_year=46,
        )
    )

    assert str(sums.pay) == "EUR 82,800"  # 450 x 4 days x 46 weeks


@pytest.mark.parametrize(
    ("period", "message"),
    [
        (Offer.Period.HOUR, "Say how many hours a week, to turn the hourly rate into a year."),
        (Offer.Period.DAY, "Say how many days a week, to turn the daily rate into a year."),
    ],
)
def test_hourly_or_daily_pay_without_the_week_gives_no_total(period, message):
    sums = totals(offer(base_pay_minor=2_550, period=period))

    assert sums.first_year is None
    assert sums.annualised is None
    assert sums.missing == [message]


def test_no_base_pay_no_totals():
    sums = totals(offer(sign_on_minor=500_000))

    assert sums.first_year is None
    assert sums.missing == ["Add the base pay to see totals."]


def test_a_bonus_amount_and_a_percentage_rounded_half_to_even():
    assert str(totals(offer(base_pay_minor=5_000_000, bonus_minor=750_000)).first_year) == (
        "GBP 57,500"
    )
    # 12.5% of 55,555.55 is 6,944.44375: whole pence, half to even.
    sums = totals(offer(base_pay_minor=5_555_555, bonus_percent=Decimal("12.5")))
    assert str(sums.bonus) == "GBP 6,944.44"
    assert str(sums.first_year) == "GBP 62,499.99"


RATES = [Rate("EUR", "GBP", Decimal("0.85"), date(2026, 11, 30))]


def test_two_currencies_convert_at_the_rate_the_user_entered_with_its_date():
    euros = totals(offer(base_pay_minor=7_000_000, currency="EUR")).first_year

    pounds, rate = convert(euros, "GBP", RATES)

    assert str(pounds) == "GBP 59,500"
    assert str(rate) == "1 EUR = 0.85 GBP on 30 Nov 2026"


def test_a_rate_entered_the_other_way_round_converts_by_its_inverse():
    rates = [Rate("GBP", "EUR", Decimal("1.25"), date(2026, 12, 1))]

    pounds, rate = convert(Money(7_000_000, "EUR"), "GBP", rates)

    assert str(pounds) == "GBP 56,000"
    assert str(rate) == "1 EUR = 0.8 GBP on 1 Dec 2026"


def test_without_a_rate_nothing_is_converted():
    assert convert(Money(7_000_000, "USD"), "GBP", RATES) == (None, None)
    assert find_rate("USD", "GBP", RATES) is None
    assert convert(Money(100, "GBP"), "GBP", RATES) == (Money(100, "GBP"), None)


def test_money_of_two_currencies_never_adds_up():
    with pytest.raises(ValueError, match="Cannot add EUR to GBP"):
        Money(100, "GBP") + Money(100, "EUR")
