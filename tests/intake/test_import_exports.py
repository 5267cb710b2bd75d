"""CSV import of other trackers' real exports (headers from the sources in data/README.md,
synthetic rows with the mess of real files): dates, contacts, stages and their history."""

from datetime import date
from pathlib import Path

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from applications.models import Application, Contact, Offer, Source, Stage, WorkMode
from intake import importer

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data"
# Every test imports on the same day: the history's undated steps fall on it.
IMPORT_DAY = "2026-06-01 10:00:00+00:00"


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(IMPORT_DAY, tick=False):
        yield


def import_file(client, name: str, **changes):
    upload = SimpleUploadedFile(name, (DATA / name).read_bytes(), "text/csv")
    response = client.post(reverse("intake:import"), {"file": upload})
    assert response.status_code == 302, response.text
    preview = client.get(response.url)
    form = preview.context["form"]
    data = {name: form[name].value() or "" for name in form.fields} | changes
    return preview, client.post(response.url, data, follow=True)


def history(application) -> list[tuple[str, date]]:
    return [
        (change.to_stage, change.changed_at.date())
        for change in application.stage_changes.order_by("changed_at", "pk")
    ]


def test_linkedin_export_keeps_its_dates_contacts_and_skips_the_repeat(owner_client):
    preview, response = import_file(owner_client, "linkedin_job_applications.csv")

    form = preview.context["form"]
    assert form["date_order"].value() == "mdy"  # "3/24/26" can only be month first
    assert (form["company"].value(), form["position"].value()) == ("Company Name", "Job Title")
    assert form["contact_email"].value() == "Contact Email"
    assert "Line 5" not in preview.text  # the empty line 3 is counted: the repeat is line 5
    assert "Imported 2 applications. Skipped 1 repeated in the file." in response.text
    acme = Application.objects.get(company="Acme")
    assert acme.date_applied == date(2026, 3, 4)
    assert acme.posting_url == "https://www.linkedin.com/jobs/view/1001"
    assert history(acme) == [(Stage.APPLIED, date(2026, 3, 4))]
    contact = Contact.objects.get(application=acme)
    assert (contact.name, contact.email, contact.phone, contact.is_main) == (
        "talent@acme.example",
        "talent@acme.example",
        "+44 20 7946 0000",
        True,
    )
    assert Application.objects.get(company="Globex").date_applied == date(2026, 3, 24)


def test_a_repeated_row_is_reported_at_its_own_line_after_empty_lines(owner_client):
    preview, _ = import_file(owner_client, "huntr_jobs.csv")

    rows = {row.values["company"]: row for row in preview.context["shown_rows"]}
    assert [row.line for row in preview.context["shown_rows"]] == [2, 5, 6]
    assert rows["Müller AG"].duplicate == ""
    assert "Repeats an earlier row: skipped" in preview.text


def test_huntr_export_from_a_german_excel(owner_client):
    _, response = import_file(owner_client, "huntr_jobs.csv")

    assert "Imported 2 applications. Skipped 1 repeated in the file." in response.text
    sg = Application.objects.get(company="Société Générale")
    assert (sg.position, sg.stage, sg.location) == ("Développeur", Stage.INTERVIEWING, "Zürich")
    assert (sg.pay_range, sg.notes) == ("CHF 120 000", "Café meeting")
    assert sg.date_applied == date(2026, 3, 3)
    # Applied on the file's date; the interview stage has no date in the file: the import's.
    assert history(sg) == [
        (Stage.APPLIED, date(2026, 3, 3)),
        (Stage.INTERVIEWING, date(2026, 6, 1)),
    ]
    muller = Application.objects.get(company="Müller AG")
    assert (muller.stage, muller.date_applied) == (Stage.INTERESTED, None)  # "N/A": no date


def test_teal_export_with_stars_and_an_offer(owner_client):
    _, response = import_file(owner_client, "teal_jobs.csv")

    assert "Imported 3 applications." in response.text
    initech = Application.objects.get(company="Initech")
    assert (initech.position, initech.interest, initech.pay_range) == ("Developer", 4, "$120,000")
    assert initech.date_applied == date(2026, 4, 3)
    assert Application.objects.get(company="Hooli").interest == 2  # ★★
    umbrella = Application.objects.get(company="Umbrella")
    assert umbrella.stage == Stage.OFFER
    offer = Offer.objects.get(application=umbrella)
    assert (offer.in_writing, offer.decision) == (False, Offer.Decision.PENDING)
    assert "complete the offer" in offer.details


def test_jobsync_export_takes_the_date_not_the_yes_no_column(owner_client):
    preview, response = import_file(owner_client, "jobsync_jobs.csv")

    assert preview.context["form"]["date_applied"].value() == "appliedDate"
    assert "Imported 3 applications." in response.text
    stark = Application.objects.get(company="Stark Industries")
    assert (stark.position, stark.date_applied, stark.pay_range) == (
        "Backend Engineer",
        date(2026, 4, 3),
        "100k-120k",
    )
    assert Application.objects.get(company="Wayne Enterprises").stage == Stage.INTERESTED  # draft
    cyberdyne = Application.objects.get(company="Cyberdyne")
    assert cyberdyne.stage == Stage.NO_RESPONSE  # expired
    assert history(cyberdyne) == [
        (Stage.APPLIED, date(2026, 2, 15)),
        (Stage.NO_RESPONSE, date(2026, 6, 1)),
    ]


