"""The withdrawal pages in German for a user who chose it: the candidates page and its banner,
the choose and draft pages (labels, the Language box, the advice beside the draft), the portal
note, the reflection page, the withdrawal box and the flash messages. English stays the default
(the other withdrawals tests read the English), and the drafted email keeps its own language."""

import html
import re
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.contrib.messages import get_messages
from django.urls import reverse

from applications.models import KeepReason, Stage
from tests.factories import ApplicationFactory, InterviewFactory, OfferFactory
from withdrawals import services
from withdrawals.models import Scenario, Withdrawal
from withdrawals.services import WordingChoices

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


def text_of(response) -> str:
    without_tags = re.sub(r"<[^>]+>", " ", response.content.decode())
    return " ".join(html.unescape(without_tags).split())


def flashed(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def url(name, application):
    return reverse(f"withdrawals:{name}", args=[application.pk])


@pytest.fixture
def german(owner_client, owner):
    owner.language = "de"
    owner.time_zone = "Europe/Berlin"
    owner.save(update_fields=["language", "time_zone"])
    return owner_client


@pytest.fixture
def offer_elsewhere(owner):
    """A written offer pending at Initech: the other processes are withdrawal candidates."""
    return OfferFactory(
        application=ApplicationFactory(owner=owner, company="Initech", stage=Stage.OFFER),
        received_on=date(2026, 11, 10),
        in_writing=True,
    )


@pytest.fixture
def draft(application, main_contact):
    return services.start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))


def test_the_candidates_page_in_german(german, owner, offer_elsewhere, application):
    with time_machine.travel(NOW, tick=False):
        InterviewFactory(application=application, scheduled_at=NOW + timedelta(days=2, hours=5))
        response = german.get(reverse("withdrawals:candidates"))
    page = text_of(response)

    assert "Ziehen Sie sich dort zurück, wo Sie die Stelle diesem Angebot nicht vorziehen" in page
    # The reason, in the user's zone: Friday 20 November, 15:00 in Berlin.
    assert "Gespräch am Freitag um 15:00" in page
    assert "Das Gespräch ist innerhalb der nächsten 3 Tage: Ziehen Sie sich heute zurück" in page
    assert '<option value="negotiating">Verhandlungen</option>' in response.content.decode()
    assert '<option value="see_it_through">Bis zum Ende führen</option>' in (
        response.content.decode()
    )
    for english in ("Consider withdrawing", "interview on", "withdraw today", ">Negotiating<"):
        assert english not in response.content.decode()


def test_a_candidate_with_nothing_else_is_named_by_its_stage_in_german(
    german, owner, offer_elsewhere
):
    ApplicationFactory(owner=owner, company="Stillco", stage=Stage.SCREENING)

    with time_machine.travel(NOW, tick=False):
        page = text_of(german.get(reverse("withdrawals:candidates")))

    assert "In der Phase „Vorauswahl“" in page
    assert "screening stage" not in page


def test_the_candidates_banner_in_german(german, owner, offer_elsewhere, application):
    ApplicationFactory(owner=owner, company="Second", stage=Stage.APPLIED)

    page = text_of(german.get(reverse("home")))

    assert "Sie haben ein schriftliches Angebot: 2 andere Verfahren" in page
    assert "2 other processes" not in page
    assert "See withdrawal candidates" not in page


def test_keeping_in_play_and_back_says_so_in_german(german, owner, offer_elsewhere, application):
    kept = german.post(
        url("keep_in_play", application), {"reason": KeepReason.NEGOTIATING, "note": ""}
    )
    undone = german.post(url("undo_keep_in_play", application))
    refused = german.post(url("keep_in_play", application), {"reason": "", "note": ""})

    assert flashed(kept)[0].endswith(
        "wird im Spiel gehalten (Verhandlungen). Es steht nicht mehr auf der Liste, bis Sie das "
        "rückgängig machen oder ein neues Angebot kommt."
    )
    # Messages not yet shown pile up: the last one is the undo's.
    assert flashed(undone)[-1].endswith("steht wieder auf der Liste.")
    assert "Wählen Sie, warum Sie dieses Verfahren im Spiel halten." in text_of(refused)


