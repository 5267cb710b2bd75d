"""The data-out pages in German for a user who chose it: headings, labels, buttons, chart
labels and figures, dates and decimals in German; the English ones absent. The same pages stay
English for everyone else (the other reports tests read them). The coach's page speaks the
sharing user's language unless the visitor chose one."""

import re
from datetime import UTC, date, datetime

import pytest
import time_machine
from django.conf import settings
from django.test import Client
from django.urls import reverse

from applications.models import RecordPdf, ShareLink, Source, Stage
from applications.services import create_share_link
from reports import record as record_module
from tests.applications.helpers import add
from tests.factories import ApplicationFactory, ContactFactory, UserFactory
from withdrawals.models import Withdrawal

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


@pytest.fixture
def german(owner_client, owner):
    owner.language = "de"
    owner.time_zone = "Europe/Berlin"
    owner.save(update_fields=["language", "time_zone"])
    return owner_client


@pytest.fixture
def known(owner):
    """Four applications: one screened, a referral that got an offer, one withdrawn for
    another offer, one never answered; 5.7 days on average in "Applied"."""
    acme = add(
        owner,
        "Acme",
        applied=date(2026, 1, 1),
        path=[(Stage.APPLIED, "2026-01-01"), (Stage.SCREENING, "2026-01-06")],
    )
    ContactFactory(application=acme, name="Priya Shah", role="hiring_manager")
    add(
        owner,
        "Initech",
        applied=date(2026, 1, 2),
        source=Source.REFERRAL,
        path=[(Stage.APPLIED, "2026-01-02"), (Stage.OFFER, "2026-01-04")],
    )
    hooli = add(
        owner,
        "Hooli",
        applied=date(2026, 1, 3),
        path=[(Stage.APPLIED, "2026-01-03"), (Stage.WITHDRAWN, "2026-01-13")],
    )
    Withdrawal.objects.create(
        application=hooli,
        scenario="accepted_offer",
        previous_stage=Stage.APPLIED,
        liked="Friendly recruiter",
    )
    add(owner, "Globex", applied=date(2026, 1, 1), path=[(Stage.APPLIED, "2026-01-01")])


def page(client, url, **params):
    with time_machine.travel(NOW, tick=False):
        return client.get(url, params).content.decode()


def test_insights_in_german(german, known):
    html = page(german, reverse("reports:insights"))

    assert "<title>Auswertungen" in html
    assert '<h1 class="h3 mb-3">Auswertungen</h1>' in html
    assert ">Wie weit Ihre Bewerbungen kommen</h2>" in html
    assert ">Antworten nach Quelle</h2>" in html
    assert ">Antwortquote</th>" in html
    # Chart labels and the figures beside them, decimals and percentages the German way.
    assert "Vorauswahl: 2 (50\u00a0% des vorigen Schritts)" in html
    assert "Gespräche: 1 (50\u00a0% des vorigen Schritts)" in html
    assert "Beworben: 5,7 Tage (aus 3 Wechseln)" in html
    assert "Angebot: noch keine Daten (aus 0 Wechseln)" in html
    assert re.search(r"Empfehlung</th><td[^>]*>1</td><td[^>]*>1</td><td[^>]*>100\u00a0%", html)
    assert "Anderes Angebot angenommen: 1" in html
    assert "Ihre Gründe (1 Rückzug)" in html
    assert '<title id="funnel-chart-title">Bewerbungen je erreichtem Schritt</title>' in html
    for english in ("How far your applications get", "Responses by source", "of the step before"):
        assert english not in html
    # The drawing's own numbers stay SVG numbers: "5,7" would break it.
    svg = html.split('<svg class="chart-svg"', 2)[2].split("</svg>", 1)[0]
    assert re.search(r'<rect class="chart-bar" x="0" y="\d+" width="\d+\.\d"', svg)
    assert not re.search(r'(width|x|y)="\d+,\d', svg)


