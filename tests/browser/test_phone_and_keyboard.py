"""On a phone the application page's buttons stay whole and apart, the insights charts' text is
readable; with a keyboard alone a card moves on the board."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from applications.models import Application, Stage
from tests.browser.conftest import field
from tests.factories import (
    PASSWORD,
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    StageChangeFactory,
    UserFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The narrowest phones in use, and a common one.
PHONES = [{"width": 320, "height": 640}, {"width": 375, "height": 740}]

LINES_OF_TEXT = """el => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
}"""


def log_in(page, path):
    page.goto(f"/accounts/login/?next={path}")
    field(page, "Username").fill("jordan")
    field(page, "Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(rf"{re.escape(path)}$"))
    page.wait_for_load_state()


def apart(first: dict, second: dict, *, by: float) -> bool:
    """Two boxes that neither overlap nor touch: ``by`` pixels between them at least."""
    return (
        first["x"] + first["width"] + by <= second["x"]
        or second["x"] + second["width"] + by <= first["x"]
        or first["y"] + first["height"] + by <= second["y"]
        or second["y"] + second["height"] + by <= first["y"]
    )


@pytest.mark.parametrize("viewport", PHONES, ids=["320", "375"])
def test_the_application_page_keeps_its_buttons_whole_on_a_phone(page, viewport):
    owner = UserFactory(username="jordan")
    application = ApplicationFactory(
        owner=owner,
        company="Willow Pharma",
        position="Senior Data Engineer",
        stage=Stage.INTERVIEWING,
    )
    ContactFactory(application=application, is_main=True)
    InterviewFactory(application=application)
    page.set_viewport_size(viewport)
    log_in(page, reverse("applications:detail", args=[application.pk]))

    for name in ["Write to them", "Withdraw", "Edit details", "Delete"]:
        button = page.get_by_role("link", name=name, exact=True)
        assert button.evaluate(LINES_OF_TEXT) == 1, f"“{name}” wraps onto several lines"
        box = button.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], name

    interviews = page.get_by_role("region", name="Interviews")
    heading = interviews.get_by_role("heading", name="Interviews").bounding_box()
    for name in ["Import an invitation", "Add an interview"]:
        button = interviews.get_by_role("link", name=name).bounding_box()
        assert apart(heading, button, by=4), f"the Interviews heading touches “{name}”"
    contacts = page.get_by_role("region", name="Contacts")
    assert apart(
        contacts.get_by_role("heading", name="Contacts").bounding_box(),
        contacts.get_by_role("link", name="Add a contact").bounding_box(),
        by=4,
    )


@pytest.mark.parametrize("viewport", [*PHONES, {"width": 1280, "height": 900}])
def test_chart_text_is_at_least_12_pixels_at_any_width(page, viewport):
    owner = UserFactory(username="jordan")
    for stage in [Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.REJECTED]:
        application = ApplicationFactory(owner=owner, stage=stage, source="agency", agency_name="X")
        StageChangeFactory(application=application, from_stage="", to_stage=Stage.APPLIED)
    page.set_viewport_size(viewport)
    log_in(page, reverse("reports:insights"))

    sizes = page.locator("svg.chart-svg text").evaluate_all(
        """texts => texts.map(t => [t.textContent,
            parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a])"""
    )

    assert len(sizes) >= 10
    too_small = [(text, round(size, 1)) for text, size in sizes if size < 12]
    assert too_small == []
    # ...and nothing is drawn past the chart's right edge, where it would be cut off.
    overflowing = page.locator("svg.chart-svg text").evaluate_all(
        """texts => texts.filter(t => t.getBoundingClientRect().right
            > t.ownerSVGElement.getBoundingClientRect().right + 0.5).map(t => t.textContent)"""
    )
    assert overflowing == []


def test_a_keyboard_user_moves_a_card_and_keeps_their_place(page):
    owner = UserFactory(username="jordan")
    application = ApplicationFactory(
        owner=owner, company="Initech", position="Backend Engineer", stage=Stage.APPLIED
    )
    log_in(page, reverse("applications:board"))

    # Tab from the top of the page to the card's stage menu, as a keyboard user does.
    menu = page.get_by_label("Move Initech to")
    for _ in range(60):
        page.keyboard.press("Tab")
        if menu.evaluate("el => el === document.activeElement"):
            break
    expect(menu).to_be_focused()
    page.keyboard.press("ArrowDown")  # Applied -> Screening
    expect(menu).to_have_value("screening")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Move").first).to_be_focused()
    with page.expect_response(re.compile(r"/board/\d+/move/$")) as move:
        page.keyboard.press("Enter")
    assert move.value.status == 200

    expect(page.get_by_role("status")).to_have_text(
        "Moved Backend Engineer at Initech to Screening."
    )
    screening = page.get_by_role("region", name=re.compile(r"^Screening\b"))
    expect(screening.get_by_role("link", name="Initech")).to_be_visible()
    # The keyboard is still on the card, in its new column: no trip back from the top.
    expect(page.get_by_label("Move Initech to")).to_be_focused()
    assert Application.objects.get(pk=application.pk).stage == Stage.SCREENING
