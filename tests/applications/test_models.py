from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from applications.models import Application, Contact, Interview, Source, Stage
from tests.factories import ApplicationFactory, ContactFactory, InterviewFactory, UserFactory

pytestmark = pytest.mark.django_db


# Stage


def test_live_stages_are_the_running_pipeline_in_order():
    assert Stage.live() == [
        Stage.INTERESTED,
        Stage.APPLIED,
        Stage.SCREENING,
        Stage.INTERVIEWING,
        Stage.OFFER,
    ]


def test_closed_stages_are_the_ways_a_process_ends_without_a_job():
    assert set(Stage.closed()) == {
        Stage.REJECTED,
        Stage.WITHDRAWN,
        Stage.OFFER_DECLINED,
        Stage.NO_RESPONSE,
    }


def test_accepted_is_neither_live_nor_closed_and_every_other_stage_is_one_of_them():
    assert Stage.ACCEPTED not in Stage.live()
    assert Stage.ACCEPTED not in Stage.closed()
    assert set(Stage.live()) | set(Stage.closed()) | {Stage.ACCEPTED} == set(Stage)
    assert not set(Stage.live()) & set(Stage.closed())


@pytest.mark.parametrize(
    ("stage", "rank"),
    [
        (Stage.INTERESTED, 0),
        (Stage.APPLIED, 1),
        (Stage.SCREENING, 2),
        (Stage.INTERVIEWING, 3),
        (Stage.OFFER, 4),
        (Stage.ACCEPTED, 5),
        (Stage.REJECTED, -1),
        (Stage.WITHDRAWN, -1),
        (Stage.OFFER_DECLINED, -1),
        (Stage.NO_RESPONSE, -1),
        ("applied", 1),  # the raw value read from the database ranks the same
    ],
)
def test_pipeline_rank(stage, rank):
    assert Stage.pipeline_rank(stage) == rank


def test_rank_computed_in_the_database_matches_pipeline_rank():
    owner = UserFactory()
    for stage in Stage:
        ApplicationFactory(owner=owner, stage=stage)
    ranked = Application.objects.for_user(owner).with_stage_rank()
    assert {a.stage: a.stage_rank for a in ranked} == {
        s.value: Stage.pipeline_rank(s) for s in Stage
    }


# Querysets


def test_live_and_closed_querysets_leave_accepted_out_of_both():
    owner = UserFactory()
    by_stage = {stage: ApplicationFactory(owner=owner, stage=stage) for stage in Stage}
    mine = Application.objects.for_user(owner)

    assert set(mine.live()) == {by_stage[stage] for stage in Stage.live()}
    assert set(mine.closed()) == {by_stage[stage] for stage in Stage.closed()}
    accepted = by_stage[Stage.ACCEPTED]
    assert accepted not in mine.live()
    assert accepted not in mine.closed()


def test_for_user_keeps_other_peoples_applications_out(owner, stranger):
    mine = ApplicationFactory(owner=owner)
    ApplicationFactory(owner=stranger)
    assert list(Application.objects.for_user(owner)) == [mine]


def test_search_matches_company_or_position_ignoring_case_and_spaces(owner):
    by_company = ApplicationFactory(owner=owner, company="Northwind", position="Engineer")
    by_position = ApplicationFactory(owner=owner, company="Acme", position="Data NORTH lead")
    ApplicationFactory(owner=owner, company="Lumen", position="Analyst")

    found = Application.objects.for_user(owner).search("  north ")
    assert set(found) == {by_company, by_position}
    assert Application.objects.for_user(owner).search("   ").count() == 3


def test_with_next_interview_is_the_soonest_scheduled_one_still_to_come(owner):
    application = ApplicationFactory(owner=owner)
    now = timezone.now()
    soonest = now + timedelta(days=2)
    InterviewFactory(application=application, scheduled_at=now - timedelta(hours=1))
    InterviewFactory(
        application=application,
        scheduled_at=now + timedelta(hours=1),
        status=Interview.Status.CANCELLED,
    )
    InterviewFactory(
        application=application, scheduled_at=now + timedelta(hours=2), status=Interview.Status.DONE
    )
    InterviewFactory(application=application, scheduled_at=now + timedelta(days=5))
    InterviewFactory(application=application, scheduled_at=soonest)

    annotated = Application.objects.with_next_interview().get(pk=application.pk)
    assert annotated.next_interview_at == soonest


def test_with_next_interview_is_empty_when_only_past_cancelled_or_done_ones(owner):
    application = ApplicationFactory(owner=owner)
    now = timezone.now()
    InterviewFactory(application=application, scheduled_at=now - timedelta(days=1))
    InterviewFactory(
        application=application,
        scheduled_at=now + timedelta(days=1),
        status=Interview.Status.CANCELLED,
    )
    InterviewFactory(
        application=application, scheduled_at=now + timedelta(days=1), status=Interview.Status.DONE
    )

    assert (
        Application.objects.with_next_interview().get(pk=application.pk).next_interview_at is None
    )


