"""One range for every date that enters Bowout: 1970 to 2100 (``clock.in_range``). Year 1 and
year 9999 overflowed once moved into the user's zone, and every page showing them answered
500. Tried at each door: the forms, the CSV import's dates and stage path, invitations, a
restored download and a captured posting."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from applications.models import Application, Offer, Stage
from intake import posting
from tests.applications.helpers import errors_beside
from tests.applications.test_offer_terms import full_offer, offer_url
from tests.factories import ApplicationFactory, UserFactory
from withdrawals.interchange import ACCOUNT_FORMAT, ACCOUNT_FORMAT_VERSION

pytestmark = pytest.mark.django_db

MESSAGE = "Enter a date between 1970 and 2100."
OUT_OF_RANGE = ["0001-01-01", "1969-12-31", "2101-01-01", "9999-12-31"]
IN_RANGE = ["1970-01-01", "2100-12-31"]


@pytest.fixture
def application(owner):
    return ApplicationFactory(owner=owner, company="Acme", stage=Stage.INTERVIEWING)


@pytest.mark.parametrize("day", OUT_OF_RANGE)
@pytest.mark.parametrize("field", ["start_date", "respond_by"])
def test_an_offer_date_out_of_range_is_refused_beside_it(owner_client, application, field, day):
    response = owner_client.post(offer_url(application), full_offer(**{field: day}))

    assert response.status_code == 422
    assert errors_beside(response, field) == [MESSAGE]
    assert not Offer.objects.exists()


@pytest.mark.parametrize("day", IN_RANGE)
def test_an_offer_starting_on_the_first_or_last_day_in_range_is_kept(
    owner_client, application, day
):
    response = owner_client.post(offer_url(application), full_offer(start_date=day))

    assert response.status_code == 302
    assert Offer.objects.get().start_date.isoformat() == day


@pytest.mark.parametrize("day", ["0001-01-01", "1969-12-31"])
def test_an_application_applied_before_1970_is_refused(owner_client, application, day):
    url = reverse("applications:edit", args=[application.pk])
    data = {
        "company": "Acme",
        "position": "Engineer",
        "stage": Stage.APPLIED,
        "source": "job_board",
        "interest": "3",
        "date_applied": day,
    }

    response = owner_client.post(url, data)

    assert response.status_code == 422
    assert errors_beside(response, "date_applied") == [MESSAGE]
    assert Application.objects.get().date_applied == application.date_applied


def import_rows(client, text: str):
    file = SimpleUploadedFile("tracker.csv", text.encode(), "text/csv")
    upload = client.post(reverse("intake:import"), {"file": file})
    assert upload.status_code == 302
    page = client.get(upload.url)
    form = page.context["form"]
    data = {name: form[name].value() or "" for name in form.fields}
    return page, client.post(upload.url, data, follow=True)


def test_a_stage_path_dated_year_1_to_9999_is_refused_and_the_pages_still_answer(
    owner_client, owner
):
    text = (
        "Company,Position,Stage path\n"
        "Acme,Engineer,Applied (0001-01-01) > Rejected (9999-12-31)\n"
        "Globex,Analyst,Applied (1970-01-01) > Rejected (2100-12-31)\n"
    )

    page, response = import_rows(owner_client, text)

    assert "Step 1 of the stage path is dated 0001-01-01. " + MESSAGE in page.text
    assert "Imported 1 application. Left out 1 row(s) with errors." in response.text
    assert list(Application.objects.values_list("company", flat=True)) == ["Globex"]
    owner.time_zone = "Pacific/Kiritimati"
    owner.save()
    for name in ("home", "applications:list", "reports:record", "reports:record_pdf"):
        assert owner_client.get(reverse(name)).status_code == 200


def test_a_stage_path_step_in_9999_alone_is_refused(owner_client):
    page, _response = import_rows(
        owner_client, "Company,Position,Stage path\nAcme,Engineer,Applied (9999-12-31)\n"
    )

    assert "Step 1 of the stage path is dated 9999-12-31. " + MESSAGE in page.text
    assert not Application.objects.exists()


def test_a_date_applied_in_year_9999_is_refused_with_the_range(owner_client):
    page, _response = import_rows(
        owner_client, "Company,Position,Date applied\nAcme,Engineer,31/12/9999\n"
    )

    assert "“31/12/9999” is too far off. " + MESSAGE in page.text
    assert not Application.objects.exists()


def test_a_restored_download_with_a_date_in_year_1_is_refused(client):
    user = UserFactory()
    client.force_login(user)
    document = {
        "format": ACCOUNT_FORMAT,
        "version": ACCOUNT_FORMAT_VERSION,
        "applications": [{"company": "Acme", "position": "Engineer", "date_applied": "0001-01-01"}],
    }
    upload = SimpleUploadedFile("bowout.json", json.dumps(document).encode(), "application/json")

    response = client.post(reverse("intake:restore"), {"file": upload})

    assert response.status_code == 422
    assert "Application 1, date_applied: " + MESSAGE in response.text
    assert not Application.objects.exists()


@pytest.mark.parametrize(
    ("sent", "kept"),
    [("0001-01-01", None), ("9999-12-31T00:00:00Z", None), ("2100-12-31", "2100-12-31")],
)
def test_a_captured_postings_date_out_of_range_is_left_out(sent, kept):
    day = posting._date(sent)

    assert (day.isoformat() if day else None) == kept
