"""Three offers side by side, on a desktop and on a phone."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from applications.models import Stage
from tests.browser.conftest import field
from tests.factories import PASSWORD, OfferFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def three_offers():
    user = UserFactory(username="chooser", time_zone="Europe/London")
    today = timezone.localdate()
    OfferFactory(
        application__owner=user,
        application__company="Acme",
        application__position="Platform Engineer",
        application__deal_breakers=["hours"],
        base_pay_minor=6_000_000,
        bonus_percent=10,
        respond_by=today + timedelta(days=3),
    )
    OfferFactory(
        application__owner=user,
        application__company="Globex",
        application__position="SRE",
        base_pay_minor=7_000_000,
        currency="EUR",
        respond_by=today + timedelta(days=6),
    )
    OfferFactory(
        application__owner=user,
        application__company="Initech",
        application__position="Backend Engineer",
        application__stage=Stage.OFFER,
        base_pay_minor=5_500_000,
        sign_on_minor=500_000,
    )
    return user


def log_in_and_compare(page):
    page.goto("/offers/compare/")
    field(page, "Username").fill("chooser")
    field(page, "Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Compare offers")


def test_three_offers_side_by_side_with_a_rate_and_weights_on_a_desktop(page):
    three_offers()
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in_and_compare(page)

    table = page.locator(".compare-table")
    expect(table).to_be_visible()
    expect(page.locator(".compare-cards")).to_be_hidden()
    expect(table.locator("thead th a")).to_have_text(["Acme", "Globex", "Initech"])
    first_year = table.get_by_role("row", name=re.compile("^First-year total"))
    expect(first_year.locator("td")).to_have_text(["GBP 66,000", "EUR 70,000", "GBP 60,000"])
    expect(page.get_by_role("status")).to_contain_text("No exchange rate from EUR into GBP")
    expect(table.get_by_role("row", name=re.compile("^Deal-breakers"))).to_contain_text(
        "Working hours"
    )

    # The rate the user looked up, with its date.
    field(page, "Rate").fill("0.85")
    field(page, "Rate date").fill("2026-11-30")
    page.get_by_role("button", name="Save rate").click()
    expect(first_year.locator("td").nth(1)).to_have_text(
        "EUR 70,000 ≈ GBP 59,500 (at 1 EUR = 0.85 GBP on 30 Nov 2026)"
    )

    # Weigh pay alone: the score helps, it does not decide.
    field(page, "Pay (first-year total)").fill("1")
    page.get_by_role("button", name="Compare").click()
    score = table.get_by_role("row", name=re.compile("^Score"))
    expect(score.locator("td")).to_have_text(["100 of 100", "90 of 100", "91 of 100"])
    expect(page.locator("#score-note")).to_contain_text("never a verdict")
    expect(table.get_by_role("link", name="Ask for time at Acme")).to_be_visible()


def test_on_a_phone_each_offer_is_a_card_with_the_same_rows(page):
    three_offers()
    page.set_viewport_size({"width": 390, "height": 844})
    log_in_and_compare(page)

    expect(page.locator(".compare-table")).to_be_hidden()
    cards = page.locator(".compare-card")
    expect(cards).to_have_count(3)
    expect(cards.get_by_role("heading", level=2)).to_have_text(["Acme", "Globex", "Initech"])
    acme = cards.nth(0)
    expect(acme.locator("dt")).to_have_count(23)
    expect(acme).to_contain_text("First-year total")
    expect(acme).to_contain_text("GBP 66,000")
    expect(acme.get_by_role("link", name="Ask for time at Acme")).to_be_visible()
    # No sideways scrolling on a phone.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
