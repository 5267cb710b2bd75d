from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from applications.models import Application, Interview, Stage
from applications.templatetags.bowout import stars
from tests.applications.helpers import bulk_applications, listed_companies
from tests.factories import ApplicationFactory, InterviewFactory

pytestmark = pytest.mark.django_db

LIST_URL = reverse("applications:list")


def _minutes_ago(minutes):
    return timezone.now() - timedelta(minutes=minutes)


def test_a_new_user_is_invited_to_add_the_first_one(owner_client):
    response = owner_client.get(LIST_URL)
    assert response.status_code == 200
    assert "You have no applications yet." in response.text
    assert "Add your first one" in response.text


def test_lists_only_the_owners_applications_most_recent_activity_first(
    owner_client, owner, stranger
):
    ApplicationFactory(owner=owner, company="Older", last_activity_at=_minutes_ago(10))
    ApplicationFactory(owner=owner, company="Newer", last_activity_at=_minutes_ago(1))
    ApplicationFactory(owner=stranger, company="Not Mine")

    response = owner_client.get(LIST_URL)

    assert listed_companies(response) == ["Newer", "Older"]
    assert "2 applications" in response.text
    assert "Not Mine" not in response.text


def test_filter_by_stage(owner_client, owner):
    ApplicationFactory(owner=owner, company="Screening Co", stage=Stage.SCREENING)
    ApplicationFactory(owner=owner, company="Applied Co", stage=Stage.APPLIED)

    response = owner_client.get(LIST_URL, {"stage": Stage.SCREENING})

    assert listed_companies(response) == ["Screening Co"]
    assert '<option value="screening" selected>' in response.text


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("live", {"Interested Co", "Offer Co"}),
        ("closed", {"Rejected Co", "No response Co"}),
        ("won", {"Accepted Co"}),
        ("", {"Interested Co", "Offer Co", "Rejected Co", "No response Co", "Accepted Co"}),
    ],
)
def test_filter_live_closed_or_won(owner_client, owner, status, expected):
    for stage in [Stage.INTERESTED, Stage.OFFER, Stage.REJECTED, Stage.NO_RESPONSE, Stage.ACCEPTED]:
        ApplicationFactory(owner=owner, company=f"{stage.label} Co", stage=stage)

    response = owner_client.get(LIST_URL, {"status": status})

    assert set(listed_companies(response)) == expected


def test_search_company_or_position(owner_client, owner):
    ApplicationFactory(owner=owner, company="Northwind", position="Engineer")
    ApplicationFactory(owner=owner, company="Acme", position="Head of NORTHERN sales")
    ApplicationFactory(owner=owner, company="Lumen", position="Analyst")

    response = owner_client.get(LIST_URL, {"q": "north"})

    assert set(listed_companies(response)) == {"Northwind", "Acme"}
    assert 'value="north"' in response.text


def test_filters_combine(owner_client, owner):
    ApplicationFactory(owner=owner, company="Acme One", stage=Stage.APPLIED)
    ApplicationFactory(owner=owner, company="Acme Two", stage=Stage.REJECTED)
    ApplicationFactory(owner=owner, company="Lumen", stage=Stage.APPLIED)

    response = owner_client.get(LIST_URL, {"q": "acme", "status": "live"})

    assert listed_companies(response) == ["Acme One"]


def test_no_match_says_so_and_offers_to_show_all(owner_client, owner):
    ApplicationFactory(owner=owner, company="Acme")
    response = owner_client.get(LIST_URL, {"q": "zzz"})
    assert listed_companies(response) == []
    assert "No application matches these filters." in response.text


def test_sort_by_last_activity(owner_client, owner):
    ApplicationFactory(owner=owner, company="B", last_activity_at=_minutes_ago(5))
    ApplicationFactory(owner=owner, company="A", last_activity_at=_minutes_ago(1))
    ApplicationFactory(owner=owner, company="C", last_activity_at=_minutes_ago(9))

    response = owner_client.get(LIST_URL, {"sort": "activity"})

    assert listed_companies(response) == ["A", "B", "C"]


def test_sort_by_date_applied_newest_first_and_undated_last(owner_client, owner):
    ApplicationFactory(owner=owner, company="Undated", date_applied=None)
    ApplicationFactory(owner=owner, company="January", date_applied=date(2026, 1, 5))
    ApplicationFactory(owner=owner, company="March", date_applied=date(2026, 3, 5))

    response = owner_client.get(LIST_URL, {"sort": "applied"})

    assert listed_companies(response) == ["March", "January", "Undated"]


