"""Export as CSV and Excel with the stage path, and the printable job search record."""

import csv
import io
from datetime import date

import openpyxl  # type: ignore[import-untyped]
import pytest
from django.urls import reverse

from applications.models import Application, Stage, StageChange
from tests.applications.helpers import add
from tests.factories import ApplicationFactory, ContactFactory, InterviewFactory

pytestmark = pytest.mark.django_db


def csv_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


@pytest.fixture
def two(owner):
    acme = add(
        owner,
        "Acme",
        applied=date(2026, 3, 2),
        position="Data Engineer",
        path=[
            (Stage.APPLIED, "2026-03-02"),
            (Stage.SCREENING, "2026-03-09"),
            (Stage.REJECTED, "2026-03-20"),
        ],
    )
    ContactFactory(application=acme, name="Zoë Ångström", email="zoe@acme.example", is_main=True)
    InterviewFactory.create_batch(2, application=acme)
    add(owner, "Globex", applied=date(2026, 5, 1), path=[(Stage.APPLIED, "2026-05-01")])
    return acme


def test_csv_has_one_row_per_application_with_its_stage_path(owner_client, two, stranger):
    ApplicationFactory(owner=stranger, company="Not mine")

    response = owner_client.get(reverse("reports:export"), {"format": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="bowout-applications-')
    rows = csv_rows(response)
    assert [row["Company"] for row in rows] == ["Acme", "Globex"]
    acme = rows[0]
    assert acme["Position"] == "Data Engineer"
    assert acme["Stage"] == "Rejected"
    assert acme["Date applied"] == "2026-03-02"
    assert acme["Stage path"] == (
        "Applied (2026-03-02) > Screening (2026-03-09) > Rejected (2026-03-20)"
    )
    assert acme["Last change"] == "2026-03-20"
    assert acme["Interviews"] == "2"
    assert acme["Main contact"] == "Zoë Ångström"


def test_the_date_range_keeps_applications_applied_within_it(owner_client, two):
    response = owner_client.get(
        reverse("reports:export"),
        {"format": "csv", "start": "2026-04-01", "end": "2026-05-01"},
    )

    assert [row["Company"] for row in csv_rows(response)] == ["Globex"]


def test_an_end_before_the_start_is_refused_with_a_message(owner_client, two):
    response = owner_client.get(
        reverse("reports:export"),
        {"format": "csv", "start": "2026-05-01", "end": "2026-04-01"},
    )

    assert response.status_code == 422
    assert "The end of the period comes before its start." in response.text


def test_an_unknown_format_is_refused(owner_client, two):
    response = owner_client.get(reverse("reports:export"), {"format": "exe"})

    assert response.status_code == 422


def test_text_a_spreadsheet_would_run_as_a_formula_is_escaped(owner_client, owner):
    add(
        owner,
        '=HYPERLINK("http://evil")',
        applied=date(2026, 1, 5),
        path=[("applied", "2026-01-05")],
    )

    rows = csv_rows(owner_client.get(reverse("reports:export"), {"format": "csv"}))

    assert rows[0]["Company"] == '\'=HYPERLINK("http://evil")'


@pytest.mark.parametrize(
    "company",
    ["@SUM(A1:A9)", "+44 20 7946 0000", "-2+3+cmd|' /C calc'!A0", "\tTab Ltd"],
    ids=["at", "plus", "minus", "tab"],
)
def test_every_character_that_starts_a_formula_is_escaped(owner_client, owner, company):
    add(owner, company, applied=date(2026, 1, 5), path=[("applied", "2026-01-05")])

    csv_company = csv_rows(owner_client.get(reverse("reports:export"), {"format": "csv"}))[0][
        "Company"
    ]
    response = owner_client.get(reverse("reports:export"), {"format": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active

    assert csv_company == "'" + company
    assert sheet["A2"].value == "'" + company


def test_an_apostrophe_before_plain_text_is_exported_as_it_is(owner_client, owner):
    add(owner, "'t Hooft & Co", applied=date(2026, 1, 5), path=[("applied", "2026-01-05")])

    rows = csv_rows(owner_client.get(reverse("reports:export"), {"format": "csv"}))

    assert rows[0]["Company"] == "'t Hooft & Co"


def test_excel_export_opens_with_the_same_rows(owner_client, two):
    response = owner_client.get(reverse("reports:export"), {"format": "xlsx"})

    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.values)
    assert values[0][:3] == ("Company", "Position", "Stage")
    assert [row[0] for row in values[1:]] == ["Acme", "Globex"]


def test_the_printable_record_lists_dates_contacts_and_outcome(owner_client, two):
    response = owner_client.get(reverse("reports:record"), {"start": "2026-03-01"})

    assert response.status_code == 200
    assert "Job search record of Alex Morgan" in response.text
    assert "From 1 March 2026: 2 applications." in response.text
    assert "Zoë Ångström (In-house recruiter)" in response.text
    assert "9 Mar 2026: Screening" in response.text
    assert "Now: Rejected" in response.text
    assert 'media="print"' in response.text


def test_the_record_downloads_as_a_pdf(owner_client, two):
    response = owner_client.get(reverse("reports:record_pdf"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")


@pytest.mark.parametrize("rows", [3, 60])
def test_export_and_record_take_the_same_queries_at_any_size(
    owner_client, owner, rows, django_assert_max_num_queries
):
    applications = Application.objects.bulk_create(
        ApplicationFactory.build(owner=owner) for _ in range(rows)
    )
    StageChange.objects.bulk_create(
        StageChange(application=application, to_stage=Stage.APPLIED) for application in applications
    )
    # session, user, applications, their history, their contacts.
    for name, params in (("export", {"format": "csv"}), ("record", {}), ("record_pdf", {})):
        with django_assert_max_num_queries(5):
            response = owner_client.get(reverse(f"reports:{name}"), params)
        assert response.status_code == 200


def test_the_data_page_offers_every_export(owner_client):
    response = owner_client.get(reverse("reports:data"))

    for label in ("Download CSV", "Download Excel", "Printable record", "Record as PDF"):
        assert label in response.text
