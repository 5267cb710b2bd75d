"""The insights page on a known data set: funnel, responses by source, time in each stage,
reasons for withdrawing beside the notes taken afterwards."""

import re
from datetime import date

import pytest
from django.urls import reverse

from applications.models import Application, Source, Stage, StageChange
from reports.insights import by_source, funnel, time_in_stage
from tests.applications.helpers import add
from tests.factories import ApplicationFactory
from withdrawals.models import Withdrawal

pytestmark = pytest.mark.django_db


@pytest.fixture
def known(owner, stranger):
    add(
        owner,
        "Acme",
        applied=date(2026, 1, 1),
        path=[
            (Stage.APPLIED, "2026-01-01"),
            (Stage.SCREENING, "2026-01-06"),
            (Stage.INTERVIEWING, "2026-01-16"),
            (Stage.REJECTED, "2026-01-20"),
        ],
    )
    add(owner, "Globex", applied=date(2026, 1, 1), path=[(Stage.APPLIED, "2026-01-01")])
    add(
        owner,
        "Initech",
        applied=date(2026, 1, 2),
        source=Source.REFERRAL,
        path=[
            (Stage.APPLIED, "2026-01-02"),
            (Stage.SCREENING, "2026-01-04"),
            (Stage.INTERVIEWING, "2026-01-10"),
            (Stage.OFFER, "2026-01-20"),
            (Stage.ACCEPTED, "2026-01-25"),
        ],
    )
    hays = add(
        owner,
        "Hooli",
        applied=date(2026, 1, 3),
        source=Source.AGENCY,
        agency_name="Hays",
        path=[(Stage.APPLIED, "2026-01-03"), (Stage.WITHDRAWN, "2026-01-13")],
    )
    add(owner, "Dream Co", applied=None, path=[(Stage.INTERESTED, "2026-01-05")])
    left = add(owner, "Umbrella", applied=date(2026, 1, 4), path=[(Stage.WITHDRAWN, "2026-01-04")])
    Withdrawal.objects.create(
        application=hays,
        scenario="accepted_offer",
        previous_stage=Stage.APPLIED,
        liked="Friendly recruiter",
        disliked="Slow feedback",
    )
    Withdrawal.objects.create(
        application=left, scenario="compensation", previous_stage=Stage.APPLIED
    )
    secret = add(
        stranger, "Secret", applied=date(2026, 1, 1), path=[(Stage.WITHDRAWN, "2026-01-02")]
    )
    Withdrawal.objects.create(
        application=secret, scenario="culture", previous_stage=Stage.APPLIED, liked="STRANGER"
    )


def test_the_funnel_counts_what_each_application_reached(owner, known):
    assert [(bar.label, bar.value, bar.note) for bar in funnel(owner)] == [
        ("Applied", 5, ""),
        ("Screening", 2, "40% of the step before"),
        ("Interviews", 2, "100% of the step before"),
        ("Offer", 1, "50% of the step before"),
        ("Accepted", 1, "100% of the step before"),
    ]


def test_response_rate_and_days_to_first_answer_by_source(owner, known):
    figures = {
        row.source: (row.applications, row.responded, row.rate, row.average_days)
        for row in by_source(owner)
    }

    assert figures == {
        # Acme answered after 5 days; Globex and Umbrella never did.
        Source.JOB_BOARD: (3, 1, "33%", 5.0),
        Source.REFERRAL: (1, 1, "100%", 2.0),
        # A withdrawal is the user's move, not an answer.
        Source.AGENCY: (1, 0, "0%", None),
    }


def test_time_in_each_stage_averages_the_stages_moved_on_from(owner, known):
    assert [(bar.label, bar.text, bar.note) for bar in time_in_stage(owner)] == [
        ("Interested", "no data yet", "over 0 moves"),
        # Acme 5, Initech 2, Hooli 10 days.
        ("Applied", "5.7 days", "over 3 moves"),
        ("Screening", "8 days", "over 2 moves"),
        ("Interviewing", "7 days", "over 2 moves"),
        ("Offer", "5 days", "over 1 move"),
    ]


def test_the_page_shows_every_figure_as_text_and_as_svg(owner_client, known):
    response = owner_client.get(reverse("reports:insights"))

    assert response.status_code == 200
    text = response.text
    assert "<h1" in text and text.count("<h1") == 1
    assert "Screening: 2 (40% of the step before)" in text
    assert "Applied: 5.7 days (over 3 moves)" in text
    assert re.search(r"Referral</th><td[^>]*>1</td><td[^>]*>1</td><td[^>]*>100%", text)
    assert "Accepted another offer: 1" in text
    assert "Compensation: 1" in text
    assert "Friendly recruiter" in text and "Slow feedback" in text
    assert text.count('<svg class="chart-svg"') == 3
    assert "STRANGER" not in text and "Secret" not in text
    assert " style=" not in text.split("<main", 1)[1]  # the CSP allows no inline style
    assert "<script>" not in text


def test_the_page_with_no_data_explains_itself(owner_client):
    response = owner_client.get(reverse("reports:insights"))

    assert response.status_code == 200
    assert "You have not withdrawn from any process yet." in response.text


@pytest.mark.parametrize("rows", [5, 300])
def test_the_insights_queries_do_not_grow_with_applications(
    owner_client, owner, rows, django_assert_max_num_queries
):
    applications = Application.objects.bulk_create(
        ApplicationFactory.build(owner=owner) for _ in range(rows)
    )
    StageChange.objects.bulk_create(
        StageChange(application=application, to_stage=Stage.APPLIED) for application in applications
    )
    # session, user, funnel, sources, time in stage, withdrawal reasons, reflections.
    with django_assert_max_num_queries(7):
        response = owner_client.get(reverse("reports:insights"))
    assert f"Applied: {rows}" in response.text
