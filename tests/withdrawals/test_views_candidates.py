"""The withdrawal candidates page, keep in play and its undo, and the dashboard banner."""

import html
import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from applications import services
from applications.models import Application, Contact, Interview, KeepReason, Stage
from tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    OfferFactory,
    UserFactory,
)
from withdrawals import services as withdrawal_services
from withdrawals.models import WithdrawalDraft

pytestmark = pytest.mark.django_db

CANDIDATES_URL = reverse("withdrawals:candidates")


def keep_url(application):
    return reverse("withdrawals:keep_in_play", args=[application.pk])


def undo_url(application):
    return reverse("withdrawals:undo_keep_in_play", args=[application.pk])


def shown_candidates(response) -> list[str]:
    """Companies in the order the page lists them."""
    if 'id="candidates"' not in response.text:
        return []
    listing = response.text.split('id="candidates"', 1)[1].split("</ol>", 1)[0]
    return [
        html.unescape(company)
        for company in re.findall(r'<h2 class="h5 mb-0"><a href="[^"]+">(.*?)</a>', listing)
    ]


def kept_section(response) -> str:
    if 'id="kept-heading"' not in response.text:
        return ""
    return response.text.split('id="kept-heading"', 1)[1].split("</section>", 1)[0]


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def not_kept(application) -> bool:
    application.refresh_from_db()
    return (
        application.kept_in_play_at is None
        and application.kept_in_play_reason == ""
        and application.kept_in_play_note == ""
    )


@pytest.fixture
def offer(owner):
    return OfferFactory(application__owner=owner, application__company="Acme")


# The page ---------------------------------------------------------------------------------------


def test_candidates_page_lists_my_candidates_most_urgent_first_with_what_to_do(
    any_hour, owner_client, owner, offer
):
    now = any_hour.moment
    quiet = ApplicationFactory(
        owner=owner,
        company="Initech",
        stage=Stage.SCREENING,
        last_activity_at=now - timedelta(days=40),
    )
    soon = ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)
    # Tomorrow at 10:00 is within the 48-hour call window at any hour.
    tomorrow_10h = any_hour.local(any_hour.today + timedelta(days=1), 10)
    InterviewFactory(application=soon, scheduled_at=tomorrow_10h)
    ContactFactory(
        application=soon,
        name="Priya Shah",
        role=Contact.Role.HIRING_MANAGER,
        email="priya@globex.example",
        is_main=True,
    )

    response = owner_client.get(CANDIDATES_URL)

    assert response.status_code == 200
    assert "<h1" in response.text and "Withdrawal candidates</h1>" in response.text
    assert shown_candidates(response) == ["Globex", "Initech"]
    text = html.unescape(response.text)
    assert "Consider withdrawing where you would not choose the role over this offer" in text
    assert "Interview tomorrow at 10:00" in text
    assert "call them rather than email, and never miss it without notice" in text
    assert "Main contact: Priya Shah (Hiring manager), priya@globex.example" in text
    assert "No news for 40 days" in text
    assert reverse("applications:contact_create", args=[quiet.pk]) in text
    assert keep_url(soon) in text and keep_url(quiet) in text
    assert "Acme" not in shown_candidates(response)
    assert offer.application.pk not in [
        c.application.pk for c in response.context["situation"].candidates
    ]


def test_interview_times_on_the_page_are_in_the_users_time_zone(client):
    user = UserFactory(username="kiwi", time_zone="Pacific/Auckland")
    zone = ZoneInfo(user.time_zone)
    OfferFactory(application__owner=user)
    application = ApplicationFactory(owner=user, company="Globex")
    tomorrow = timezone.localtime(timezone.now(), zone).date() + timedelta(days=1)
    InterviewFactory(
        application=application, scheduled_at=datetime.combine(tomorrow, time(10, 0), tzinfo=zone)
    )
    client.force_login(user)

    response = client.get(CANDIDATES_URL)

    assert "Interview tomorrow at 10:00" in response.text


def test_an_offer_not_in_writing_yet_asks_to_wait_for_it_in_writing(owner_client, owner):
    OfferFactory(application__owner=owner, application__company="Acme", in_writing=False)
    ApplicationFactory(owner=owner, company="Globex")

    response = owner_client.get(CANDIDATES_URL)

    text = html.unescape(response.text)
    assert "Your offer from Acme is not in writing yet. Wait for it in writing" in text
    assert shown_candidates(response) == []


