"""The CSV export holds the job posting kept with an application; the columns it adds are not
mistaken for the application's own when the file is imported back."""

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from applications.models import PostingSnapshot
from intake.importer import guess_mapping
from reports.spreadsheet import COLUMNS
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


def exported(client) -> list[dict]:
    response = client.get(reverse("reports:export"), {"format": "csv"})
    return list(csv.DictReader(io.StringIO(response.content.decode().removeprefix("\ufeff"))))


def test_the_posting_is_in_the_csv_export(owner, owner_client):
    application = ApplicationFactory(owner=owner, company="Northwind")
    PostingSnapshot.objects.create(
        application=application,
        closing_date=date(2026, 12, 31),
        date_posted=date(2026, 11, 2),
        employment_type="Full time",
        salary_min=Decimal(62000),
        salary_max=Decimal(70000),
        salary_currency="GBP",
        salary_unit="YEAR",
        locations=["Manchester, GB", "Leeds, GB"],
        remote=True,
        source_url="https://jobs.lever.co/northwind/1",
    )
    ApplicationFactory(owner=owner, company="Typed in")

    rows = {row["Company"]: row for row in exported(owner_client)}

    posting = {name: rows["Northwind"][name] for name in COLUMNS[-7:]}
    assert posting == {
        "Posting closes": "2026-12-31",
        "Posting date": "2026-11-02",
        "Employment type": "Full time",
        "Posted pay": "GBP 62,000–70,000 a year",
        "Posting locations": "Manchester, GB; Leeds, GB",
        "Remote": "Yes",
        "Portal": "Lever",
    }
    assert [rows["Typed in"][name] for name in COLUMNS[-7:]] == [""] * 7


def test_the_posting_columns_are_not_read_back_as_the_applications_own():
    mapping = guess_mapping(COLUMNS)

    assert mapping.get("date_applied") == "Date applied"
    assert mapping.get("location") == "Location"
    assert mapping.get("pay_range") == "Pay range"
    assert not {"Posting closes", "Posting date", "Posted pay", "Posting locations"} & set(
        mapping.values()
    )
