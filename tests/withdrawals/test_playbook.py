"""Between offer and decision: ask for time, ask for a timeline, keep the door open, check in.
Drafted and checked like a withdrawal, recorded as a contact on the process, which stays live."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from applications.models import Offer, Stage
from tests.factories import ApplicationFactory, ContactFactory, OfferFactory
from withdrawals.models import Scenario, SentMessage, Tone, Withdrawal, WithdrawalDraft

pytestmark = pytest.mark.django_db


@pytest.fixture
def offer(owner):
    offer = OfferFactory(
        application__owner=owner,
        application__company="Initech",
        application__position="Platform Engineer",
        respond_by=timezone.localdate() + timedelta(days=4),
    )
    ContactFactory(application=offer.application, name="Tom Smykowski", is_main=True)
    return offer


def write_url(application, query=""):
    return reverse("withdrawals:write", args=[application.pk]) + query


def test_candidates_page_offers_the_playbook_with_a_pending_written_offer(
    owner_client, owner, offer, globex
):
    globex.interest = 5
    globex.save()
    quiet = ApplicationFactory(owner=owner, company="Hooli", stage=Stage.APPLIED, interest=2)

    page = owner_client.get(reverse("withdrawals:candidates")).text

    assert "While you decide" in page
    assert f'href="{write_url(offer.application, "?scenario=request_time")}"' in page
    assert "Ask Initech for time to decide" in page
    assert f'href="{write_url(globex, "?scenario=ask_timeline")}"' in page
    assert f'href="{write_url(globex, "?scenario=keep_door_open")}"' in page
    # A process the user does not prefer gets no such note.
    assert write_url(quiet, "?scenario=ask_timeline") not in page


def test_a_candidate_with_its_own_offer_is_offered_only_what_is_true_for_it(
    owner_client, owner, offer
):
    # Two written offers: each is the other's candidate. Globex made an offer itself, so its
    # timeline is no question to ask; keeping the door open (terms) is.
    globex_offer = OfferFactory(application__owner=owner, application__company="Globex")
    hooli = ApplicationFactory(owner=owner, company="Hooli", stage=Stage.INTERVIEWING, interest=5)
    globex = globex_offer.application

    page = owner_client.get(reverse("withdrawals:candidates")).text
    write = owner_client.get(write_url(globex, "?scenario=ask_timeline")).text

    assert write_url(globex, "?scenario=ask_timeline") not in page
    assert f'href="{write_url(globex, "?scenario=keep_door_open")}"' in page
    assert f'href="{write_url(hooli, "?scenario=ask_timeline")}"' in page
    assert 'value="ask_timeline"' not in write
    assert 'value="keep_door_open"' in write


def test_no_playbook_once_an_offer_is_accepted(owner_client, owner, globex):
    OfferFactory(
        application__owner=owner,
        application__stage=Stage.ACCEPTED,
        decision=Offer.Decision.ACCEPTED,
        decided_on=timezone.localdate(),
    )

    page = owner_client.get(reverse("withdrawals:candidates")).text

    assert "While you decide" not in page
    assert "?scenario=ask_timeline" not in page


def test_asking_for_time_is_drafted_recorded_and_leaves_the_process_live(owner_client, offer):
    application = offer.application
    page = owner_client.get(write_url(application, "?scenario=request_time")).text
    assert "Write to Initech" in page
    assert re.search(r'<option value="request_time"\s+selected', page)
    assert 'value="not_right_fit"' not in page  # messages only, no withdrawals here

    decide_by = timezone.localdate() + timedelta(days=9)
    response = owner_client.post(
        write_url(application),
        {"scenario": Scenario.REQUEST_TIME, "tone": Tone.FORMAL, "decide_by": decide_by},
    )
    assert response.status_code == 302
    draft = WithdrawalDraft.objects.get(application=application)
    deadline = offer.respond_by
    assert f"You asked for my reply by {deadline:%A} {deadline.day} {deadline:%B}." in draft.body
    assert f"give you my answer by {decide_by:%A} {decide_by.day} {decide_by:%B}?" in draft.body
    page = owner_client.get(response.url).text
    assert "Your message to Initech" in page
    assert "records it on this process, which stays live" in page

    response = owner_client.post(
        reverse("withdrawals:mark_sent", args=[application.pk]), {"method": "email"}, follow=True
    )

    assert "Recorded your message to Initech" in response.text
    assert "The process stays live." in response.text
    application.refresh_from_db()
    assert application.stage == Stage.OFFER
    message = SentMessage.objects.get()
    assert (message.scenario, message.method, message.recipient_name) == (
        Scenario.REQUEST_TIME,
        "email",
        "Tom Smykowski",
    )
    assert message.body == draft.body
    assert not Withdrawal.objects.exists()
    assert not WithdrawalDraft.objects.exists()
    assert "Messages you sent" in response.text
    # A second click finds nothing left to record.
    owner_client.post(reverse("withdrawals:mark_sent", args=[application.pk]), {"method": "email"})
    assert SentMessage.objects.count() == 1


@pytest.mark.parametrize(
    ("scenario", "says"),
    [
        (Scenario.ASK_TIMELINE, "could you share your timeline for the next steps?"),
        (Scenario.KEEP_DOOR_OPEN, "A salary nearer £70,000 would make this an easy yes."),
        (Scenario.CHECKING_IN, "I am writing to follow up on my application"),
    ],
)
def test_each_message_scenario_is_drafted_and_recorded(owner_client, offer, globex, scenario, says):
    response = owner_client.post(
        write_url(globex),
        {
            "scenario": scenario,
            "tone": Tone.FORMAL,
            "reason": "A salary nearer £70,000 would make this an easy yes."
            if scenario == Scenario.KEEP_DOOR_OPEN
            else "",
        },
    )
    assert response.status_code == 302
    assert says in WithdrawalDraft.objects.get(application=globex).body

    owner_client.post(reverse("withdrawals:mark_sent", args=[globex.pk]), {"method": "phone"})

    globex.refresh_from_db()
    assert globex.stage == Stage.INTERVIEWING
    message = SentMessage.objects.get(application=globex)
    assert (message.scenario, message.method) == (scenario, "phone")
    assert says in message.body


def test_asking_a_timeline_without_a_written_offer_is_refused(owner_client, globex):
    response = owner_client.post(
        write_url(globex), {"scenario": Scenario.ASK_TIMELINE, "tone": Tone.FORMAL}
    )

    assert response.status_code == 422
    assert not WithdrawalDraft.objects.exists()


def test_a_message_draft_gives_no_advice_to_cancel_the_interview(owner_client, offer, globex):
    from tests.factories import InterviewFactory

    InterviewFactory(application=globex, scheduled_at=timezone.now() + timedelta(hours=5))
    owner_client.post(write_url(globex), {"scenario": Scenario.CHECKING_IN, "tone": "brief"})

    page = owner_client.get(reverse("withdrawals:draft", args=[globex.pk])).text

    assert "call them instead of emailing" not in page
    assert re.search(r'value="email"[^>]*checked', page)


def test_write_is_private(client, stranger, globex):
    client.force_login(stranger)

    assert client.get(write_url(globex)).status_code == 404
    response = client.post(write_url(globex), {"scenario": "checking_in", "tone": "formal"})
    assert response.status_code == 404
    assert not WithdrawalDraft.objects.exists()
