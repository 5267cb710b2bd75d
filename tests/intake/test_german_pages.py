"""The data-in pages read in German for a user who chose it: the emails to review and one
email (with the reasons' frames in German around the email's own words, which stay as written),
adding an email, capturing and pasting a posting, the bookmarklet, importing a CSV file and
restoring a download, with their messages. The English pages are pinned by the other tests."""

import json
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from applications import services
from applications.models import (
    Application,
    ForwardingAddress,
    PostingSnapshot,
    RecruiterMessage,
    Stage,
)
from intake.emails import inbox, reasons
from tests.factories import ApplicationFactory
from tests.intake.emails.corpus import parsed, raw, rows

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 3, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def german(owner_client, owner):
    owner.language = "de"
    owner.time_zone = "Europe/Berlin"
    owner.save(update_fields=["language", "time_zone"])
    return owner_client


def _kept(owner, name):
    row = next(row for row in rows("heldout") if row["name"] == name)
    return inbox.receive(owner=owner, parsed=parsed("heldout", row), source="forwarded")


def _quillpay(owner, **fields):
    """An application the Quillpay emails match: its posting is on the sender's domain."""
    application = ApplicationFactory.build(
        owner=owner,
        company="Quillpay",
        posting_url="https://quillpay.com/jobs/1",
        date_applied=NOW.date() - timedelta(days=20),
        **fields,
    )
    return services.create_application(application=application)


def text_of(response) -> str:
    return response.content.decode()


# --- the reasons: the frame is translated, the email's words are not ---------------------------


def test_a_kept_reason_is_shown_with_its_frame_in_german_and_the_quote_as_written():
    sentence = "Unfortunately, we will not be moving forward with your application."
    kept = reasons.written(reasons.SENTENCE, quote=sentence)
    assert kept == f"The sentence “{sentence}”"  # what is stored stays English

    with translation.override("de"):
        assert reasons.shown(kept) == f"Der Satz „{sentence}“"
        assert reasons.shown("The subject: “Absage”") == "Der Betreff: „Absage“"
        assert reasons.shown("The email names Acme.") == "Die E-Mail nennt Acme."
        assert reasons.shown("The sender is Lena Fischer.") == "Der Absender ist Lena Fischer."
        assert (
            reasons.shown("The sender jobs.example is a job board.")
            == "Der Absender jobs.example ist eine Jobbörse."
        )
        # A reason that fits no frame (cut at its column's length) is shown as it was kept.
        assert reasons.shown("The sentence “cut off") == "The sentence “cut off"
    with translation.override("en"):
        assert reasons.shown(kept) == kept


# --- the emails ------------------------------------------------------------------------------


def test_the_emails_to_review_in_german(german, owner, settings):
    settings.INBOUND_EMAIL_DOMAIN = "in.bowout.example"
    _quillpay(owner, stage=Stage.INTERVIEWING)
    _kept(owner, "h27-rejection-en-after")
    _kept(owner, "h41-alert-linkedin")

    html = text_of(german.get(reverse("intake:emails")))

    assert '<h1 class="h3 mb-0">E-Mails zum Prüfen</h1>' in html
    assert ">Aus einer E-Mail hinzufügen</a>" in html
    # The frame in German, the recruiter's sentence as they wrote it.
    assert (
        "Warum: Der Satz „Unfortunately, we will not be moving forward with your application.“"
        in html
    )
    assert '<span class="badge text-bg-secondary">Absage</span>' in html
    assert "Phase auf „Absage erhalten“ setzen (nach einem Gespräch)." in html
    assert "Lena Fischer (lena@quillpay.com) als Kontakt hinzufügen." in html
    assert ">Übernehmen</button>" in html
    assert ">Verwerfen</button>" in html
    assert ">Meine Weiterleitungsadresse erstellen</button>" in html
    assert "Nicht zu einem Verfahren" in html
    for english in ("Emails to review", "Why: ", "Move the stage to", ">Dismiss<", "as a contact"):
        assert english not in html


