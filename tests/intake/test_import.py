"""CSV import: column mapping, preview with per-row errors, all or nothing, duplicates."""

from datetime import UTC, date, datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from applications.models import Application, ImportFile, Source, Stage, StageChange, WorkMode
from intake import importer
from tests.applications.helpers import add
from tests.factories import ApplicationFactory, ContactFactory, UserFactory

pytestmark = pytest.mark.django_db

TRACKER_CSV = (
    "Company Name,Job Title,Status,Date Applied,Link,Notes\n"
    "Acme,Data Engineer,Ghosted,03/04/2026,https://acme.example/jobs/1,Met at a fair\n"
    "Globex,Analyst,Phone screen,2026-04-10,,\n"
    "Initech,Developer,Applied,12 Apr 2026,,\n"
)


def upload(client, text: str, name="tracker.csv"):
    file = SimpleUploadedFile(name, text.encode("utf-8"), "text/csv")
    return client.post(reverse("intake:import"), {"file": file})


def preview_url(client, text):
    response = upload(client, text)
    assert response.status_code == 302, response.text
    return response.url


def form_data(response) -> dict:
    """The mapping form as the preview page shows it, ready to post."""
    form = response.context["form"]
    return {name: form[name].value() or "" for name in form.fields}


def import_with_guessed_mapping(client, text, **changes):
    url = preview_url(client, text)
    return client.post(url, form_data(client.get(url)) | changes, follow=True)


def test_common_tracker_columns_are_mapped_and_previewed(owner_client):
    url = preview_url(owner_client, TRACKER_CSV)

    response = owner_client.get(url)

    assert response.status_code == 200
    form = response.context["form"]
    assert form["company"].value() == "Company Name"
    assert form["position"].value() == "Job Title"
    assert form["stage"].value() == "Status"
    assert form["date_applied"].value() == "Date Applied"
    assert form["posting_url"].value() == "Link"
    assert form["notes"].value() == "Notes"
    assert "3</strong> applications ready to import" in response.text
    assert Application.objects.count() == 0


def test_importing_saves_the_rows_with_history_and_a_note(owner_client, owner):
    response = import_with_guessed_mapping(owner_client, TRACKER_CSV)

    assert "Imported 3 applications." in response.text
    acme = Application.objects.get(company="Acme")
    assert (acme.owner, acme.position, acme.stage) == (owner, "Data Engineer", Stage.NO_RESPONSE)
    assert acme.date_applied == date(2026, 4, 3)  # day first by default
    assert acme.posting_url == "https://acme.example/jobs/1"
    assert acme.notes == "Met at a fair"
    assert Application.objects.get(company="Globex").stage == Stage.SCREENING
    assert Application.objects.get(company="Initech").date_applied == date(2026, 4, 12)
    applied, ghosted = acme.stage_changes.order_by("changed_at")
    assert (applied.from_stage, applied.to_stage) == ("", Stage.APPLIED)
    assert applied.changed_at.date() == date(2026, 4, 3)  # the date applied, not the import's
    assert (ghosted.from_stage, ghosted.to_stage) == (Stage.APPLIED, Stage.NO_RESPONSE)
    assert applied.note.startswith("Imported from tracker.csv on ")
    assert ImportFile.objects.count() == 0


def test_month_first_dates_when_the_user_says_so(owner_client):
    import_with_guessed_mapping(owner_client, TRACKER_CSV, date_order="mdy")

    assert Application.objects.get(company="Acme").date_applied == date(2026, 3, 4)


BAD_ROWS_CSV = (
    "Company,Position,Stage,Date applied,URL\n"
    "Acme,Engineer,Applied,2026-01-05,\n"
    ",Nameless,Applied,2026-01-05,\n"
    "Globex,Analyst,Sleeping,2026-01-05,\n"
    "Initech,Developer,Applied,31/02/2026,\n"
    "Umbrella,Chemist,Applied,2026-01-06,not a url\n"
    "Hooli,Engineer,Offer,2026-01-07,https://hooli.example\n"
)


def test_rows_with_errors_are_listed_by_line_and_left_out(owner_client):
    url = preview_url(owner_client, BAD_ROWS_CSV)

    response = owner_client.get(url)

    errors = response.text.split('id="import-errors"')[1].split("</div>")[0]
    assert "Line 3: Company is empty." in errors
    assert "Line 4: “Sleeping” is not a stage Bowout knows." in errors
    assert "Line 5: “31/02/2026” is not a date." in errors
    assert "Line 6: “not a url” is not a web address." in errors
    assert "2</strong> applications ready to import" in response.text

    owner_client.post(
        url,
        {
            name: response.context["form"][name].value() or ""
            for name in response.context["form"].fields
        },
    )

    assert sorted(Application.objects.values_list("company", flat=True)) == ["Acme", "Hooli"]