def test_without_an_offer_the_page_explains_what_will_appear(owner_client, owner):
    ApplicationFactory(owner=owner, company="Globex")

    response = owner_client.get(CANDIDATES_URL)

    assert response.status_code == 200
    assert "No offer in writing yet, so nothing to withdraw from." in response.text
    assert shown_candidates(response) == []


def test_an_accepted_offer_asks_to_withdraw_now(owner_client, owner):
    offer = OfferFactory(application__owner=owner, application__company="Acme")
    ApplicationFactory(owner=owner, company="Globex")
    services.decide_offer(offer=offer, decision="accepted")

    response = owner_client.get(CANDIDATES_URL)

    text = html.unescape(response.text)
    assert (
        "You accepted Acme: withdraw from the remaining processes now, "
        "before their next interviews." in text
    )
    assert 'class="alert alert-danger" role="status" id="situation"' in text
    assert shown_candidates(response) == ["Globex"]


def test_with_nothing_else_live_the_page_says_so(owner_client, offer):
    response = owner_client.get(CANDIDATES_URL)

    assert "No other live process to decide on." in response.text


def test_a_stranger_sees_none_of_my_candidates(client, owner, stranger, offer):
    ApplicationFactory(owner=owner, company="Globex")
    OfferFactory(application__owner=stranger, application__company="Their offer")
    ApplicationFactory(owner=stranger, company="Their other process")
    client.force_login(stranger)

    response = client.get(CANDIDATES_URL)

    assert shown_candidates(response) == ["Their other process"]
    assert "Globex" not in response.text
    assert "Acme" not in response.text


def test_i_see_none_of_a_strangers_candidates(owner_client, owner, stranger):
    OfferFactory(application__owner=stranger)
    ApplicationFactory(owner=stranger, company="Their other process")
    ApplicationFactory(owner=owner, company="Globex")

    response = owner_client.get(CANDIDATES_URL)

    assert shown_candidates(response) == []
    assert "Their other process" not in response.text


def test_the_page_needs_a_login(client):
    response = client.get(CANDIDATES_URL)

    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


# Keep in play and undo --------------------------------------------------------------------------


def test_keep_in_play_takes_it_off_the_list_and_shows_it_as_kept(owner_client, owner, offer):
    globex = ApplicationFactory(owner=owner, company="Globex", position="Data Engineer")
    ApplicationFactory(owner=owner, company="Initech")

    response = owner_client.post(
        keep_url(globex), {"reason": KeepReason.NEGOTIATING, "note": "Using it as leverage"}
    )

    assert response.status_code == 302
    assert response.url == CANDIDATES_URL
    globex.refresh_from_db()
    assert globex.kept_in_play_reason == KeepReason.NEGOTIATING
    assert globex.kept_in_play_note == "Using it as leverage"
    assert globex.kept_in_play_at is not None
    page = owner_client.get(response.url)
    assert messages_of(page) == [
        "Kept Data Engineer at Globex in play (negotiating). It is off the list until you undo "
        "it or a new offer arrives."
    ]
    assert shown_candidates(page) == ["Initech"]
    kept = html.unescape(kept_section(page))
    assert "Data Engineer at Globex</a> · Negotiating: Using it as leverage" in kept
    assert undo_url(globex) in kept


def test_undo_keep_in_play_puts_it_back_on_the_list(owner_client, owner, offer):
    globex = ApplicationFactory(owner=owner, company="Globex", position="Data Engineer")
    withdrawal_services.keep_in_play(application=globex, reason=KeepReason.STILL_DECIDING)

    response = owner_client.post(undo_url(globex))

    assert response.status_code == 302
    assert response.url == CANDIDATES_URL
    assert not_kept(globex)
    page = owner_client.get(response.url)
    assert messages_of(page) == ["Data Engineer at Globex is back on the list."]
    assert shown_candidates(page) == ["Globex"]
    assert kept_section(page) == ""


@pytest.mark.parametrize("data", [{}, {"reason": "because"}, {"reason": "", "note": "x"}])
def test_keep_in_play_without_a_valid_reason_stores_nothing(owner_client, owner, offer, data):
    globex = ApplicationFactory(owner=owner, company="Globex")

    response = owner_client.post(keep_url(globex), data)

    assert response.status_code == 422
    assert messages_of(response) == ["Choose why you keep this process in play."]
    assert not_kept(globex)
    assert shown_candidates(response) == ["Globex"]