def test_the_emails_to_review_keep_english_for_everyone_else(owner_client, owner):
    _quillpay(owner, stage=Stage.INTERVIEWING)
    _kept(owner, "h27-rejection-en-after")

    html = text_of(owner_client.get(reverse("intake:emails")))

    assert '<h1 class="h3 mb-0">Emails to review</h1>' in html
    assert "Move the stage to Rejected (after an interview)." in html
    assert "E-Mails zum Prüfen" not in html


def test_the_count_in_the_navigation_and_on_today_in_german(german, owner):
    _kept(owner, "h27-rejection-en-after")
    _kept(owner, "h26-rejection-en-before")

    badge = text_of(german.get(reverse("intake:email_count")))
    today = text_of(german.get(reverse("intake:email_count"), {"on": "today"}))

    assert '>2<span class="visually-hidden"> zu prüfen</span>' in badge
    assert ">2 E-Mails zum Prüfen</a>: Jede schlägt eine Änderung" in today
    assert "to review" not in badge + today


def test_one_email_in_german_with_its_times_in_german(german, owner):
    services.create_application(
        application=ApplicationFactory.build(
            owner=owner, company="Brightlane", stage=Stage.APPLIED, date_applied=date(2026, 10, 1)
        )
    )
    message = _kept(owner, "h06-invitation-en-ics")

    html = text_of(german.get(reverse("intake:email_detail", args=[message.pk])))

    assert ">Was Bowout gelesen hat</h2>" in html
    assert "Einladung zum Gespräch" in html
    assert "Warum: Der Betreff: „Interview invitation: Backend Developer at Brightlane“" in html
    assert "Phase auf „Im Gespräch“ setzen." in html
    # 13:00 UTC is 14:00 in Berlin; German day and month, and the kind in German.
    assert "Ein Gespräch am Di, 17. Nov 2026, 14:00 hinzufügen (45 Minuten, Video," in html
    assert ">Diese Änderungen übernehmen</button>" in html
    assert "Datum und Uhrzeit des Gesprächs" in html  # a form label
    assert "In Ihrer Zeitzone (Europe/Berlin)." in html
    assert '<option value="phone">Telefon</option>' in html
    assert '<option value="">Phase unverändert lassen</option>' in html
    assert ">Zurück zu den E-Mails zum Prüfen</a>" in html
    for english in ("What Bowout read", "Apply these changes", "Add an interview", "Tue 17"):
        assert english not in html


def test_adding_an_email_in_german_with_its_errors(german, owner):
    page = text_of(german.get(reverse("intake:email_add")))
    assert '<h1 class="h3 mb-1">Aus einer E-Mail hinzufügen</h1>' in page
    assert "E-Mail-Datei (.eml oder Outlook-.msg)" in page
    assert ">E-Mail lesen</button>" in page
    assert "Read the email" not in page

    refused = text_of(german.post(reverse("intake:email_add"), {}))
    assert "Hängen Sie die E-Mail-Datei an oder fügen Sie ihren Text ein." in refused
    assert RecruiterMessage.objects.count() == 0


def test_the_messages_after_a_click_are_german(german, owner, settings):
    settings.INBOUND_EMAIL_DOMAIN = "in.bowout.example"
    app = _quillpay(owner, stage=Stage.INTERVIEWING)
    message = _kept(owner, "h27-rejection-en-after")

    applied = german.post(reverse("intake:email_apply", args=[message.pk]), follow=True)
    again = german.post(reverse("intake:email_dismiss", args=[message.pk]), follow=True)
    made = german.post(reverse("intake:forwarding_address"), follow=True)

    assert f"Auf {app.position} bei {app.company} angewendet." in text_of(applied)
    assert "Diese E-Mail wurde schon bearbeitet." in text_of(again)
    address = ForwardingAddress.objects.get(owner=owner).address
    assert f"Ihre Weiterleitungsadresse ist {address}." in text_of(made)