def test_the_choose_page_in_german(german, application, main_contact):
    response = german.get(url("choose", application))
    page = response.content.decode()

    assert "Was möchten Sie sagen?" in page
    assert "Sprache der E-Mail" in page
    assert "Ihr Grund, in einem Satz (optional)" in page
    assert 'placeholder="z. B. Ich habe mich entschieden' in page
    assert ">Stelle passt nicht</option>" in page
    assert "Förmlich" in page and "Herzlich" in page
    for english in ("What do you want to say?", "Your reason, in one sentence", "Role not the"):
        assert english not in page


def test_a_tone_without_a_wording_is_refused_in_german(german, application, main_contact):
    response = german.post(
        url("choose", application),
        {"scenario": "no_reason", "tone": "nonexistent", "language": "en"},
    )

    assert response.status_code == 422
    # Django's own German for an unknown choice, beside the field.
    assert "nonexistent ist keine gültige Auswahl" in html.unescape(response.content.decode())


def test_the_draft_page_in_german_keeps_the_email_in_its_language(german, application, draft):
    with time_machine.travel(NOW, tick=False):
        response = german.get(url("draft", application))
    page = response.content.decode()
    text = text_of(response)

    # The page speaks German; the drafted email is still in the employer's language (English).
    assert re.search(r'<label[^>]*for="id_subject"[^>]*>\s*Betreff', page)
    assert re.search(r'<label[^>]*for="id_body"[^>]*>\s*Nachricht', page)
    assert '<h2 class="h6" id="language-heading">Sprache</h2>' in page
    assert "Wählen Sie eine andere Sprache, um sie darin formuliert zu sehen" in text
    assert ">In dieser Sprache neu formulieren</button>" in page
    assert "Diese E-Mail schreiben auf" in text
    assert "Wie haben Sie es mitgeteilt?" in text
    assert "Ich habe die E-Mail gesendet" in text
    assert draft.subject in html.unescape(page)
    assert draft.language == "en"
    for english in ("Redraft in this language", "How did you tell them?", "This email is in"):
        assert english not in page


def test_the_advice_beside_the_draft_in_german(german, application, draft):
    response = german.post(
        url("draft", application),
        {"subject": "", "body": "Your process was unprofessional."},
        headers={"HX-Request": "true"},
    )
    text = text_of(response)

    assert "Der Betreff ist leer: Fügen Sie einen hinzu" in text
    assert "Danken Sie für die Zeit und die Gelegenheit." in text
    assert "Lassen Sie Vorwürfe und Klagen weg (“unprofessional”)" in text
    # The greeting the check asks for is the email's language's own (English here).
    assert "Beginnen Sie mit einer Anrede, etwa „Dear Priya,“." in text
    assert "The subject is empty" not in text


def test_the_draft_page_messages_in_german(german, application, draft):
    saved = german.post(url("draft", application), {"subject": "Hallo", "body": "Danke."})
    assert flashed(saved) == ["Entwurf gespeichert."]

    sent = german.post(url("mark_sent", application), {"method": "email"})
    assert flashed(sent)[-1] == (
        "Aus Data Engineer bei Globex zurückgezogen. Die anstehenden Gespräche sind abgesagt. "
        "Ein Versehen? Sie können das 30 Minuten lang rückgängig machen."
    )

    undone = german.post(url("undo", application))
    assert flashed(undone)[-1] == (
        "Rückzug rückgängig gemacht. Ihr Entwurf und Ihre Gespräche sind wieder da."
    )


