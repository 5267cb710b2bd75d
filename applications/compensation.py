"""What an offer is worth in a year: the one place its totals and conversions are computed.

Money is integer hundredths of a currency (``Offer.*_minor``); every step that multiplies or
divides works in ``Decimal`` and rounds half to even back to whole hundredths, so the same
offer always gives the same figure and no float ever touches it.

- Pay in a year: yearly pay as is, monthly times 12, daily times the days a week and hourly
  times the hours a week the user states, times the paid weeks a year (52 unless they say).
- First-year total: that pay, plus the target bonus (a percentage of the yearly pay or an
  amount), plus the sign-on bonus, plus the equity that vests in the first twelve months:
  none when the cliff is past twelve months, else the grant's value times
  ``min(12, vesting months) / vesting months`` (the cliff's catch-up included).
- Annualised total: the pay, the bonus and one year's share of the equity
  (``value * 12 / vesting months``, the whole grant when it vests within a year); no sign-on.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Protocol

from babel.numbers import format_decimal
from django.db import models
from django.utils import dateformat, formats, translation
from django.utils.translation import gettext, pgettext

MONTHS_IN_A_YEAR = 12
# Money is stored as whole hundredths of the offer's currency (pence, cents): integers, so
# totals add up exactly; never floats. One rule for every currency keeps the arithmetic here; a
# currency without a minor unit simply ends in 00.
MINOR_PER_UNIT = 100


class PayPeriod(models.TextChoices):
    """What an offer's base pay is counted per (``Offer.Period``)."""

    YEAR = "year", "per year"
    MONTH = "month", "per month"
    DAY = "day", "per day"
    HOUR = "hour", "per hour"


class OfferTerms(Protocol):
    """What the totals read of an offer: an ``Offer``, or the terms of an earlier revision.
    (A protocol, so that the models can use this module's formatter without a cycle.)"""

    @property
    def currency(self) -> str: ...
    @property
    def period(self) -> str: ...
    @property
    def base_pay_minor(self) -> int | None: ...
    @property
    def hours_per_week(self) -> Decimal | None: ...
    @property
    def days_per_week(self) -> Decimal | None: ...
    @property
    def weeks_per_year(self) -> int | None: ...
    @property
    def bonus_percent(self) -> Decimal | None: ...
    @property
    def bonus_minor(self) -> int | None: ...
    @property
    def sign_on_minor(self) -> int | None: ...
    @property
    def equity_minor(self) -> int | None: ...
    @property
    def vesting_months(self) -> int | None: ...
    @property
    def cliff_months(self) -> int | None: ...


def format_money(minor: int, currency: str, language: str | None = None) -> str:
    """An amount as ``language`` writes it (the page's language unless given): the one
    formatter for money on pages, in Python and in emails.

    English keeps Bowout's form, which outside checks and bookmarked exports read: the code
    first, thousands with commas ("GBP 65,000", "EUR 412.50"). Other languages write the
    amount in their own digits and the code after it, as their readers expect ("65.000 GBP",
    "412,50 EUR" in German). Whole amounts never show ".00"; without a currency, the amount
    alone.
    """
    language = (language or translation.get_language() or "en").split("-")[0]
    units, cents = divmod(abs(minor), MINOR_PER_UNIT)
    sign = "-" if minor < 0 else ""
    if language == "en":
        text = f"{sign}{units:,}" + (f".{cents:02d}" if cents else "")
    else:
        value = Decimal(minor) / MINOR_PER_UNIT
        text = format_decimal(value, format="#,##0.00" if cents else "#,##0", locale=language)
    if not currency:
        return text
    return f"{currency} {text}" if language == "en" else f"{text} {currency}"


def pay_text(offer: OfferTerms, language: str | None = None) -> str:
    """The base pay and what it is counted per ("GBP 65,000 per year", "65.000 GBP pro
    Jahr"); empty without a base pay."""
    if offer.base_pay_minor is None:
        return ""
    with translation.override(language or translation.get_language()):
        period = gettext(PayPeriod(offer.period).label)
        return f"{format_money(offer.base_pay_minor, offer.currency)} {period}"


@dataclass(frozen=True)
class Money:
    minor: int
    currency: str

    def __str__(self) -> str:
        return format_money(self.minor, self.currency)

    def __add__(self, other: "Money") -> "Money":
        if other.currency != self.currency:
            raise ValueError(f"Cannot add {other.currency} to {self.currency}")
        return Money(self.minor + other.minor, self.currency)


