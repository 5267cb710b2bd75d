"""Today and the insights in German, in a real browser, for a user who chose German: the items
worded and counted in German, one put aside by keyboard, and the charts drawn with German
figures beside them while the drawing keeps its own numbers (a "5,7" in an SVG attribute is an
error the browser reports, which fails the test)."""

from datetime import date, timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from applications.models import Source, Stage
from tests.applications.helpers import add
from tests.browser.conftest import field
from tests.factories import PASSWORD, ApplicationFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_german_user_reads_today_and_the_insights_in_german(page):
    user = UserFactory(username="jana", full_name="Jana Berg", language="de")
    now = timezone.now()
    for company in ("Stillco", "Ruhig GmbH"):
        ApplicationFactory(
            owner=user, company=company, stage=Stage.APPLIED, last_activity_at=now - timedelta(40)
        )
    add(
        user,
        "Acme",
        applied=date(2026, 1, 1),
        path=[(Stage.APPLIED, "2026-01-01"), (Stage.SCREENING, "2026-01-06")],
    )
    add(
        user,
        "Initech",
        applied=date(2026, 1, 2),
        source=Source.REFERRAL,
        path=[(Stage.APPLIED, "2026-01-02"), (Stage.OFFER, "2026-01-04")],
    )
    add(
        user,
        "Hooli",
        applied=date(2026, 1, 3),
        path=[(Stage.APPLIED, "2026-01-03"), (Stage.REJECTED, "2026-01-13")],
    )

    page.goto("/accounts/login/")
    field(page, "Username").fill("jana")
    field(page, "Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    today = page.get_by_role("region", name="Heute")
    expect(today).to_contain_text("2 Verfahren sind seit 4 Wochen oder länger still")
    expect(today).to_contain_text("Schließen Sie sie in einem Schritt als „Keine Antwort“")
    expect(today.get_by_role("link", name="Stille Verfahren erledigen")).to_be_visible()
    expect(today).not_to_contain_text("gone quiet")
    # Put aside until tomorrow, by keyboard.
    snooze = today.get_by_role(
        "button", name="Bis morgen zurückstellen: 2 Verfahren sind seit 4 Wochen oder länger still"
    )
    snooze.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Zurückgestellt bis")).to_be_visible()
    expect(page.get_by_role("region", name="Heute")).not_to_contain_text("Verfahren sind seit")

    page.get_by_role("link", name="Auswertungen").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Auswertungen")
    funnel = page.get_by_role("region", name="Wie weit Ihre Bewerbungen kommen")
    expect(funnel).to_contain_text("Vorauswahl: 2 (40\u00a0% des vorigen Schritts)")
    stages = page.get_by_role("region", name="Zeit in jeder Phase")
    expect(stages).to_contain_text("Beworben: 5,7 Tage (aus 3 Wechseln)")
    # The bars are drawn: a width the browser could not read would draw nothing.
    bar = stages.locator("rect.chart-bar").nth(1)
    assert bar.bounding_box()["width"] > 10
    expect(page.get_by_role("img", name="Durchschnittliche Tage je Phase")).to_be_visible()
    expect(page.locator("main")).not_to_contain_text("How far your applications get")
