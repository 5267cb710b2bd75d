"""The core's forms, messages and worded-in-Python texts in German for a user who chose it; the
same texts stay English for everyone else (the other tests read them)."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone, translation

from applications import services
from applications.forms import application_value_errors
from applications.models import Application, Interview, Offer, Stage, StageChange
from tests.factories import ApplicationFactory, ContactFactory, InterviewFactory, OfferFactory

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


@pytest.fixture
def german(owner_client, owner):
    owner.language = "de"
    owner.save(update_fields=["language"])
    return owner_client


@pytest.fixture
def acme(owner):
    return ApplicationFactory(
        owner=owner, company="Acme", position="Engineer", stage=Stage.INTERVIEWING
    )


def test_the_offer_form_in_german(german, acme):
    page = german.get(reverse("applications:offer", args=[acme.pk])).text
    for german_text in (
        "Eingangsdatum",
        "Grundgehalt",
        "z. B. GBP, EUR, USD",
        "Bezahlte Wochen im Jahr",
        "Antwortfrist",
        "pro Monat",
        "Aktienoptionen",
        "– Bitte wählen –",
        "Entwicklung, aus Ihrer Sicht",
    ):
        assert german_text in page, german_text
    for english_text in ("Date received", "Paid weeks a year", "per month", "Share options"):
        assert english_text not in page, english_text


def test_a_refused_offer_says_why_in_german_and_saves_nothing(german, owner, acme):
    response = german.post(
        reverse("applications:offer", args=[acme.pk]),
        {
            "received_on": "2026-12-01",
            "base_pay_minor": "65.000",
            "currency": "pounds",
            "period": Offer.Period.YEAR,
            "decision": Offer.Decision.PENDING,
            "respond_by": "2026-11-01",
        },
    )
    assert response.status_code == 422
    assert "Verwenden Sie einen dreistelligen Währungscode wie GBP oder EUR." in response.text
    assert "Die Frist kann nicht vor dem Eingangsdatum liegen." in response.text
    assert not Offer.objects.exists()


def test_an_offer_typed_the_german_way_is_stored_exactly(german, acme):
    response = german.post(
        reverse("applications:offer", args=[acme.pk]),
        {
            "received_on": timezone.localdate().isoformat(),
            "in_writing": "on",
            "base_pay_minor": "65.000",
            "sign_on_minor": "2.500,50",
            "currency": "eur",
            "period": Offer.Period.YEAR,
            "decision": Offer.Decision.PENDING,
        },
    )
    assert response.status_code == 302
    offer = Offer.objects.get()
    assert (offer.base_pay_minor, offer.sign_on_minor, offer.currency) == (
        6_500_000,
        250_050,
        "EUR",
    )


def test_the_board_move_message_in_german(german, acme):
    response = german.post(
        reverse("applications:board_move", args=[acme.pk]), {"stage": Stage.OFFER}, follow=True
    )
    assert "Engineer bei Acme nach Angebot verschoben." in response.text
    again = german.post(
        reverse("applications:board_move", args=[acme.pk]), {"stage": Stage.OFFER}, follow=True
    )
    assert "Engineer bei Acme ist bereits in der Phase Angebot." in again.text


def test_the_board_move_message_in_english(owner_client, acme):
    response = owner_client.post(
        reverse("applications:board_move", args=[acme.pk]), {"stage": Stage.OFFER}, follow=True
    )
    assert "Moved Engineer at Acme to Offer." in response.text


def test_closing_quiet_processes_in_german(german, owner):
    quiet = [
        ApplicationFactory(
            owner=owner, company=name, last_activity_at=timezone.now() - timedelta(days=40)
        )
        for name in ("Silent", "Still")
    ]
    url = reverse("applications:quiet")
    response = german.post(url, {"application": [quiet[0].pk]}, follow=True)
    assert (
        "1 Verfahren als „keine Antwort“ geschlossen. Sie können das 30 Minuten lang "
        "rückgängig machen."
    ) in response.text
    refused = german.post(url, {})
    assert "Wählen Sie mindestens ein stilles Verfahren zum Schließen aus." in refused.text
    undone = german.post(reverse("applications:quiet_undo"), follow=True)
    assert "1 Verfahren wieder geöffnet." in undone.text
    assert Application.objects.filter(stage=Stage.NO_RESPONSE).count() == 0


def test_interviews_contacts_and_history_read_in_german(german, owner, acme):
    with time_machine.travel(NOW, tick=False):
        InterviewFactory(
            application=acme,
            kind=Interview.Kind.ON_SITE,
            round_number=2,
            scheduled_at=datetime(2026, 12, 8, 13, 30, tzinfo=UTC),
        )
        ContactFactory(application=acme, name="Anna Weber", role="hiring_manager")
        services.change_stage(application=acme, to_stage=Stage.OFFER)
        page = german.get(acme.get_absolute_url()).text
    assert "Gespräch Runde 2 (vor Ort)" in page
    assert "Im Gespräch → Angebot" in page
    with translation.override("en"):
        change = StageChange.objects.filter(application=acme).first()
        assert str(change) == "Interviewing → Offer"
        assert str(acme.interviews.get()) == "Round 2 on-site interview"


def test_deadlines_in_words_in_both_languages(owner):
    with time_machine.travel(NOW, tick=False):
        offer = OfferFactory(
            application=ApplicationFactory(owner=owner, stage=Stage.OFFER),
            respond_by=date(2026, 12, 6),
        )
        assert offer.deadline_text == "1 day left to respond"
        with translation.override("de"):
            assert offer.deadline_text == "noch 1 Tag für die Antwort"
        offer.respond_by = date(2026, 12, 3)
        assert offer.deadline_text == "deadline passed 2 days ago"
        with translation.override("de"):
            assert offer.deadline_text == "Frist vor 2 Tagen abgelaufen"


def test_the_checks_of_an_applications_values_name_the_field_in_the_readers_language():
    """The CSV import and the restore read these (applications.forms.application_value_errors)."""
    values = {"company": "x" * 201, "posting_url": "nope"}
    with translation.override("de"):
        assert application_value_errors(values, today=date(2026, 12, 5)) == [
            "Unternehmen ist länger als 200 Zeichen.",
            "„nope“ ist keine Webadresse. Geben Sie eine vollständige Webadresse ein, etwa "
            "https://example.com/job.",
        ]
    assert application_value_errors({"company": "x" * 201}, today=date(2026, 12, 5)) == [
        "Company is longer than 200 characters."
    ]