def test_a_failing_write_leaves_nothing_half_imported(owner_client, monkeypatch):
    url = preview_url(owner_client, TRACKER_CSV)
    data = form_data(owner_client.get(url))

    real_insert = importer.copy_insert

    def fail_on_the_history(model, rows, **kwargs):
        if model is StageChange:
            raise RuntimeError("disk full")
        return real_insert(model, rows, **kwargs)

    monkeypatch.setattr(importer, "copy_insert", fail_on_the_history)
    with pytest.raises(RuntimeError):
        owner_client.post(url, data)

    assert Application.objects.count() == 0
    assert StageChange.objects.count() == 0
    assert ImportFile.objects.count() == 1  # the user can try again


def test_duplicates_are_flagged_not_doubled(owner_client, owner):
    ApplicationFactory(owner=owner, company="Acme", position="Data Engineer")
    text = TRACKER_CSV + "globex , analyst,Applied,2026-04-11,,\n"

    url = preview_url(owner_client, text)
    response = owner_client.get(url)
    assert "1</strong> already in Bowout" in response.text
    assert "1</strong> repeated in the file" in response.text
    imported = owner_client.post(
        url,
        {
            name: response.context["form"][name].value() or ""
            for name in response.context["form"].fields
        },
        follow=True,
    )

    assert (
        "Imported 2 applications. Skipped 1 already in Bowout. Skipped 1 repeated in the file."
        in imported.text
    )
    assert Application.objects.filter(company__iexact="acme").count() == 1
    assert Application.objects.filter(company__icontains="globex").count() == 1
    assert Application.objects.count() == 3


def test_company_and_position_must_be_mapped(owner_client):
    url = preview_url(owner_client, TRACKER_CSV)

    response = owner_client.post(url, {"company": "", "position": "Job Title", "date_order": "dmy"})

    assert response.status_code == 422
    assert "Choose the column that holds the company." in response.text
    assert Application.objects.count() == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The submitted file is empty."),
        (b"Company,Position\n", "The file has a header row but no applications under it."),
    ],
)
def test_an_unusable_file_is_refused_with_a_message(owner_client, content, message):
    file = SimpleUploadedFile("x.csv", content, "text/csv")

    response = owner_client.post(reverse("intake:import"), {"file": file})

    assert response.status_code == 422
    assert message in response.text
    assert ImportFile.objects.count() == 0


def test_a_strangers_import_answers_404(owner_client, stranger):
    import_file = importer.start_import(owner=stranger, name="x.csv", content=TRACKER_CSV)

    url = reverse("intake:import_preview", args=[import_file.pk])

    assert owner_client.get(url).status_code == 404
    assert owner_client.post(url, {"company": "Company Name"}).status_code == 404
    assert Application.objects.count() == 0


def test_csv_round_trip_into_a_fresh_account(client, owner):
    add(
        owner,
        "Zoë's Café",
        applied=date(2026, 3, 2),
        position="Barista, senior",
        path=[
            (Stage.APPLIED, "2026-03-02"),
            (Stage.SCREENING, "2026-03-09"),
            (Stage.INTERVIEWING, "2026-03-15"),
            (Stage.REJECTED, "2026-03-20"),
        ],
        source=Source.AGENCY,
        agency_name="Hays",
        notes="Line one\nline two",
        posting_url="https://zoe.example/jobs/barista",
        location="Lyon",
        work_mode=WorkMode.ON_SITE,
        pay_range="€30,000–€35,000",
        interest=5,
    )
    ContactFactory(
        application=Application.objects.get(company="Zoë's Café"),
        name="Amélie Roux",
        email="amelie@hays.example",
        is_main=True,
    )
    add(owner, "-Minus Ltd", applied=date(2026, 5, 1), path=[(Stage.APPLIED, "2026-05-01")])
    client.force_login(owner)
    exported = client.get(reverse("reports:export"), {"format": "csv"}).content
    fresh = UserFactory(username="fresh", time_zone=owner.time_zone)
    client.force_login(fresh)

    import_with_guessed_mapping(client, exported.decode("utf-8"))

    def summary(user):
        return [
            (
                application.company,
                application.position,
                application.stage,
                application.date_applied,
                application.source,
                application.agency_name,
                application.notes,
                application.posting_url,
                application.location,
                application.work_mode,
                application.pay_range,
                application.interest,
                [(c.name, c.email, c.is_main) for c in application.contacts.all()],
                [
                    (change.to_stage, change.changed_at.date())
                    for change in application.stage_changes.order_by("changed_at", "pk")
                ],
            )
            for application in Application.objects.for_user(user).order_by("company")
        ]

    assert summary(fresh) == summary(owner)
    assert len(summary(fresh)) == 2


