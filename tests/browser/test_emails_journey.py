"""Recruiters' emails in the browser: upload one, paste others, then apply, edit and dismiss
their suggestions on the review page, on a phone-sized screen; the count in the navigation."""

import pytest
from playwright.sync_api import expect

from applications import services
from applications.models import Application, RecruiterMessage, Stage
from tests.browser.conftest import field
from tests.factories import PASSWORD, ApplicationFactory, UserFactory
from tests.intake.emails.corpus import raw, rows

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _raw(name):
    return raw("heldout", next(row for row in rows("heldout") if row["name"] == name))


def _application(owner, **fields):
    return services.create_application(
        application=ApplicationFactory.build(owner=owner, date_applied=None, **fields)
    )


def test_upload_paste_apply_edit_and_dismiss(page):
    page.set_viewport_size({"width": 390, "height": 844})
    user = UserFactory(username="reader", time_zone="Europe/London")
    brightlane = _application(user, company="Brightlane", stage=Stage.APPLIED)
    quillpay = _application(
        user, company="Quillpay", posting_url="https://quillpay.com/jobs", stage=Stage.INTERVIEWING
    )
    northwind = _application(user, company="Northwind", stage=Stage.APPLIED)

    page.goto("/")
    field(page, "Username").fill("reader")
    field(page, "Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    # Upload an invitation: its suggestion, edited, is applied from the email's page.
    page.goto("/emails/add/")
    field(page, "Email file (.eml, or Outlook .msg)").set_input_files(
        {
            "name": "invite.eml",
            "mimeType": "message/rfc822",
            "buffer": _raw("h06-invitation-en-ics"),
        }
    )
    page.get_by_role("button", name="Read the email").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Interview invitation: Backend Developer at Brightlane"
    )
    expect(page.get_by_text("Move the stage to Interviewing.")).to_be_visible()
    field(page, "Length (minutes)").fill("60")
    page.get_by_role("button", name="Apply these changes").click()
    expect(page.get_by_text("Applied to")).to_be_visible()
    interview = brightlane.interviews.get()
    assert interview.duration_minutes == 60
    brightlane.refresh_from_db()
    assert brightlane.stage == Stage.INTERVIEWING

    # Paste two more: one applied in one click from the list, one dismissed.
    for name in ("h27-rejection-en-after", "h26-rejection-en-before"):
        page.goto("/emails/add/")
        field(page, "Or paste the email").fill(_raw(name).decode())
        page.get_by_role("button", name="Read the email").click()
    page.goto("/emails/")
    expect(page.locator("#email-count")).to_contain_text("2")
    cards = page.locator("article")
    expect(cards).to_have_count(2)
    quill_card = cards.filter(has_text="Frontend Engineer - update")
    expect(quill_card).to_contain_text("Why: The sentence “Unfortunately, we will not be moving")
    quill_card.get_by_role("button", name="Apply").click()
    expect(page.get_by_text("Applied to")).to_be_visible()
    quillpay.refresh_from_db()
    assert quillpay.stage == Stage.REJECTED

    page.locator("article").filter(has_text="Your application for Product Manager").get_by_role(
        "button", name="Dismiss"
    ).click()
    expect(page.get_by_text("Dismissed: nothing was changed.")).to_be_visible()
    expect(page.get_by_text("No email to review.")).to_be_visible()
    northwind.refresh_from_db()
    assert northwind.stage == Stage.APPLIED
    assert list(RecruiterMessage.objects.order_by("pk").values_list("status", flat=True)) == [
        "applied",
        "applied",
        "dismissed",
    ]
    assert Application.objects.count() == 3

    # The email stays on its application's timeline.
    page.goto(f"/applications/{quillpay.pk}/")
    expect(page.locator("#timeline")).to_contain_text("Email: Frontend Engineer - update")
