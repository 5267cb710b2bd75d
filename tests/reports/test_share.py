"""The coach's share link: what a coach sees without an account, and nothing private unless
the user ticked it; tokens that do not work answer one and the same 404."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from applications.models import ShareLink, Stage, StageChange
from applications.services import create_share_link, share_token_hash
from tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    OfferFactory,
)
from withdrawals.models import SentMessage, Withdrawal, WithdrawalDraft

pytestmark = pytest.mark.django_db

MADE = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)

# One distinctive marker per private text, and the extra that lets it on the page.
MARKERS = {
    "NOTE-APPLICATION-7Q1": "include_notes",
    "NOTE-CHANGE-7Q2": "include_notes",
    "NOTE-INTERVIEW-7Q3": "include_notes",
    "DRAFT-SUBJECT-8W1": "include_drafts",
    "DRAFT-BODY-8W2": "include_drafts",
    "SENT-BODY-9E1": "include_sent",
    "SENT-MESSAGE-9E2": "include_sent",
    "LIKED-4R1": "include_reflections",
    "DISLIKED-4R2": "include_reflections",
    "GBP 98,765": "include_offer_terms",
    "BENEFITS-5T1": "include_offer_terms",
    "coach-secret@acme.example": "include_contact_details",
    "+44 7700 900123": "include_contact_details",
}
EXTRAS = sorted(set(MARKERS.values()))


def make_link(owner, *, name="Sam, my coach", days=30, **extras) -> tuple[ShareLink, str]:
    link = ShareLink(owner=owner, name=name, **extras)
    token = create_share_link(link=link, days=days)
    return link, token


def open_link(token: str, client: Client | None = None):
    return (client or Client()).get(reverse("reports:shared", args=[token]))


@pytest.fixture
def search(owner):
    """A search with every private text planted, and what a coach should see, on a frozen
    clock (2 November 2026, 09:00 UTC)."""
    traveller = time_machine.travel(MADE, tick=False)
    traveller.start()
    owner.time_zone = "America/New_York"
    owner.save(update_fields=["time_zone"])
    live = ApplicationFactory(
        owner=owner,
        company="Acme Rockets",
        position="Flight engineer",
        stage=Stage.INTERVIEWING,
        notes="NOTE-APPLICATION-7Q1",
    )
    StageChange.objects.create(
        application=live, from_stage="applied", to_stage="interviewing", note="NOTE-CHANGE-7Q2"
    )
    ContactFactory(
        application=live,
        name="Priya Shah",
        email="coach-secret@acme.example",
        phone="+44 7700 900123",
        is_main=True,
    )
    # 15:00 UTC is 10:00 in New York in November.
    InterviewFactory(
        application=live,
        scheduled_at=datetime(2026, 11, 10, 15, 0, tzinfo=UTC),
        notes="NOTE-INTERVIEW-7Q3",
    )
    WithdrawalDraft.objects.create(
        application=live, scenario="no_reason", subject="DRAFT-SUBJECT-8W1", body="DRAFT-BODY-8W2"
    )
    SentMessage.objects.create(
        application=live, scenario="ask_timeline", subject="Timeline", body="SENT-MESSAGE-9E2"
    )
    left = ApplicationFactory(owner=owner, company="Globex", stage=Stage.WITHDRAWN)
    Withdrawal.objects.create(
        application=left,
        previous_stage="screening",
        subject="Withdrawing",
        body="SENT-BODY-9E1",
        liked="LIKED-4R1",
        disliked="DISLIKED-4R2",
    )
    OfferFactory(
        application=ApplicationFactory(owner=owner, company="Initech", stage=Stage.OFFER),
        base_pay_minor=9_876_500,
        benefits="BENEFITS-5T1",
    )
    yield live
    traveller.stop()


def test_the_coach_sees_the_search_and_nothing_private_by_default(owner, search):
    _link, token = make_link(owner)

    response = open_link(token)

    assert response.status_code == 200
    page = response.text
    assert "The job search of Alex Morgan" in page
    assert "Shared with Sam, my coach" in page
    assert 'data-stage-count="interviewing">1<' in page
    assert "How far the applications get" in page
    assert "Acme Rockets" in page and "Flight engineer" in page
    assert "Priya Shah" in page  # the record names the contacts
    # In the user's zone (New York), not the server's UTC: 15:00 UTC is 10:00 there.
    assert "Next interview Tue 10 Nov, 10:00" in page
    assert "Job search record" in page
    shown = [marker for marker in MARKERS if marker in page]
    assert shown == []


@pytest.mark.parametrize("extra", EXTRAS)
def test_each_ticked_extra_shows_its_texts_and_no_other(owner, search, extra):
    _link, token = make_link(owner, **{extra: True})

    page = open_link(token).text

    expected = sorted(marker for marker, needs in MARKERS.items() if needs == extra)
    shown = sorted(marker for marker in MARKERS if marker in page)
    assert shown == expected


def test_every_extra_ticked_shows_every_text(owner, search):
    _link, token = make_link(owner, **dict.fromkeys(EXTRAS, True))

    page = open_link(token).text

    assert [marker for marker in MARKERS if marker not in page] == []


def test_another_users_search_is_never_on_the_link(owner, stranger, search):
    ApplicationFactory(owner=stranger, company="Stranger Things Ltd", notes="THEIRS-1")
    _link, token = make_link(owner, include_notes=True)

    page = open_link(token).text

    assert "Stranger Things Ltd" not in page and "THEIRS-1" not in page


# Tokens ---------------------------------------------------------------------------------------


def test_the_token_is_long_random_and_only_its_hash_is_stored(owner):
    link, token = make_link(owner)
    _other, second = make_link(owner)

    link.refresh_from_db()
    assert len(token) == 43  # 32 random bytes, URL-safe base64
    assert token != second
    assert link.token_hash == share_token_hash(token)
    assert token not in link.token_hash
    assert ShareLink.objects.filter(token_hash=token).count() == 0


def not_found_body(response) -> bytes:
    assert response.status_code == 404
    return response.content


def test_revoked_expired_forged_and_truncated_tokens_answer_the_same_404(owner):
    with time_machine.travel(MADE, tick=False):
        revoked, revoked_token = make_link(owner, name="Revoked")
        ShareLink.objects.filter(pk=revoked.pk).update(revoked_at=MADE)
        _week, week_token = make_link(owner, name="A week", days=7)
        _live, live_token = make_link(owner, name="Live", days=90)
    forged = "A" * 43
    with time_machine.travel(MADE + timedelta(days=7, seconds=1), tick=False):
        bodies = {
            not_found_body(open_link(revoked_token)),
            not_found_body(open_link(week_token)),
            not_found_body(open_link(forged)),
            not_found_body(open_link(live_token[:-1])),
            not_found_body(open_link(live_token[:20])),
            not_found_body(open_link(live_token + "x")),
        }
        assert open_link(live_token).status_code == 200

    assert len(bodies) == 1
    assert b"This link does not work" in bodies.pop()


def test_a_link_works_at_its_expiry_and_not_one_second_later(owner):
    with time_machine.travel(MADE, tick=False):
        link, token = make_link(owner, days=7)
    assert link.expires_at == datetime(2026, 11, 9, 9, 0, tzinfo=UTC)

    with time_machine.travel(datetime(2026, 11, 9, 9, 0, tzinfo=UTC), tick=False):
        assert open_link(token).status_code == 200
    with time_machine.travel(datetime(2026, 11, 9, 9, 0, 1, tzinfo=UTC), tick=False):
        assert open_link(token).status_code == 404


def test_a_deactivated_users_link_answers_404(owner):
    _link, token = make_link(owner)
    owner.is_active = False
    owner.save(update_fields=["is_active"])

    assert open_link(token).status_code == 404


@pytest.mark.parametrize("days", [7, 30, 90])
def test_the_expiry_is_the_number_of_days_chosen(owner, days):
    with time_machine.travel(MADE, tick=False):
        link, _token = make_link(owner, days=days)

    assert link.expires_at == MADE + timedelta(days=days)


# Headers and the opening record ----------------------------------------------------------------


@pytest.mark.parametrize("working", [True, False])
def test_the_share_page_and_its_404_are_never_indexed_stored_or_referred(owner, working):
    _link, token = make_link(owner)

    response = open_link(token if working else "forged-token")

    assert response.status_code == (200 if working else 404)
    assert response["X-Robots-Tag"] == "noindex"
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"
    assert '<meta name="robots" content="noindex">' in response.text


def test_the_share_page_sets_no_cookie_and_carries_no_form(owner):
    _link, token = make_link(owner)

    response = open_link(token)

    assert "csrftoken" not in response.cookies
    assert "<form" not in response.text


def test_each_opening_is_counted_with_its_time(owner):
    link, token = make_link(owner)
    with time_machine.travel(datetime(2026, 11, 3, 8, 0, tzinfo=UTC), tick=False):
        open_link(token)
    with time_machine.travel(datetime(2026, 11, 4, 17, 30, tzinfo=UTC), tick=False):
        open_link(token)
        open_link("forged-token")

    link.refresh_from_db()
    assert link.open_count == 2
    assert link.last_opened_at == datetime(2026, 11, 4, 17, 30, tzinfo=UTC)


def test_a_closed_link_is_not_counted_when_opened(owner):
    link, token = make_link(owner)
    ShareLink.objects.filter(pk=link.pk).update(revoked_at=datetime(2026, 1, 1, tzinfo=UTC))

    open_link(token)

    link.refresh_from_db()
    assert link.open_count == 0
    assert link.last_opened_at is None


def test_the_share_page_answers_get_only(owner):
    _link, token = make_link(owner)

    assert Client().post(reverse("reports:shared", args=[token])).status_code == 405


# Query count ----------------------------------------------------------------------------------


@pytest.mark.parametrize("rows", [2, 40])
def test_the_share_page_takes_the_same_queries_at_any_size(
    owner, rows, django_assert_max_num_queries
):
    for index in range(rows):
        application = ApplicationFactory(owner=owner, company=f"Co {index}", notes="n")
        ContactFactory(application=application)
        InterviewFactory(application=application)
        StageChange.objects.create(application=application, to_stage="applied")
    _link, token = make_link(owner, **dict.fromkeys(EXTRAS, True))
    client = Client()

    # Rate count and clean-up 2, link 1, counted 1, dashboard 7, funnel 1, record 3, drafts 1,
    # sent 2, reflections 2, offers 1: the lists are bounded, the record prefetched.
    with django_assert_max_num_queries(24):
        response = open_link(token, client)

    assert response.status_code == 200
    assert response.text.count("<tr>") == rows + 1  # the record lists every application


def test_a_user_with_no_application_shares_an_empty_search(owner):
    _link, token = make_link(owner)

    response = open_link(token)

    assert response.status_code == 200
    assert "No live processes." in response.text
