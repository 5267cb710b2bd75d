"""The draft page's script rebuilds the mail link from the text on screen when it is clicked."""

from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from applications.models import Stage
from tests.browser.conftest import field
from tests.factories import PASSWORD, ApplicationFactory, ContactFactory, UserFactory
from withdrawals import services
from withdrawals.models import Scenario
from withdrawals.services import WordingChoices

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_mail_link_carries_the_edited_text_encoded(page):
    owner = UserFactory(username="jordan", full_name="Jordan Ellis")
    application = ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)
    ContactFactory(application=application, name="Priya Shah", email="priya@globex.example")
    application.contacts.update(is_main=True)
    services.start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))
    draft_url = reverse("withdrawals:draft", args=[application.pk])
    # The autosave answers "nothing to swap", so the link on the page stays the script's work.
    page.route(
        lambda url: urlsplit(url).path == draft_url,
        lambda route: (
            route.fulfill(status=204) if route.request.method == "POST" else route.continue_()
        ),
    )
    # Opening a mail program is not what this test is about: keep the page where it is.
    page.add_init_script(
        "document.addEventListener('click', (event) => {"
        " if (event.target.closest('#mailto-link')) event.preventDefault(); });"
    )

    page.goto(f"/accounts/login/?next={draft_url}")
    field(page, "Username").fill("jordan")
    field(page, "Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your withdrawal from Globex")

    field(page, "Subject").fill("Withdrawing  my   application")
    field(page, "Message").fill("Dear Zoë,\nThank you & goodbye.\n\nÇa va? 50% sure")
    link = page.get_by_role("link", name="Open in my mail program")
    link.click()

    assert link.get_attribute("href") == (
        "mailto:priya@globex.example"
        "?subject=Withdrawing%20my%20application"
        "&body=Dear%20Zo%C3%AB%2C%0D%0AThank%20you%20%26%20goodbye.%0D%0A%0D%0A"
        "%C3%87a%20va%3F%2050%25%20sure"
    )
