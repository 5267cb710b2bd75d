"""Money as the reader's language writes it: one formatter (applications.compensation) for
every page, in Python and in templates. English keeps Bowout's form ("GBP 65,000"), which outside
checks read; German writes "65.000 GBP". An email uses its own language, not the page's."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from applications.compensation import Money, Rate, format_money, pay_text
from applications.fields import MoneyField
from applications.models import EquityKind, Offer, Stage
from tests.factories import ApplicationFactory, OfferFactory
from withdrawals.services import offer_pay


@pytest.mark.parametrize(
    ("minor", "currency", "english", "german"),
    [
        (6_500_000, "GBP", "GBP 65,000", "65.000 GBP"),
        (41_250, "EUR", "EUR 412.50", "412,50 EUR"),
        (5, "EUR", "EUR 0.05", "0,05 EUR"),
        (0, "GBP", "GBP 0", "0 GBP"),
        (123_456_789_012, "USD", "USD 1,234,567,890.12", "1.234.567.890,12 USD"),
        (100_000_000_000_000, "JPY", "JPY 1,000,000,000,000", "1.000.000.000.000 JPY"),
        (-100_000, "EUR", "EUR -1,000", "-1.000 EUR"),
        # No currency recorded: the amount alone, never a stray space.
        (6_500_000, "", "65,000", "65.000"),
    ],
)
def test_an_amount_in_english_and_in_german(minor, currency, english, german):
    assert format_money(minor, currency, "en") == english
    assert format_money(minor, currency, "de") == german


def test_the_amount_follows_the_active_language_unless_one_is_given():
    with translation.override("de"):
        assert format_money(6_500_000, "GBP") == "65.000 GBP"
        assert str(Money(6_500_000, "GBP")) == "65.000 GBP"
        assert format_money(6_500_000, "GBP", "en") == "GBP 65,000"
    with translation.override("en"):
        assert format_money(6_500_000, "GBP") == "GBP 65,000"
        assert str(Money(6_500_000, "GBP")) == "GBP 65,000"
    with translation.override("de-ch"):
        assert format_money(6_500_000, "CHF") == "65.000 CHF"


def test_pay_with_its_period_in_both_languages():
    monthly = Offer(base_pay_minor=720_000, currency="EUR", period=Offer.Period.MONTH)
    assert pay_text(monthly, "en") == "EUR 7,200 per month"
    assert pay_text(monthly, "de") == "7.200 EUR pro Monat"
    assert pay_text(Offer(base_pay_minor=None, currency="EUR"), "de") == ""
    with translation.override("de"):
        assert monthly.compensation_display == "7.200 EUR pro Monat"
    assert monthly.compensation_display == "EUR 7,200 per month"


def test_an_exchange_rate_in_both_languages():
    rate = Rate("EUR", "GBP", Decimal("0.85"), date(2026, 11, 30))
    assert str(rate) == "1 EUR = 0.85 GBP on 30 Nov 2026"
    with translation.override("de"):
        assert str(rate) == "1 EUR = 0,85 GBP am 30. Nov 2026"


def test_an_english_email_drafted_on_a_german_page_keeps_the_english_figures():
    """The page's language does not leak into the email (withdrawals.services.offer_pay)."""
    offer = Offer(base_pay_minor=7_800_000, currency="GBP", period=Offer.Period.YEAR)
    with translation.override("de"):
        assert offer_pay(offer, "en") == "GBP 78,000 per year"
        assert offer_pay(offer, "de") == "78.000 GBP pro Jahr"
    assert offer_pay(offer, "en") == "GBP 78,000 per year"


# --- On the pages ---------------------------------------------------------------------------

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


@pytest.fixture
def offered(owner):
    with time_machine.travel(NOW, tick=False):
        application = ApplicationFactory(
            owner=owner, company="Acme", position="Engineer", stage=Stage.OFFER
        )
        OfferFactory(
            application=application,
            base_pay_minor=6_500_000,
            currency="GBP",
            sign_on_minor=500_050,
            equity_kind=EquityKind.RSU,
            equity_minor=4_800_000,
            vesting_months=48,
            cliff_months=12,
            respond_by=date(2026, 12, 10),
        )
    return application


def get(client, url):
    with time_machine.travel(NOW, tick=False):
        return client.get(url).content.decode()


@pytest.mark.django_db
def test_the_offer_in_english_keeps_its_figures(owner_client, offered):
    page = get(owner_client, offered.get_absolute_url())
    assert "GBP 65,000 per year" in page
    assert "GBP 5,000.50" in page
    assert "Restricted stock units (RSUs) worth GBP 48,000, over 48 months" in page
    dashboard = get(owner_client, reverse("home"))
    assert "Engineer · GBP 65,000 per year" in dashboard


@pytest.mark.django_db
def test_the_offer_in_german_writes_german_figures(owner_client, owner, offered):
    owner.language = "de"
    owner.save(update_fields=["language"])
    page = get(owner_client, offered.get_absolute_url())
    assert "65.000 GBP pro Jahr" in page
    assert "5.000,50 GBP" in page
    assert "Restricted Stock Units (RSUs) im Wert von 48.000 GBP, über 48 Monate" in page
    assert "GBP 65,000" not in page
    assert "noch 5 Tage für die Antwort" in page
    dashboard = get(owner_client, reverse("home"))
    assert "Engineer · 65.000 GBP pro Jahr" in dashboard


@pytest.mark.django_db
def test_the_comparison_in_german(owner_client, owner, offered):
    with time_machine.travel(NOW, tick=False):
        other = ApplicationFactory(owner=owner, company="Globex", stage=Stage.OFFER)
        OfferFactory(
            application=other,
            base_pay_minor=720_000,
            currency="EUR",
            period=Offer.Period.MONTH,
            leave_days=30,
        )
    owner.language = "de"
    owner.save(update_fields=["language"])
    page = get(owner_client, reverse("applications:offer_compare"))
    assert "7.200 EUR pro Monat" in page
    assert "65.000 GBP pro Jahr" in page
    assert "Summe im ersten Jahr" in page
    assert "30 Tage" in page
    assert "10. Dez 2026 (noch 5 Tage für die Antwort)" in page
    assert "Pay over a year" not in page
    assert "per month" not in page


# --- Typed in --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "english", "german"),
    [
        ("65000", 6_500_000, 6_500_000),
        ("65 000", 6_500_000, 6_500_000),
        ("65,000", 6_500_000, None),  # German: 65,000 has three decimals, refused
        ("65.000", None, 6_500_000),  # English: 65.000 has three decimals, refused
        ("412.50", 41_250, 41_250),  # a point before two final digits is a decimal point
        ("412,50", 4_125_000, 41_250),  # English reads the comma as a thousands separator
        ("1.234.567,89", None, 123_456_789),
        ("1,234,567.89", 123_456_789, None),
    ],
)
def test_an_amount_typed_in_each_language(typed, english, german):
    for language, expected in (("en", english), ("de", german)):
        with translation.override(language):
            field = MoneyField()
            if expected is None:
                with pytest.raises(ValidationError):
                    field.clean(typed)
            else:
                assert field.clean(typed) == expected, (language, typed)


def test_a_stored_amount_is_shown_with_the_readers_decimal_mark():
    with translation.override("de"):
        assert MoneyField().prepare_value(41_250) == "412,50"
        assert MoneyField().prepare_value(6_500_000) == "65000"
    assert MoneyField().prepare_value(41_250) == "412.50"
