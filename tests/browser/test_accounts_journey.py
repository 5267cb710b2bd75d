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
    field(page, "Email").fill("newseeker@example.com")
    field(page, "Password").fill("a-long-unusual-passphrase")
    field(page, "Password confirmation").fill("a-long-unusual-passphrase")
    page.get_by_role("button", name="Create account").click()

    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")
    expect(page.get_by_text("Welcome to Bowout!")).to_be_visible()

    page.get_by_role("button", name="newseeker").click()
    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/$"))
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