def test_a_job_alert_added_by_a_german_user_says_why_in_german(german, owner):
    row = next(row for row in rows("heldout") if row["name"] == "h41-alert-linkedin")

    response = german.post(
        reverse("intake:email_add"),
        {"file": SimpleUploadedFile("a.eml", raw("heldout", row), "message/rfc822")},
        follow=True,
    )

    html = text_of(response)
    assert "Hier geht es um keines Ihrer Verfahren (" in html
    assert ") Nichts zu ändern." in html


# --- capturing a posting -----------------------------------------------------------------------


def test_the_capture_pages_in_german(german):
    capture = text_of(german.get(reverse("intake:capture")))
    assert '<h1 class="h3 mb-3">Stellenanzeige speichern</h1>' in capture
    assert 'data-reading="Die Anzeige wird gelesen…"' in capture
    assert "Save a job posting" not in capture

    paste = text_of(german.get(reverse("intake:capture_paste")))
    assert '<h1 class="h3 mb-1">Stellenanzeige einfügen</h1>' in paste
    assert "Seite oder Text der Anzeige" in paste
    assert ">Anzeige lesen</button>" in paste
    assert "Read the posting" not in paste

    bookmarklet = text_of(german.get(reverse("intake:bookmarklet")))
    assert "Stellenanzeigen mit einem Klick speichern" in bookmarklet
    assert ">Code kopieren</button>" in bookmarklet
    assert "Drag this button" not in bookmarklet


def test_a_bad_capture_says_so_in_german(german):
    response = german.post(reverse("intake:capture"), {"payload": "not json"})

    assert response.status_code == 422
    assert "Bowout konnte nicht lesen, was das Bookmarklet übermittelt hat." in text_of(response)


def test_a_pasted_posting_is_checked_in_german_and_saved_with_a_german_message(german, owner):
    page = (
        '<html><head><title>Data Engineer</title><script type="application/ld+json">'
        + json.dumps(
            {
                "@type": "JobPosting",
                "title": "Data Engineer",
                "hiringOrganization": {"name": "Acme"},
                "validThrough": "2026-12-31",
                "baseSalary": {
                    "currency": "EUR",
                    "value": {"minValue": 60000, "maxValue": 70000, "unitText": "YEAR"},
                },
            }
        )
        + "</script></head><body></body></html>"
    )

    review = german.post(
        reverse("intake:capture_paste"), {"url": "https://acme.example/jobs/1", "page": page}
    )

    html = text_of(review)
    assert '<h1 class="h3 mb-2">Stellenanzeige prüfen</h1>' in html
    assert "Aus den eigenen Daten der Stellenanzeige auf der Seite gelesen." in html
    assert "Bewerbungsschluss" in html and "Gehalt pro" in html
    assert '<option value="YEAR" selected>Jahr</option>' in html
    assert '<option value="">– Bitte wählen –</option>' in html
    assert ">Bewerbung speichern</button>" in html
    assert "Check the job posting" not in html and "Applications close on" not in html

    refused = german.post(
        reverse("intake:capture_paste"), {"url": "https://acme.example/jobs/1", "page": ""}
    )
    assert "Fügen Sie die Seite oder den Text der Anzeige ein." in text_of(refused)
    assert not Application.objects.filter(owner=owner).exists()


def test_the_posting_card_on_the_application_page_in_german(german, owner):
    application = ApplicationFactory(owner=owner, company="Acme", position="Data Engineer")
    PostingSnapshot.objects.create(
        application=application,
        closing_date=date(2026, 12, 31),
        remote=True,
        locations=["Berlin"],
        description="",
        salary_min=60000,
        salary_max=70000,
        salary_currency="EUR",
        salary_unit="YEAR",
    )

    html = text_of(german.get(application.get_absolute_url()))

    assert '<h2 class="h5" id="posting-heading">Die Stellenanzeige</h2>' in html
    assert "Gespeichert am 3. November 2026." in html
    assert "<summary>Anzeige zeigen</summary>" in html
    assert "Berlin (remote möglich)" in html
    # Money through the one formatter, in German digits with the code after the amount.
    assert '>Vergütung</dt><dd class="col-sm-8">60.000–70.000 EUR pro Jahr</dd>' in html
    assert '>Bewerbungsschluss</dt><dd class="col-sm-8">31. Dezember 2026</dd>' in html
    assert "Auf der Seite stand keine Beschreibung." in html
    assert "Show the posting" not in html and "As saved on" not in html

    english = owner
    english.language = "en"
    english.save(update_fields=["language"])
    html = text_of(german.get(application.get_absolute_url()))
    assert "As saved on 3 November 2026." in html
    assert '>Pay</dt><dd class="col-sm-8">EUR 60,000–70,000 a year</dd>' in html
    assert '>Closes</dt><dd class="col-sm-8">31 December 2026</dd>' in html


