"""Adding, reading, editing and deleting an application, and moving it through its stages."""

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from applications import services
from applications.fields import DATE_FORMAT_MESSAGE
from applications.models import Application, Contact, Interview, Source, Stage, StageChange
from tests.applications.helpers import errors_beside
from tests.factories import ApplicationFactory, ContactFactory, InterviewFactory

pytestmark = pytest.mark.django_db


def valid_data(**overrides):
    return {
        "company": "Acme Robotics",
        "position": "Backend Engineer",
        "stage": Stage.APPLIED,
        "posting_url": "https://acme.example.com/jobs/42",
        "location": "Leeds",
        "work_mode": "hybrid",
        "source": Source.JOB_BOARD,
        "agency_name": "",
        "pay_range": "£55,000–£65,000",
        "interest": "4",
        "date_applied": "2026-01-15",
        "notes": "Found on a job board.",
    } | overrides


def _created(owner, **fields):
    return services.create_application(application=ApplicationFactory.build(owner=owner, **fields))


# Create


def test_create_form_offers_the_users_today_as_the_date_applied(owner_client, owner):
    response = owner_client.get(reverse("applications:create"))
    assert response.status_code == 200
    assert "Add an application</h1>" in response.text
    today = timezone.localdate(timezone=ZoneInfo(owner.time_zone))
    assert f'value="{today:%Y-%m-%d}"' in response.text
    assert 'name="stage"' in response.text


def test_create_saves_it_for_the_owner_and_records_the_first_stage(owner_client, owner):
    response = owner_client.post(
        reverse("applications:create"),
        valid_data(company="  Acme Robotics ", stage=Stage.SCREENING),
        follow=True,
    )

    application = Application.objects.get()
    assert response.redirect_chain == [(application.get_absolute_url(), 302)]
    assert "Added Backend Engineer at Acme Robotics." in response.text
    assert application.owner == owner
    assert application.company == "Acme Robotics"
    assert application.stage == Stage.SCREENING
    assert application.interest == 4
    assert application.date_applied == date(2026, 1, 15)
    change = StageChange.objects.get()
    assert (change.from_stage, change.to_stage) == ("", Stage.SCREENING)
    assert "Started at Screening" in response.text


def test_create_an_agency_application_with_the_agency_named(owner_client):
    owner_client.post(
        reverse("applications:create"),
        valid_data(source=Source.AGENCY, agency_name="  Harbour Talent "),
    )
    assert Application.objects.get().agency_name == "Harbour Talent"


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"company": ""}, "company", "This field is required."),
        ({"company": "   "}, "company", "This field is required."),
        ({"position": ""}, "position", "This field is required."),
        (
            {"posting_url": "not a url"},
            "posting_url",
            "Enter a full web address, like https://example.com/job.",
        ),
        ({"interest": "0"}, "interest", "Interest goes from 1 to 5."),
        ({"interest": "6"}, "interest", "Interest goes from 1 to 5."),
        ({"interest": "lots"}, "interest", "Enter a whole number."),
        (
            {"source": Source.AGENCY, "agency_name": ""},
            "agency_name",
            "Name the recruitment agency that set this up.",
        ),
        (
            {"source": Source.AGENCY, "agency_name": "   "},
            "agency_name",
            "Name the recruitment agency that set this up.",
        ),
        (
            {"date_applied": "2099-01-01"},
            "date_applied",
            "The date you applied can’t be in the future.",
        ),
        ({"date_applied": "15/13/2026"}, "date_applied", DATE_FORMAT_MESSAGE),
        (
            {"stage": "hired"},
            "stage",
            "Select a valid choice. hired is not one of the available choices.",
        ),
    ],
)
def test_create_with_bad_input_shows_the_message_beside_the_field_and_saves_nothing(
    owner_client, overrides, field, message
):
    response = owner_client.post(reverse("applications:create"), valid_data(**overrides))

    assert response.status_code == 422
    assert errors_beside(response, field) == [message]
    assert not Application.objects.exists()
    assert not StageChange.objects.exists()


def test_create_keeps_what_was_typed_when_something_is_wrong(owner_client):
    response = owner_client.post(
        reverse("applications:create"), valid_data(interest="9", location="Cardiff Bay")
    )
    assert 'value="Cardiff Bay"' in response.text
    assert 'value="Acme Robotics"' in response.text


