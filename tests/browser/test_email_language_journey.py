"""Emails in the employer's language, in the browser: a formal German withdrawal, a warm French
one and a brief Spanish one from the same flow; the draft page's switch previews live and
redrafts."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from applications.models import Stage
from tests.browser.conftest import field
from tests.factories import PASSWORD, ApplicationFactory, ContactFactory, UserFactory
from withdrawals.models import WithdrawalDraft

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, username, next_url):
    page.goto(f"/accounts/login/?next={next_url}")
    field(page, "Username").fill(username)
    field(page, "Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def process(owner, company, contact):
    application = ApplicationFactory(owner=owner, company=company, stage=Stage.INTERVIEWING)
    ContactFactory(application=application, name=contact, email="hr@example.com", is_main=True)
    return application


def test_three_languages_from_one_flow_and_the_live_switch_on_the_draft_page(page):
    owner = UserFactory(username="camille", full_name="Camille Durand")
    berlin = process(owner, "Berliner Daten", "Anna Weber")
    lyon = process(owner, "Lumière Tech", "Luc Martin")
    madrid = process(owner, "Sol Analítica", "Lucía García")

    log_in(page, "camille", reverse("withdrawals:choose", args=[berlin.pk]))
    for application, language, tone, opening in (
        (berlin, "German (Deutsch)", "Formal", "Guten Tag Anna Weber,"),
        (lyon, "French (Français)", "Warm", "Bonjour Luc,"),
        (madrid, "Spanish (Español)", "Brief", "Hola, Lucía:"),
    ):
        page.goto(reverse("withdrawals:choose", args=[application.pk]))
        page.get_by_label("What do you want to say?").select_option("no_reason")
        page.get_by_label(tone).check()
        page.get_by_label("Language of the email").select_option(label=language)
        # The preview redraws in the language picked, before anything is saved.
        expect(page.locator("#choose-preview")).to_contain_text(opening)
        page.get_by_role("button", name="Draft the email").click()
        expect(field(page, "Message")).to_have_value(re.compile(f"^{opening}"))

    drafts = {
        d.application.company: d for d in WithdrawalDraft.objects.select_related("application")
    }
    assert drafts["Berliner Daten"].body.endswith("Mit freundlichen Grüßen\nCamille Durand")
    assert drafts["Lumière Tech"].body.endswith("Bien à vous,\nCamille Durand")
    assert drafts["Sol Analítica"].body.endswith("Un saludo,\nCamille Durand")

    # On the German draft, switch to French: a live preview first, the text untouched.
    page.goto(reverse("withdrawals:draft", args=[berlin.pk]))
    message = field(page, "Message")
    german = message.input_value()
    page.get_by_label("Write this email in").select_option(label="French (Français)")
    preview = page.locator("#language-preview")
    expect(preview).to_contain_text("In French (Français):")
    expect(preview).to_contain_text("Bonjour Anna Weber,")
    expect(message).to_have_value(german)

    page.get_by_role("button", name="Redraft in this language").click()
    expect(page.get_by_text("Redrafted in French (Français).")).to_be_visible()
    expect(field(page, "Message")).to_have_value(re.compile("^Bonjour Anna Weber,"))
    expect(page.get_by_text("This email is in French (Français).")).to_be_visible()
