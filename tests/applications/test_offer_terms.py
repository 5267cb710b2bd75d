"""The complete offer: every term recorded, revisions kept, the choice kept on accepting,
one date picker everywhere, and existing offers migrated with their pay."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone

from applications import services
from applications.fields import DATE_FORMAT_MESSAGE
from applications.models import Offer, OfferRevision, Stage
from tests.applications.helpers import errors_beside
from tests.factories import ApplicationFactory, OfferFactory

pytestmark = pytest.mark.django_db


def offer_url(application):
    return reverse("applications:offer", args=[application.pk])


@pytest.fixture
def application(owner):
    return services.create_application(
        application=ApplicationFactory.build(
            owner=owner,
            company="Acme",
            position="Platform Engineer",
            stage=Stage.INTERVIEWING,
            work_mode="hybrid",
            location="Leeds",
        )
    )


def full_offer(**overrides):
    today = timezone.localdate()
    return {
        "received_on": today.isoformat(),
        "in_writing": "on",
        "base_pay_minor": "60,000",
        "currency": "GBP",
        "period": "year",
        "weeks_per_year": "",
        "bonus_percent": "10",
        "bonus_minor": "",
        "sign_on_minor": "5000",
        "equity_kind": "rsu",
        "equity_minor": "48000",
        "vesting_months": "48",
        "cliff_months": "12",
        "benefits": "Pension 8%",
        "leave_days": "28",
        "work_mode": "remote",
        "location": "Anywhere in the UK",
        "start_date": "1 February 2027",
        "probation": "6 months",
        "notice_period": "1 month",
        "respond_by": (today + timedelta(days=5)).isoformat(),
        "decision": "pending",
        "decided_on": "",
        "details": "Great team",
        "rating_growth": "4",
        "rating_commute": "",
        "rating_team": "5",
    } | overrides


def test_every_term_of_the_letter_is_recorded_and_totalled(owner_client, application):
    response = owner_client.post(offer_url(application), full_offer(), follow=True)

    offer = Offer.objects.get(application=application)
    assert (offer.base_pay_minor, offer.bonus_percent, offer.sign_on_minor) == (
        6_000_000,
        Decimal("10.00"),
        500_000,
    )
    assert (offer.equity_minor, offer.vesting_months, offer.cliff_months) == (4_800_000, 48, 12)
    assert str(offer.start_date) == "2027-02-01"
    assert (offer.leave_days, offer.work_mode, offer.probation) == (28, "remote", "6 months")
    assert offer.weeks_per_year == 52
    assert offer.ratings == {"growth": 4, "team": 5}
    assert "<strong>GBP 83,000</strong>" in response.text  # first-year total
    assert "GBP 78,000" in response.text  # annualised
    assert "GBP 12,000 vests in the first year" in response.text


def test_a_new_offer_starts_with_where_the_posting_said(owner_client, application):
    response = owner_client.get(offer_url(application))

    assert '<option value="hybrid" selected>' in response.text
    assert 'value="Leeds"' in response.text


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"period": "hour", "base_pay_minor": "25.50"},
            "hours_per_week",
            "Say how many hours a week, to work out a year’s pay.",
        ),
        (
            {"period": "day", "base_pay_minor": "450"},
            "days_per_week",
            "Say how many days a week, to work out a year’s pay.",
        ),
        (
            {"bonus_minor": "5000"},
            "bonus_minor",
            "Give the bonus as a percentage or as an amount, not both.",
        ),
        ({"vesting_months": ""}, "vesting_months", "Say over how many months the equity vests."),
        ({"cliff_months": "49"}, "cliff_months", "The cliff can’t be longer than the vesting."),
        ({"equity_kind": ""}, "equity_kind", "Say what kind of equity it is."),
        ({"hours_per_week": "169"}, "hours_per_week", "A week has between 0 and 168 hours."),
        ({"sign_on_minor": "5000.123"}, "sign_on_minor", "Use at most two decimals, like 412.50."),
        ({"start_date": "01/02/2027"}, "start_date", DATE_FORMAT_MESSAGE),
    ],
)
def test_a_term_that_does_not_add_up_is_refused_beside_it(
    owner_client, application, overrides, field, message
):
    response = owner_client.post(offer_url(application), full_offer(**overrides))

    assert response.status_code == 422
    assert errors_beside(response, field) == [message]
    assert not Offer.objects.exists()


@pytest.mark.parametrize(
    "typed",
    ["2027-02-01", "1 February 2027", "1st February 2027", "1 Feb 2027", "February 1, 2027"],
)
def test_the_start_date_takes_the_pickers_value_or_the_date_in_words(
    owner_client, application, typed
):
    owner_client.post(offer_url(application), full_offer(start_date=typed))

    assert str(Offer.objects.get().start_date) == "2027-02-01"


def test_every_date_input_is_the_same_date_picker(owner_client, application):
    offer_form = owner_client.get(offer_url(application)).text
    application_form = owner_client.get(reverse("applications:edit", args=[application.pk])).text

    for name in ("received_on", "respond_by", "decided_on", "start_date"):
        assert f'type="date" name="{name}"' in offer_form
    assert 'type="date" name="date_applied"' in application_form


# Revisions --------------------------------------------------------------------------------


def test_changed_terms_keep_the_previous_ones_in_the_history(owner_client, application):
    owner_client.post(offer_url(application), full_offer())

    response = owner_client.post(
        offer_url(application), full_offer(base_pay_minor="65000"), follow=True
    )

    offer = Offer.objects.get()
    assert offer.base_pay_minor == 6_500_000
    revision = OfferRevision.objects.get()
    assert revision.terms["base_pay_minor"] == 6_000_000
    assert revision.terms["start_date"] == "2027-02-01"
    assert revision.terms["bonus_percent"] == "10.00"
    assert "Earlier terms (1)" in response.text
    assert "GBP 60,000 per year; first year GBP 83,000" in response.text


def test_saving_the_same_terms_again_keeps_no_revision(owner_client, application):
    owner_client.post(offer_url(application), full_offer())
    owner_client.post(offer_url(application), full_offer())

    assert not OfferRevision.objects.exists()


# The choice kept on accepting -------------------------------------------------------------


def test_accepting_keeps_what_was_chosen_and_over_what(owner_client, owner, application):
    owner_client.post(offer_url(application), full_offer())
    other = OfferFactory(
        application__owner=owner,
        application__company="Globex",
        application__position="SRE",
        base_pay_minor=7_000_000,
    )

    response = owner_client.post(
        reverse("applications:offer_decide", args=[application.pk]),
        {"decision": "accepted"},
        follow=True,
    )

    kept = Offer.objects.get(application=application).comparison_when_accepted
    assert kept["chosen"]["company"] == "Acme"
    assert kept["chosen"]["first_year"] == "GBP 83,000"
    assert [(o["company"], o["first_year"]) for o in kept["over"]] == [("Globex", "GBP 70,000")]
    assert "You chose this offer over:" in response.text
    assert "Globex, SRE (pending): first year GBP 70,000" in response.text
    other.refresh_from_db()
    assert other.comparison_when_accepted == {}


def test_accepting_the_only_offer_keeps_no_comparison(application):
    offer = services.save_offer(offer=Offer(application=application, in_writing=True))

    services.decide_offer(offer=offer, decision=Offer.Decision.ACCEPTED)

    offer.refresh_from_db()
    assert offer.comparison_when_accepted == {}


# The migration ----------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_the_migration_keeps_existing_offers_pay_exactly(owner):
    executor = MigrationExecutor(connection)
    before = [("applications", "0009_contact_email_no_link_syntax")]
    after = [("applications", "0010_complete_offer")]
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    Application = old.get_model("applications", "Application")
    OldOffer = old.get_model("applications", "Offer")
    application = Application.objects.create(
        owner_id=owner.pk, company="Acme", position="Engineer", stage="offer"
    )
    OldOffer.objects.create(
        application=application, amount=Decimal("70000.50"), currency="EUR", period="year"
    )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(after)

    new = executor.loader.project_state(after).apps
    migrated = new.get_model("applications", "Offer").objects.get()
    assert (migrated.base_pay_minor, migrated.currency) == (7_000_050, "EUR")
    # Leave the database as the other tests expect it: every migration applied.
    latest = MigrationExecutor(connection)
    latest.migrate(latest.loader.graph.leaf_nodes())
