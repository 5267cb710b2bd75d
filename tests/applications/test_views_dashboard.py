from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from applications import services
from applications.models import Interview, Offer, Stage, StageChange
from tests.applications.helpers import bulk_applications
from tests.factories import (
    ApplicationFactory,
    InterviewFactory,
    OfferFactory,
    StageChangeFactory,
)

pytestmark = pytest.mark.django_db


def test_a_new_user_is_shown_how_to_start(owner_client):
    response = owner_client.get(reverse("home"))

    assert response.status_code == 200
    assert "<title>Dashboard · Bowout</title>" in response.text
    assert "Start by adding the jobs you are applying for" in response.text
    assert "Add your first application" in response.text
    assert "data-stage-count" not in response.text


def test_counts_per_stage_and_live_total(owner_client, owner, stranger):
    for stage, how_many in [(Stage.APPLIED, 2), (Stage.INTERVIEWING, 1), (Stage.REJECTED, 3)]:
        ApplicationFactory.create_batch(how_many, owner=owner, stage=stage)
    ApplicationFactory.create_batch(5, owner=stranger, stage=Stage.APPLIED)

    response = owner_client.get(reverse("home"))

    text = response.text
    assert "Add your first application" not in text
    assert 'data-stage-count="applied">2<' in text
    assert 'data-stage-count="interviewing">1<' in text
    assert 'data-stage-count="rejected">3<' in text
    assert 'data-stage-count="offer">0<' in text
    assert 'Live processes <span class="badge text-bg-secondary">3</span>' in text
    assert response.context["dashboard"].live_total == 3
    assert response.context["dashboard"].total == 6


def test_every_stage_links_to_the_list_filtered_by_it(owner_client, owner):
    ApplicationFactory(owner=owner)
    response = owner_client.get(reverse("home"))
    for stage in Stage:
        assert f'href="{reverse("applications:list")}?stage={stage.value}"' in response.text


def test_interviews_in_the_next_14_days_are_shown_and_later_ones_are_not(owner_client, owner):
    application = ApplicationFactory(owner=owner, company="Acme")
    now = timezone.now()
    InterviewFactory(
        application=application, scheduled_at=now + timedelta(days=13), with_whom="Soon"
    )
    InterviewFactory(
        application=application, scheduled_at=now + timedelta(days=15), with_whom="Later"
    )
    InterviewFactory(
        application=application, scheduled_at=now - timedelta(hours=1), with_whom="Past"
    )
    InterviewFactory(
        application=application,
        scheduled_at=now + timedelta(days=2),
        with_whom="Cancelled",
        status=Interview.Status.CANCELLED,
    )
    stranger_app = ApplicationFactory(company="Elsewhere")
    InterviewFactory(
        application=stranger_app, scheduled_at=now + timedelta(days=1), with_whom="Theirs"
    )

    response = owner_client.get(reverse("home"))

    assert "Interviews in the next 14 days" in response.text
    assert "with Soon" in response.text
    for hidden in ("with Later", "with Past", "with Cancelled", "with Theirs"):
        assert hidden not in response.text
    upcoming = response.context["dashboard"].upcoming_interviews
    assert [interview.with_whom for interview in upcoming] == ["Soon"]


def test_nothing_booked_says_so(owner_client, owner):
    ApplicationFactory(owner=owner)
    response = owner_client.get(reverse("home"))
    assert "Nothing booked in the next 14 days." in response.text


def test_live_processes_list_the_soonest_interview_first_and_leave_closed_ones_out(
    owner_client, owner
):
    quiet = ApplicationFactory(owner=owner, company="Quiet", stage=Stage.APPLIED)
    busy = ApplicationFactory(owner=owner, company="Busy", stage=Stage.INTERVIEWING)
    InterviewFactory(application=busy)
    ApplicationFactory(owner=owner, company="Closed Co", stage=Stage.REJECTED)
    ApplicationFactory(owner=owner, company="Won Co", stage=Stage.ACCEPTED)

    response = owner_client.get(reverse("home"))

    assert list(response.context["dashboard"].live_applications) == [busy, quiet]
    assert "Closed Co" not in response.text
    assert "Won Co" not in response.text


def test_more_than_ten_live_processes_link_to_all_of_them(owner_client, owner):
    ApplicationFactory.create_batch(12, owner=owner, stage=Stage.APPLIED)
    response = owner_client.get(reverse("home"))
    assert len(response.context["dashboard"].live_applications) == 10
    assert "All 12 live processes" in response.text


def test_recent_stage_changes_are_shown(owner_client, owner):
    application = services.create_application(
        application=ApplicationFactory.build(owner=owner, company="Acme", stage=Stage.APPLIED)
    )
    services.change_stage(application=application, to_stage=Stage.SCREENING, note="Recruiter call")

    response = owner_client.get(reverse("home"))

    assert "Applied → Screening" in response.text
    assert "Recruiter call" in response.text
    assert StageChange.objects.count() == 2


@pytest.mark.parametrize(("rows", "shown"), [(5, 6), (200, 20)])
def test_dashboard_queries_and_links_do_not_grow_with_rows(
    owner_client, owner, rows, shown, django_assert_num_queries
):
    applications = bulk_applications(owner, rows)
    soon = timezone.now() + timedelta(days=1)
    Interview.objects.bulk_create(
        InterviewFactory.build(application=application, scheduled_at=soon)
        for application in applications
    )
    StageChange.objects.bulk_create(
        StageChangeFactory.build(application=application) for application in applications
    )
    Offer.objects.bulk_create(
        OfferFactory.build(application=application)
        for application in applications
        if application.stage == Stage.OFFER
    )

    # 11 at any size: session, user, stage counts, the withdrawal-candidate count, offers (each
    # row with the count of all), the refresh of interviews that have begun, the live list,
    # upcoming interviews (with their applications and the count of all), recent changes (with
    # theirs), clashes (the processes with an interview ahead, then their interviews); then 7
    # for Today: one per rule, follow-ups and quiet processes sharing one read, and one for the
    # snoozed items. (Before issue 18: 22, with three refreshes and two separate counts.)
    with django_assert_num_queries(18):
        response = owner_client.get(reverse("home"))
    assert 'id="offers-heading"' in response.text
    assert 'id="candidates-banner"' in response.text
    # 5 applications: 5 live and 1 offer; 200: ten of each list (of 100 and 20), links to the rest.
    assert response.text.count('class="fw-semibold">Bulk') == shown
    # 80, and up to 11 for the clash warnings (all these interviews are at one time): five
    # pairs of links and the profile's, however many interviews clash.
    assert response.text.count("<a ") <= 91
    if rows == 200:
        assert "All 20 offers" in response.text
        assert "100 interviews in all" in response.text  # those of the 100 live processes
