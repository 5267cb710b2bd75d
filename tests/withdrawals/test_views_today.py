"""Today on the dashboard: each item shows and is one click from doing it; snooze, dismiss."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from applications.models import Application, Offer, Stage
from tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    OfferFactory,
)
from withdrawals.models import Scenario, TodaySnooze

pytestmark = pytest.mark.django_db

HOME = reverse("home")


def today_section(response) -> str:
    text = response.text
    start = text.index('id="today"')
    return text[start : text.index("</section>", start)]


def today_links(response) -> list[str]:
    return re.findall(r'<a class="btn btn-sm btn-primary" href="([^"]+)"', today_section(response))


def new_users_day(owner, at):
    """The issue's new user: an offer with a deadline, an interview tomorrow at 10:00 elsewhere,
    and a process that went quiet; days counted from the owner's today at the instant ``at``."""
    OfferFactory(
        application=ApplicationFactory(owner=owner, company="Offerco", stage=Stage.OFFER),
        received_on=at.today - timedelta(days=2),
        respond_by=at.today + timedelta(days=2),
    )
    leaving = ApplicationFactory(owner=owner, company="Interviewco", stage=Stage.INTERVIEWING)
    ContactFactory(application=leaving, is_main=True)
    # Tomorrow 10:00 is at most 34 hours away (35 across a change of clocks): inside the call
    # window at any hour.
    tomorrow = at.local(at.today + timedelta(days=1), 10)
    InterviewFactory(application=leaving, scheduled_at=tomorrow)
    ApplicationFactory(
        owner=owner, company="Silentco", last_activity_at=at.moment - timedelta(days=35)
    )


def test_a_new_users_offer_interview_and_quiet_process_each_show_on_today(
    any_hour, owner_client, owner
):
    new_users_day(owner, any_hour)

    response = owner_client.get(HOME)

    section = today_section(response)
    assert "Call Interviewco before the interview tomorrow at 10:00" in section
    assert "Answer the offer from Offerco: the deadline is in 2 days" in section
    assert "1 process has gone quiet for 4 weeks or more" in section
    # One click from doing each: every link opens its page.
    links = today_links(response)
    assert len(links) == 3
    for link in links:
        assert owner_client.get(link).status_code == 200


def test_an_empty_today_says_so(owner_client):
    response = owner_client.get(HOME)

    assert "Nothing needs you today." in today_section(response)


def test_snooze_hides_the_item_and_returns_to_the_dashboard(any_hour, owner_client, owner):
    new_users_day(owner, any_hour)
    key = re.findall(r'name="key" value="([^"]+)"', today_section(owner_client.get(HOME)))[0]

    response = owner_client.post(
        reverse("withdrawals:today_snooze"), {"key": key, "next": HOME}, follow=True
    )

    assert response.redirect_chain[-1][0] == HOME
    assert "Snoozed until" in response.text
    assert "Call Interviewco" not in today_section(response)
    snooze = TodaySnooze.objects.get(owner=owner)
    assert snooze.key == key
    assert snooze.until == any_hour.today + timedelta(days=1)  # the owner's tomorrow


def test_dismiss_hides_the_item_for_good(any_hour, owner_client, owner):
    new_users_day(owner, any_hour)
    section = today_section(owner_client.get(HOME))
    key = next(k for k in re.findall(r'name="key" value="([^"]+)"', section) if "deadline" in k)

    response = owner_client.post(reverse("withdrawals:today_dismiss"), {"key": key}, follow=True)

    assert "Dismissed: it will not come back." in response.text
    assert "Answer the offer from Offerco" not in today_section(response)
    assert TodaySnooze.objects.get(owner=owner, key=key).until is None


@pytest.mark.parametrize("name", ["withdrawals:today_snooze", "withdrawals:today_dismiss"])
def test_snooze_and_dismiss_are_post_only(owner_client, name):
    assert owner_client.get(reverse(name)).status_code == 405


@pytest.mark.parametrize("key", ["", "x", "<script>", "call:1:2:3:4:5", "a" * 200])
def test_a_bad_key_is_refused_and_nothing_saved(owner_client, key):
    response = owner_client.post(reverse("withdrawals:today_snooze"), {"key": key})

    assert response.status_code == 400
    assert not TodaySnooze.objects.exists()


def test_next_never_leads_to_another_site(owner_client):
    response = owner_client.post(
        reverse("withdrawals:today_dismiss"),
        {"key": "quiet:abc", "next": "https://evil.example/"},
    )

    assert response.url == HOME


def test_deciding_the_offer_takes_it_off_today(any_hour, owner_client, owner):
    new_users_day(owner, any_hour)
    offer = Offer.objects.get()

    owner_client.post(
        reverse("applications:offer_decide", args=[offer.application.pk]),
        {"decision": Offer.Decision.ACCEPTED},
    )

    assert "Answer the offer from Offerco" not in today_section(owner_client.get(HOME))


# The check-in -------------------------------------------------------------------------------


def silent(owner, days=9):
    application = ApplicationFactory(
        owner=owner,
        company="Silentco",
        position="Data Engineer",
        last_activity_at=timezone.now() - timedelta(days=days),
    )
    ContactFactory(
        application=application, name="Jo Bloggs", email="jo@silent.example", is_main=True
    )
    return application


def test_the_follow_up_item_opens_the_check_in_chosen(owner_client, owner):
    application = silent(owner)

    [link] = today_links(owner_client.get(HOME))
    response = owner_client.get(link)

    assert link == f"/withdrawals/{application.pk}/write/?scenario=checking_in"
    assert response.status_code == 200
    assert 'value="checking_in" checked' in response.text or (
        'value="checking_in" selected' in response.text
    )


def test_sending_the_check_in_ends_the_follow_up_until_the_next_silence(owner_client, owner):
    application = silent(owner)

    owner_client.post(
        reverse("withdrawals:write", args=[application.pk]),
        {"scenario": Scenario.CHECKING_IN, "tone": "warm"},
    )
    draft = owner_client.get(reverse("withdrawals:draft", args=[application.pk]))
    assert "Data Engineer" in draft.text
    owner_client.post(reverse("withdrawals:mark_sent", args=[application.pk]), {"method": "email"})

    application.refresh_from_db()
    assert application.stage == Stage.APPLIED  # a check-in keeps the process going
    assert timezone.now() - application.last_activity_at < timedelta(minutes=1)
    assert "Follow up with Silentco" not in today_section(owner_client.get(HOME))


@pytest.mark.parametrize("rows", [5, 200])
def test_today_queries_do_not_grow_with_rows(owner_client, owner, rows, django_assert_num_queries):
    old = timezone.now() - timedelta(days=10)
    Application.objects.bulk_create(
        ApplicationFactory.build(owner=owner, company=f"Co {index:03}", last_activity_at=old)
        for index in range(rows)
    )

    from withdrawals.today import today_items

    # One query per rule, follow-ups and quiet processes sharing one (6), and one for the
    # snoozes, whatever the number of applications: the candidate rule is read unordered, so
    # the stored next interviews need no refresh here.
    with django_assert_num_queries(7):
        items = today_items(user=owner)

    assert len(items) == 5  # follow-ups are capped at five
