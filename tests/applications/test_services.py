from datetime import timedelta

import pytest
from django.utils import timezone

from applications import services
from applications.models import Application, Contact, Interview, Stage, StageChange
from tests.factories import ApplicationFactory, ContactFactory, InterviewFactory

pytestmark = pytest.mark.django_db


def _new(owner, **fields):
    return services.create_application(application=ApplicationFactory.build(owner=owner, **fields))


def _long_ago(application):
    """Push the last activity back, so a later touch shows."""
    earlier = timezone.now() - timedelta(days=30)
    Application.objects.filter(pk=application.pk).update(last_activity_at=earlier)
    return earlier


# create_application


def test_create_application_saves_it_and_records_the_first_stage(owner):
    application = services.create_application(
        application=ApplicationFactory.build(owner=owner, stage=Stage.SCREENING),
        note="Recruiter got in touch",
    )

    stored = Application.objects.get()
    assert stored == application
    assert stored.owner == owner
    change = StageChange.objects.get()
    assert change.application == application
    assert change.from_stage == ""
    assert change.to_stage == Stage.SCREENING
    assert change.note == "Recruiter got in touch"
    assert change.changed_at == stored.last_activity_at
    assert str(change) == "Started at Screening"


# change_stage


def test_change_stage_moves_the_application_and_records_from_to_and_note(owner):
    application = _new(owner, stage=Stage.APPLIED)
    before = Application.objects.get().last_activity_at

    moved = services.change_stage(
        application=application, to_stage=Stage.INTERVIEWING, note="Round 1 booked"
    )

    assert moved is True
    stored = Application.objects.get()
    assert stored.stage == Stage.INTERVIEWING
    assert stored.last_activity_at > before
    assert application.stage == Stage.INTERVIEWING  # the caller's instance is kept in step
    latest = stored.stage_changes.first()
    assert (latest.from_stage, latest.to_stage, latest.note) == (
        Stage.APPLIED,
        Stage.INTERVIEWING,
        "Round 1 booked",
    )
    assert str(latest) == "Applied → Interviewing"
    assert [(c.from_stage, c.to_stage) for c in stored.stage_changes.all()] == [
        (Stage.APPLIED, Stage.INTERVIEWING),
        ("", Stage.APPLIED),
    ]


def test_change_stage_to_the_current_stage_returns_false_and_records_nothing(owner):
    application = _new(owner, stage=Stage.SCREENING)
    earlier = _long_ago(application)

    assert services.change_stage(application=application, to_stage=Stage.SCREENING) is False

    assert StageChange.objects.count() == 1
    stored = Application.objects.get()
    assert stored.stage == Stage.SCREENING
    assert stored.last_activity_at == earlier


def test_change_stage_reads_the_stored_stage_not_a_stale_instance(owner):
    application = _new(owner, stage=Stage.APPLIED)
    stale = Application.objects.get(pk=application.pk)
    services.change_stage(application=application, to_stage=Stage.SCREENING)

    # The second tab still thinks it is at "applied": the history must say screening → offer.
    services.change_stage(application=stale, to_stage=Stage.OFFER)

    latest = StageChange.objects.filter(application=application).first()
    assert (latest.from_stage, latest.to_stage) == (Stage.SCREENING, Stage.OFFER)


def test_change_stage_rejects_an_unknown_stage_and_changes_nothing(owner):
    application = _new(owner, stage=Stage.APPLIED)

    with pytest.raises(ValueError, match="Unknown stage 'hired'"):
        services.change_stage(application=application, to_stage="hired")

    assert Application.objects.get().stage == Stage.APPLIED
    assert StageChange.objects.count() == 1


def _fail_history_writes(monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("history write failed")

    monkeypatch.setattr(StageChange, "save", fail)


def test_create_application_saves_nothing_when_the_history_write_fails(owner, monkeypatch):
    _fail_history_writes(monkeypatch)

    with pytest.raises(RuntimeError):
        services.create_application(application=ApplicationFactory.build(owner=owner))

    assert not Application.objects.exists()


def test_change_stage_saves_nothing_when_the_history_write_fails(owner, monkeypatch):
    application = _new(owner, stage=Stage.APPLIED)
    _fail_history_writes(monkeypatch)

    with pytest.raises(RuntimeError):
        services.change_stage(application=application, to_stage=Stage.SCREENING)

    assert Application.objects.get(pk=application.pk).stage == Stage.APPLIED
    assert StageChange.objects.filter(application=application).count() == 1


# update_application


def test_update_application_saves_details_but_never_the_stage(owner):
    application = _new(owner, stage=Stage.APPLIED, company="Acme")
    earlier = _long_ago(application)
    application.refresh_from_db()
    application.company = "Acme Robotics"
    application.stage = Stage.OFFER  # only change_stage may do this

    services.update_application(application=application)

    stored = Application.objects.get()
    assert stored.company == "Acme Robotics"
    assert stored.stage == Stage.APPLIED
    assert stored.last_activity_at > earlier
    assert StageChange.objects.count() == 1


# Contacts


def test_save_contact_making_a_contact_main_unmarks_the_previous_main(owner):
    application = ApplicationFactory(owner=owner)
    previous = ContactFactory(application=application, is_main=True)
    other = ContactFactory(application=application, is_main=False)

    new_main = services.save_contact(
        contact=Contact(application=application, name="Priya Shah", is_main=True)
    )

    assert list(application.contacts.filter(is_main=True)) == [new_main]
    previous.refresh_from_db()
    other.refresh_from_db()
    assert not previous.is_main
    assert not other.is_main


def test_save_contact_marking_an_existing_contact_main(owner):
    application = ApplicationFactory(owner=owner)
    previous = ContactFactory(application=application, is_main=True)
    promoted = ContactFactory(application=application, is_main=False)

    promoted.is_main = True
    services.save_contact(contact=promoted)

    assert list(application.contacts.filter(is_main=True)) == [promoted]
    previous.refresh_from_db()
    assert not previous.is_main


def test_save_contact_that_is_not_main_leaves_the_main_contact_alone(owner):
    application = ApplicationFactory(owner=owner)
    main = ContactFactory(application=application, is_main=True)

    services.save_contact(contact=Contact(application=application, name="Tom Walker"))

    assert list(application.contacts.filter(is_main=True)) == [main]
    assert application.contacts.count() == 2


def test_save_contact_leaves_other_applications_main_contacts_alone(owner):
    application = ApplicationFactory(owner=owner)
    elsewhere = ContactFactory(application=ApplicationFactory(owner=owner), is_main=True)

    services.save_contact(contact=Contact(application=application, name="Priya", is_main=True))

    elsewhere.refresh_from_db()
    assert elsewhere.is_main


def test_contact_and_interview_changes_count_as_activity(owner):
    application = ApplicationFactory(owner=owner)

    def touched(change):
        earlier = _long_ago(application)
        change()
        return Application.objects.get(pk=application.pk).last_activity_at > earlier

    contact = Contact(application=application, name="Priya")
    assert touched(lambda: services.save_contact(contact=contact))
    assert touched(lambda: services.delete_contact(contact=contact))
    interview = Interview(application=application, scheduled_at=timezone.now())
    assert touched(lambda: services.save_interview(interview=interview))
    assert touched(lambda: services.delete_interview(interview=interview))
    assert not Contact.objects.exists()
    assert not Interview.objects.exists()


def test_save_interview_stores_it(owner):
    application = ApplicationFactory(owner=owner)
    interview = InterviewFactory.build(application=application, round_number=2)

    services.save_interview(interview=interview)

    assert Interview.objects.get().round_number == 2
