"""The language of the email on the pages: chosen per application, picked on the choose step,
switched on the draft page after a preview, and the admin's preview in each language."""

import html
import re

import pytest
from django.urls import reverse

from applications.models import Application, Stage
from tests.factories import ApplicationFactory, ContactFactory, UserFactory
from withdrawals import services
from withdrawals.models import Scenario, Tone, WithdrawalDraft, WithdrawalTemplate
from withdrawals.services import WordingChoices

pytestmark = pytest.mark.django_db


def url(name, application):
    return reverse(f"withdrawals:{name}", args=[application.pk])


def text_of(response) -> str:
    without_tags = re.sub(r"<[^>]+>", " ", response.content.decode())
    return " ".join(html.unescape(without_tags).split())


@pytest.fixture
def drafted(globex):
    """Globex's formal "not the right fit" draft in English, with the user's own edit."""
    draft = services.start_draft(
        application=globex, choices=WordingChoices(Scenario.NOT_RIGHT_FIT, reason="I moved.")
    )
    services.save_draft(draft=draft, subject="Mine", body="My own words", cc=[])
    return draft


# The application's language -------------------------------------------------------------------


def test_a_new_application_starts_in_the_users_language_and_keeps_the_one_chosen(
    owner_client, owner
):
    form = owner_client.get(reverse("applications:create"))
    assert 'name="language"' in form.text
    assert '<option value="en" selected>English</option>' in form.text

    owner_client.post(
        reverse("applications:create"),
        {
            "company": "Umbrella",
            "position": "Engineer",
            "stage": Stage.APPLIED,
            "source": "job_board",
            "interest": 3,
            "language": "fr",
        },
    )
    owner_client.post(
        reverse("applications:create"),
        {
            "company": "Acme",
            "position": "Engineer",
            "stage": Stage.APPLIED,
            "source": "job_board",
            "interest": 3,
        },
    )

    assert Application.objects.get(company="Umbrella").language == "fr"
    assert Application.objects.get(company="Acme").language == "en"  # left out: the default


def test_a_user_who_reads_bowout_in_german_starts_new_applications_in_german(owner_client, owner):
    owner.language = "de"
    owner.save(update_fields=["language"])

    form = owner_client.get(reverse("applications:create"))

    # The page is German, so the language's name is too.
    assert '<option value="de" selected>Deutsch</option>' in form.text


def test_an_unknown_language_is_refused_beside_the_field(owner_client, globex):
    response = owner_client.post(
        reverse("applications:edit", args=[globex.pk]),
        {
            "company": "Globex",
            "position": "Data Engineer",
            "source": "job_board",
            "interest": 3,
            "language": "nl",
        },
    )

    assert response.status_code == 422
    assert "Select a valid choice. nl is not one of the available choices." in text_of(response)
    globex.refresh_from_db()
    assert globex.language == "en"


# The choose step --------------------------------------------------------------------------------


def test_the_choose_page_starts_in_the_applications_language_and_previews_it(owner_client, globex):
    Application.objects.filter(pk=globex.pk).update(language="de")

    response = owner_client.get(url("choose", globex))

    assert '<option value="de" selected>German (Deutsch)</option>' in response.text
    assert "Guten Tag Priya Shah," in response.text
    assert 'lang="de"' in response.text


def test_the_preview_redraws_in_the_language_picked(owner_client, globex):
    response = owner_client.get(
        url("choose_preview", globex),
        {"scenario": Scenario.NO_REASON, "tone": Tone.WARM, "language": "fr"},
    )

    assert "Bonjour Priya," in response.text
    assert "Bien à vous," in response.text


def test_drafting_in_another_language_keeps_it_for_the_application(owner_client, globex):
    response = owner_client.post(
        url("choose", globex),
        {"scenario": Scenario.NO_REASON, "tone": Tone.BRIEF, "language": "es"},
    )

    assert response.status_code == 302
    draft = WithdrawalDraft.objects.get(application=globex)
    assert (draft.language, draft.tone) == ("es", "brief")
    assert draft.body.startswith("Hola, Priya:\n\nGracias por tener en cuenta mi candidatura")
    assert draft.body.endswith("Un saludo,\nAlex Morgan")
    globex.refresh_from_db()
    assert globex.language == "es"


def test_a_tone_switched_off_in_one_language_is_refused_in_that_language_only(owner_client, globex):
    WithdrawalTemplate.objects.filter(default_key="personal-warm-de").update(is_active=False)

    refused = owner_client.post(
        url("choose", globex), {"scenario": Scenario.PERSONAL, "tone": Tone.WARM, "language": "de"}
    )
    taken = owner_client.post(
        url("choose", globex), {"scenario": Scenario.PERSONAL, "tone": Tone.WARM, "language": "fr"}
    )

    assert refused.status_code == 422
    assert (
        "There is no warm wording for this in German (Deutsch) yet: choose formal or brief."
        in text_of(refused)
    )
    assert taken.status_code == 302


# The draft page's switch ------------------------------------------------------------------------


def test_the_draft_page_offers_the_switch_in_the_drafts_language(owner_client, drafted):
    response = owner_client.get(url("draft", drafted.application))

    assert "This email is in English." in text_of(response)
    assert '<option value="en" selected>English</option>' in response.text
    assert "Redraft in this language" in response.text


