"""Recording, editing and deciding offers, and where an offer shows."""

import html
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from applications import services
from applications.fields import DATE_FORMAT_MESSAGE
from applications.models import Offer, Stage, StageChange
from tests.applications.helpers import errors_beside
from tests.factories import ApplicationFactory, OfferFactory

pytestmark = pytest.mark.django_db


def today_for(user):
    """Today on the user's own calendar, which is the one the views use."""
    return timezone.localdate(timezone=ZoneInfo(user.time_zone))


def offer_url(application):
    return reverse("applications:offer", args=[application.pk])


def decide_url(application):
    return reverse("applications:offer_decide", args=[application.pk])


def history(application):
    return list(
        application.stage_changes.order_by("changed_at", "pk").values_list(
            "from_stage", "to_stage", "note"
        )
    )


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def application(owner):
    return services.create_application(
        application=ApplicationFactory.build(
            owner=owner, company="Acme", position="Platform Engineer", stage=Stage.INTERVIEWING
        )
    )


def valid_offer_data(owner, **overrides):
    today = today_for(owner)
    data = {
        "received_on": today.isoformat(),
        "in_writing": "on",
        "base_pay_minor": "65000",
        "currency": "gbp",
        "period": Offer.Period.YEAR,
        "details": "Pension 8%, 30 days off",
        "respond_by": (today + timedelta(days=5)).isoformat(),
        "decision": Offer.Decision.PENDING,
        "decided_on": "",
    }
    return data | overrides


# The services -----------------------------------------------------------------------------------


def test_save_offer_moves_the_application_to_offer_with_its_history(application):
    services.save_offer(offer=Offer(application=application, in_writing=True))

    application.refresh_from_db()
    assert application.stage == Stage.OFFER
    assert history(application) == [
        ("", Stage.INTERVIEWING, ""),
        (Stage.INTERVIEWING, Stage.OFFER, "Offer received in writing"),
    ]


def test_save_offer_notes_a_verbal_offer_as_such(application):
    services.save_offer(offer=Offer(application=application, in_writing=False))

    assert history(application)[-1] == (Stage.INTERVIEWING, Stage.OFFER, "Offer received")


def test_accepting_moves_to_accepted_and_declining_to_offer_declined(any_hour, owner):
    accepted = ApplicationFactory(owner=owner, stage=Stage.INTERVIEWING)
    declined = ApplicationFactory(owner=owner, stage=Stage.INTERVIEWING)
    for application in (accepted, declined):
        services.save_offer(offer=Offer(application=application, in_writing=True))

    services.decide_offer(offer=accepted.offer, decision=Offer.Decision.ACCEPTED)
    services.decide_offer(offer=declined.offer, decision=Offer.Decision.DECLINED)

    accepted.refresh_from_db()
    declined.refresh_from_db()
    assert accepted.stage == Stage.ACCEPTED
    assert declined.stage == Stage.OFFER_DECLINED
    assert history(accepted) == [
        (Stage.INTERVIEWING, Stage.OFFER, "Offer received in writing"),
        (Stage.OFFER, Stage.ACCEPTED, "Offer accepted"),
    ]
    assert history(declined) == [
        (Stage.INTERVIEWING, Stage.OFFER, "Offer received in writing"),
        (Stage.OFFER, Stage.OFFER_DECLINED, "Offer declined"),
    ]
    for application in (accepted, declined):
        offer = Offer.objects.get(application=application)
        assert offer.decided_on == any_hour.today  # the owner's day, not the server's


def test_decide_offer_refuses_anything_but_accept_or_decline(application):
    offer = services.save_offer(offer=Offer(application=application, in_writing=True))

    with pytest.raises(ValueError, match="Not a decision"):
        services.decide_offer(offer=offer, decision=Offer.Decision.PENDING)

    offer.refresh_from_db()
    assert offer.decision == Offer.Decision.PENDING


def test_editing_an_offer_without_a_new_decision_writes_no_history(application):
    offer = services.save_offer(offer=Offer(application=application, in_writing=False))
    before = StageChange.objects.count()
    last_activity = application.last_activity_at

    offer.base_pay_minor = 7_000_000
    offer.in_writing = True
    services.save_offer(offer=offer)

    assert StageChange.objects.count() == before
    application.refresh_from_db()
    assert application.stage == Stage.OFFER
    assert application.last_activity_at > last_activity


def test_going_back_to_pending_clears_the_decision_date(application):
    offer = services.save_offer(offer=Offer(application=application, in_writing=True))
    services.decide_offer(offer=offer, decision=Offer.Decision.ACCEPTED)

    offer.decision = Offer.Decision.PENDING
    services.save_offer(offer=offer)

    offer.refresh_from_db()
    application.refresh_from_db()
    assert offer.decided_on is None
    assert application.stage == Stage.OFFER
    assert history(application)[-1] == (Stage.ACCEPTED, Stage.OFFER, "Offer received in writing")