def whole_minor(value: Decimal) -> int:
    """Round to whole hundredths, half to even (banker's rounding, as accountants do)."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


@dataclass(frozen=True)
class Totals:
    """An offer's yearly figures in its own currency; ``None`` where the offer does not say
    enough, with ``missing`` saying what to add."""

    currency: str
    pay: Money | None = None
    bonus: Money | None = None
    sign_on: Money | None = None
    equity_first_year: Money | None = None
    equity_per_year: Money | None = None
    first_year: Money | None = None
    annualised: Money | None = None
    missing: list[str] = field(default_factory=list)


def yearly_pay(offer: OfferTerms) -> tuple[int | None, str]:
    """The base pay over a year in hundredths, or None and what is missing to know it."""
    if offer.base_pay_minor is None:
        return None, gettext("Add the base pay to see totals.")
    base = Decimal(offer.base_pay_minor)
    weeks = Decimal(offer.weeks_per_year or 52)
    if offer.period == PayPeriod.YEAR:
        return offer.base_pay_minor, ""
    if offer.period == PayPeriod.MONTH:
        return offer.base_pay_minor * MONTHS_IN_A_YEAR, ""
    if offer.period == PayPeriod.DAY:
        if not offer.days_per_week:
            return None, gettext("Say how many days a week, to turn the daily rate into a year.")
        return whole_minor(base * Decimal(offer.days_per_week) * weeks), ""
    if not offer.hours_per_week:
        return None, gettext("Say how many hours a week, to turn the hourly rate into a year.")
    return whole_minor(base * Decimal(offer.hours_per_week) * weeks), ""


def _equity(offer: OfferTerms) -> tuple[int | None, int | None, str]:
    """The equity vesting in the first twelve months, and one year's share of the grant."""
    if not offer.equity_minor:
        return None, None, ""
    if not offer.vesting_months:
        return None, None, gettext("Say over how many months the equity vests, to count it.")
    value = Decimal(offer.equity_minor)
    vesting = Decimal(offer.vesting_months)
    if (offer.cliff_months or 0) > MONTHS_IN_A_YEAR:
        first_year = 0
    else:
        first_year = whole_minor(value * min(Decimal(MONTHS_IN_A_YEAR), vesting) / vesting)
    per_year = whole_minor(value * MONTHS_IN_A_YEAR / max(vesting, Decimal(MONTHS_IN_A_YEAR)))
    return first_year, per_year, ""


def totals(offer: OfferTerms) -> Totals:
    """The offer's figures over a year; the one function that adds them up."""
    currency = offer.currency

    def money(minor: int | None) -> Money | None:
        return None if minor is None else Money(minor, currency)

    pay, missing_pay = yearly_pay(offer)
    bonus: int | None = offer.bonus_minor
    if offer.bonus_percent is not None and pay is not None:
        bonus = whole_minor(Decimal(pay) * Decimal(offer.bonus_percent) / 100)
    equity_first_year, equity_per_year, missing_equity = _equity(offer)
    missing = [text for text in (missing_pay, missing_equity) if text]
    first_year = annualised = None
    if pay is not None:
        first_year = pay + (bonus or 0) + (offer.sign_on_minor or 0) + (equity_first_year or 0)
        annualised = pay + (bonus or 0) + (equity_per_year or 0)
    return Totals(
        currency=currency,
        pay=money(pay),
        bonus=money(bonus),
        sign_on=money(offer.sign_on_minor),
        equity_first_year=money(equity_first_year),
        equity_per_year=money(equity_per_year),
        first_year=money(first_year),
        annualised=money(annualised),
        missing=missing,
    )


# --- Other currencies ---------------------------------------------------------------------


@dataclass(frozen=True)
class Rate:
    """One unit of ``currency`` is worth ``rate`` units of ``into``, as the user found on
    ``as_of``."""

    currency: str
    into: str
    rate: Decimal
    as_of: date

    def __str__(self) -> str:
        return rate_text(self.currency, self.into, self.rate, self.as_of)


def rate_text(currency: str, into: str, rate: Decimal, as_of: date) -> str:
    """ "1 EUR = 0.85 GBP on 2 Dec 2026", the rate to six places at most, in the reader's
    language ("1 EUR = 0,85 GBP am 2. Dez. 2026")."""
    shown = rate.quantize(Decimal("0.000001")).normalize()
    return gettext("1 %(currency)s = %(rate)s %(into)s on %(day)s") % {
        "currency": currency,
        "rate": formats.number_format(shown),
        "into": into,
        "day": dateformat.format(as_of, pgettext("date format", "j M Y")),
    }


def find_rate(currency: str, into: str, rates: list[Rate]) -> Rate | None:
    """The rate from ``currency`` into ``into``: as entered, or the inverse of the opposite
    one (the user typed 1 GBP = 1.17 EUR and now converts euros to pounds)."""
    for rate in rates:
        if (rate.currency, rate.into) == (currency, into):
            return rate
    for rate in rates:
        if (rate.currency, rate.into) == (into, currency):
            return Rate(currency, into, Decimal(1) / rate.rate, rate.as_of)
    return None


def convert(amount: Money | None, into: str, rates: list[Rate]) -> tuple[Money | None, Rate | None]:
    """``amount`` in ``into``, and the rate used (None when it is in ``into`` already).

    ``(None, None)`` when there is no amount, or no rate for it: the amount is then shown in
    its own currency and nothing is compared across currencies.
    """
    if amount is None:
        return None, None
    if amount.currency == into:
        return amount, None
    rate = find_rate(amount.currency, into, rates)
    if rate is None:
        return None, None
    return Money(whole_minor(Decimal(amount.minor) * rate.rate), into), rate


def major_units(amount: Money) -> Decimal:
    """The amount in whole units (pounds, euros), exactly."""
    return Decimal(amount.minor) / MINOR_PER_UNIT
