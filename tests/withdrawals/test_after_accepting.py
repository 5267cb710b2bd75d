"""After accepting: the start date is asked for, the page warns that an accepted offer can
still fall through, and on the start date every kept-in-play process is a candidate again."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from applications.models import Application, KeepReason, Offer, Stage
from tests.factories import ApplicationFactory, OfferFactory
from withdrawals import services
from withdrawals.candidates import situation_for

pytestmark = pytest.mark.django_db


def accepted(owner, start_date, *, today):
    return OfferFactory(
        application__owner=owner,
        application__company="Initech",
        application__stage=Stage.ACCEPTED,
        received_on=today,
        decision=Offer.Decision.ACCEPTED,
        decided_on=today,
        start_date=start_date,
    )


def test_accepting_records_the_start_date(any_hour, owner_client, owner):
    offer = OfferFactory(
        application__owner=owner, application__company="Initech", received_on=any_hour.today
    )
    start = any_hour.today + timedelta(days=30)

    page = owner_client.get(offer.application.get_absolute_url()).text
    assert 'name="start_date"' in page
    assert "Until then an accepted offer can still fall through." in page

    response = owner_client.post(
        reverse("applications:offer_decide", args=[offer.application.pk]),
        {"decision": "accepted", "start_date": start.isoformat()},
    )

    assert response.status_code == 302
    offer.refresh_from_db()
    assert (offer.decision, offer.start_date) == ("accepted", start)


def test_a_start_date_before_the_offer_is_refused_and_nothing_saved(owner_client, owner):
    offer = OfferFactory(application__owner=owner, received_on=date(2026, 11, 1))

    response = owner_client.post(
        reverse("applications:offer_decide", args=[offer.application.pk]),
        {"decision": "accepted", "start_date": "2026-10-01"},
    )

    assert response.status_code == 422
    assert "The start date can’t be before the offer arrived." in response.text
    offer.refresh_from_db()
    assert (offer.decision, offer.start_date) == ("pending", None)


def test_before_the_start_the_page_warns_it_can_fall_through(any_hour, owner_client, owner):
    accepted(owner, any_hour.today + timedelta(days=10), today=any_hour.today)
    ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)

    page = owner_client.get(reverse("withdrawals:candidates")).text

    assert "An accepted offer can still fall through before you start on " in page
    assert "keeping in play any process at a final round" in page


def test_kept_in_play_processes_come_back_on_the_start_date(any_hour, owner):
    # Tomorrow and today are the owner's, which may be a day ahead of the server's UTC.
    offer = accepted(owner, any_hour.today + timedelta(days=1), today=any_hour.today)
    kept = ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)
    services.keep_in_play(application=kept, reason=KeepReason.SEE_IT_THROUGH)

    before = situation_for(owner)
    assert [c.application for c in before.candidates] == []
    assert before.kept == [kept]

    Offer.objects.filter(pk=offer.pk).update(start_date=any_hour.today)
    after = situation_for(owner)

    assert [c.application for c in after.candidates] == [kept]
    assert after.kept == []
    assert after.headline.startswith("You have started at Initech: send polite regrets")
    assert after.fall_through == ""
    candidates = Application.objects.for_user(owner).withdrawal_candidates(today=any_hour.today)
    assert candidates.count() == 1


def test_without_a_start_date_kept_processes_stay_kept(owner):
    accepted(owner, None, today=timezone.localdate())
    kept = ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)
    services.keep_in_play(application=kept, reason=KeepReason.SEE_IT_THROUGH)

    situation = situation_for(owner)

    assert situation.kept == [kept]
    assert "add your start date to the offer" in situation.fall_through
