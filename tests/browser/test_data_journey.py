import re

import pytest
from playwright.sync_api import expect

from applications.models import Application, Interview
from tests.browser.conftest import field
from tests.browser.test_tracking_journey import log_in
from tests.factories import ApplicationFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CSV = (
    "Company Name,Job Title,Status,Date Applied\n"
    "Acme,Data Engineer,Phone screen,2026-04-03\n"
    ",Nameless,Applied,2026-04-03\n"
)
INVITATION = """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:1@example.com
DTSTART;TZID=Europe/Berlin:20270315T143000
DTEND;TZID=Europe/Berlin:20270315T151500
ORGANIZER;CN=Jana Fischer:mailto:jana@northwind.example
LOCATION:https://meet.example.com/abc
SUMMARY:Second interview
END:VEVENT
END:VCALENDAR
"""


def test_import_a_csv_then_export_and_read_the_insights(page, tmp_path):
    UserFactory(username="mover")
    log_in(page, "mover")
    source = tmp_path / "old-tracker.csv"
    source.write_text(CSV)

    page.goto("/data/")
    page.get_by_role("link", name="Import a CSV file").click()
    page.get_by_label(re.compile("CSV file")).set_input_files(source)
    page.get_by_role("button", name="Upload and map the columns").click()

    expect(page.locator("#import-counts")).to_contain_text("1 application ready to import")
    expect(page.locator("#import-errors")).to_contain_text("Line 3: Company is empty.")
    page.get_by_role("button", name="Import 1 application").click()
    expect(page.get_by_role("alert")).to_contain_text("Imported 1 application.")
    assert Application.objects.get().company == "Acme"

    page.goto("/data/")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download CSV").click()
    assert "Acme,Data Engineer,Screening,2026-04-03" in download.value.path().read_text()

    page.get_by_role("link", name="Insights").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Insights")
    expect(page.locator("#funnel")).to_contain_text("Screening: 1 (100% of the step before)")


def test_import_a_pasted_invitation_after_checking_it(page):
    user = UserFactory(username="invited", time_zone="Europe/London")
    application = ApplicationFactory(owner=user, company="Northwind", date_applied=None)
    log_in(page, "invited")

    page.goto(application.get_absolute_url())
    page.get_by_role("link", name="Import an invitation").click()
    field(page, "Or paste the invitation's text").fill(INVITATION)
    page.get_by_role("button", name="Read the invitation").click()

    expect(page.locator("#invitation-summary")).to_contain_text("Europe/Berlin")
    expect(field(page, "Date and time")).to_have_value("2027-03-15T13:30")
    page.get_by_role("button", name="Save interview").click()

    expect(page.get_by_role("alert")).to_contain_text("Jana Fischer is now a contact.")
    interview = Interview.objects.get()
    assert interview.location == "https://meet.example.com/abc"
    expect(page.get_by_role("link", name=re.compile(r"^\.ics"))).to_have_attribute(
        "href", re.compile(rf"/interviews/{interview.pk}\.ics$")
    )