# --- importing and restoring -------------------------------------------------------------------


def test_the_import_and_its_message_in_german(german, owner):
    csv = "Company,Position,Status,Applied\nAcme,Engineer,Applied,2026-10-01\nAcme,Engineer,,\n"
    upload = german.post(
        reverse("intake:import"),
        {"file": SimpleUploadedFile("old.csv", csv.encode(), "text/csv")},
    )
    preview_url = upload.url

    preview = text_of(german.get(preview_url))
    assert "Vorschau" in preview
    assert "Preview" not in preview

    mapping = {
        "company": "Company",
        "position": "Position",
        "stage": "Status",
        "date_applied": "Applied",
        "date_order": "dmy",
    }
    done = german.post(preview_url, mapping, follow=True)
    assert "1 Bewerbung importiert. 1 übersprungen, in der Datei wiederholt." in text_of(done)
    # The note the import leaves with the history is written in the owner's language.
    imported = Application.objects.get(owner=owner)
    assert imported.stage_changes.get().note == "Importiert aus old.csv am 3. November 2026"


def test_the_restore_page_in_german(german, owner):
    html = text_of(german.get(reverse("intake:restore")))
    assert "Ihr JSON-Download von Bowout" in html
    assert "Your Bowout JSON download" not in html

    refused = german.post(
        reverse("intake:restore"),
        {"file": SimpleUploadedFile("bowout.json", b"not json", "application/json")},
    )
    assert refused.status_code == 422
    assert "Diese Datei ist kein JSON-Download von Bowout (sie ist kein JSON)." in text_of(refused)
    assert owner.applications.count() == 0


def test_importing_an_invitation_in_german(german, owner):
    application = ApplicationFactory(owner=owner, company="Acme")

    page = text_of(german.get(reverse("intake:invitation_import", args=[application.pk])))
    assert "Einladungsdatei (.ics)" in page
    assert "Invitation file" not in page

    refused = german.post(
        reverse("intake:invitation_import", args=[application.pk]), {"text": "hello"}
    )
    assert refused.status_code == 422
    assert "Das ist keine Kalendereinladung (.ics)." in text_of(refused)
    assert application.interviews.count() == 0


@pytest.mark.parametrize(
    ("low", "high", "currency", "unit", "english", "german"),
    [
        (62000, 70000, "GBP", "YEAR", "GBP 62,000–70,000 a year", "62.000–70.000 GBP pro Jahr"),
        (40, 40, "USD", "HOUR", "USD 40 an hour", "40 USD pro Stunde"),
        (3200, 3900, "EUR", "MONTH", "EUR 3,200–3,900 a month", "3.200–3.900 EUR pro Monat"),
        (500, None, "", "DAY", "500 a day", "500 pro Tag"),
        (1500, 1800, "", "", "1,500–1,800", "1.500–1.800"),
        (None, None, "EUR", "YEAR", "", ""),
    ],
)
def test_a_postings_pay_range_in_each_language(low, high, currency, unit, english, german):
    snapshot = PostingSnapshot(
        salary_min=low, salary_max=high, salary_currency=currency, salary_unit=unit
    )
    with translation.override("en"):
        assert snapshot.pay_range == english
    with translation.override("de"):
        assert snapshot.pay_range == german