def test_the_portal_note_in_german(german, owner):
    application = ApplicationFactory(
        owner=owner, posting_url="https://tailspin.wd3.myworkdayjobs.com/en-US/Ext/job/R-1"
    )

    text = text_of(german.get(url("choose", application)))

    assert "Ihr Bewerbungsportal: Workday" in text
    assert "Melden Sie sich bei Candidate Home an" in text
    assert "Schreiben Sie trotzdem: Eine E-Mail erreicht einen Menschen" in text
    assert "Quellen:" in text
    assert "Write to them all the same" not in text


def test_a_portal_without_a_source_says_so_in_german(german, owner):
    application = ApplicationFactory(owner=owner, posting_url="https://jobs.lever.co/acme/123")

    text = text_of(german.get(url("choose", application)))

    assert "Bowout kennt keine veröffentlichte Quelle zum Zurückziehen über Lever" in text


def test_the_withdrawal_box_and_reflection_page_in_german(german, application, draft):
    services.mark_sent(application=application, method=Withdrawal.Method.EMAIL)

    detail = text_of(german.get(application.get_absolute_url()))
    assert "An Priya Shah" in detail
    assert "Was Sie gesendet haben:" in detail
    assert "What you sent" not in detail

    refused = german.post(url("reflection", application), {"liked": "x" * 2001, "disliked": ""})
    assert refused.status_code == 422
    page = refused.content.decode()
    assert re.search(r'<label[^>]*for="id_liked"[^>]*>\s*Was Ihnen gefallen hat', page)
    assert "Notizen speichern" in page
    assert "What you liked" not in page

    saved = german.post(url("reflection", application), {"liked": "Nett", "disliked": ""})
    assert flashed(saved) == ["Ihre Notizen sind gespeichert."]


def test_the_same_pages_stay_english_by_default(owner_client, application, draft):
    page = owner_client.get(url("draft", application)).content.decode()

    assert '<h2 class="h6" id="language-heading">Language</h2>' in page
    assert ">Redraft in this language</button>" in page
    assert "How did you tell them?" in page
    assert "Sprache" not in page.split("<main", 1)[1].split("</main>", 1)[0]


def test_the_write_page_in_german(german, application, main_contact):
    page = german.get(url("write", application)).content.decode()

    assert "Was möchten Sie sagen?" in page
    assert "What do you want to say?" not in page


def test_the_thank_you_page_in_german(german, application, draft):
    services.mark_sent(application=application, method=Withdrawal.Method.EMAIL)

    response = german.get(url("follow_up", application))
    page = response.content.decode()

    assert '<h1 class="h3 mb-3">Ein kurzes Dankeschön an Globex</h1>' in page
    assert ">Ton ändern</button>" in page
    assert "Dankesnachricht als gesendet markieren" in page
    assert '<option value="formal" selected>Förmlich</option>' in page
    assert "Mark follow-up as sent" not in page and ">Formal<" not in page

    sent = german.post(url("follow_up_sent", application))
    assert flashed(sent)[-1] == "Dankesnachricht als gesendet markiert."


def test_the_language_preview_beside_a_draft_in_german(german, application, draft):
    response = german.get(url("draft_language_preview", application), {"language": "de"})
    text = text_of(response)

    assert text.startswith("Auf ")
    assert "In German" not in text
    same = text_of(german.get(url("draft_language_preview", application), {"language": "en"}))
    assert same == "Der Entwurf ist bereits in dieser Sprache."


def test_an_accepted_offer_in_german_names_its_start_date(german, owner):
    from applications import services as application_services

    offer = OfferFactory(
        application__owner=owner, application__company="Acme", start_date=date(2099, 2, 1)
    )
    ApplicationFactory(owner=owner, company="Globex")
    application_services.decide_offer(offer=offer, decision="accepted")

    text = text_of(german.get(reverse("withdrawals:candidates")))

    assert "Sie haben Acme zugesagt: Ziehen Sie sich jetzt aus den übrigen Verfahren zurück" in text
    assert "vor Ihrem Beginn am 1. Februar noch platzen" in text
    assert "You accepted" not in text and "fall through" not in text