def test_with_next_interview_ignores_other_applications_interviews(owner):
    application = ApplicationFactory(owner=owner)
    InterviewFactory(application=ApplicationFactory(owner=owner))
    assert (
        Application.objects.with_next_interview().get(pk=application.pk).next_interview_at is None
    )


# Constraints the database enforces, whoever writes the row


def test_the_database_refuses_two_main_contacts_on_one_application():
    application = ApplicationFactory()
    ContactFactory(application=application, is_main=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        ContactFactory(application=application, is_main=True)
    assert application.contacts.count() == 1


def test_main_contacts_on_different_applications_are_fine(owner):
    ContactFactory(application=ApplicationFactory(owner=owner), is_main=True)
    ContactFactory(application=ApplicationFactory(owner=owner), is_main=True)
    assert Contact.objects.filter(is_main=True).count() == 2


def test_any_number_of_other_contacts_alongside_the_main_one():
    application = ApplicationFactory()
    ContactFactory(application=application, is_main=True)
    ContactFactory.create_batch(2, application=application, is_main=False)
    assert application.contacts.count() == 3


@pytest.mark.parametrize("interest", [0, 6])
def test_the_database_refuses_interest_outside_1_to_5(interest):
    with pytest.raises(IntegrityError, match="applications_interest_1_to_5"), transaction.atomic():
        ApplicationFactory(interest=interest)
    assert not Application.objects.exists()


@pytest.mark.parametrize("interest", [1, 5])
def test_interest_at_the_bounds_is_stored(interest):
    assert ApplicationFactory(interest=interest).interest == interest


def test_the_database_refuses_an_agency_application_without_the_agency_name():
    with pytest.raises(IntegrityError, match="applications_agency_named"), transaction.atomic():
        ApplicationFactory(source=Source.AGENCY, agency_name="")
    assert not Application.objects.exists()


def test_an_agency_application_with_the_agency_named_is_stored():
    application = ApplicationFactory(source=Source.AGENCY, agency_name="Harbour Talent")
    assert Application.objects.get().agency_name == "Harbour Talent"
    assert application.source == Source.AGENCY


def test_the_database_refuses_an_unknown_stage():
    with pytest.raises(IntegrityError, match="applications_stage_valid"), transaction.atomic():
        ApplicationFactory(stage="hired")


def test_model_validation_names_the_missing_agency():
    application = ApplicationFactory.build(
        owner=UserFactory(), source=Source.AGENCY, agency_name="  "
    )
    with pytest.raises(ValidationError) as caught:
        application.full_clean()
    assert caught.value.message_dict["agency_name"] == [
        "Name the recruitment agency that set this up."
    ]


# Interview.clean


def test_an_interview_before_the_date_applied_is_refused():
    application = ApplicationFactory(date_applied=date(2026, 3, 10))
    interview = InterviewFactory.build(
        application=application, scheduled_at=datetime(2026, 3, 9, 12, 0, tzinfo=UTC)
    )
    with pytest.raises(ValidationError) as caught:
        interview.full_clean()
    assert caught.value.message_dict["scheduled_at"] == [
        "This is before you applied (10 Mar 2026). Check the date."
    ]


def test_an_interview_on_the_day_applied_is_fine():
    application = ApplicationFactory(date_applied=date(2026, 3, 10))
    InterviewFactory.build(
        application=application, scheduled_at=datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    ).full_clean()


def test_the_date_applied_check_uses_the_local_date():
    # 23:30 on the 9th in UTC is already the 10th in Tokyo, the day the user applied.
    application = ApplicationFactory(date_applied=date(2026, 3, 10))
    interview = InterviewFactory.build(
        application=application, scheduled_at=datetime(2026, 3, 9, 23, 30, tzinfo=UTC)
    )
    with timezone.override("Asia/Tokyo"):
        interview.full_clean()
    with timezone.override("UTC"), pytest.raises(ValidationError):
        interview.full_clean()


def test_an_interview_without_a_date_applied_is_not_checked_against_it():
    application = ApplicationFactory(date_applied=None)
    InterviewFactory.build(
        application=application, scheduled_at=datetime(2020, 1, 1, 9, 0, tzinfo=UTC)
    ).full_clean()


# Small behaviours the templates rely on


@pytest.mark.django_db
def test_upcoming_interviews_are_scheduled_and_still_to_come_soonest_first():
    now = timezone.now()
    application = ApplicationFactory()
    later = InterviewFactory(application=application, scheduled_at=now + timedelta(days=2))
    sooner = InterviewFactory(application=application, scheduled_at=now + timedelta(hours=1))
    past = InterviewFactory(application=application, scheduled_at=now - timedelta(hours=1))
    done = InterviewFactory(
        application=application,
        scheduled_at=now + timedelta(hours=3),
        status=Interview.Status.DONE,
    )

    assert list(Interview.objects.upcoming(now=now)) == [sooner, later]
    flags = {i.pk: i.is_upcoming for i in Interview.objects.with_is_upcoming(now=now)}
    assert flags == {later.pk: True, sooner.pk: True, past.pk: False, done.pk: False}


def test_main_contact_is_the_one_marked_main():
    application = ApplicationFactory()
    assert application.main_contact is None
    ContactFactory(application=application, name="Tom Walker")
    main = ContactFactory(application=application, name="Priya Shah", is_main=True)
    assert application.main_contact == main
    assert main.first_name == "Priya"


def test_is_live():
    assert ApplicationFactory.build(stage=Stage.SCREENING).is_live
    assert not ApplicationFactory.build(stage=Stage.REJECTED).is_live
    assert not ApplicationFactory.build(stage=Stage.ACCEPTED).is_live


def test_string_forms():
    application = ApplicationFactory.build(company="Acme", position="Data Engineer")
    assert str(application) == "Data Engineer at Acme"
    assert str(Contact(name="Priya Shah", role=Contact.Role.HIRING_MANAGER)) == (
        "Priya Shah (Hiring manager)"
    )
    assert str(Interview(round_number=2, kind=Interview.Kind.ON_SITE)) == (
        "Round 2 on-site interview"
    )


# The stored next interview (a column, so that pages sort by it through an index)


def _stored_next(application):
    return Application.objects.values_list("next_interview_at", flat=True).get(pk=application.pk)


def test_the_stored_next_interview_follows_each_save_and_delete(owner):
    application = ApplicationFactory(owner=owner)
    now = timezone.now()
    later = InterviewFactory(application=application, scheduled_at=now + timedelta(days=5))
    assert _stored_next(application) == later.scheduled_at

    sooner = InterviewFactory(application=application, scheduled_at=now + timedelta(days=2))
    assert _stored_next(application) == sooner.scheduled_at

    sooner.status = Interview.Status.DONE
    sooner.save()
    assert _stored_next(application) == later.scheduled_at

    later.delete()
    assert _stored_next(application) is None


def test_the_stored_next_interview_follows_bulk_writes(owner):
    application = ApplicationFactory(owner=owner)
    other = ApplicationFactory(owner=owner)
    when = timezone.now() + timedelta(days=1)
    Interview.objects.bulk_create(
        [
            InterviewFactory.build(application=application, scheduled_at=when),
            InterviewFactory.build(application=other, scheduled_at=when + timedelta(hours=1)),
        ]
    )
    assert _stored_next(application) == when
    assert _stored_next(other) == when + timedelta(hours=1)

    Interview.objects.filter(application=application).update(status=Interview.Status.CANCELLED)
    assert _stored_next(application) is None
    assert _stored_next(other) == when + timedelta(hours=1)

    Interview.objects.filter(application=other).delete()
    assert _stored_next(other) is None


def test_an_interview_that_has_begun_gives_way_to_the_next_one_when_read(owner):
    application = ApplicationFactory(owner=owner)
    now = timezone.now()
    first = now + timedelta(hours=1)
    second = now + timedelta(days=2)
    InterviewFactory(application=application, scheduled_at=first)
    InterviewFactory(application=application, scheduled_at=second)
    three_hours_later = now + timedelta(hours=3)

    read = Application.objects.for_user(owner).with_next_interview(now=three_hours_later)

    assert read.get(pk=application.pk).next_interview_at == second
    assert _stored_next(application) == second


def test_the_most_urgent_come_first_soonest_interview_then_latest_activity(owner):
    now = timezone.now()
    quiet = ApplicationFactory(owner=owner, company="Quiet", last_activity_at=now - timedelta(9))
    busy = ApplicationFactory(owner=owner, company="Busy", last_activity_at=now)
    soon = ApplicationFactory(owner=owner, company="Soon", last_activity_at=now - timedelta(20))
    later = ApplicationFactory(owner=owner, company="Later", last_activity_at=now)
    InterviewFactory(application=soon, scheduled_at=now + timedelta(days=1))
    InterviewFactory(application=later, scheduled_at=now + timedelta(days=3))

    ordered = Application.objects.for_user(owner).with_next_interview().most_urgent_first()

    assert [a.company for a in ordered] == ["Soon", "Later", "Busy", "Quiet"]
    assert {quiet.pk, busy.pk} < {a.pk for a in ordered}
