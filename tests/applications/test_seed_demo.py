from io import StringIO
from itertools import pairwise

import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts.models import User
from applications.comparison import compare, user_rates
from applications.management.commands.seed_demo import DEMO_PASSWORD, PROCESSES, Command
from applications.models import Application, Contact, Interview, Offer, Stage, StageChange
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def seed(*args):
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (User, Application, Contact, Interview, StageChange)
    }


def test_creates_the_demo_user_with_about_twenty_applications_across_the_stages():
    output = seed()

    demo = User.objects.get(username="demo")
    applications = Application.objects.for_user(demo)
    assert applications.count() == len(PROCESSES) == 20
    # Every live and every closed stage; "accepted" is left out on purpose, since accepting a
    # job ends the search the demo is there to show.
    assert set(applications.values_list("stage", flat=True)) == {*Stage.live(), *Stage.closed()}
    assert Contact.objects.filter(application__owner=demo).count() >= 20
    assert Contact.objects.filter(application__owner=demo, is_main=True).count() >= 15
    assert Interview.objects.filter(application__owner=demo, status="scheduled").exists()
    assert Interview.objects.filter(application__owner=demo, status="done").exists()
    assert "Created 20 applications." in output
    assert DEMO_PASSWORD in output


def test_the_demo_has_three_offers_to_compare_in_two_currencies():
    seed()

    demo = User.objects.get(username="demo")
    offers = Offer.objects.for_user(demo).select_related("application").order_by("pk")
    assert [(o.application.company, o.in_writing, o.currency, o.period) for o in offers] == [
        ("Northwind Analytics", True, "GBP", "year"),
        ("Tessellate", False, "GBP", "year"),
        ("Orbital Maps", True, "EUR", "month"),
    ]
    result = compare(list(offers), rates=user_rates(demo))
    assert result.currency == "GBP"
    assert result.missing_rates == []
    # Orbital: EUR 7,200 a month + EUR 5,000 sign-on + a year of EUR 40,000 over four years
    # (cliff 12 months) = EUR 101,400, at 0.85.
    orbital = result.columns[2]
    assert str(orbital.totals.first_year) == "EUR 101,400"
    assert str(orbital.first_year) == "GBP 86,190"


def test_every_application_has_a_history_that_ends_at_its_stage():
    seed()
    for application in Application.objects.filter(owner__username="demo"):
        history = list(application.stage_changes.order_by("changed_at", "pk"))
        assert history[0].from_stage == ""
        assert history[-1].to_stage == application.stage
        for earlier, later in pairwise(history):
            assert later.from_stage == earlier.to_stage


def test_the_demo_data_passes_the_same_validation_as_the_forms():
    seed()
    demo = User.objects.get(username="demo")
    for application in Application.objects.for_user(demo):
        application.full_clean()
    for contact in Contact.objects.filter(application__owner=demo):
        contact.full_clean()
    for interview in Interview.objects.filter(application__owner=demo).select_related(
        "application"
    ):
        interview.full_clean()


def test_running_it_twice_does_not_duplicate_anything():
    seed()
    first = counts()

    output = seed()

    assert counts() == first
    assert "already has data" in output


def test_reset_starts_the_demo_data_again_without_touching_other_users(owner):
    seed()
    demo = User.objects.get(username="demo")
    Application.objects.for_user(demo).filter(stage=Stage.REJECTED).delete()
    demo.set_password("changed-by-someone")
    demo.save()
    UserFactory(username="someone-else")

    seed("--reset")

    assert Application.objects.for_user(demo).count() == 20
    assert User.objects.filter(username__in=["owner", "someone-else"]).count() == 2
    assert User.objects.get(username="demo").check_password(DEMO_PASSWORD)


def test_the_demo_user_can_log_in_with_the_documented_password(client):
    seed()
    assert DEMO_PASSWORD in Command.help  # shown by `manage.py help seed_demo`

    response = client.post(reverse("login"), {"username": "demo", "password": DEMO_PASSWORD})

    assert response.status_code == 302
    assert response.url == reverse("home")
    dashboard = client.get(reverse("home"))
    assert "Jordan Avery" in dashboard.text
    assert "Northwind Analytics" in dashboard.text


def test_the_demo_address_is_verified_so_no_banner_asks_for_it(client):
    seed()

    demo = User.objects.get(username="demo")
    assert demo.emailaddress_set.get().verified
    assert demo.has_verified_email()
    client.force_login(demo)
    assert "Confirm your email address" not in client.get(reverse("home")).text