# Recording and editing through the form ---------------------------------------------------------


def test_the_offer_form_starts_with_today_and_explains_in_writing(owner_client, owner, application):
    response = owner_client.get(offer_url(application))

    assert response.status_code == 200
    assert "Record an offer</h1>" in response.text
    assert f'value="{today_for(owner).isoformat()}"' in response.text
    assert "Only an offer <strong>in writing</strong>" in response.text


def test_recording_an_offer_saves_it_and_moves_the_stage(owner_client, owner, application):
    response = owner_client.post(offer_url(application), valid_offer_data(owner))

    assert response.status_code == 302
    assert response.url == application.get_absolute_url()
    offer = Offer.objects.get(application=application)
    assert offer.in_writing is True
    assert offer.base_pay_minor == 6_500_000
    assert offer.currency == "GBP"
    assert offer.respond_by == today_for(owner) + timedelta(days=5)
    assert offer.decision == Offer.Decision.PENDING
    assert offer.decided_on is None
    application.refresh_from_db()
    assert application.stage == Stage.OFFER
    page = owner_client.get(response.url)
    assert messages_of(page) == ["Offer recorded. Congratulations!"]


def test_editing_the_offer_updates_it(owner_client, owner, application):
    services.save_offer(offer=Offer(application=application, in_writing=False))

    form = owner_client.get(offer_url(application))
    response = owner_client.post(
        offer_url(application), valid_offer_data(owner, base_pay_minor="70,000.50"), follow=True
    )

    assert "Edit the offer</h1>" in form.text
    assert messages_of(response) == ["Offer updated."]
    offer = Offer.objects.get(application=application)
    assert offer.in_writing is True
    assert offer.base_pay_minor == 7_000_050
    assert Offer.objects.count() == 1


def test_accepting_in_the_form_with_no_date_decides_today(owner_client, owner, application):
    response = owner_client.post(
        offer_url(application),
        valid_offer_data(owner, decision=Offer.Decision.ACCEPTED, decided_on=""),
    )

    assert response.status_code == 302
    offer = Offer.objects.get(application=application)
    assert offer.decision == Offer.Decision.ACCEPTED
    assert offer.decided_on == today_for(owner)
    application.refresh_from_db()
    assert application.stage == Stage.ACCEPTED


def test_declining_in_the_form_on_a_given_date(owner_client, owner, application):
    decided = today_for(owner)

    owner_client.post(
        offer_url(application),
        valid_offer_data(owner, decision=Offer.Decision.DECLINED, decided_on=decided.isoformat()),
    )

    offer = Offer.objects.get(application=application)
    assert (offer.decision, offer.decided_on) == (Offer.Decision.DECLINED, decided)
    application.refresh_from_db()
    assert application.stage == Stage.OFFER_DECLINED


def bad_inputs():
    # (field, value or callable of today, message beside the field)
    return [
        ("base_pay_minor", lambda today: "-1", "The amount can’t be negative."),
        (
            "base_pay_minor",
            lambda today: "lots",
            "Enter an amount in figures, like 65000 or 412.50.",
        ),
        (
            "respond_by",
            lambda today: (today - timedelta(days=1)).isoformat(),
            "The deadline can’t be before the date you received it.",
        ),
        (
            "decided_on",
            lambda today: (today - timedelta(days=1)).isoformat(),
            "The decision can’t be before the date you received it.",
        ),
        ("decided_on", lambda today: "last week", DATE_FORMAT_MESSAGE),
        (
            "received_on",
            lambda today: (today + timedelta(days=1)).isoformat(),
            "The date received can’t be in the future.",
        ),
        ("currency", lambda today: "EU", "Use a three-letter currency code, like GBP or EUR."),
        (
            "currency",
            lambda today: "pounds",
            "Use a three-letter currency code, like GBP or EUR.",
        ),
        ("currency", lambda today: "G1P", "Use a three-letter currency code, like GBP or EUR."),
        ("currency", lambda today: "", "This field is required."),
    ]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    bad_inputs(),
    ids=[
        "negative-amount",
        "amount-not-a-number",
        "deadline-before-received",
        "decision-before-received",
        "decision-date-not-a-date",
        "received-in-the-future",
        "currency-too-short",
        "currency-too-long",
        "currency-with-digit",
        "currency-missing",
    ],
)
def test_bad_offer_input_comes_back_beside_the_field_and_saves_nothing(
    owner_client, owner, application, field, value, message
):
    data = valid_offer_data(owner, **{field: value(today_for(owner))})
    if field == "decided_on":
        data["decision"] = Offer.Decision.DECLINED

    response = owner_client.post(offer_url(application), data)

    assert response.status_code == 422
    assert errors_beside(response, field) == [message]
    assert not Offer.objects.exists()
    application.refresh_from_db()
    assert application.stage == Stage.INTERVIEWING
    assert history(application) == [("", Stage.INTERVIEWING, "")]