def test_the_switch_previews_the_draft_in_the_language_picked_and_changes_nothing(
    owner_client, drafted
):
    response = owner_client.get(
        url("draft_language_preview", drafted.application), {"language": "de"}
    )

    text = text_of(response)
    assert "In German (Deutsch): Rücknahme meiner Bewerbung: Data Engineer" in text
    assert "Guten Tag Priya Shah," in text
    assert "Ich möchte vorerst" not in text and "I moved." in text  # the reason, as typed
    assert 'lang="de"' in response.text
    drafted.refresh_from_db()
    assert (drafted.language, drafted.body) == ("en", "My own words")


def test_previewing_the_drafts_own_language_or_a_bad_one_says_so(owner_client, drafted):
    same = owner_client.get(url("draft_language_preview", drafted.application), {"language": "en"})
    bad = owner_client.get(url("draft_language_preview", drafted.application), {"language": "xx"})

    assert "This is the draft’s language already." in text_of(same)
    assert bad.status_code == 422


def test_switching_redrafts_with_the_same_choices_and_keeps_the_language(owner_client, drafted):
    response = owner_client.post(
        url("draft_language", drafted.application), {"language": "fr"}, follow=True
    )

    assert "Redrafted in French (Français)." in text_of(response)
    drafted.refresh_from_db()
    assert drafted.language == "fr"
    assert (drafted.scenario, drafted.tone, drafted.reason) == (
        "not_right_fit",
        "formal",
        "I moved.",
    )
    assert drafted.subject == "Retrait de ma candidature\u00a0: Data Engineer"
    assert drafted.body.startswith("Bonjour Priya Shah,\n\nJe vous remercie pour votre temps")
    assert "I moved." in drafted.body
    assert drafted.body.endswith("Bien cordialement,\nAlex Morgan")
    assert drafted.template.default_key == "not_right_fit-formal-fr"
    drafted.application.refresh_from_db()
    assert drafted.application.language == "fr"


def test_a_switch_to_a_language_without_that_tone_changes_nothing(owner_client, drafted):
    WithdrawalTemplate.objects.filter(default_key="not_right_fit-formal-es").delete()

    response = owner_client.post(
        url("draft_language", drafted.application), {"language": "es"}, follow=True
    )

    assert (
        "There is no formal wording for this in Spanish (Español): choose another template."
        in text_of(response)
    )
    drafted.refresh_from_db()
    assert (drafted.language, drafted.body) == ("en", "My own words")


def test_the_switch_answers_only_its_owner_and_only_a_post(client, stranger, drafted):
    client.force_login(stranger)
    application = drafted.application

    assert client.post(url("draft_language", application), {"language": "de"}).status_code == 404
    assert (
        client.get(url("draft_language_preview", application), {"language": "de"}).status_code
        == 404
    )
    client.force_login(application.owner)
    assert client.get(url("draft_language", application)).status_code == 405
    assert client.post(url("draft_language_preview", application)).status_code == 405
    drafted.refresh_from_db()
    assert drafted.language == "en"


def test_switching_to_an_unknown_language_is_refused_with_a_message(owner_client, drafted):
    response = owner_client.post(
        url("draft_language", drafted.application), {"language": "klingon"}, follow=True
    )

    assert "Choose one of the languages listed." in text_of(response)
    drafted.refresh_from_db()
    assert drafted.language == "en"


def test_the_checks_on_the_draft_page_read_the_drafts_language(owner_client, globex):
    draft = services.start_draft(
        application=globex,
        choices=WordingChoices(Scenario.NO_REASON, Tone.FORMAL, language="de"),
    )

    clean = owner_client.get(url("draft", globex))
    services.save_draft(
        draft=draft, subject=draft.subject, body=draft.body.replace("vielen Dank", "ja"), cc=[]
    )
    thankless = owner_client.get(url("draft", globex))

    assert "Reads well" in text_of(clean)
    assert "Thank them for their time and the opportunity." in text_of(thankless)


def test_bulk_drafts_are_in_each_applications_language(owner, globex):
    other = ApplicationFactory(owner=owner, company="Initech", stage=Stage.SCREENING, language="fr")
    ContactFactory(application=other, name="Luc Martin", is_main=True)

    services.start_drafts(owner=owner, application_ids=[globex.pk, other.pk])

    assert WithdrawalDraft.objects.get(application=globex).language == "en"
    french = WithdrawalDraft.objects.get(application=other)
    assert (french.language, french.body.split("\n")[0]) == ("fr", "Bonjour Luc Martin,")


# The admin's preview --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Tuesday 3 December at 10:00"),
        ("de", "Dienstag, 3. Dezember, um 10:00 Uhr"),
        ("fr", "mardi 3 décembre à 10 h"),
        ("es", "martes 3 de diciembre a las 10:00"),
        ("zz", "Tuesday 3 December at 10:00"),
    ],
)
def test_the_admin_preview_writes_the_samples_in_the_templates_language(client, language, expected):
    client.force_login(UserFactory(username="admin", is_staff=True, is_superuser=True))
    response = client.post(
        reverse("admin:withdrawals_withdrawaltemplate_preview"),
        {
            "subject_template": "{{ company }}",
            "body_template": "{{ interview_date }}",
            "language": language,
        },
    )

    assert response.json() == {"ok": True, "subject": "Northwind Analytics", "body": expected}