def test_keep_in_play_with_a_too_long_note_stores_nothing(owner_client, owner, offer):
    globex = ApplicationFactory(owner=owner, company="Globex")

    response = owner_client.post(
        keep_url(globex), {"reason": KeepReason.NEGOTIATING, "note": "x" * 201}, follow=True
    )

    # The note's own problem, not a reason the user gave.
    assert messages_of(response) == [
        "Note: Ensure this value has at most 200 characters (it has 201)."
    ]
    assert not_kept(globex)


def test_keep_in_play_with_a_nul_in_the_note_says_so_and_stores_nothing(owner_client, owner, offer):
    globex = ApplicationFactory(owner=owner, company="Globex")

    response = owner_client.post(
        keep_url(globex), {"reason": KeepReason.NEGOTIATING, "note": "a\x00b"}, follow=True
    )

    assert messages_of(response) == ["Note: Null characters are not allowed."]
    assert not_kept(globex)


def test_a_stranger_cannot_keep_my_process_in_play(client, owner, stranger, offer):
    globex = ApplicationFactory(owner=owner, company="Globex")
    client.force_login(stranger)

    response = client.post(keep_url(globex), {"reason": KeepReason.NEGOTIATING})

    assert response.status_code == 404
    assert not_kept(globex)


def test_a_stranger_cannot_undo_my_keep_in_play(client, owner, stranger, offer):
    globex = ApplicationFactory(owner=owner, company="Globex")
    withdrawal_services.keep_in_play(application=globex, reason=KeepReason.NEGOTIATING, note="Mine")
    client.force_login(stranger)

    response = client.post(undo_url(globex))

    assert response.status_code == 404
    globex.refresh_from_db()
    assert (globex.kept_in_play_reason, globex.kept_in_play_note) == (
        KeepReason.NEGOTIATING,
        "Mine",
    )
    assert globex.kept_in_play_at is not None


@pytest.mark.parametrize("url_for", [keep_url, undo_url], ids=["keep", "undo"])
def test_keep_and_undo_refuse_get(owner_client, owner, offer, url_for):
    globex = ApplicationFactory(owner=owner, company="Globex")
    withdrawal_services.keep_in_play(application=globex, reason=KeepReason.NEGOTIATING)
    kept_at = Application.objects.get(pk=globex.pk).kept_in_play_at

    response = owner_client.get(url_for(globex))

    assert response.status_code == 405
    globex.refresh_from_db()
    assert globex.kept_in_play_at == kept_at


# The dashboard banner ---------------------------------------------------------------------------


def test_dashboard_banner_counts_the_other_processes(owner_client, owner, offer):
    ApplicationFactory(owner=owner, company="Globex")
    ApplicationFactory(owner=owner, company="Initech")
    ApplicationFactory(owner=owner, company="Closed", stage=Stage.REJECTED)

    response = owner_client.get(reverse("home"))

    assert response.status_code == 200
    assert response.context["candidate_count"] == 2
    assert "You hold an offer in writing: <strong>2 other processes</strong> to decide on" in (
        response.text
    )
    assert f'href="{CANDIDATES_URL}">See withdrawal candidates</a>' in response.text


def test_dashboard_banner_says_process_for_one(owner_client, owner, offer):
    ApplicationFactory(owner=owner, company="Globex")

    response = owner_client.get(reverse("home"))

    assert "<strong>1 other process</strong>" in response.text


def test_dashboard_banner_leaves_out_kept_processes_and_goes_when_none_is_left(
    owner_client, owner, offer
):
    globex = ApplicationFactory(owner=owner, company="Globex")
    withdrawal_services.keep_in_play(application=globex, reason=KeepReason.SEE_IT_THROUGH)

    response = owner_client.get(reverse("home"))

    assert response.context["candidate_count"] == 0
    assert 'id="candidates-banner"' not in response.text


def test_no_banner_without_a_written_offer(owner_client, owner):
    OfferFactory(application__owner=owner, in_writing=False)
    ApplicationFactory(owner=owner, company="Globex")

    response = owner_client.get(reverse("home"))

    assert 'id="candidates-banner"' not in response.text


