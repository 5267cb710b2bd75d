import importlib
import re
from datetime import UTC, datetime, timedelta

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.core import mail
from django.core.cache import cache
from playwright.sync_api import expect

from accounts.models import Invitation, User
from applications.models import Stage
from tests.browser.conftest import field
from tests.factories import PASSWORD, ApplicationFactory, OfferFactory, UserFactory
from withdrawals import digest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BANNER = "Confirm your email address"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """allauth's counters live in the cache table, which a transactional test's flush leaves."""
    cache.clear()


def link_in(message, path):
    return re.search(rf"https?://[^/\s]+({re.escape(path)}\S+)", message.body).group(1)


def log_in(page, typed, password=PASSWORD):
    page.goto("/accounts/login/")
    field(page, "Username").fill(typed)
    field(page, "Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def log_out(page, name):
    page.get_by_role("button", name=name).click()
    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/$"))


def sign_up(page, username, email, *, name="New Seeker"):
    field(page, "Username").fill(username)
    field(page, "Full name").fill(name)
    field(page, "Email").fill(email)
    field(page, "Password").fill("a-long-unusual-passphrase")
    field(page, "Password confirmation").fill("a-long-unusual-passphrase")
    page.get_by_role("button", name="Create account").click()


def test_sign_up_verify_from_the_email_and_log_in_by_address_or_name(page):
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/$"))
    page.get_by_role("link", name="Create an account").click()
    sign_up(page, "newseeker", "NewSeeker@example.com")

    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")
    expect(page.get_by_text("Welcome to Bowout!")).to_be_visible()
    expect(page.get_by_text(BANNER)).to_be_visible()
    [message] = mail.outbox
    assert message.to == ["newseeker@example.com"]

    page.goto(link_in(message, "/accounts/confirm-email/"))
    page.get_by_role("button", name="Confirm my address").click()
    expect(
        page.get_by_text("Your email address newseeker@example.com is confirmed.")
    ).to_be_visible()
    page.goto("/")
    expect(page.get_by_text(BANNER)).to_have_count(0)
    log_out(page, "New Seeker")
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()

    log_in(page, "NewSeeker@Example.com", "a-long-unusual-passphrase")
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")
    log_out(page, "New Seeker")
    log_in(page, "newseeker", "a-long-unusual-passphrase")
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")
    assert len(mail.outbox) == 1  # nothing but the verification


def test_sign_up_pre_selects_the_browsers_time_zone(browser, live_server):
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
    sign_up(page, "belgrader", "ana@example.com", name="Ana Petrović")
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")
    context.close()
    user = User.objects.get(username="belgrader")
    assert (user.full_name, user.time_zone) == ("Ana Petrović", "Europe/Belgrade")


def test_change_of_address_verifies_the_new_one_first(page):
    user = UserFactory(username="mover", full_name="Mo Mover", email="old@example.com")
    log_in(page, "mover")
    page.get_by_role("button", name="Mo Mover").click()
    page.get_by_role("link", name="Profile").click()
    expect(page.get_by_text("confirmed", exact=True)).to_be_visible()
    page.get_by_role("link", name="Change your email address").click()
    field(page, "Email").fill("new@example.com")
    page.get_by_role("button", name="Change address").click()
    # A device left logged in cannot change where password resets go.
    expect(page.get_by_role("heading", name="Confirm it is you")).to_be_visible()
    field(page, "Password").fill(PASSWORD)
    page.get_by_role("button", name="Confirm").click()

    expect(page.get_by_text("Changing to new@example.com")).to_be_visible()
    [message] = mail.outbox
    assert message.to == ["new@example.com"]
    user.refresh_from_db()
    assert user.email == "old@example.com"

    page.goto(link_in(message, "/accounts/confirm-email/"))
    page.get_by_role("button", name="Confirm my address").click()
    page.goto("/accounts/profile/")
    expect(page.get_by_text("new@example.com")).to_be_visible()
    user.refresh_from_db()
    assert user.email == "new@example.com"


def test_an_existing_user_logs_in_with_the_old_password_and_gets_no_digest_until_verified(page):
    user = UserFactory(
        username="oldtimer", full_name="Old Timer", email="Old@Example.com", digest_opt_in=True
    )
    EmailAddress.objects.filter(user=user).delete()  # as before allauth
    importlib.import_module("accounts.migrations.0006_email_addresses").create_email_addresses(
        apps, None
    )

    # Something for the digest: an offer to answer by tomorrow.
    morning = datetime.now(UTC).replace(hour=7, minute=30, second=0, microsecond=0)
    OfferFactory(
        application=ApplicationFactory(owner=user, company="Acme", stage=Stage.OFFER),
        received_on=morning.date() - timedelta(days=9),
        respond_by=morning.date() + timedelta(days=1),
    )

    log_in(page, "oldtimer")

    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")
    banner = page.locator("#verify-email-banner")
    expect(banner).to_contain_text("old@example.com")
    expect(banner).to_contain_text("your daily digest waits")
    assert digest.send_due_digests(now=morning) == 0
    banner.get_by_role("button", name="Send me the link").click()
    expect(page.get_by_text("We have emailed a link to old@example.com")).to_be_visible()
    [message] = mail.outbox
    page.goto(link_in(message, "/accounts/confirm-email/"))
    page.get_by_role("button", name="Confirm my address").click()
    page.goto("/")
    expect(page.locator("#verify-email-banner")).to_have_count(0)

    assert digest.send_due_digests(now=morning) == 1
    assert mail.outbox[-1].to == ["old@example.com"]


def test_invite_only_and_closed_sign_up(page, settings):
    settings.SIGNUP = "invite"
    invitation = Invitation.objects.create(email="ivy@example.com")
    page.goto("/accounts/signup/")
    expect(page.get_by_role("heading", name="Sign-up is closed")).to_be_visible()
    expect(page.get_by_text("open by invitation only")).to_be_visible()

    page.goto(invitation.get_absolute_url())
    expect(field(page, "Email")).to_have_value("ivy@example.com")
    sign_up(page, "ivy", "ivy@example.com", name="Ivy Invited")
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")
    log_out(page, "Ivy Invited")

    settings.SIGNUP = "closed"
    page.get_by_role("link", name="Sign up").click()
    expect(page.get_by_role("heading", name="Sign-up is closed")).to_be_visible()
    expect(page.get_by_text("does not take new accounts")).to_be_visible()


def test_lockout_behind_one_proxy_is_lifted_by_a_reset(browser, live_server, settings):
    settings.REVERSE_PROXY_COUNT = 1
    UserFactory(username="locked", full_name="Lou Locked", email="lou@example.com")
    # The live server is the proxy's neighbour: the client's address is in X-Forwarded-For.
    context = browser.new_context(
        base_url=live_server.url, extra_http_headers={"X-Forwarded-For": "203.0.113.9"}
    )
    page = context.new_page()
    for _ in range(5):
        log_in(page, "locked", "wrong")
    log_in(page, "locked")
    expect(page.get_by_role("heading", name="Too many failed log-ins")).to_be_visible()

    # From another client behind the same proxy, the owner is not locked out.
    other = browser.new_context(
        base_url=live_server.url, extra_http_headers={"X-Forwarded-For": "198.51.100.7"}
    )
    other_page = other.new_page()
    log_in(other_page, "locked")
    expect(other_page.get_by_role("heading", level=1)).to_have_text("Dashboard")
    other.close()

    page.get_by_role("link", name="reset your password").click()
    field(page, "Email").fill("lou@example.com")
    page.get_by_role("button", name="Send reset link").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    [message] = mail.outbox
    assert message.subject == "Reset your Bowout password"
    page.goto(link_in(message, "/accounts/password/reset/key/"))
    field(page, "New password").fill("brand-new-passphrase")
    field(page, "New password confirmation").fill("brand-new-passphrase")
    page.get_by_role("button", name="Set new password").click()
    expect(page.get_by_role("heading", name="Your password is reset")).to_be_visible()

    log_in(page, "lou@example.com", "brand-new-passphrase")
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")
    context.close()


def test_two_existing_accounts_with_one_address_the_first_to_verify_keeps_it(browser, live_server):
    for username, email in [("twin1", "twin@example.com"), ("twin2", "Twin@Example.COM")]:
        user = UserFactory(username=username, full_name=username.title(), email=email)
        EmailAddress.objects.filter(user=user).delete()  # as before allauth
    importlib.import_module("accounts.migrations.0006_email_addresses").create_email_addresses(
        apps, None
    )

    pages = []
    for username in ("twin1", "twin2"):
        context = browser.new_context(base_url=live_server.url)
        page = context.new_page()
        log_in(page, username)
        page.locator("#verify-email-banner").get_by_role("button", name="Send me the link").click()
        expect(page.get_by_text("We have emailed a link to twin@example.com")).to_be_visible()
        cache.clear()  # one link per address every 3 minutes: let them pass
        pages.append((page, link_in(mail.outbox[-1], "/accounts/confirm-email/")))

    first, first_link = pages[0]
    first.goto(first_link)
    first.get_by_role("button", name="Confirm my address").click()
    first.goto("/")
    expect(first.locator("#verify-email-banner")).to_have_count(0)

    second, second_link = pages[1]
    second.goto(second_link)
    expect(second.get_by_text("already confirmed by another account")).to_be_visible()
    expect(second.get_by_role("button", name="Confirm my address")).to_have_count(0)
    second.goto("/")
    expect(second.locator("#verify-email-banner")).to_contain_text("twin@example.com")
    for page, _link in pages:
        page.context.close()
