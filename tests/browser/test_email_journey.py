"""The email flow in the browser: the short-notice path on a phone, and checks that follow the
text on screen as the user types."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from applications.models import Offer, Stage
from tests.browser.conftest import field
from tests.factories import (
    PASSWORD,
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    OfferFactory,
    UserFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


def log_in(page, username):
    page.goto("/accounts/login/")
    field(page, "Username").fill(username)
    field(page, "Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")


def setting_with_an_interview_in_21_hours():
    user = UserFactory(username="shortnotice", full_name="Alex Morgan", time_zone="UTC")
    OfferFactory(
        application__owner=user,
        application__company="Initech",
        application__stage=Stage.ACCEPTED,
        decision=Offer.Decision.ACCEPTED,
        decided_on=timezone.localdate(),
    )
    globex = ApplicationFactory(
        owner=user, company="Globex", position="Data Engineer", stage=Stage.INTERVIEWING
    )
    ContactFactory(
        application=globex, name="Priya Shah", email="priya@globex.example", is_main=True
    )
    InterviewFactory(application=globex, scheduled_at=timezone.now() + timedelta(hours=21))
    return user, globex


def test_short_notice_on_a_phone_puts_the_call_first(browser, live_server):
    user, _globex = setting_with_an_interview_in_21_hours()
    context = browser.new_context(base_url=live_server.url, viewport=PHONE, is_mobile=True)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in(page, user.username)

    page.goto("/withdrawals/candidates/")
    candidate = page.locator("#candidates").get_by_role("listitem").first
    expect(candidate).to_contain_text("call them rather than email")
    candidate.get_by_role("link", name="Withdraw from Globex").click()

    # The suggestion names and cancels the interview.
    expect(field(page, "What do you want to say?")).to_have_value("cancel_interview")
    expect(page.locator("#choose-preview")).to_contain_text(
        "I am writing to cancel my interview on"
    )
    page.get_by_role("button", name="Draft the email").click()

    # On a phone, the call advice and the script come before the message.
    advice = page.get_by_text("Your next interview is within 48 hours: call them")
    expect(advice).to_be_visible()
    script = page.locator("#draft-aside .preserve-lines").first
    expect(script).to_contain_text("Hello Priya, this is Alex Morgan")
    message = field(page, "Message")
    assert advice.bounding_box()["y"] < message.bounding_box()["y"]
    assert script.bounding_box()["y"] < message.bounding_box()["y"]
    # The script keeps its lines, as read aloud.
    assert "\n- Thank you for your time and for the opportunity." in script.inner_text()
    # Having advised a call, "How did you tell them?" assumes the phone.
    expect(page.get_by_label("I told them by phone")).to_be_checked()
    page.get_by_role("button", name="Mark as sent").click()
    expect(page.get_by_role("alert")).to_contain_text("Withdrawn from Data Engineer at Globex.")
    expect(page.get_by_role("heading", name=re.compile(r"\(phone call\)$"))).to_be_visible()
    # The page fits the phone: nothing scrolls sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    context.close()
    assert errors == []


def test_editing_the_draft_changes_the_checks(browser, live_server):
    # Its own page: an emptied draft is an invalid autosave, which answers 422 by design and
    # which Chromium logs; every other console error still fails the test.
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "console",
        lambda message: (
            errors.append(message.text)
            if message.type == "error" and "status of 422" not in message.text
            else None
        ),
    )
    user, globex = setting_with_an_interview_in_21_hours()
    globex.interviews.all().delete()
    log_in(page, user.username)
    page.goto(f"/withdrawals/{globex.pk}/")
    page.get_by_role("button", name="Draft the email").click()
    checks = page.get_by_role("region", name="Before you send")
    expect(checks).to_contain_text("Reads well")

    message = field(page, "Message")
    message.fill("")
    expect(checks).to_contain_text("The message is empty")
    expect(checks).not_to_contain_text("Reads well")

    message.fill("Dear Priya,\n\nThis process was a waste of time.\n\nKind regards,\nAlex Morgan")
    expect(checks).to_contain_text("Leave out blame or complaint (“waste of time”)")
    expect(checks).to_contain_text("Thank them for their time")
    expect(checks).not_to_contain_text("The message is empty")

    field(page, "Subject").fill("")
    expect(checks).to_contain_text("The subject is empty")
    context.close()
    assert errors == []
