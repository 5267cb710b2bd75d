"""Clash warnings: interviews that overlap or leave less than the travel buffer between them."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from applications.clashes import clashes
from applications.models import Interview, Stage
from tests.factories import ApplicationFactory, InterviewFactory

pytestmark = pytest.mark.django_db


def _interview(owner, company, start, minutes=60):
    application = ApplicationFactory(owner=owner, company=company, stage=Stage.INTERVIEWING)
    return InterviewFactory(application=application, scheduled_at=start, duration_minutes=minutes)


@pytest.fixture
def tomorrow_10h():
    return (timezone.now() + timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)


def test_overlapping_interviews_are_flagged_on_the_dashboard_and_both_applications(
    owner_client, owner, tomorrow_10h
):
    first = _interview(owner, "Acme", tomorrow_10h, minutes=90)
    second = _interview(owner, "Globex", tomorrow_10h + timedelta(hours=1))
    _interview(owner, "Initech", tomorrow_10h + timedelta(hours=5))

    pages = [
        owner_client.get(reverse("home")),
        owner_client.get(first.application.get_absolute_url()),
        owner_client.get(second.application.get_absolute_url()),
    ]

    for page in pages:
        assert "Interviews that clash" in page.text
        assert "they overlap" in page.text
        assert "Initech" not in page.text.split('id="interview-clashes"')[1].split("</section>")[0]


@pytest.mark.parametrize(
    ("buffer", "gap", "flagged"),
    [(30, 20, True), (30, 30, False), (30, 45, False), (0, 0, False), (60, 59, True)],
)
def test_interviews_closer_than_the_travel_buffer_are_flagged(
    owner_client, owner, tomorrow_10h, buffer, gap, flagged
):
    owner.travel_buffer_minutes = buffer
    owner.save()
    _interview(owner, "Acme", tomorrow_10h)
    _interview(owner, "Globex", tomorrow_10h + timedelta(minutes=60 + gap))

    response = owner_client.get(reverse("home"))

    assert ("Interviews that clash" in response.text) is flagged
    if flagged:
        assert f"only {gap} minutes apart, less than your travel buffer of {buffer}" in (
            response.text
        )


def test_cancelled_interviews_and_rounds_of_one_process_do_not_clash(
    owner_client, owner, tomorrow_10h
):
    first = _interview(owner, "Acme", tomorrow_10h)
    InterviewFactory(application=first.application, scheduled_at=tomorrow_10h)
    cancelled = _interview(owner, "Globex", tomorrow_10h)
    cancelled.status = Interview.Status.CANCELLED
    cancelled.save()

    response = owner_client.get(reverse("home"))

    assert "Interviews that clash" not in response.text


def test_the_travel_buffer_is_set_on_the_profile(owner_client, owner):
    response = owner_client.post(
        reverse("profile"),
        {
            "full_name": "Alex Morgan",
            "email": "owner@example.com",
            "time_zone": "Europe/London",
            "travel_buffer_minutes": "45",
        },
    )

    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.travel_buffer_minutes == 45


def test_an_application_page_compares_only_the_interviews_near_its_own(
    any_hour, owner, tomorrow_10h
):
    # Two days ahead: the 11-hour interview before Acme's starts at 23:00 the day before,
    # still to come at any hour the test runs (tomorrow's would be past after 23:00 UTC).
    acme_at = tomorrow_10h + timedelta(days=1)
    own = _interview(owner, "Acme", acme_at)
    before = _interview(owner, "Globex", acme_at - timedelta(hours=11), minutes=11 * 60)
    after = _interview(owner, "Initech", acme_at + timedelta(minutes=75))
    # Two others clash with each other a week later: nothing to do with Acme's page.
    _interview(owner, "Hooli", acme_at + timedelta(days=7))
    _interview(owner, "Umbrella", acme_at + timedelta(days=7))

    found = clashes(user=owner, application=own.application)

    pairs = {(clash.first.pk, clash.second.pk) for clash in found}
    # An 11-hour interview ending at 09:00 and one 15 minutes after Acme's end: both within
    # the 30-minute travel buffer.
    assert pairs == {(before.pk, own.pk), (own.pk, after.pk)}
    assert len(clashes(user=owner)) == 3


@pytest.mark.parametrize("rows", [3, 120])
def test_the_dashboards_clashes_take_two_queries_whatever_the_rows(
    owner, tomorrow_10h, rows, django_assert_num_queries
):
    # Each interview an hour long, 80 minutes after the one before: 20 minutes apart, under the
    # 30-minute buffer, so each clashes with the next and only with it.
    for index in range(rows):
        _interview(owner, f"Company {index}", tomorrow_10h + timedelta(minutes=80 * index))

    # The processes with an interview ahead, then their interviews (with their applications).
    with django_assert_num_queries(2):
        found = clashes(user=owner)

    assert len(found) == rows - 1
    assert [clash.gap_minutes for clash in found] == [20] * (rows - 1)


def test_an_interview_under_way_hides_no_clash_after_it(owner, tomorrow_10h, time_machine):
    # The stored next interview of the first process is the one under way (nothing refreshed it
    # since it began): its later interview still counts.
    time_machine.move_to(tomorrow_10h - timedelta(hours=2), tick=False)
    first = _interview(owner, "Acme", tomorrow_10h)
    InterviewFactory(application=first.application, scheduled_at=tomorrow_10h + timedelta(hours=3))
    _interview(owner, "Globex", tomorrow_10h + timedelta(hours=3, minutes=30))
    time_machine.move_to(tomorrow_10h + timedelta(minutes=10), tick=False)

    found = clashes(user=owner)

    assert first.application.__class__.objects.get(pk=first.application_id).next_interview_at == (
        tomorrow_10h
    )
    assert [(c.first.application.company, c.second.application.company) for c in found] == [
        ("Acme", "Globex")
    ]
