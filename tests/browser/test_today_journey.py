"""The issue's new user: an offer, an interview tomorrow and a quiet process, each on Today and
each one click from doing it, on a phone-sized screen."""

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from applications.models import Application, Stage
from tests.browser.conftest import field
from tests.factories import PASSWORD, ApplicationFactory, InterviewFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_new_user_sees_each_action_on_today_and_does_it_in_one_click(page):
    page.set_viewport_size({"width": 390, "height": 844})
    user = UserFactory(username="newuser", time_zone="Europe/London")
    zone = ZoneInfo(user.time_zone)
    now = timezone.now()
    ApplicationFactory(
        owner=user, company="Northwind", position="Staff Engineer", stage=Stage.INTERVIEWING
    )
    globex = ApplicationFactory(owner=user, company="Globex", stage=Stage.INTERVIEWING)
    tomorrow = timezone.localtime(now, zone).date() + timedelta(days=1)
    InterviewFactory(
        application=globex, scheduled_at=datetime.combine(tomorrow, time(10, 0), tzinfo=zone)
    )
    ApplicationFactory(
        owner=user,
        company="Umbrella",
        stage=Stage.APPLIED,
        last_activity_at=now - timedelta(days=40),
    )

    page.goto("/")
    field(page, "Username").fill("newuser")
    field(page, "Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    today = page.locator("#today")
    expect(today).to_contain_text("1 process has gone quiet for 4 weeks or more")

    # The user records a written offer with a deadline in two days.
    page.goto(f"/applications/{Application.objects.get(company='Northwind').pk}/offer/")
    field(page, "In writing").check()
    field(page, "Deadline to respond").fill((tomorrow + timedelta(days=1)).isoformat())
    page.get_by_role("button", name="Save offer").click()
    page.goto("/")

    items = today.locator("li")
    expect(items).to_have_count(3)
    expect(items.nth(0)).to_contain_text("Call Globex before the interview tomorrow at 10:00")
    expect(items.nth(1)).to_contain_text(
        "Answer the offer from Northwind: the deadline is in 2 days"
    )
    expect(items.nth(2)).to_contain_text("1 process has gone quiet")

    # One click each.
    items.nth(0).get_by_role("link", name="Withdraw now").click()
    expect(page).to_have_url(re.compile(rf"/withdrawals/{globex.pk}/$"))
    page.go_back()
    items.nth(1).get_by_role("link", name="Decide on the offer").click()
    offer_card = page.get_by_role("region", name="Offer")
    expect(offer_card.get_by_role("button", name="Accept offer")).to_be_visible()
    page.go_back()
    items.nth(2).get_by_role("link", name="Resolve quiet processes").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Processes gone quiet")
    page.get_by_role("button", name="Close the ticked ones as no response").click()
    expect(page.get_by_role("alert").first).to_contain_text("Closed 1 process as no response")
    assert Application.objects.get(company="Umbrella").stage == Stage.NO_RESPONSE
    page.get_by_role("button", name="Undo the last “no response”").click()
    expect(page.get_by_role("alert").first).to_contain_text("Reopened 1 process.")
    assert Application.objects.get(company="Umbrella").stage == Stage.APPLIED

    # Snooze takes an item off until tomorrow.
    page.goto("/")
    items.nth(2).get_by_role("button", name=re.compile("^Snooze")).click()
    expect(page.locator("#today li")).to_have_count(2)
