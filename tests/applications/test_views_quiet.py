"""Processes gone quiet: closed in bulk as "no response", with undo."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from applications import services
from applications.models import Application, Stage, StageChange
from tests.factories import ApplicationFactory, InterviewFactory

pytestmark = pytest.mark.django_db

QUIET_URL = reverse("applications:quiet")
UNDO_URL = reverse("applications:quiet_undo")


def quiet(owner, company, *, days=30, stage=Stage.APPLIED):
    return ApplicationFactory(
        owner=owner,
        company=company,
        stage=stage,
        last_activity_at=timezone.now() - timedelta(days=days),
    )


def test_the_page_lists_only_the_owners_quiet_processes(owner_client, owner, stranger):
    quiet(owner, "Silent Ltd")
    quiet(owner, "Recent Ltd", days=3)
    quiet(stranger, "Stranger Ltd")
    with_interview = quiet(owner, "Booked Ltd")
    InterviewFactory(application=with_interview)

    response = owner_client.get(QUIET_URL)

    assert response.status_code == 200
    assert "Silent Ltd" in response.text
    assert "Recent Ltd" not in response.text
    assert "Stranger Ltd" not in response.text
    assert "Booked Ltd" not in response.text


def test_closing_in_bulk_records_no_response_and_offers_undo(owner_client, owner):
    first = quiet(owner, "First")
    second = quiet(owner, "Second", stage=Stage.INTERVIEWING)
    kept_open = quiet(owner, "Kept open")

    response = owner_client.post(QUIET_URL, {"application": [first.pk, second.pk]}, follow=True)

    assert "Closed 2 processes as no response. You can undo this for 30 minutes." in (response.text)
    assert "Undo the last" in response.text
    stages = dict(Application.objects.values_list("company", "stage"))
    assert stages == {
        "First": Stage.NO_RESPONSE,
        "Second": Stage.NO_RESPONSE,
        "Kept open": Stage.APPLIED,
    }
    change = StageChange.objects.get(application=second)
    assert (change.from_stage, change.to_stage) == (Stage.INTERVIEWING, Stage.NO_RESPONSE)
    assert kept_open.stage_changes.count() == 0


def test_undo_restores_each_stage_and_keeps_the_history(owner_client, owner):
    first = quiet(owner, "First")
    second = quiet(owner, "Second", stage=Stage.SCREENING)
    owner_client.post(QUIET_URL, {"application": [first.pk, second.pk]})

    response = owner_client.post(UNDO_URL, follow=True)

    assert "Reopened 2 processes." in response.text
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.stage, second.stage) == (Stage.APPLIED, Stage.SCREENING)
    assert second.stage_changes.count() == 2
    # Still quiet: undo puts them back on the quiet page, exactly as they were.
    assert "First" in owner_client.get(QUIET_URL).text


def test_undo_is_allowed_at_29_minutes_and_refused_at_31(owner):
    application = quiet(owner, "Late")
    closed_at = timezone.now()
    services.close_as_no_response(owner=owner, application_ids=[application.pk], now=closed_at)

    refused = services.undo_no_response(
        owner=owner, application_ids=[application.pk], now=closed_at + timedelta(minutes=31)
    )
    assert refused == []
    allowed = services.undo_no_response(
        owner=owner, application_ids=[application.pk], now=closed_at + timedelta(minutes=29)
    )
    assert allowed == [application.pk]


def test_undo_leaves_a_process_changed_since(owner):
    application = quiet(owner, "Moved on")
    services.close_as_no_response(owner=owner, application_ids=[application.pk])
    services.change_stage(application=application, to_stage=Stage.REJECTED)

    assert services.undo_no_response(owner=owner, application_ids=[application.pk]) == []
    application.refresh_from_db()
    assert application.stage == Stage.REJECTED


def test_a_strangers_ids_are_ignored(owner_client, owner, stranger):
    theirs = quiet(stranger, "Theirs")

    response = owner_client.post(QUIET_URL, {"application": [theirs.pk]})

    assert response.status_code == 422
    assert "Tick at least one quiet process" in response.text
    theirs.refresh_from_db()
    assert theirs.stage == Stage.APPLIED


def test_a_process_with_news_since_the_page_loaded_is_not_closed(owner_client, owner):
    application = quiet(owner, "Replied")
    Application.objects.filter(pk=application.pk).update(last_activity_at=timezone.now())

    owner_client.post(QUIET_URL, {"application": [application.pk]})

    application.refresh_from_db()
    assert application.stage == Stage.APPLIED


@pytest.mark.parametrize("value", ["", "abc", "-1", "1.5"])
def test_bad_ids_close_nothing_and_do_not_fail(owner_client, owner, value):
    quiet(owner, "Safe")

    response = owner_client.post(QUIET_URL, {"application": [value]})

    assert response.status_code == 422
    assert "Safe" in response.text  # the page again, with the quiet process still listed
    assert Application.objects.get().stage == Stage.APPLIED


def test_closing_is_atomic(owner, monkeypatch):
    first = quiet(owner, "First")
    second = quiet(owner, "Second")
    original = StageChange.objects.create
    calls = []

    def fail_on_second(**kwargs):
        calls.append(kwargs)
        if len(calls) == 2:
            raise RuntimeError("the history write failed")
        return original(**kwargs)

    monkeypatch.setattr(StageChange.objects, "create", fail_on_second)
    with pytest.raises(RuntimeError):
        services.close_as_no_response(owner=owner, application_ids=[first.pk, second.pk])

    assert set(Application.objects.values_list("stage", flat=True)) == {Stage.APPLIED}
    assert StageChange.objects.count() == 0


def test_undo_is_post_only(owner_client):
    assert owner_client.get(UNDO_URL).status_code == 405


def test_the_page_needs_a_log_in(client):
    response = client.get(QUIET_URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize("rows", [5, 150])
def test_the_page_queries_do_not_grow_and_the_list_is_bounded(
    owner_client, owner, rows, django_assert_max_num_queries
):
    old = timezone.now() - timedelta(days=40)
    Application.objects.bulk_create(
        ApplicationFactory.build(owner=owner, company=f"Quiet {index:03}", last_activity_at=old)
        for index in range(rows)
    )

    # Session, user, the quiet list (one query, bounded to 100 rows).
    with django_assert_max_num_queries(3):
        response = owner_client.get(QUIET_URL)

    assert response.text.count('name="application"') == min(rows, 100)


def test_ids_that_are_not_whole_numbers_are_dropped_not_a_500(owner_client, owner):
    application = quiet(owner, "Real")

    response = owner_client.post(
        QUIET_URL, {"application": ["²", "٣", "9" * 19, "-1", str(application.pk)]}, follow=True
    )

    assert response.status_code == 200
    assert "Closed 1 process as no response." in response.text
    application.refresh_from_db()
    assert application.stage == Stage.NO_RESPONSE


def test_only_ids_that_are_not_whole_numbers_close_nothing(owner_client, owner):
    application = quiet(owner, "Real")

    response = owner_client.post(QUIET_URL, {"application": ["²", "9" * 19]})

    assert response.status_code == 422
    assert "Tick at least one quiet process to close." in response.text
    application.refresh_from_db()
    assert application.stage == Stage.APPLIED
