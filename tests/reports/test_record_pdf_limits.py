"""The record's PDF for a busy application: a row taller than a page (30 contacts, 60 stage
changes) is split across pages instead of failing with reportlab's LayoutError (a 500)."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse

from applications.models import Stage, StageChange
from tests.factories import ApplicationFactory, ContactFactory

pytestmark = pytest.mark.django_db


def pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b", pdf))


@pytest.mark.parametrize("count", [30, 150])
def test_an_application_with_30_contacts_splits_across_pages(owner_client, owner, count):
    application = ApplicationFactory(owner=owner, company="Busy Ltd")
    for number in range(count):
        ContactFactory(
            application=application, name=f"Contact {number}", email=f"c{number}@busy.example"
        )

    response = owner_client.get(reverse("reports:record_pdf"))

    assert response.status_code == 200
    assert pages(response.content) >= 2


def test_an_application_with_60_stage_changes_splits_across_pages(owner_client, owner):
    application = ApplicationFactory(owner=owner, company="Long Process Ltd")
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    stages = [Stage.SCREENING, Stage.INTERVIEWING]
    StageChange.objects.bulk_create(
        StageChange(
            application=application,
            from_stage=stages[(number + 1) % 2],
            to_stage=stages[number % 2],
            changed_at=start + timedelta(days=number),
        )
        for number in range(60)
    )

    response = owner_client.get(reverse("reports:record_pdf"))

    assert response.status_code == 200
    assert pages(response.content) >= 2


def test_a_short_record_stays_on_one_page(owner_client, owner):
    ContactFactory(application=ApplicationFactory(owner=owner))

    response = owner_client.get(reverse("reports:record_pdf"))

    assert pages(response.content) == 1