def test_simplify_export_resaved_with_serial_dates(owner_client):
    _, response = import_file(owner_client, "simplify_jobs.csv")

    assert "Imported 2 applications." in response.text
    vandelay = Application.objects.get(company="Vandelay Industries")
    assert (vandelay.date_applied, vandelay.work_mode) == (date(2026, 4, 3), WorkMode.HYBRID)
    assert Application.objects.get(company="Pendant Publishing").date_applied == date(2026, 3, 19)


def test_spreadsheet_template_with_role_title_list_and_a_contact(owner_client):
    preview, response = import_file(owner_client, "spreadsheet_template.csv")

    form = preview.context["form"]
    assert (form["position"].value(), form["stage"].value()) == ("Role title", "List")
    assert "Imported 3 applications." in response.text
    ca = Application.objects.get(company="Crédit Agricole")
    assert (ca.position, ca.date_applied, ca.interest) == ("Chef de projet", date(2026, 4, 3), 4)
    assert (ca.source, ca.agency_name, ca.work_mode) == (
        Source.AGENCY,
        "Talents & Co",
        WorkMode.HYBRID,
    )
    contact = Contact.objects.get(application=ca)
    assert (contact.name, contact.email, contact.role, contact.is_main) == (
        "Zoé Martin",
        "zoe@agence.example",
        Contact.Role.AGENCY_RECRUITER,
        True,
    )
    orange = Application.objects.get(company="Orange")
    assert (orange.stage, orange.date_applied) == (Stage.NO_RESPONSE, date(2026, 2, 12))
    assert Application.objects.get(company="Thales").stage == Stage.INTERESTED


def test_the_last_activity_is_the_last_dated_step(owner_client):
    import_file(owner_client, "linkedin_job_applications.csv")

    acme = Application.objects.get(company="Acme")
    assert acme.last_activity_at.date() == date(2026, 3, 4)  # old enough for a follow-up


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("3/4/26, 9:12 AM", "mdy", date(2026, 3, 4)),
        ("3/4/26, 9:12 AM", "dmy", date(2026, 4, 3)),
        ("03.04.2026", "dmy", date(2026, 4, 3)),
        ("2026-04-03", "mdy", date(2026, 4, 3)),
        ("2026-04-03T23:30:00.000Z", "dmy", date(2026, 4, 3)),
        ("3 Apr 2026", "dmy", date(2026, 4, 3)),
        ("April 3, 2026", "dmy", date(2026, 4, 3)),
        ("Apr 3 2026 10:15", "dmy", date(2026, 4, 3)),
        ("03-Apr-26", "dmy", date(2026, 4, 3)),
        ("3. März 2026", "dmy", date(2026, 3, 3)),
        ("3 Maerz 2026", "dmy", date(2026, 3, 3)),
        ("3 mars 2026", "dmy", date(2026, 3, 3)),
        ("1er décembre 2026", "dmy", date(2026, 12, 1)),
        ("17 févr. 2026", "dmy", date(2026, 2, 17)),
        ("Dezember 24, 2026", "dmy", date(2026, 12, 24)),
        ("46115", "dmy", date(2026, 4, 3)),
        ("46115.5", "dmy", date(2026, 4, 3)),
    ],
)
def test_dates_as_real_exports_write_them(text, order, expected):
    assert importer.parse_date(text, order=order) == expected


@pytest.mark.parametrize("text", ["31/02/2026", "soon", "3 Smarch 2026", "1/1/1969", "12345"])
def test_what_is_not_a_date_is_refused(text):
    with pytest.raises(ValueError):
        importer.parse_date(text, order="dmy")


@pytest.mark.parametrize("text", ["", "N/A", "n/a", "-", "—", "none", "TBD"])
def test_no_date_reads_as_empty(text):
    assert importer.is_no_date(text)


def test_a_refused_date_names_the_format_expected(owner_client):
    text = "Company,Position,Date applied\nAcme,Engineer,someday\n"
    upload = SimpleUploadedFile("t.csv", text.encode(), "text/csv")
    url = owner_client.post(reverse("intake:import"), {"file": upload}).url

    response = owner_client.get(url)

    assert (
        "Line 2: “someday” is not a date. Bowout reads dates like 31/12/2026, 2026-12-31 or "
        "31 Dec 2026." in response.text
    )


def test_a_future_date_applied_is_refused_as_the_form_refuses_it(owner_client):
    text = "Company,Position,Date applied\nAcme,Engineer,2026-06-02\nGlobex,Analyst,2026-06-01\n"
    upload = SimpleUploadedFile("t.csv", text.encode(), "text/csv")
    url = owner_client.post(reverse("intake:import"), {"file": upload}).url

    response = owner_client.get(url)

    assert "Line 2: The date you applied can’t be in the future." in response.text
    assert "1</strong> application ready to import" in response.text


def test_a_bad_contact_email_or_interest_is_refused(owner_client):
    text = "Company,Position,Contact email,Interest\nAcme,Engineer,not-an-email,6\n"
    upload = SimpleUploadedFile("t.csv", text.encode(), "text/csv")
    url = owner_client.post(reverse("intake:import"), {"file": upload}).url

    response = owner_client.get(url)

    assert "Interest goes from 1 to 5." in response.text
    assert "Main contact email: Enter a valid email address." in response.text
    assert Application.objects.count() == 0
