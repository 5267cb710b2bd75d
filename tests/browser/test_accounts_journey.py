import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import field

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_sign_up_land_on_home_and_log_out(page):
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/$"))
    page.get_by_role("link", name="Create an account").click()

    field(page, "Username").fill("newseeker")
    field(page, "Full name").fill("New Seeker")
    field(page, "Email").fill("newseeker@example.com")
    field(page, "Password").fill("a-long-unusual-passphrase")
    field(page, "Password confirmation").fill("a-long-unusual-passphrase")
    page.get_by_role("button", name="Create account").click()

    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")
    expect(page.get_by_text("Welcome to Bowout!")).to_be_visible()

    page.get_by_role("button", name="New Seeker").click()
    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/$"))
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()


def test_sign_up_pre_selects_the_browsers_time_zone(browser, live_server):
    from accounts.models import User

    context = browser.new_context(base_url=live_server.url, timezone_id="Asia/Tokyo")
    page = context.new_page()
    page.goto("/accounts/signup/")
    zone = field(page, "Time zone")
    expect(zone).to_have_value("Asia/Tokyo")
    # A zone outside the curated list is still picked, as the browser names it.
    context.close()
    context = browser.new_context(base_url=live_server.url, timezone_id="Europe/Belgrade")
    page = context.new_page()
    page.goto("/accounts/signup/")
    expect(field(page, "Time zone")).to_have_value("Europe/Belgrade")
    field(page, "Username").fill("belgrader")
    field(page, "Full name").fill("Ana Petrović")
    field(page, "Email").fill("ana@example.com")
    field(page, "Password").fill("a-long-unusual-passphrase")
    field(page, "Password confirmation").fill("a-long-unusual-passphrase")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")
    context.close()
    user = User.objects.get(username="belgrader")
    assert (user.full_name, user.time_zone) == ("Ana Petrović", "Europe/Belgrade")
