import re
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import field

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FULL_NAME = "Jordan Ellis"
ACCEPTED = (
    "Northwind Labs",
    "Platform Engineer",
    "Interviewing",
    "Ada Brook",
    "ada@northwind.example",
)
WITH_INTERVIEW = ("Globex", "Backend Developer", "Screening", "Priya Shah", "priya@globex.example")
FURTHER_ALONG = (
    "Initech",
    "Site Reliability Engineer",
    "Interviewing",
    "Tom Reyes",
    "tom@initech.example",
)


def nav(page):
    return page.get_by_role("navigation", name="Main navigation")


def sign_up(page, username):
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/$"))
    page.get_by_role("link", name="Create an account").click()
    field(page, "Username").fill(username)
    field(page, "Full name").fill(username.title())
    field(page, "Email").fill(f"{username}@example.com")
    field(page, "Password").fill("a-long-unusual-passphrase")
    field(page, "Password confirmation").fill("a-long-unusual-passphrase")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")


def set_full_name(page, username, full_name):
    page.get_by_role("button", name=username).click()
    page.get_by_role("link", name="Profile").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your profile")
    field(page, "Full name").fill(full_name)
    page.get_by_role("button", name="Save profile").click()
    expect(page.get_by_role("alert")).to_contain_text("Your profile is saved.")
    # The user menu now shows the name that signs the emails.
    expect(page.get_by_role("button", name=full_name)).to_be_visible()


def add_application(page, company, position, stage, contact_name, contact_email):
    """Add an application with its main contact; return the application page's URL."""
    nav(page).get_by_role("link", name="Applications", exact=True).click()
    page.get_by_role("link", name="Add an application", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add an application")
    field(page, "Company").fill(company)
    field(page, "Position title").fill(position)
    field(page, "Current stage").select_option(label=stage)
    page.get_by_role("button", name="Save application").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"{position} at {company}")
    detail_url = page.url

    page.get_by_role("link", name="Add a contact").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a contact")
    field(page, "Name").fill(contact_name)
    field(page, "Role").select_option(label="In-house recruiter")
    field(page, "Email").fill(contact_email)
    field(page, "Main contact").check()
    page.get_by_role("button", name="Save contact").click()
    expect(page).to_have_url(detail_url)
    expect(page.get_by_role("alert")).to_contain_text("Contact saved.")
    return detail_url