def test_import_queries_do_not_grow_with_rows(owner, django_assert_max_num_queries):
    def run(rows, prefix):
        text = "Company,Position\n" + "".join(f"{prefix} {i},Role {i}\n" for i in range(rows))
        import_file = importer.start_import(owner=owner, name="big.csv", content=text)
        mapping = dict.fromkeys(importer.FIELDS, "") | {
            "company": "Company",
            "position": "Position",
        }
        return importer.import_applications(
            import_file=import_file, mapping=mapping, date_order="dmy"
        )

    # 14: lock, existing keys, ids and COPY for the applications then the history, the
    # file's delete with its savepoints, whatever the number of rows.
    with django_assert_max_num_queries(14):
        run(10, prefix="Small")
    with django_assert_max_num_queries(14):
        result = run(4_000, prefix="Large")
    assert len(result.valid) == 4_000
    assert StageChange.objects.filter(application__owner=owner).count() == 4_010
    assert StageChange.objects.first().changed_at > datetime(2026, 1, 1, tzinfo=UTC)


def upload_bytes(client, data: bytes):
    file = SimpleUploadedFile("big.csv", data, "text/csv")
    return client.post(reverse("intake:import"), {"file": file})


def csv_of_exactly(size: int) -> bytes:
    """A readable CSV file of exactly ``size`` bytes: 100 rows with long notes (each cell
    stays under the csv module's 128 KB field limit)."""
    header = b"Company,Position,Notes\n"
    starts = [f"Company {index},Role,".encode() for index in range(100)]
    room = size - len(header) - sum(len(start) + 1 for start in starts)
    per_row, extra = divmod(room, 100)
    data = header + b"".join(
        start + b"x" * (per_row + (index < extra)) + b"\n" for index, start in enumerate(starts)
    )
    assert len(data) == size
    return data


def test_a_file_of_exactly_5_mb_is_taken(owner_client):
    response = upload_bytes(owner_client, csv_of_exactly(5_000_000))

    assert response.status_code == 302
    assert ImportFile.objects.count() == 1


def test_a_file_one_byte_over_5_mb_is_refused_with_a_message(owner_client):
    response = upload_bytes(owner_client, csv_of_exactly(5_000_001))

    assert response.status_code == 422
    assert "The file is over 5 MB. Split it into smaller files." in response.text
    assert ImportFile.objects.count() == 0


def csv_of_rows(rows: int) -> bytes:
    return ("Company,Position\n" + "".join(f"Co {i},Role\n" for i in range(rows))).encode()


def test_a_file_of_exactly_10000_rows_is_taken(owner_client):
    response = upload_bytes(owner_client, csv_of_rows(10_000))

    assert response.status_code == 302
    assert ImportFile.objects.count() == 1


def test_a_file_of_10001_rows_is_refused_with_a_message(owner_client):
    response = upload_bytes(owner_client, csv_of_rows(10_001))

    assert response.status_code == 422
    assert (
        "The file has 10,001 rows; Bowout imports up to 10,000 at a time. "
        "Split it into smaller files." in response.text
    )
    assert ImportFile.objects.count() == 0


def test_the_same_company_for_another_position_is_not_a_duplicate(owner_client, owner):
    ApplicationFactory(owner=owner, company="Acme", position="Data Engineer")
    text = (
        "Company,Position\n"
        "Acme,Analyst\n"  # the same company as one the user has, another position
        "Globex,Developer\n"
        "Globex,Designer\n"  # the same company as the row above, another position
    )

    response = import_with_guessed_mapping(owner_client, text)

    assert "Imported 3 applications." in response.text
    assert sorted(Application.objects.values_list("company", "position")) == [
        ("Acme", "Analyst"),
        ("Acme", "Data Engineer"),
        ("Globex", "Designer"),
        ("Globex", "Developer"),
    ]


@pytest.mark.parametrize(
    ("cell", "stored"),
    [
        # What Bowout's own export (or a careful spreadsheet) escaped comes back as typed.
        ("'=1+1 Ltd", "=1+1 Ltd"),
        ("'@Home Ltd", "@Home Ltd"),
        ("'+44 Ltd", "+44 Ltd"),
        ("'-Minus Ltd", "-Minus Ltd"),
        # An apostrophe no formula character follows is part of the name.
        ("'t Hooft", "'t Hooft"),
        ("'s-Hertogenbosch Games", "'s-Hertogenbosch Games"),
    ],
)
def test_an_escaping_apostrophe_is_removed_and_any_other_kept(owner_client, cell, stored):
    response = import_with_guessed_mapping(owner_client, f"Company,Position\n{cell},Role\n")

    assert "Imported 1 application." in response.text
    assert Application.objects.get().company == stored


def test_nul_characters_in_the_file_are_dropped_not_a_500(owner_client):
    # Found by the fuzz table: PostgreSQL cannot store NUL, and no cell means one.
    response = upload_bytes(owner_client, b"Company,Position\nAc\x00me,Engineer\n")

    assert response.status_code == 302
    assert ImportFile.objects.get().content == "Company,Position\nAcme,Engineer\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_file_with_its_byte_order_mark_is_read(owner_client, encoding):
    # What Excel's "Unicode Text" writes: UTF-16 with a byte order mark, tab separated.
    data = "Company\tPosition\r\nZürich Café\tEngineer\r\n".encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data

    response = upload_bytes(owner_client, data)

    assert response.status_code == 302
    assert ImportFile.objects.get().content == "Company\tPosition\r\nZürich Café\tEngineer\r\n"
