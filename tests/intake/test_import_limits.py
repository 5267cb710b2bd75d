"""What a CSV file may not be: wider than 100 columns, or with a column name over 100
characters (the mapping form lists every column in each of its dropdowns)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from applications.models import ImportFile

pytestmark = pytest.mark.django_db


def upload(client, data: bytes):
    file = SimpleUploadedFile("wide.csv", data, "text/csv")
    return client.post(reverse("intake:import"), {"file": file})


def csv_with_header(header: list[str]) -> bytes:
    row = ["Acme", "Engineer", *([""] * (len(header) - 2))]
    return (",".join(header) + "\n" + ",".join(row) + "\n").encode()


def columns(count: int) -> list[str]:
    return ["Company", "Position", *(f"Extra {n}" for n in range(count - 2))]


def test_a_header_of_exactly_100_columns_is_taken(owner_client):
    response = upload(owner_client, csv_with_header(columns(100)))

    assert response.status_code == 302
    preview = owner_client.get(response.url)
    assert preview.status_code == 200
    assert "Extra 97" in preview.text


def test_a_header_of_101_columns_is_refused_with_a_message(owner_client):
    response = upload(owner_client, csv_with_header(columns(101)))

    assert response.status_code == 422
    assert (
        "The header row has 101 columns; Bowout reads files of up to 100 columns. "
        "Delete the columns you do not need and upload it again." in response.text
    )
    assert ImportFile.objects.count() == 0


def test_twenty_thousand_columns_are_refused_without_a_preview(owner_client):
    response = upload(owner_client, csv_with_header(columns(20_000)))

    assert response.status_code == 422
    assert "The header row has 20,000 columns" in response.text
    assert len(response.content) < 100_000
    assert ImportFile.objects.count() == 0


def test_a_column_name_of_exactly_100_characters_is_taken(owner_client):
    response = upload(owner_client, csv_with_header(["Company", "Position", "N" * 100]))

    assert response.status_code == 302


def test_a_column_name_of_101_characters_is_refused_with_a_message(owner_client):
    response = upload(owner_client, csv_with_header(["Company", "Position", "N" * 101]))

    assert response.status_code == 422
    assert (
        "Column 3&#x27;s name is 101 characters long; a column name can have up to 100. "
        "Check that the first row of the file is its header row." in response.text
    )
    assert ImportFile.objects.count() == 0


def test_a_wide_file_kept_before_the_limit_is_dropped_with_the_message(owner_client, owner):
    kept = ImportFile.objects.create(
        owner=owner, name="old.csv", content=csv_with_header(columns(101)).decode()
    )

    response = owner_client.get(reverse("intake:import_preview", args=[kept.pk]), follow=True)

    assert response.redirect_chain[-1][0] == reverse("intake:import")
    assert "The header row has 101 columns" in response.text
    assert ImportFile.objects.count() == 0
