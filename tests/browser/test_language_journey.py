"""Bowout in German, in a real browser: offered to a German browser and never forced, chosen on
the profile, and a signed German contract leading to the printable letter that ends it."""

import re
from datetime import date

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from applications.models import Offer, Stage
from tests.browser.conftest import field
from tests.factories import PASSWORD, ApplicationFactory, ContactFactory, OfferFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def german_browser(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="de-DE")
    context.set_default_timeout(10_000)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield page
    context.close()
    assert errors == [], errors


def test_a_german_browser_is_offered_german_and_reads_english_until_it_chooses(german_browser):
    page = german_browser
    page.goto("/accounts/login/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("button", name="Log in")).to_be_visible()
    offer = page.get_by_role("region", name="Sprache")
    expect(offer).to_contain_text("Bowout gibt es auch auf Deutsch.")

    offer.get_by_role("button", name="Bowout auf Deutsch anzeigen").click()

    expect(page).to_have_url(re.compile(r"/accounts/login/$"))
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.get_by_role("link", name="Registrieren")).to_be_visible()
    expect(page.get_by_role("region", name="Sprache")).to_have_count(0)
    # The visitor's own chooser, at the foot of the page, by keyboard.
    chooser = page.get_by_label("Sprache")
    expect(chooser).to_have_value("de")
    chooser.select_option("en")
    chooser.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("link", name="Sign up")).to_be_visible()


def test_a_user_chooses_german_and_prints_the_letter_ending_a_signed_german_contract(page):
    user = UserFactory(username="lena", full_name="Lena Vogel")
    application = ApplicationFactory(
        owner=user, company="Muster GmbH", position="Backend Engineer", stage=Stage.ACCEPTED
    )
    OfferFactory(
        application=application,
        decision=Offer.Decision.ACCEPTED,
        decided_on=timezone.localdate(),
        start_date=date(2099, 2, 1),
        contract_signed=True,
        contract_law="DE",
    )
    ContactFactory(application=application, name="Anna Weber", is_main=True)

    page.goto("/accounts/login/")
    field(page, "Username").fill("lena")
    field(page, "Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("button", name="Lena Vogel").click()
    page.get_by_role("link", name="Profile").click()
    field(page, "Language").select_option("de")
    page.get_by_role("button", name="Save profile").click()

    expect(page.get_by_text("Ihr Profil ist gespeichert.")).to_be_visible()
    expect(page.get_by_role("heading", name="Ihr Profil")).to_be_visible()
    expect(page.get_by_role("link", name="Übersicht")).to_be_visible()

    page.goto(application.get_absolute_url())
    rule = page.locator("#contract-rule")
    expect(rule).to_contain_text("Was Ihr Vertrag erlaubt: Deutschland")
    expect(rule).to_contain_text("§ 623 BGB")
    expect(rule).to_contain_text("Dies ist keine Rechtsberatung; prüfen Sie Ihren Vertrag.")
    rule.get_by_role("link", name="Kündigungsschreiben aufsetzen").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Kündigungsschreiben an Muster GmbH")
    letter = page.get_by_role("article", name="Der Brief")
    expect(letter).to_contain_text("Kündigung meines Arbeitsvertrags als Backend Engineer")
    expect(letter).to_contain_text("Guten Tag Anna Weber,")
    expect(letter).to_contain_text("1. Februar 2099")
    street = letter.get_by_role("textbox", name="Ihre Anschrift")
    street.click()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type("Lindenstraße 5")
    expect(street).to_have_text("Lindenstraße 5")
    # Printed: the letter alone, without the page around it.
    page.emulate_media(media="print")
    expect(page.get_by_role("button", name="Drucken")).to_be_hidden()
    expect(page.get_by_role("navigation", name="Hauptnavigation")).to_be_hidden()
    expect(letter).to_be_visible()
