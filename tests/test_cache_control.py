"""Pages with a user's data are never kept by a shared cache or the browser's disk cache."""

import pytest
from django.urls import reverse

from applications.models import Stage
from tests.factories import ApplicationFactory, ContactFactory
from withdrawals.services import WordingChoices, start_draft

pytestmark = pytest.mark.django_db


def cache_directives(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


@pytest.fixture
def application(owner):
    application = ApplicationFactory(owner=owner, stage=Stage.INTERVIEWING)
    ContactFactory(application=application, email="priya@acme.example.com", is_main=True)
    start_draft(application=application, choices=WordingChoices("no_reason"))
    return application


@pytest.mark.parametrize(
    "name",
    [
        "home",
        "applications:list",
        "applications:board",
        "applications:detail",
        "withdrawals:candidates",
        "withdrawals:draft",
        "withdrawals:draft_eml",
        "profile",
    ],
)
def test_every_page_for_a_logged_in_user_is_private_and_not_stored(owner_client, application, name):
    needs_pk = name in {"applications:detail", "withdrawals:draft", "withdrawals:draft_eml"}
    url = reverse(name, args=[application.pk] if needs_pk else [])

    response = owner_client.get(url)

    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_directives(response)


def test_a_redirect_after_a_change_is_private_and_not_stored(owner_client, application):
    response = owner_client.post(
        reverse("applications:change_stage", args=[application.pk]), {"stage": "screening"}
    )

    assert response.status_code == 302
    assert {"private", "no-store"} <= cache_directives(response)


def test_the_eml_download_is_private_and_not_stored(owner_client, application):
    response = owner_client.post(
        reverse("withdrawals:draft_eml", args=[application.pk]),
        {"include_draft": "1", "subject": "Hi", "body": "Dear Priya"},
    )

    assert response["Content-Type"] == "message/rfc822"
    assert {"private", "no-store"} <= cache_directives(response)
