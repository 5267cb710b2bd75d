import re

import pytest
from playwright.sync_api import expect

from applications.models import Application, Stage
from tests.browser.conftest import field
from tests.factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COMPANY = "Acme Robotics"
POSITION = "Backend Engineer"


def log_in(page, username):
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/$"))
    field(page, "Username").fill(username)
    field(page, "Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")


def column(page, label):
    """A board column: a region named by its heading ("Interviewing 1")."""
    return page.get_by_role("region", name=re.compile(rf"^{re.escape(label)}\b"))


def test_track_an_application_from_form_to_board_to_timeline(page):
    UserFactory(username="tracker")
    log_in(page, "tracker")

    # Add the application.
    page.get_by_role("link", name="Add an application", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add an application")
    field(page, "Company").fill(COMPANY)
    field(page, "Position title").fill(POSITION)
    field(page, "Current stage").select_option(label="Applied")
    page.get_by_role("button", name="Save application").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(f"{POSITION} at {COMPANY}")
    expect(page.get_by_role("alert")).to_contain_text(f"Added {POSITION} at {COMPANY}.")
    expect(page.locator("#current-stage")).to_have_text("Applied")
    detail_url = page.url

    # A contact: the first one is offered as the main contact.
    page.get_by_role("link", name="Add a contact").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a contact")
    field(page, "Name").fill("Priya Shah")
    field(page, "Role").select_option(label="In-house recruiter")
    field(page, "Email").fill("priya@acme.example")
    field(page, "Main contact").check()
    page.get_by_role("button", name="Save contact").click()

    expect(page).to_have_url(detail_url)
    expect(page.get_by_role("alert")).to_contain_text("Contact saved.")
    contacts = page.get_by_role("region", name="Contacts")
    expect(contacts.get_by_role("listitem")).to_have_count(1)
    expect(contacts.get_by_role("listitem")).to_contain_text("Priya Shah")
    expect(contacts.get_by_role("listitem")).to_contain_text("Main contact")
    expect(contacts.get_by_role("listitem")).to_contain_text("In-house recruiter")
    expect(contacts.get_by_role("link", name="priya@acme.example")).to_have_attribute(
        "href", "mailto:priya@acme.example"
    )

    # An interview, entered in the user's own time zone (Europe/London, GMT in March).
    page.get_by_role("link", name="Add an interview").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add an interview")
    field(page, "Date and time").fill("2030-03-14T10:30")
    page.get_by_role("button", name="Save interview").click()

    expect(page).to_have_url(detail_url)
    expect(page.get_by_role("alert")).to_contain_text("Interview saved.")
    interviews = page.get_by_role("region", name="Interviews")
    expect(interviews.get_by_role("listitem")).to_contain_text("Thursday 14 March 2030, 10:30")
    expect(interviews.get_by_role("listitem")).to_contain_text("Upcoming")
    expect(interviews.get_by_role("listitem")).to_contain_text("Round 1 video interview")

    # The board: move the card with the htmx "Move" form.
    nav = page.get_by_role("navigation", name="Main navigation")
    nav.get_by_role("link", name="Board", exact=True).click()
    expect(page).to_have_url(re.compile(r"/board/$"))
    expect(column(page, "Applied").get_by_role("link", name=COMPANY)).to_be_visible()
    # A marker on this document survives an in-place swap but not a new page load.
    page.evaluate("window.stillTheSamePage = true")

    page.get_by_label(f"Move {COMPANY} to").select_option(label="Interviewing")
    with page.expect_response(re.compile(r"/board/\d+/move/$")) as move:
        page.get_by_role("button", name="Move").click()
    assert move.value.status == 200
    assert move.value.request.headers.get("hx-request") == "true"

    expect(column(page, "Interviewing").get_by_role("link", name=COMPANY)).to_be_visible()
    expect(column(page, "Applied").get_by_role("link", name=COMPANY)).to_have_count(0)
    expect(column(page, "Applied")).to_contain_text("Nothing here.")
    expect(page.get_by_role("heading", name="Interviewing")).to_have_text("Interviewing 1")
    expect(page.get_by_role("status")).to_have_text(
        f"Moved {POSITION} at {COMPANY} to Interviewing."
    )
    expect(page.get_by_label(f"Move {COMPANY} to")).to_have_value("interviewing")
    expect(page).to_have_url(re.compile(r"/board/$"))
    assert page.evaluate("window.stillTheSamePage") is True

    # ...and by dragging the card onto another column.
    card = page.get_by_role("article").filter(has=page.get_by_role("link", name=COMPANY))
    with page.expect_response(re.compile(r"/board/\d+/move/$")) as move:
        card.drag_to(column(page, "Screening"))
    assert move.value.status == 200

    expect(column(page, "Screening").get_by_role("link", name=COMPANY)).to_be_visible()
    expect(column(page, "Interviewing").get_by_role("link", name=COMPANY)).to_have_count(0)
    expect(page.get_by_role("status")).to_have_text(f"Moved {POSITION} at {COMPANY} to Screening.")
    expect(page).to_have_url(re.compile(r"/board/$"))
    assert page.evaluate("window.stillTheSamePage") is True

    # The detail page tells the whole story, newest first: the interview is in 2030.
    column(page, "Screening").get_by_role("link", name=COMPANY).click()
    expect(page).to_have_url(detail_url)
    expect(page.locator("#current-stage")).to_have_text("Screening")
    timeline = page.get_by_role("region", name="Timeline").get_by_role("listitem")
    expect(timeline).to_have_text(
        [
            re.compile(r"14 Mar 2030, 10:30\s*Round 1 video interview\s*$"),
            re.compile(r"Interviewing → Screening\s*$"),
            re.compile(r"Applied → Interviewing\s*$"),
            re.compile(r"Started at Applied\s*$"),
        ]
    )

    application = Application.objects.get(owner__username="tracker")
    assert application.stage == Stage.SCREENING
    assert [(c.from_stage, c.to_stage) for c in application.stage_changes.order_by("pk")] == [
        ("", Stage.APPLIED),
        (Stage.APPLIED, Stage.INTERVIEWING),
        (Stage.INTERVIEWING, Stage.SCREENING),
    ]