def test_date_applied_may_be_today_in_the_users_time_zone_even_when_utc_is_behind(
    owner_client, owner
):
    owner.time_zone = "Pacific/Kiritimati"  # UTC+14: often a day ahead of the server
    owner.save()
    local_today = timezone.localdate(timezone=ZoneInfo("Pacific/Kiritimati"))

    owner_client.post(reverse("applications:create"), valid_data(date_applied=f"{local_today}"))
    assert Application.objects.get().date_applied == local_today

    response = owner_client.post(
        reverse("applications:create"),
        valid_data(date_applied=f"{local_today + timedelta(days=1)}"),
    )
    assert errors_beside(response, "date_applied") == [
        "The date you applied can’t be in the future."
    ]
    assert Application.objects.count() == 1


# Detail


def test_detail_shows_the_application_its_contacts_interviews_and_history(owner_client, owner):
    application = _created(
        owner,
        company="Acme Robotics",
        position="Backend Engineer",
        source=Source.AGENCY,
        agency_name="Harbour Talent",
        interest=4,
        date_applied=date(2026, 1, 15),
    )
    services.change_stage(application=application, to_stage=Stage.SCREENING, note="Call booked")
    ContactFactory(application=application, name="Priya Shah", is_main=True)
    InterviewFactory(application=application, with_whom="Tom Walker")

    response = owner_client.get(application.get_absolute_url())

    assert response.status_code == 200
    text = response.text
    assert "<title>Backend Engineer at Acme Robotics · Bowout</title>" in text
    assert 'id="current-stage">Screening</span>' in text
    assert "Recruitment agency: Harbour Talent" in text
    assert "4 out of 5" in text
    assert "15 January 2026" in text
    assert "Priya Shah" in text and "Main contact" in text
    assert "with Tom Walker" in text and "Upcoming" in text
    assert "Applied → Screening" in text and "Call booked" in text
    assert "Started at Applied" in text


def test_detail_of_a_new_application_says_nothing_is_there_yet(owner_client, owner):
    application = ApplicationFactory(owner=owner)
    response = owner_client.get(application.get_absolute_url())
    assert "No contacts yet." in response.text
    assert "No interviews yet." in response.text
    assert "Nothing yet." in response.text


def test_detail_of_a_missing_application_is_404(owner_client):
    assert owner_client.get(reverse("applications:detail", args=[999999])).status_code == 404


# Edit


def test_edit_form_has_no_stage_field_because_stages_change_through_the_history(
    owner_client, owner
):
    application = ApplicationFactory(owner=owner, company="Acme")
    response = owner_client.get(reverse("applications:edit", args=[application.pk]))
    assert response.status_code == 200
    assert 'value="Acme"' in response.text
    assert 'name="stage"' not in response.text
    assert "stage" not in response.context["form"].fields


def test_edit_saves_the_changes(owner_client, owner):
    application = _created(owner, company="Acme", stage=Stage.SCREENING)
    response = owner_client.post(
        reverse("applications:edit", args=[application.pk]),
        valid_data(company="Acme Robotics", stage=Stage.OFFER, interest="5"),
        follow=True,
    )

    assert response.redirect_chain == [(application.get_absolute_url(), 302)]
    assert "Your changes are saved." in response.text
    stored = Application.objects.get()
    assert stored.company == "Acme Robotics"
    assert stored.interest == 5
    assert stored.stage == Stage.SCREENING  # a posted stage is ignored
    assert StageChange.objects.count() == 1


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"company": ""}, "company", "This field is required."),
        ({"interest": "0"}, "interest", "Interest goes from 1 to 5."),
        (
            {"posting_url": "not a url"},
            "posting_url",
            "Enter a full web address, like https://example.com/job.",
        ),
        (
            {"source": Source.AGENCY, "agency_name": ""},
            "agency_name",
            "Name the recruitment agency that set this up.",
        ),
        (
            {"date_applied": "2099-01-01"},
            "date_applied",
            "The date you applied can’t be in the future.",
        ),
    ],
)
def test_edit_with_bad_input_shows_the_message_and_changes_nothing(
    owner_client, owner, overrides, field, message
):
    application = ApplicationFactory(owner=owner, company="Acme", interest=3)
    before = Application.objects.values().get()

    response = owner_client.post(
        reverse("applications:edit", args=[application.pk]), valid_data(**overrides)
    )

    assert response.status_code == 422
    assert errors_beside(response, field) == [message]
    assert Application.objects.values().get() == before


