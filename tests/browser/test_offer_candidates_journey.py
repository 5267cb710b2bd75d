import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from applications.models import Application, Offer, Stage
from tests.browser.conftest import field
from tests.factories import PASSWORD, ApplicationFactory, InterviewFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, username):
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/$"))
    field(page, "Username").fill(username)
    field(page, "Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")


def test_a_written_offer_lists_the_other_processes_most_urgent_first(page):
    user = UserFactory(username="offered", time_zone="Europe/London")
    zone = ZoneInfo(user.time_zone)
    now = timezone.now()
    ApplicationFactory(
        owner=user,
        company="Northwind",
        position="Staff Engineer",
        stage=Stage.INTERVIEWING,
        last_activity_at=now,
    )
    # The quiet one has been waiting longest, but an interview tomorrow is more urgent.
    ApplicationFactory(
        owner=user,
        company="Initech",
        stage=Stage.SCREENING,
        last_activity_at=now - timedelta(days=7),
    )
    globex = ApplicationFactory(
        owner=user, company="Globex", stage=Stage.APPLIED, last_activity_at=now - timedelta(days=1)
    )
    tomorrow = timezone.localtime(now, zone).date() + timedelta(days=1)
    InterviewFactory(
        application=globex, scheduled_at=datetime.combine(tomorrow, time(10, 0), tzinfo=zone)
    )

    log_in(page, "offered")
    expect(page.locator("#candidates-banner")).to_have_count(0)

    # Record a written offer on the first application.
    page.get_by_role("navigation", name="Main navigation").get_by_role(
        "link", name="Applications"
    ).click()
    page.get_by_role("link", name="Northwind", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Staff Engineer at Northwind")
    page.get_by_role("link", name="Record an offer").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Record an offer")
    field(page, "In writing").check()
    page.get_by_role("button", name="Save offer").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Staff Engineer at Northwind")
    expect(page.get_by_role("alert")).to_contain_text("Offer recorded. Congratulations!")
    expect(page.locator("#current-stage")).to_have_text("Offer")
    offer_card = page.get_by_role("region", name="Offer")
    expect(offer_card).to_contain_text("In writing")
    expect(offer_card.get_by_role("button", name="Accept offer")).to_be_visible()

    # The candidates page, from the navbar.
    page.get_by_role("navigation", name="Main navigation").get_by_role(
        "link", name="Withdrawal candidates"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Withdrawal candidates")
    expect(page.locator("#situation")).to_contain_text(
        "Consider withdrawing where you would not choose the role over this offer"
    )
    cards = page.locator("#candidates > li")
    expect(cards.get_by_role("heading", level=2)).to_have_text(
        [re.compile(r"^Globex\b"), re.compile(r"^Initech\b")]
    )
    expect(cards.nth(0)).to_contain_text("Interview tomorrow at 10:00")
    expect(cards.nth(1)).to_contain_text("At the screening stage")
    expect(page.locator("#situation")).to_contain_text(
        "Your written offer: Staff Engineer at Northwind"
    )
    expect(page.locator("#candidates").get_by_text("Northwind")).to_have_count(0)

    offer = Offer.objects.get(application__company="Northwind")
    assert offer.in_writing is True
    assert Application.objects.get(pk=offer.application_id).stage == Stage.OFFER
