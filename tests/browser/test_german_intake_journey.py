"""Bringing data in, in German, in a real browser: a user who chose German reviews a
recruiter's email (the reason's frame in German around the recruiter's own English sentence)
and applies it, then pastes a job posting, checks it and saves it; by keyboard where it counts."""

import json
import re

import pytest
from playwright.sync_api import expect

from applications import services
from applications.models import Application, Stage
from intake.emails import inbox
from tests.browser.conftest import field
from tests.factories import PASSWORD, ApplicationFactory, UserFactory
from tests.intake.emails.corpus import parsed, rows

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

POSTING = (
    '<html><head><title>Data Engineer</title><script type="application/ld+json">'
    + json.dumps(
        {
            "@type": "JobPosting",
            "title": "Data Engineer",
            "hiringOrganization": {"name": "Acme"},
            "validThrough": "2026-12-31",
            "baseSalary": {
                "currency": "EUR",
                "value": {"minValue": 60000, "maxValue": 70000, "unitText": "YEAR"},
            },
        }
    )
    + "</script></head><body></body></html>"
)


# German's longer words ("Weiterleitungsadresse") must not push a page sideways on a phone.
NO_SIDEWAYS_SCROLL = "() => document.documentElement.scrollWidth <= window.innerWidth"


def test_a_german_user_reviews_an_email_and_saves_a_posting(page):
    page.set_viewport_size({"width": 320, "height": 640})
    user = UserFactory(username="lena", full_name="Lena Vogel", language="de")
    quillpay = services.create_application(
        application=ApplicationFactory.build(
            owner=user,
            company="Quillpay",
            posting_url="https://quillpay.com/jobs/1",
            stage=Stage.INTERVIEWING,
            date_applied=None,
        )
    )
    row = next(row for row in rows("heldout") if row["name"] == "h27-rejection-en-after")
    inbox.receive(owner=user, parsed=parsed("heldout", row), source="forwarded")

    # The log-in page is the visitor's, in English; the profile's German follows the log-in.
    page.goto("/accounts/login/")
    field(page, "Username").fill("lena")
    field(page, "Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    # The emails to review, in German; the recruiter's sentence as they wrote it.
    page.goto("/emails/")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.get_by_role("heading", level=1)).to_have_text("E-Mails zum Prüfen")
    card = page.locator("article").filter(has_text="Frontend Engineer - update")
    expect(card).to_contain_text(
        "Warum: Der Satz „Unfortunately, we will not be moving forward with your application.“"
    )
    expect(card).to_contain_text("Phase auf „Absage erhalten“ setzen (nach einem Gespräch).")
    expect(card.get_by_role("button", name="Verwerfen")).to_be_visible()
    assert page.evaluate(NO_SIDEWAYS_SCROLL)
    card.get_by_role("button", name="Übernehmen").focus()
    page.keyboard.press("Enter")
    # The application named the German way ("… bei Quillpay").
    named = f"{quillpay.position} bei {quillpay.company}"
    expect(page.get_by_text(f"Auf {named} angewendet.")).to_be_visible()
    expect(page.get_by_text("Keine E-Mail zum Prüfen.")).to_be_visible()
    quillpay.refresh_from_db()
    assert quillpay.stage == Stage.REJECTED

    # The capture page, then a pasted posting checked and saved, all in German.
    page.goto("/capture/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Stellenanzeige speichern")
    page.get_by_role("link", name="Stattdessen eine Anzeige einfügen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Stellenanzeige einfügen")
    field(page, "Adresse der Stellenanzeige").fill("https://acme.example/jobs/1")
    field(page, "Seite oder Text der Anzeige").fill(POSTING)
    page.get_by_role("button", name="Anzeige lesen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Stellenanzeige prüfen")
    assert page.evaluate(NO_SIDEWAYS_SCROLL)
    expect(field(page, "Gehalt pro")).to_have_value("YEAR")
    expect(page.get_by_label("Gehalt pro").locator("option:checked")).to_have_text("Jahr")
    page.get_by_role("button", name="Bewerbung speichern").click()
    # The flash message (the history's note below says the same in its own words).
    expect(page.get_by_role("alert")).to_contain_text("aus der Stellenanzeige gespeichert.")
    saved = Application.objects.get(owner=user, company="Acme")
    assert saved.posting.salary_unit == "YEAR"
    expect(page.get_by_role("heading", name="Die Stellenanzeige")).to_be_visible()

    # The bookmarklet's page: its copy button answers in German, whether or not this browser
    # lets the page write to the clipboard.
    page.goto("/capture/bookmarklet/")
    assert page.evaluate(NO_SIDEWAYS_SCROLL)
    page.get_by_role("button", name="Code kopieren").click()
    copy = page.locator("button[data-copy-target='#bookmarklet-code']")
    expect(copy).to_have_text(
        re.compile(r"^(Kopiert|Nicht kopiert: Kopieren Sie den markierten Text)$")
    )
