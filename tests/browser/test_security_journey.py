"""Second factors, passkeys, re-authentication and sessions in the browser (allauth.mfa and
allauth.usersessions in Bowout's pages)."""

import re
import time

import pyotp
import pytest
from allauth.mfa.models import Authenticator
from django.core.cache import cache
from playwright.sync_api import expect

from accounts.models import User
from tests.browser.conftest import field
from tests.factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NAME = "Robin Guard"


@pytest.fixture(autouse=True)
def fresh_cache():
    """allauth's rate limits and used TOTP codes live in the cache table, which a transactional
    test's flush leaves."""
    cache.clear()


@pytest.fixture
def guarded(db):
    return UserFactory(username="guarded", full_name=NAME)


def log_in_with_password(page, username="guarded", password=PASSWORD):
    page.goto("/accounts/login/")
    field(page, "Username").fill(username)
    field(page, "Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def log_out(page):
    # The account menu is Bootstrap's dropdown, wired when the page has loaded: a click that
    # lands before then (a slow machine) opens nothing, so wait for it and click again if so.
    page.wait_for_load_state("load")
    log_out_button = page.get_by_role("button", name="Log out")
    for _ in range(3):
        page.get_by_role("button", name=NAME).click()
        try:
            expect(log_out_button).to_be_visible(timeout=3000)
            break
        except AssertionError:
            continue
    log_out_button.click()
    expect(page).to_have_url(re.compile(r"/accounts/login/$"))


def expect_dashboard(page):
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")


def code_now(secret: str) -> str:
    """The app's current code, never one about to expire while the browser types it."""
    remaining = 30 - time.time() % 30
    if remaining < 3:
        time.sleep(remaining + 0.2)
    return pyotp.TOTP(secret).now()


def confirm_password(page):
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm it is you")
    field(page, "Password").fill(PASSWORD)
    page.get_by_role("button", name="Confirm").click()


def turn_on_the_authenticator_app(page) -> tuple[str, list[str]]:
    page.goto("/accounts/profile/")
    page.get_by_role("link", name="Two-factor authentication and passkeys").click()
    page.get_by_role("link", name="Activate").click()
    confirm_password(page)
    secret = page.locator("#authenticator_secret").input_value()
    field(page, "Authenticator code").fill(code_now(secret))
    page.get_by_role("button", name="Activate").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Recovery Codes")
    codes = page.locator("#recovery_codes").input_value().split()
    return secret, codes


def test_an_authenticator_app_then_each_recovery_code_logs_in_once(page, guarded):
    log_in_with_password(page)
    expect_dashboard(page)
    secret, codes = turn_on_the_authenticator_app(page)

    assert len(codes) == 10
    assert set(Authenticator.objects.filter(user=guarded).values_list("type", flat=True)) == {
        "totp",
        "recovery_codes",
    }
    log_out(page)

    # The password alone no longer logs in: the app's code is asked for.
    log_in_with_password(page)
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/$"))
    field(page, "Code").fill("000000" if code_now(secret) != "000000" else "111111")
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_text("Incorrect code.")).to_be_visible()
    field(page, "Code").fill(code_now(secret))
    page.get_by_role("button", name="Sign In").click()
    expect_dashboard(page)
    log_out(page)

    # A recovery code works once.
    log_in_with_password(page)
    field(page, "Code").fill(codes[0])
    page.get_by_role("button", name="Sign In").click()
    expect_dashboard(page)
    log_out(page)
    log_in_with_password(page)
    field(page, "Code").fill(codes[0])
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_text("Incorrect code.")).to_be_visible()
    field(page, "Code").fill(codes[1])
    page.get_by_role("button", name="Sign In").click()
    expect_dashboard(page)

    page.goto("/accounts/2fa/")
    expect(page.get_by_text("There are 8 out of 10 recovery codes available.")).to_be_visible()


def add_a_virtual_passkey_authenticator(page):
    """Chromium's virtual authenticator (the DevTools protocol's WebAuthn domain): a platform
    authenticator that keeps resident keys and verifies its user, as a phone or laptop does."""
    devtools = page.context.new_cdp_session(page)
    devtools.send("WebAuthn.enable")
    devtools.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    return devtools


def test_an_app_and_a_passkey_then_the_passkey_alone_logs_in(page, guarded):
    add_a_virtual_passkey_authenticator(page)
    log_in_with_password(page)
    expect_dashboard(page)
    turn_on_the_authenticator_app(page)

    page.goto("/accounts/2fa/")
    page.get_by_role("link", name="Add").click()
    field(page, "Name").fill("Work laptop")
    page.get_by_label("Passwordless").check()
    page.get_by_role("button", name="Add").click()

    expect(page.get_by_text("Security key added.")).to_be_visible()
    expect(page.get_by_text("You have added 1 security key.")).to_be_visible()
    page.get_by_role("link", name="Manage").click()
    expect(page.get_by_text("Work laptop")).to_be_visible()
    key = Authenticator.objects.get(user=guarded, type="webauthn")
    assert key.data["name"] == "Work laptop"
    assert key.wrap().is_passwordless is True  # a resident key: a passkey
    log_out(page)

    # No username, no password, no code: the passkey alone.
    page.goto("/accounts/login/")
    page.get_by_role("button", name="Use a passkey").click()
    expect_dashboard(page)
    expect(page.get_by_role("button", name=NAME)).to_be_visible()


def test_deleting_the_account_asks_for_the_password_again_first(page, guarded):
    log_in_with_password(page)
    expect_dashboard(page)
    page.goto("/accounts/profile/")
    page.get_by_role("link", name="delete your account").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm it is you")
    field(page, "Password").fill("not-my-password")
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_text("Incorrect password.")).to_be_visible()
    assert User.objects.filter(pk=guarded.pk).exists()
    confirm_password(page)

    expect(page.get_by_role("heading", level=1)).to_have_text("Delete your account")
    page.get_by_role("button", name="Delete my account and all my data").click()

    expect(page.get_by_text("Your account and everything in it are deleted.")).to_be_visible()
    assert not User.objects.filter(pk=guarded.pk).exists()


def test_signing_out_everywhere_else_logs_the_other_browser_out(
    browser, live_server, page, guarded
):
    phone = browser.new_context(base_url=live_server.url)
    phone_page = phone.new_page()
    log_in_with_password(phone_page)
    expect_dashboard(phone_page)
    log_in_with_password(page)
    expect_dashboard(page)

    page.goto("/accounts/profile/")
    page.get_by_role("link", name="Where you are logged in").click()
    rows = page.locator("tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.filter(has_text="Current")).to_have_count(1)
    page.get_by_role("button", name="Sign Out Other Sessions").click()

    phone_page.goto("/")
    expect(phone_page).to_have_url(re.compile(r"/accounts/login/\?next=/$"))
    page.goto("/")
    expect_dashboard(page)
    page.goto("/accounts/sessions/")
    expect(page.locator("tbody tr")).to_have_count(1)
    phone.close()
