import pytest
from playwright.sync_api import expect

from api.models import WebhookEndpoint
from applications.models import Application, Stage
from tests.browser.conftest import field
from tests.browser.test_tracking_journey import log_in
from tests.factories import PASSWORD, ApplicationFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_token_made_on_the_profile_lists_and_moves_an_application(browser, page, live_server):
    seeker = UserFactory(username="seeker", full_name="Robin Lee")
    application = ApplicationFactory(owner=seeker, company="Acme Rockets", stage=Stage.APPLIED)
    log_in(page, "seeker")
    page.get_by_role("button", name="Robin Lee").click()
    page.get_by_role("link", name="Profile").click()
    page.get_by_role("link", name="API tokens").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("API tokens")
    field(page, "What is it for?").fill("My shortcuts")
    page.get_by_label("Read and write").check()
    page.get_by_label("7 days").check()
    page.get_by_role("button", name="Make the token").click()
    # A token opens the whole account: Bowout asks who you are first, then makes it.
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm it is you")
    field(page, "Password").fill(PASSWORD)
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("alert").first).to_contain_text("Token “My shortcuts” made.")
    secret = page.locator("#new-token-secret").input_value()
    assert secret.startswith("bow_")

    # A script: no cookie, the token alone.
    script = browser.new_context(base_url=live_server.url)
    bearer = {"Authorization": f"Bearer {secret}"}
    listed = script.request.get("/api/v1/applications", headers=bearer)
    assert listed.status == 200
    assert [row["company"] for row in listed.json()["results"]] == ["Acme Rockets"]
    moved = script.request.post(
        f"/api/v1/applications/{application.pk}/stage",
        headers=bearer,
        data={"stage": "interviewing", "note": "Round 2 booked"},
    )
    assert moved.status == 200
    assert moved.json()["stage"] == "interviewing"
    script.close()
    assert Application.objects.get(pk=application.pk).stage == Stage.INTERVIEWING

    # Shown once: the list has the name and the prefix, and now a last use.
    page.goto("/accounts/profile/api-tokens/")
    row = page.locator("[data-api-token]")
    expect(row).to_contain_text("My shortcuts")
    expect(row).not_to_contain_text("Never")
    assert secret not in page.content()

    # The docs page renders within the Content-Security-Policy (the fixture fails on any
    # console error, a blocked script or style included).
    page.goto("/api/v1/docs")
    expect(page.locator(".opblock").first).to_be_visible()
    expect(page.locator(".opblock")).to_have_count(16)


def test_adding_a_webhook_endpoint_shows_its_secret(page):
    UserFactory(username="seeker", full_name="Robin Lee")
    log_in(page, "seeker")
    page.goto("/accounts/profile/")
    page.get_by_role("link", name="webhooks").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Webhooks")
    field(page, "Address").fill("https://hooks.example/bowout")
    page.get_by_label("An application changed stage").check()
    page.get_by_role("button", name="Add the endpoint").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Webhook to https://hooks.example/bowout"
    )
    secret = page.get_by_label("Signing secret").input_value()
    assert secret == WebhookEndpoint.objects.get().secret
    expect(page.get_by_text("Nothing sent yet")).to_be_visible()