def test_sort_by_next_interview_soonest_first_and_none_last(owner_client, owner):
    now = timezone.now()
    none = ApplicationFactory(owner=owner, company="None", last_activity_at=_minutes_ago(1))
    later = ApplicationFactory(owner=owner, company="Later")
    sooner = ApplicationFactory(owner=owner, company="Sooner")
    InterviewFactory(application=later, scheduled_at=now + timedelta(days=5))
    InterviewFactory(application=sooner, scheduled_at=now + timedelta(days=1))
    InterviewFactory(
        application=none, scheduled_at=now + timedelta(hours=1), status=Interview.Status.CANCELLED
    )

    response = owner_client.get(LIST_URL, {"sort": "interview"})

    assert listed_companies(response) == ["Sooner", "Later", "None"]


def test_sort_by_interest_highest_first(owner_client, owner):
    ApplicationFactory(owner=owner, company="Meh", interest=2)
    ApplicationFactory(owner=owner, company="Dream", interest=5)
    ApplicationFactory(owner=owner, company="Good", interest=4)

    response = owner_client.get(LIST_URL, {"sort": "interest"})

    assert listed_companies(response) == ["Dream", "Good", "Meh"]
    assert "5 out of 5" in response.text


def test_second_page_keeps_the_filters(owner_client, owner):
    bulk_applications(owner, 30, stages=[Stage.APPLIED])
    ApplicationFactory(owner=owner, company="Rejected Co", stage=Stage.REJECTED)

    first = owner_client.get(LIST_URL, {"status": "live"})
    second = owner_client.get(LIST_URL, {"status": "live", "page": "2"})

    assert len(listed_companies(first)) == 25
    assert "Page 1 of 2" in first.text
    assert 'href="?status=live&amp;page=2"' in first.text
    assert len(listed_companies(second)) == 5
    assert "Page 2 of 2" in second.text
    assert 'href="?status=live&amp;page=1"' in second.text
    assert set(listed_companies(first)) | set(listed_companies(second)) == {
        f"Bulk {index:03}" for index in range(30)
    }


@pytest.mark.parametrize("sort", ["activity", "applied", "interview", "interest"])
def test_pages_neither_repeat_nor_skip_rows_when_sort_keys_tie(owner_client, owner, sort):
    # Equal dates and activity, and interests that tie in fives: without a unique tie-breaker
    # PostgreSQL may order the ties differently for each page's LIMIT/OFFSET.
    same_moment = timezone.now()
    rows = 120
    Application.objects.bulk_create(
        ApplicationFactory.build(
            owner=owner,
            company=f"Tie {index:03}",
            interest=1 + (index * 7) % 5,
            date_applied=date(2026, 1, 5),
            last_activity_at=same_moment,
        )
        for index in range(rows)
    )

    shown = []
    for page in range(1, rows // 25 + 2):
        shown += listed_companies(owner_client.get(LIST_URL, {"sort": sort, "page": page}))

    assert len(shown) == rows
    assert sorted(shown) == [f"Tie {index:03}" for index in range(rows)]


@pytest.mark.parametrize(
    "query",
    [
        {"stage": "hired"},
        {"status": "pending"},
        {"sort": "'; DROP TABLE applications_application; --"},
        {"page": "abc"},
        {"page": "-1"},
        {"page": "999"},
        {"q": "x" * 500},
        {"stage": ["screening", "applied"]},  # the last one counts
        {"q": "\x00"},
    ],
)
def test_garbage_filter_values_fall_back_instead_of_failing(owner_client, owner, query):
    ApplicationFactory(owner=owner, company="Acme")

    response = owner_client.get(LIST_URL, query)

    assert response.status_code == 200
    # The whole list, as if nothing had been asked (a page at least shows its heading).
    assert listed_companies(response) == ["Acme"]


@pytest.mark.parametrize("rows", [5, 200])
def test_list_queries_do_not_grow_with_rows(owner_client, owner, rows, django_assert_num_queries):
    applications = bulk_applications(owner, rows)
    soon = timezone.now() + timedelta(days=1)
    Interview.objects.bulk_create(
        InterviewFactory.build(application=application, scheduled_at=soon)
        for application in applications
    )

    # 5 at any size: session, user, the refresh of interviews that have begun, the paginator's
    # count, and one page of rows (the next interview is a column, read through an index).
    with django_assert_num_queries(5):
        response = owner_client.get(LIST_URL, {"sort": "interview"})
    assert len(listed_companies(response)) == min(rows, 25)


@pytest.mark.parametrize(
    ("interest", "shown"),
    [(0, "☆☆☆☆☆"), (1, "★☆☆☆☆"), (3, "★★★☆☆"), (5, "★★★★★"), (6, "★★★★★")],
)
def test_interest_is_drawn_as_five_stars(interest, shown):
    assert stars(interest) == shown