def test_insights_with_no_data_in_german(german):
    html = page(german, reverse("reports:insights"))

    assert "Sie haben sich noch aus keinem Verfahren zurückgezogen." in html
    assert "You have not withdrawn" not in html


def test_insights_stay_english_by_default(owner_client, known):
    html = page(owner_client, reverse("reports:insights"))

    assert "Screening: 2 (50% of the step before)" in html
    assert "Applied: 5.7 days (over 3 moves)" in html
    assert "Your reasons (1 withdrawal)" in html
    assert "Auswertungen" not in html


def test_the_record_page_in_german(german, known):
    html = page(german, reverse("reports:record"), start="2026-01-01", end="2026-01-31")

    assert "<title>Bewerbungsnachweis" in html
    assert "Bewerbungsnachweis von Alex Morgan</h1>" in html
    assert "Vom 1. Januar 2026 bis 31. Januar 2026: 4 Bewerbungen." in html
    assert "Gedruckt am 5. Dezember 2026." in html
    assert ">Drucken</button>" in html
    assert ">PDF herunterladen</a>" in html
    assert '<th scope="col">Arbeitgeber und Stelle</th>' in html
    assert "1. Jan 2026: Beworben" in html
    assert "<strong>Jetzt: Vorauswahl</strong>" in html
    assert "Priya Shah (Einstellende Führungskraft)" in html
    for english in ("Employer and role", "Printed", "Download PDF", "Now: "):
        assert english not in html


def test_the_record_page_of_one_application_is_singular_in_german(german, owner):
    add(owner, "Acme", applied=date(2026, 1, 1), path=[(Stage.APPLIED, "2026-01-01")])

    html = page(german, reverse("reports:record"))

    assert "Alle Bewerbungen: 1 Bewerbung. Gedruckt am 5. Dezember 2026." in html


def pdf_texts(monkeypatch):
    """The texts the PDF is drawn with (reportlab embeds its fonts as subsets: the bytes do
    not carry the words), gathered as the record builds its paragraphs."""
    drawn: list[str] = []
    original = record_module.Paragraph

    def paragraph(text, *args, **kwargs):
        drawn.append(text)
        return original(text, *args, **kwargs)

    monkeypatch.setattr(record_module, "Paragraph", paragraph)
    return drawn


def test_the_record_pdf_in_german(german, known, monkeypatch):
    drawn = pdf_texts(monkeypatch)

    with time_machine.travel(NOW, tick=False):
        response = german.get(reverse("reports:record_pdf"))

    assert response["Content-Type"] == "application/pdf"
    assert drawn[:5] == ["Beworben", "Arbeitgeber und Stelle", "Über", "Kontakte", "Verlauf"]
    assert "Bewerbungsnachweis von Alex Morgan" in drawn
    assert "Alle Bewerbungen: 4 Bewerbungen. Gedruckt am 5. Dezember 2026." in drawn
    assert "1. Jan 2026" in drawn
    assert any("<b>Jetzt: Vorauswahl</b>" in text for text in drawn)
    assert not any("Employer and role" in text or "Printed" in text for text in drawn)


def test_the_record_pdf_is_dated_on_the_users_day_not_the_servers(owner, monkeypatch):
    """23:30 UTC on 5 December is already 6 December (12:30) in Auckland."""
    owner.time_zone = "Pacific/Auckland"
    owner.save(update_fields=["time_zone"])
    drawn = pdf_texts(monkeypatch)

    with time_machine.travel(datetime(2026, 12, 5, 23, 30, tzinfo=UTC), tick=False):
        record_module.record_pdf(user=owner, applications=[], start=None, end=None)

    assert "All applications: 0 applications. Printed 6 December 2026." in drawn