def test_accept_an_offer_then_withdraw_from_the_most_urgent_process(page):
    sign_up(page, "withdrawer")
    set_full_name(page, "withdrawer", FULL_NAME)

    accepted_url = add_application(page, *ACCEPTED)
    interview_url = add_application(page, *WITH_INTERVIEW)
    add_application(page, *FURTHER_ALONG)
    company, position, _, contact_name, contact_email = WITH_INTERVIEW

    # The only interview: it makes Globex more urgent than Initech, though Initech is further on.
    page.goto(interview_url)
    page.get_by_role("link", name="Add an interview").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add an interview")
    when = (datetime.now(UTC) + timedelta(days=20)).replace(hour=10, minute=30)
    field(page, "Date and time").fill(when.strftime("%Y-%m-%dT%H:%M"))
    page.get_by_role("button", name="Save interview").click()
    expect(page).to_have_url(interview_url)
    expect(page.get_by_role("alert")).to_contain_text("Interview saved.")
    interviews = page.get_by_role("region", name="Interviews")
    expect(interviews.get_by_role("listitem")).to_contain_text("Upcoming")

    # An offer in writing on the first application, then accepted.
    page.goto(accepted_url)
    page.get_by_role("link", name="Record an offer").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Record an offer")
    received = (datetime.now(UTC) - timedelta(days=1)).date()
    field(page, "Date received").fill(received.isoformat())
    field(page, "In writing").check()
    page.get_by_role("button", name="Save offer").click()
    expect(page).to_have_url(accepted_url)
    offer = page.get_by_role("region", name="Offer")
    expect(offer).to_contain_text("Pending")
    offer.get_by_role("button", name="Accept offer").click()
    expect(page).to_have_url(accepted_url)
    expect(page.get_by_role("alert")).to_contain_text(f"You accepted {ACCEPTED[0]}.")
    expect(page.locator("#current-stage")).to_have_text("Accepted")

    # The candidates: the process with the interview first.
    nav(page).get_by_role("link", name="Withdrawal candidates").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Withdrawal candidates")
    expect(page.locator("#situation")).to_contain_text(
        f"You accepted {ACCEPTED[0]}: withdraw from the remaining processes now"
    )
    candidates = page.locator("#candidates").get_by_role("listitem")
    expect(candidates).to_have_count(2)
    expect(candidates.nth(0).get_by_role("heading", level=2)).to_contain_text(company)
    expect(candidates.nth(0)).to_contain_text(re.compile(r"Interview on \w{3} \d+ \w{3} at 10:30"))
    expect(candidates.nth(0)).to_contain_text(f"Main contact: {contact_name}")
    expect(candidates.nth(1).get_by_role("heading", level=2)).to_contain_text(FURTHER_ALONG[0])
    expect(candidates.nth(1)).to_contain_text("At the interviewing stage")
    expect(page.locator("#candidates")).not_to_contain_text(ACCEPTED[0])

    candidates.nth(0).get_by_role("link", name=f"Withdraw from {company}").click()

    # Step 1: the scenario follows from the accepted offer.
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Withdraw from {company}")
    scenario = field(page, "What do you want to say?")
    expect(scenario).to_have_value("accepted_offer")
    expect(scenario.locator("option:checked")).to_have_text("Accepted another offer")
    page.get_by_role("button", name="Draft the email").click()

    # Step 2: the draft, addressed to the main contact and signed with the full name.
    expect(page).to_have_url(re.compile(r"/draft/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Your withdrawal from {company}")
    to_line = page.get_by_role("paragraph").filter(has=page.get_by_text("To:", exact=True))
    expect(to_line).to_have_text(
        re.compile(
            rf"^\s*To:\s*{re.escape(f'{contact_name} (In-house recruiter) <{contact_email}>')}\s*$"
        )
    )
    message = field(page, "Message")
    expect(message).to_have_value(re.compile(rf"^Dear {re.escape(contact_name)},"))
    expect(message).to_have_value(re.compile(rf"{re.escape(FULL_NAME)}$"))
    expect(field(page, "Subject")).to_have_value(f"Withdrawing my application: {position}")
    mailto = page.get_by_role("link", name="Open in my mail program")
    expect(mailto).to_have_attribute("href", re.compile(rf"^mailto:{re.escape(contact_email)}\?"))
    expect(mailto).to_have_attribute("href", re.compile(r"[?&]subject="))

    # Copy the message: the button says so and the clipboard holds the draft.
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    copy = page.get_by_role("button", name="Copy message")
    copy.click()
    expect(page.get_by_role("button", name="Copied")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == message.input_value()

    # Step 3: mark it sent.
    page.get_by_label("I sent the email").check()
    page.get_by_role("button", name="Mark as sent").click()
    expect(page).to_have_url(interview_url)
    expect(page.get_by_role("alert")).to_contain_text(f"Withdrawn from {position} at {company}.")
    expect(
        page.get_by_role("heading", name=re.compile(r"^You withdrew on .*\(email\)$"))
    ).to_be_visible()
    expect(page.locator("#current-stage")).to_have_text("Withdrawn")
    expect(page.get_by_role("region", name="Interviews")).to_contain_text("Cancelled")

    # On the board Globex has left the live columns and shows as withdrawn; Initech is still on.
    nav(page).get_by_role("link", name="Board", exact=True).click()
    expect(page).to_have_url(re.compile(r"/board/$"))
    columns = page.locator("#board section[data-stage]")
    expect(columns.get_by_role("link", name=FURTHER_ALONG[0])).to_be_visible()
    expect(columns.get_by_role("link", name=company)).to_have_count(0)
    expect(page.locator("#recently-closed")).to_contain_text(f"{company}: Withdrawn")

    # The list, filtered by stage, shows the withdrawn one.
    nav(page).get_by_role("link", name="Applications", exact=True).click()
    page.get_by_label("Stage", exact=True).select_option(label="Withdrawn")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(r"[?&]stage=withdrawn"))
    rows = page.get_by_role("table").get_by_role("row")
    expect(rows).to_have_count(2)  # the header and one application
    expect(rows.nth(1)).to_contain_text(company)
    expect(rows.nth(1)).to_contain_text("Withdrawn")
    expect(page.get_by_role("table")).not_to_contain_text(FURTHER_ALONG[0])