# Delete


def test_delete_asks_for_confirmation_first(owner_client, owner):
    application = ApplicationFactory(owner=owner, company="Acme", position="Engineer")
    response = owner_client.get(reverse("applications:delete", args=[application.pk]))

    assert response.status_code == 200
    assert "Delete this application?" in response.text
    assert "Engineer at Acme" in response.text
    assert "Its contacts, interviews and stage history are deleted with it." in response.text
    assert Application.objects.filter(pk=application.pk).exists()


def test_delete_removes_the_application_with_its_contacts_interviews_and_history(
    owner_client, owner
):
    application = _created(owner, company="Acme", position="Engineer")
    ContactFactory(application=application)
    InterviewFactory(application=application)
    kept = _created(owner, company="Lumen")

    response = owner_client.post(reverse("applications:delete", args=[application.pk]), follow=True)

    assert response.redirect_chain == [(reverse("applications:list"), 302)]
    assert "Deleted Engineer at Acme and its contacts, interviews and history." in response.text
    assert list(Application.objects.all()) == [kept]
    assert not Contact.objects.exists()
    assert not Interview.objects.exists()
    assert list(StageChange.objects.values_list("application", flat=True)) == [kept.pk]


def test_delete_refuses_other_methods(owner_client, owner):
    application = ApplicationFactory(owner=owner)
    response = owner_client.put(reverse("applications:delete", args=[application.pk]))
    assert response.status_code == 405
    assert Application.objects.exists()


# Change stage


def test_change_stage_moves_it_and_records_the_note(owner_client, owner):
    application = _created(owner, stage=Stage.APPLIED)

    response = owner_client.post(
        reverse("applications:change_stage", args=[application.pk]),
        {"stage": Stage.INTERVIEWING, "note": "Round 1 booked"},
        follow=True,
    )

    assert response.redirect_chain == [(application.get_absolute_url(), 302)]
    assert "Moved to Interviewing." in response.text
    assert 'id="current-stage">Interviewing</span>' in response.text
    assert "Round 1 booked" in response.text
    assert Application.objects.get().stage == Stage.INTERVIEWING
    latest = StageChange.objects.first()
    assert (latest.from_stage, latest.to_stage, latest.note) == (
        Stage.APPLIED,
        Stage.INTERVIEWING,
        "Round 1 booked",
    )


def test_change_stage_to_the_current_stage_says_so_and_records_nothing(owner_client, owner):
    application = _created(owner, stage=Stage.APPLIED)

    response = owner_client.post(
        reverse("applications:change_stage", args=[application.pk]), {"stage": Stage.APPLIED}
    )

    assert response.status_code == 422
    assert errors_beside(response, "stage") == ["It is already at “Applied”."]
    assert StageChange.objects.count() == 1


@pytest.mark.parametrize("stage", ["hired", ""])
def test_change_stage_to_an_unknown_stage_is_refused(owner_client, owner, stage):
    application = _created(owner, stage=Stage.APPLIED)

    response = owner_client.post(
        reverse("applications:change_stage", args=[application.pk]), {"stage": stage}
    )

    assert response.status_code == 422
    assert len(errors_beside(response, "stage")) == 1
    assert Application.objects.get().stage == Stage.APPLIED
    assert StageChange.objects.count() == 1


def test_change_stage_note_too_long_is_refused(owner_client, owner):
    application = _created(owner, stage=Stage.APPLIED)
    response = owner_client.post(
        reverse("applications:change_stage", args=[application.pk]),
        {"stage": Stage.SCREENING, "note": "x" * 501},
    )
    assert response.status_code == 422
    assert errors_beside(response, "note") == [
        "Ensure this value has at most 500 characters (it has 501)."
    ]
    assert Application.objects.get().stage == Stage.APPLIED


def test_change_stage_is_post_only(owner_client, owner):
    application = _created(owner, stage=Stage.APPLIED)
    response = owner_client.get(reverse("applications:change_stage", args=[application.pk]))
    assert response.status_code == 405
    assert StageChange.objects.count() == 1