def test_bad_input_leaves_an_existing_offer_as_it_was(owner_client, owner, application):
    offer = services.save_offer(offer=Offer(application=application, base_pay_minor=5_000_000))

    response = owner_client.post(
        offer_url(application), valid_offer_data(owner, base_pay_minor="-5")
    )

    assert errors_beside(response, "base_pay_minor") == ["The amount can’t be negative."]
    offer.refresh_from_db()
    assert offer.base_pay_minor == 5_000_000
    assert offer.in_writing is False


def test_a_stranger_cannot_see_or_record_an_offer_on_my_application(
    client, stranger, owner, application
):
    client.force_login(stranger)

    assert client.get(offer_url(application)).status_code == 404
    assert client.post(offer_url(application), valid_offer_data(owner)).status_code == 404
    assert not Offer.objects.exists()
    application.refresh_from_db()
    assert application.stage == Stage.INTERVIEWING


# Deciding ---------------------------------------------------------------------------------------


@pytest.fixture
def offer(application):
    return services.save_offer(offer=Offer(application=application, in_writing=True))


def test_accepting_the_offer(owner_client, owner, application, offer):
    response = owner_client.post(decide_url(application), {"decision": "accepted"}, follow=True)

    assert response.redirect_chain == [(application.get_absolute_url(), 302)]
    assert messages_of(response) == [
        "You accepted Acme. Now withdraw promptly from the other processes, before their next "
        "interviews."
    ]
    offer.refresh_from_db()
    assert (offer.decision, offer.decided_on) == (Offer.Decision.ACCEPTED, today_for(owner))
    application.refresh_from_db()
    assert application.stage == Stage.ACCEPTED
    assert history(application)[-1] == (Stage.OFFER, Stage.ACCEPTED, "Offer accepted")
    assert 'id="current-stage">Accepted</span>' in response.text
    assert "Accept offer" not in response.text


def test_declining_the_offer(owner_client, owner, application, offer):
    response = owner_client.post(decide_url(application), {"decision": "declined"}, follow=True)

    assert messages_of(response) == ["You declined the offer from Acme."]
    offer.refresh_from_db()
    assert offer.decision == Offer.Decision.DECLINED
    application.refresh_from_db()
    assert application.stage == Stage.OFFER_DECLINED
    assert history(application)[-1] == (Stage.OFFER, Stage.OFFER_DECLINED, "Offer declined")


@pytest.mark.parametrize("data", [{}, {"decision": "maybe"}, {"decision": "pending"}])
def test_a_bad_decision_changes_nothing(owner_client, application, offer, data):
    changes = StageChange.objects.count()

    response = owner_client.post(decide_url(application), data)

    assert response.status_code == 422
    assert messages_of(response) == ["Choose to accept or to decline the offer."]
    offer.refresh_from_db()
    assert (offer.decision, offer.decided_on) == (Offer.Decision.PENDING, None)
    application.refresh_from_db()
    assert application.stage == Stage.OFFER
    assert StageChange.objects.count() == changes


def test_deciding_is_post_only(owner_client, application, offer):
    response = owner_client.get(decide_url(application))

    assert response.status_code == 405
    offer.refresh_from_db()
    assert offer.decision == Offer.Decision.PENDING


def test_a_stranger_cannot_decide_my_offer(client, stranger, application, offer):
    client.force_login(stranger)

    response = client.post(decide_url(application), {"decision": "declined"})

    assert response.status_code == 404
    offer.refresh_from_db()
    assert offer.decision == Offer.Decision.PENDING
    application.refresh_from_db()
    assert application.stage == Stage.OFFER


def test_deciding_without_an_offer_is_not_found(owner_client, application):
    response = owner_client.post(decide_url(application), {"decision": "accepted"})

    assert response.status_code == 404
    application.refresh_from_db()
    assert application.stage == Stage.INTERVIEWING


# Where the offer shows --------------------------------------------------------------------------


@pytest.fixture
def offer_with_deadline(owner):
    return OfferFactory(
        application__owner=owner,
        application__company="Acme",
        application__position="Platform Engineer",
        base_pay_minor=6_500_000,
        currency="GBP",
        details="Pension 8%",
        respond_by=today_for(owner) + timedelta(days=5),
    )


