"""A line break counts once, as in the browser: browsers send CR LF, and a text that fits the
box must save, download and be marked sent; one that does not is told the real limit."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from applications.models import Contact, Stage
from tests.factories import ApplicationFactory, ContactFactory
from withdrawals import services
from withdrawals.models import Scenario, Withdrawal, WithdrawalDraft
from withdrawals.services import WordingChoices

pytestmark = pytest.mark.django_db


def lines(count: int, width: int) -> str:
    """``count`` lines of ``width`` characters joined by CR LF, as a browser posts a textarea."""
    return "\r\n".join("x" * width for _ in range(count))


# 100 lines of 99 characters and 99 line breaks: 9,999 characters in the browser, 10,098 as sent.
FITS_THE_BOX = lines(100, 99)
ONE_TOO_MANY = FITS_THE_BOX + "xx"  # 10,001 in the browser


def flashed(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def application(owner):
    application = ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)
    ContactFactory(
        application=application,
        name="Priya Shah",
        email="priya@globex.example",
        role=Contact.Role.IN_HOUSE_RECRUITER,
        is_main=True,
    )
    return application


@pytest.fixture
def draft(application):
    return services.start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))


def url(name, application):
    return reverse(f"withdrawals:{name}", args=[application.pk])


def test_a_draft_that_fits_the_box_saves(owner_client, application, draft):
    response = owner_client.post(url("draft", application), {"subject": "Hi", "body": FITS_THE_BOX})

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.body == FITS_THE_BOX.replace("\r\n", "\n")
    assert len(draft.body) == 9_999


def test_a_draft_that_fits_the_box_downloads(owner_client, application, draft):
    response = owner_client.post(
        url("draft_eml", application),
        {"include_draft": "1", "subject": "Hi", "body": FITS_THE_BOX},
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "message/rfc822"


def test_a_draft_that_fits_the_box_is_marked_sent(owner_client, application, draft):
    response = owner_client.post(
        url("mark_sent", application),
        {"method": "email", "include_draft": "1", "subject": "Hi", "body": FITS_THE_BOX},
    )

    assert response.status_code == 302
    withdrawal = Withdrawal.objects.get(application=application)
    assert len(withdrawal.body) == 9_999


def test_a_draft_one_character_too_long_is_told_the_real_limit(owner_client, application, draft):
    response = owner_client.post(url("draft", application), {"subject": "Hi", "body": ONE_TOO_MANY})

    assert response.status_code == 422
    assert "at most 10000 characters (it has 10001)" in response.content.decode()
    # What the user typed comes back, to shorten.
    assert "x" * 99 + "\nxx" in response.content.decode().replace("\r\n", "\n")


def test_downloading_a_draft_too_long_says_why_not_that_it_is_empty(
    owner_client, application, draft
):
    response = owner_client.post(
        url("draft_eml", application),
        {"include_draft": "1", "subject": "Hi", "body": ONE_TOO_MANY},
    )

    assert response.status_code == 422
    assert flashed(response) == [
        "The message must have at most 10000 characters (it has 10001). Nothing was downloaded."
    ]
    assert WithdrawalDraft.objects.get(pk=draft.pk).body == draft.body


def test_marking_sent_a_draft_too_long_says_why_and_records_nothing(
    owner_client, application, draft
):
    response = owner_client.post(
        url("mark_sent", application),
        {"method": "email", "include_draft": "1", "subject": "Hi", "body": ONE_TOO_MANY},
    )

    assert response.status_code == 422
    assert flashed(response) == [
        "The message must have at most 10000 characters (it has 10001). Nothing was recorded."
    ]
    assert not Withdrawal.objects.filter(application=application).exists()


def test_an_empty_draft_is_still_told_it_is_empty(owner_client, application, draft):
    response = owner_client.post(
        url("mark_sent", application),
        {"method": "email", "include_draft": "1", "subject": "Hi", "body": "  "},
    )

    assert flashed(response) == ["The message can’t be empty. Nothing was recorded."]


@pytest.fixture
def withdrawn(application, draft):
    withdrawal, _ = services.mark_sent(application=application, method=Withdrawal.Method.EMAIL)
    return withdrawal


def test_reflection_notes_that_fit_the_box_save(owner_client, application, withdrawn):
    notes = lines(20, 99)  # 1,999 characters in the browser, 2,018 as sent

    response = owner_client.post(url("reflection", application), {"liked": notes, "disliked": ""})

    assert response.status_code == 302
    withdrawn.refresh_from_db()
    assert withdrawn.liked == notes.replace("\r\n", "\n")


def test_reflection_notes_too_long_are_told_the_real_limit(owner_client, application, withdrawn):
    notes = lines(20, 99) + "xx"  # 2,001 in the browser

    response = owner_client.post(url("reflection", application), {"liked": notes, "disliked": ""})

    assert response.status_code == 422
    assert "at most 2000 characters (it has 2001)" in response.content.decode()
    withdrawn.refresh_from_db()
    assert withdrawn.liked == ""
