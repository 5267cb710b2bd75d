"""The withdraw page says what the employer's hiring portal allows, from the one table, with
its sources; the email stays the recommended path."""

import pytest
from django.urls import reverse

from applications.models import PostingSnapshot, Stage
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db


def withdraw_page(client, application) -> str:
    return client.get(reverse("withdrawals:choose", args=[application.pk])).content.decode()


def test_a_workday_posting_shows_candidate_home_and_its_sources(owner, owner_client):
    application = ApplicationFactory(
        owner=owner, posting_url="https://tailspin.wd3.myworkdayjobs.com/en-US/Ext/job/R-1"
    )

    page = withdraw_page(owner_client, application)

    assert "Their hiring portal: Workday" in page
    assert "sign in to Candidate Home; under Submitted Applications" in page
    assert "stop you applying to the same job again" in page
    assert "Write to them all the same" in page
    assert 'href="https://careers.roche.com/global/en/candidate-account-creation"' in page


def test_the_portal_stored_with_a_captured_posting_is_the_one_shown(owner, owner_client):
    application = ApplicationFactory(owner=owner, posting_url="")
    PostingSnapshot.objects.create(
        application=application, source_url="https://apply.workable.com/contoso/j/AB12/"
    )

    page = withdraw_page(owner_client, application)

    assert "Their hiring portal: Workable" in page
    assert "withdraw link at the" in page


def test_a_portal_without_a_source_says_so(owner, owner_client):
    application = ApplicationFactory(owner=owner, posting_url="https://jobs.ashbyhq.com/contoso/1")

    page = withdraw_page(owner_client, application)

    assert "Their hiring portal: Ashby" in page
    assert "Bowout has no published source on withdrawing through Ashby" in page
    assert "Sources:" not in page


@pytest.mark.parametrize("url", ["", "https://contoso.example/careers/1"])
def test_a_company_site_shows_no_portal(owner, owner_client, url):
    application = ApplicationFactory(owner=owner, posting_url=url)

    assert "Their hiring portal" not in withdraw_page(owner_client, application)


def test_a_message_that_keeps_the_process_going_shows_no_portal(owner, owner_client):
    application = ApplicationFactory(
        owner=owner, stage=Stage.INTERVIEWING, posting_url="https://boards.greenhouse.io/x/jobs/1"
    )

    page = owner_client.get(reverse("withdrawals:write", args=[application.pk])).content.decode()

    assert "Their hiring portal" not in page