def test_the_offer_shows_on_its_application_page(owner_client, offer_with_deadline):
    response = owner_client.get(offer_with_deadline.application.get_absolute_url())

    offer_card = html.unescape(response.text.split('id="offer"', 1)[1].split("</section>", 1)[0])
    assert "GBP 65,000 per year" in offer_card
    assert "Pension 8%" in offer_card
    assert '<dt class="col-5">In writing</dt><dd class="col-7">Yes</dd>' in offer_card
    assert "5 days left to respond" in offer_card
    assert "Accept offer" in offer_card
    assert "Decline offer" in offer_card
    assert "Record an offer" not in offer_card


def test_a_verbal_offer_on_its_page_asks_for_it_in_writing(owner_client, owner):
    offer = OfferFactory(application__owner=owner, in_writing=False)

    response = owner_client.get(offer.application.get_absolute_url())

    assert "<strong>Not yet</strong>" in response.text
    assert "Ask for it in writing before you withdraw from anything else." in response.text


def test_an_application_without_an_offer_invites_recording_one(owner_client, application):
    response = owner_client.get(application.get_absolute_url())

    assert "No offer yet." in response.text
    assert f'href="{offer_url(application)}">Record an offer</a>' in response.text


def test_the_dashboard_lists_offers_with_days_left(owner_client, owner, offer_with_deadline):
    OfferFactory(application__owner=owner, application__company="Verbal Ltd", in_writing=False)
    OfferFactory(
        application__owner=owner,
        application__company="Declined Co",
        application__stage=Stage.OFFER_DECLINED,
        decision=Offer.Decision.DECLINED,
        decided_on=today_for(owner),
    )

    response = owner_client.get(reverse("home"))

    offers = html.unescape(response.text.split('id="offers-heading"', 1)[1].split("</section>")[0])
    assert "Acme</a> · Platform Engineer · GBP 65,000 per year" in offers
    assert "Pending · 5 days left to respond" in offers
    assert "Verbal Ltd" in offers
    assert "<strong>not in writing yet</strong>" in offers
    assert "Declined Co" not in offers


@pytest.mark.parametrize(
    ("days", "shown"),
    [(1, "1 day left to respond"), (0, "respond today"), (-2, "deadline passed 2 days ago")],
)
def test_the_dashboard_counts_down_to_the_deadline(owner_client, owner, days, shown):
    OfferFactory(
        application__owner=owner,
        received_on=today_for(owner) - timedelta(days=10),
        respond_by=today_for(owner) + timedelta(days=days),
    )

    response = owner_client.get(reverse("home"))

    assert shown in response.text


def test_a_decided_offer_shows_no_countdown(owner_client, owner):
    OfferFactory(
        application__owner=owner,
        application__stage=Stage.ACCEPTED,
        respond_by=today_for(owner) + timedelta(days=5),
        decision=Offer.Decision.ACCEPTED,
        decided_on=today_for(owner),
    )

    response = owner_client.get(reverse("home"))

    offers = response.text.split('id="offers-heading"', 1)[1].split("</section>")[0]
    assert '<span class="small">Accepted</span>' in offers
    assert "left to respond" not in offers


def test_the_board_card_shows_the_offer(owner_client, owner, offer_with_deadline):
    OfferFactory(application__owner=owner, application__company="Verbal Ltd", in_writing=False)
    ApplicationFactory(owner=owner, company="No Offer Inc", stage=Stage.OFFER)

    response = owner_client.get(reverse("applications:board"))

    cards = {
        html.unescape(card.split("</a></h3>", 1)[0].rsplit(">", 1)[-1]): html.unescape(card)
        for card in response.text.split('<article class="card mb-2 board-card"')[1:]
    }
    assert "Offer · 5 days left to respond" in cards["Acme"]
    assert "Offer (not in writing)" in cards["Verbal Ltd"]
    assert "Offer" not in cards["No Offer Inc"].split("</h3>", 1)[1].split("<form", 1)[0]


def test_accepting_an_offer_not_in_writing_asks_for_it_in_writing(owner_client, owner):
    offer = OfferFactory(application__owner=owner, in_writing=False)

    response = owner_client.post(
        reverse("applications:offer_decide", args=[offer.application.pk]),
        {"decision": "accepted"},
        follow=True,
    )

    assert "Ask for the offer in writing before you withdraw" in response.text
    assert "withdraw promptly" not in response.text


def test_a_second_first_offer_updates_the_first_instead_of_failing(application):
    services.save_offer(offer=Offer(application=application, in_writing=True))
    services.save_offer(offer=Offer(application=application, in_writing=False))

    assert Offer.objects.filter(application=application).count() == 1