def test_export_file_names_take_the_users_day(owner_client, owner):
    owner.time_zone = "Pacific/Auckland"
    owner.save(update_fields=["time_zone"])

    with time_machine.travel(datetime(2026, 12, 5, 23, 30, tzinfo=UTC), tick=False):
        csv = owner_client.get(reverse("reports:export"), {"format": "csv"})
        pdf = owner_client.get(reverse("reports:record_pdf"))
        json = owner_client.get(reverse("reports:json_download"))

    assert 'filename="bowout-applications-2026-12-06.csv"' in csv["Content-Disposition"]
    assert 'filename="bowout-applications-2026-12-06.pdf"' in pdf["Content-Disposition"]
    assert 'filename="bowout-owner-2026-12-06.json"' in json["Content-Disposition"]


def test_a_record_built_in_the_background_is_in_its_owners_language(owner, monkeypatch):
    owner.language = "de"
    owner.save(update_fields=["language"])
    ApplicationFactory(owner=owner, company="Acme", date_applied=date(2026, 1, 1))
    pdf = RecordPdf.objects.create(owner=owner)
    drawn = pdf_texts(monkeypatch)

    # The worker's own language is English.
    with time_machine.travel(NOW, tick=False):
        record_module.build_pdf(record_pdf_id=pdf.pk)

    assert "Bewerbungsnachweis von Alex Morgan" in drawn
    assert drawn[:2] == ["Beworben", "Arbeitgeber und Stelle"]


def test_the_pdf_build_and_status_pages_in_german(german, owner, monkeypatch):
    monkeypatch.setattr(record_module, "DRAWN_AT_ONCE", 1)
    ApplicationFactory.create_batch(2, owner=owner)

    build = page(german, reverse("reports:record_pdf"))
    assert '<h1 class="h3 mb-3">Nachweis als PDF</h1>' in build
    assert "Dieser Nachweis umfasst mehr als 1 Bewerbungen" in build
    assert ">PDF erstellen</button>" in build
    assert "Build the PDF" not in build

    pdf = RecordPdf.objects.create(owner=owner)
    waiting = page(german, reverse("reports:record_pdf_status", args=[pdf.pk]))
    assert '<h1 class="h3 mb-3">Ihr PDF wird erstellt</h1>' in waiting
    assert ">Erneut nachsehen</a>" in waiting
    assert "Building your PDF" not in waiting

    RecordPdf.objects.filter(pk=pdf.pk).update(failed=True)
    failed = page(german, reverse("reports:record_pdf_status", args=[pdf.pk]))
    assert "Ihr PDF konnte nicht erstellt werden" in failed
    assert f'<a href="{reverse("reports:data")}">Ihre Daten</a>' in failed


def test_the_data_page_form_in_german(german):
    html = page(german, reverse("reports:record"), start="2026-02-01", end="2026-01-01")

    assert "Das Ende des Zeitraums liegt vor seinem Anfang." in html
    assert re.search(r'<label[^>]*for="id_start"[^>]*>\s*Von\s*</label>', html)
    assert re.search(r'<label[^>]*for="id_end"[^>]*>\s*Bis\s*</label>', html)
    assert "The end of the period" not in html


def test_the_share_links_page_in_german(german, owner):
    link = ShareLink(owner=owner, name="Sam", include_notes=True)
    with time_machine.travel(NOW, tick=False):
        create_share_link(link=link, days=30)

    html = page(german, reverse("reports:share_links"))

    assert '<h1 class="h3 mb-3">Mit einem Coach teilen</h1>' in html
    assert ">Link erstellen</button>" in html
    assert ">Ihre Links</h2>" in html
    assert "Gültig für" in html and "30 Tage" in html
    assert "Ihre Notizen (zu Bewerbungen, Kontakten, Gesprächen und Phasenwechseln)" in html
    assert "Enthält: Ihre Notizen" in html
    assert ">Nie</td>" in html
    assert ">0-mal</td>" in html
    assert ">Widerrufen …</a>" in html
    for english in ("Make the link", "Your links", "Never", "Revoke…"):
        assert english not in html