def test_no_banner_from_a_strangers_offer(owner_client, owner, stranger):
    OfferFactory(application__owner=stranger)
    ApplicationFactory(owner=owner, company="Globex")

    response = owner_client.get(reverse("home"))

    assert 'id="candidates-banner"' not in response.text


# Query counts -----------------------------------------------------------------------------------


def add_candidates(owner, count):
    """``count`` live applications, each with a main contact and an upcoming interview."""
    now = timezone.now()
    stages = [Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING]
    applications = Application.objects.bulk_create(
        ApplicationFactory.build(
            owner=owner,
            company=f"Bulk {index:03}",
            stage=stages[index % len(stages)],
            last_activity_at=now - timedelta(days=index % 60),
        )
        for index in range(count)
    )
    Contact.objects.bulk_create(
        ContactFactory.build(application=application, is_main=True) for application in applications
    )
    Interview.objects.bulk_create(
        InterviewFactory.build(
            application=application,
            scheduled_at=now + timedelta(hours=index + 1),
            is_final_round=index % 2 == 0,
        )
        for index, application in enumerate(applications)
    )
    return applications


# Session, user, offers, the refresh of interviews that have begun, the candidate count, one
# page of candidates, their contacts, the kept ones and their count, the never-applied ones:
# one query each, however many candidates there are.
CANDIDATES_PAGE_QUERIES = 10


@pytest.mark.parametrize(("count", "shown"), [(5, 5), (200, 20)])
def test_candidates_page_queries_and_cards_do_not_grow_with_candidates(
    owner_client, owner, offer, count, shown, django_assert_num_queries
):
    add_candidates(owner, count)
    kept = ApplicationFactory(owner=owner, company="Kept")
    withdrawal_services.keep_in_play(application=kept, reason=KeepReason.NEGOTIATING)

    with django_assert_num_queries(CANDIDATES_PAGE_QUERIES):
        response = owner_client.get(CANDIDATES_URL)

    assert len(shown_candidates(response)) == shown
    assert response.text.count("Main contact:") == shown
    assert response.text.count("<a ") <= 3 * 20 + 20
    assert "Kept" in kept_section(response)
    if count == 200:
        assert "Page 1 of 10 (200 candidates)" in response.text
        assert "Draft withdrawals for the 50 most urgent" in response.text
    else:
        assert "Draft withdrawals for all 5" in response.text


def test_the_second_page_continues_in_urgency_order(owner_client, owner, offer):
    add_candidates(owner, 45)
    first = shown_candidates(owner_client.get(CANDIDATES_URL))
    second = shown_candidates(owner_client.get(CANDIDATES_URL, {"page": 2}))
    last = shown_candidates(owner_client.get(CANDIDATES_URL, {"page": 99}))

    assert len(first) == len(second) == 20
    assert not set(first) & set(second)
    assert len(last) == 5  # past the end: the last page


def test_draft_all_takes_the_most_urgent_candidates_of_every_page(owner_client, owner, offer):
    add_candidates(owner, 60)
    urgent = [
        *shown_candidates(owner_client.get(CANDIDATES_URL)),
        *shown_candidates(owner_client.get(CANDIDATES_URL, {"page": 2})),
        *shown_candidates(owner_client.get(CANDIDATES_URL, {"page": 3})),
    ][:50]

    response = owner_client.post(reverse("withdrawals:bulk_start"), {"all": "1"})

    drafted = WithdrawalDraft.objects.filter(application__owner=owner)
    assert sorted(drafted.values_list("application__company", flat=True)) == sorted(urgent)
    first = Application.objects.get(owner=owner, company=urgent[0])
    assert response.url.startswith(reverse("withdrawals:draft", args=[first.pk]))


# Session, user, stage counts, live processes and interviews (each after a refresh and with a
# count), stage changes, offers and their count, the banner count, the clash warnings: one query
# each, however many applications there are; then Today: one per rule (7), the refresh the
# candidate rule runs, and one for the snoozed items.
DASHBOARD_QUERIES = 22


@pytest.mark.parametrize("count", [5, 200])
def test_dashboard_queries_do_not_grow_with_candidates(
    owner_client, owner, offer, count, django_assert_max_num_queries
):
    add_candidates(owner, count)

    with django_assert_max_num_queries(DASHBOARD_QUERIES):
        response = owner_client.get(reverse("home"))

    assert response.context["candidate_count"] == count
    assert f"<strong>{count} other processes</strong>" in response.text
