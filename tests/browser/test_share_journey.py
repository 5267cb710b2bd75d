import re

import pytest
from playwright.sync_api import expect

from applications.models import ShareLink, Stage
from tests.browser.conftest import field
from tests.browser.test_tracking_journey import log_in
from tests.factories import ApplicationFactory, ContactFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_coach_opens_the_link_with_no_account_and_sees_the_search_and_nothing_private(
    browser, page, live_server
):
    seeker = UserFactory(username="seeker", full_name="Robin Lee")
    application = ApplicationFactory(
        owner=seeker,
        company="Acme Rockets",
        position="Flight engineer",
        stage=Stage.INTERVIEWING,
        notes="PRIVATE-NOTE-31",
    )
    ContactFactory(application=application, name="Priya Shah", email="priya@acme.example")
    log_in(page, "seeker")

    page.get_by_role("button", name="Robin Lee").click()
    page.get_by_role("link", name="Share with a coach").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Share with a coach")
    field(page, "Who is it for?").fill("Sam, my coach")
    page.get_by_label("7 days").check()
    page.get_by_role("button", name="Make the link").click()
    expect(page.get_by_role("alert").first).to_contain_text("Link for Sam, my coach made.")
    url = page.locator("#new-link-url").input_value()
    assert re.search(r"/s/[\w-]{43}$", url)

    # The coach: a fresh browser with no cookie at all.
    coach = browser.new_context()
    coach_page = coach.new_page()
    coach_page.goto(url)
    expect(coach_page.get_by_role("heading", level=1)).to_have_text("The job search of Robin Lee")
    expect(coach_page.locator("#live")).to_contain_text("Acme Rockets")
    expect(coach_page.locator("#record")).to_contain_text("Priya Shah")
    text = coach_page.locator("body").inner_text()
    assert "PRIVATE-NOTE-31" not in text
    assert "priya@acme.example" not in text
    assert coach_page.get_by_role("link", name="Log in").count() == 1  # no account: not logged in
    coach.close()

    # The user sees the opening, then revokes the link; the coach's next visit finds nothing.
    page.reload()
    expect(page.locator("[data-share-link]")).to_contain_text("1 time")
    page.get_by_role("link", name="Revoke…").click()
    page.get_by_role("button", name="Revoke the link for Sam, my coach").click()
    expect(page.get_by_role("alert").first).to_contain_text("no longer works")
    assert ShareLink.objects.get().revoked_at is not None
    coach = browser.new_context()
    response = coach.new_page().goto(url)
    assert response is not None and response.status == 404
    coach.close()