def test_making_and_revoking_a_link_say_so_in_german(german, owner):
    made = german.post(reverse("reports:share_links"), {"name": "Sam", "days": 30}, follow=True)
    assert "Link für Sam erstellt. Kopieren Sie ihn jetzt: Er wird nur einmal angezeigt." in (
        made.content.decode()
    )

    link = ShareLink.objects.get(owner=owner)
    revoked = german.post(reverse("reports:share_revoke", args=[link.pk]), follow=True)
    assert "Der Link für Sam funktioniert nicht mehr." in revoked.content.decode()


@pytest.fixture
def shared_token(owner, known):
    owner.language = "de"
    owner.time_zone = "Europe/Berlin"
    owner.save(update_fields=["language", "time_zone"])
    link = ShareLink(owner=owner, name="Sam", include_reflections=True)
    with time_machine.travel(NOW, tick=False):
        return create_share_link(link=link, days=30)


def test_the_coach_sees_a_german_users_search_in_german(shared_token):
    with time_machine.travel(NOW, tick=False):
        response = Client().get(reverse("reports:shared", args=[shared_token]))
    html = response.content.decode()

    assert response["Content-Language"] == "de"

    assert '<html lang="de">' in html
    assert "Die Stellensuche von Alex Morgan</h1>" in html
    assert "Geteilt mit Sam, nur zum Lesen, bis 4. Januar 2027." in html
    assert '<h2 id="counts-heading" class="h5">Bewerbungen je Phase</h2>' in html
    assert "Vorauswahl: 2 (50\u00a0% des vorigen Schritts)" in html
    assert ">Bewerbungsnachweis</h2>" in html
    assert "Beworben → Vorauswahl" in html
    assert ">Notizen nach dem Rückzug</h2>" in html
    assert "Gefallen: Friendly recruiter" in html
    for english in ("The job search of", "Recent changes", "Job search record", "Liked:"):
        assert english not in html


def test_a_visitor_who_chose_english_reads_the_coach_page_in_english(shared_token):
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    html = page(client, reverse("reports:shared", args=[shared_token]))

    assert "The job search of Alex Morgan</h1>" in html
    assert "Screening: 2 (50% of the step before)" in html
    assert "Die Stellensuche" not in html


def test_an_english_users_coach_page_stays_english(owner, known):
    link = ShareLink(owner=owner, name="Sam")
    with time_machine.travel(NOW, tick=False):
        token = create_share_link(link=link, days=30)

    html = page(Client(), reverse("reports:shared", args=[token]))

    assert "The job search of Alex Morgan</h1>" in html
    assert "Applied → Screening" in html


def test_a_link_that_does_not_work_in_the_visitors_language():
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "de"

    response = client.get(reverse("reports:shared", args=["nope"]))

    assert response.status_code == 404
    assert '<h1 class="h3">Dieser Link funktioniert nicht</h1>' in response.content.decode()


def test_a_german_user_on_another_users_link_reads_german(shared_token):
    """A logged-in visitor's own choice wins: here German, as it is the owner's too."""
    visitor = UserFactory(username="visitor", language="de")
    client = Client()
    client.force_login(visitor)

    html = page(client, reverse("reports:shared", args=[shared_token]))

    assert "Die Stellensuche von Alex Morgan</h1>" in html


def test_the_data_page_in_german(german):
    html = page(german, reverse("reports:data"))

    assert ">Bewerbungen exportieren<" in html
    assert re.search(r'<label[^>]*for="id_start"[^>]*>\s*Von\s*</label>', html)
    assert "Export your applications" not in html


def test_the_revoke_page_in_german(german, owner):
    link = ShareLink(owner=owner, name="Sam")
    with time_machine.travel(NOW, tick=False):
        create_share_link(link=link, days=30)

    html = page(german, reverse("reports:share_revoke", args=[link.pk]))

    assert "Teilen beenden" in html
    assert "Stop sharing" not in html
