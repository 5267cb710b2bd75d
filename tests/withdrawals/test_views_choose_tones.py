"""Choose step: only tones that exist are offered, the wording is previewed, the checks read
what is on screen and send a user with no name to the profile."""

import json
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from applications.models import Stage
from tests.factories import ApplicationFactory, InterviewFactory, UserFactory
from withdrawals import services
from withdrawals.models import Scenario, Tone, WithdrawalDraft, WithdrawalTemplate
from withdrawals.services import WordingChoices

pytestmark = pytest.mark.django_db


@pytest.fixture
def application(globex):
    return globex


def url(name, application):
    return reverse(f"withdrawals:{name}", args=[application.pk])


def test_a_tone_staff_switched_off_is_not_offered_and_is_refused(owner_client, application):
    WithdrawalTemplate.objects.filter(default_key="personal-warm").update(is_active=False)

    page = owner_client.get(url("choose", application)).content.decode()
    tones = json.loads(re.search(r'data-tones="([^"]+)"', page).group(1).replace("&quot;", '"'))
    assert tones["personal"] == ["formal", "brief"]
    assert tones["no_reason"] == ["formal", "warm", "brief"]

    response = owner_client.post(
        url("choose", application), {"scenario": Scenario.PERSONAL, "tone": Tone.WARM}
    )
    assert response.status_code == 422
    assert "There is no warm wording for this yet: choose formal or brief." in response.text
    assert not WithdrawalDraft.objects.exists()


def test_a_scenario_with_no_tone_left_is_not_offered(owner_client, application):
    WithdrawalTemplate.objects.filter(scenario=Scenario.LOCATION).update(is_active=False)

    page = owner_client.get(url("choose", application)).content.decode()

    assert 'value="location"' not in page


def test_the_choose_page_previews_the_suggested_wording(owner_client, application):
    response = owner_client.get(url("choose", application))

    assert "How it will read" in response.text
    assert "Dear Priya Shah," in response.text
    assert "I do not believe the role is the right fit for me" in response.text


def test_the_preview_follows_the_chosen_scenario_tone_and_reason(owner_client, application):
    response = owner_client.get(
        url("choose_preview", application),
        {"scenario": Scenario.NO_REASON, "tone": Tone.BRIEF, "reason": "ignored"},
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 200
    assert 'id="choose-preview"' in response.text
    assert "<html" not in response.text  # the partial only
    assert "Hello Priya," in response.text
    assert "I have decided to withdraw my application." in response.text
    assert "ignored" not in response.text  # "no reason" means no reason


def test_the_preview_of_a_strangers_application_is_404(client, stranger, application):
    client.force_login(stranger)

    assert client.get(url("choose_preview", application)).status_code == 404


def test_an_interview_within_a_day_suggests_cancelling_it_by_name(owner_client, application):
    InterviewFactory(application=application, scheduled_at=timezone.now() + timedelta(hours=21))

    response = owner_client.get(url("choose", application))

    assert re.search(r'<option value="cancel_interview"\s+selected', response.text)
    assert "I am writing to cancel my interview on " in response.text


def test_checks_read_the_text_on_screen_not_the_saved_draft(owner_client, application):
    services.start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))

    response = owner_client.post(
        url("draft", application), {"subject": "", "body": ""}, headers={"HX-Request": "true"}
    )

    assert response.status_code == 422
    assert "The message is empty" in response.text
    assert "The subject is empty" in response.text
    assert "Reads well" not in response.text
    # Nothing typed was lost: the saved draft still has its text.
    assert WithdrawalDraft.objects.get().body.startswith("Dear Priya Shah,")


def test_a_draft_signed_with_the_login_name_links_to_the_profile(client):
    user = UserFactory(username="probe_wmavn", full_name="", first_name="", last_name="")
    application = ApplicationFactory(owner=user, stage=Stage.APPLIED)
    services.start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))
    client.force_login(user)

    response = client.get(url("draft", application))

    assert "Your emails are signed with your login name, “probe_wmavn”." in response.text
    assert f'<a class="alert-link" href="{reverse("profile")}">Add your name</a>' in response.text
    assert "Reads well" not in response.text


def test_a_draft_without_the_senders_name_is_flagged(owner_client, application):
    services.start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))

    response = owner_client.post(
        url("draft", application),
        {"subject": "Withdrawing", "body": "Dear Priya,\n\nThank you.\n\nKind regards,\nA."},
        headers={"HX-Request": "true"},
    )

    assert "Sign it with your name, “Alex Morgan”" in response.text


def test_the_follow_up_offers_only_tones_that_exist_and_each_changes_the_text(
    owner_client, application
):
    services.start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))
    services.mark_sent(application=application, method="email")
    WithdrawalTemplate.objects.filter(default_key="thank_you_follow_up-warm").update(
        is_active=False
    )

    formal = owner_client.get(url("follow_up", application), {"tone": "formal"}).text
    brief = owner_client.get(url("follow_up", application), {"tone": "brief"}).text
    warm = owner_client.get(url("follow_up", application), {"tone": "warm"}).text

    assert '<option value="warm"' not in formal
    assert "Dear Priya Shah," in formal
    assert "Hello Priya," in brief
    assert "Dear Priya Shah," in warm  # a tone that is gone shows the first there is, named
    assert '<option value="formal" selected>' in warm
