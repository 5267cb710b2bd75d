"""The choose and draft pages: one read of what is true, a fixed number of queries."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from applications.models import Contact, Stage
from tests.factories import ApplicationFactory, ContactFactory, InterviewFactory, OfferFactory
from withdrawals import services
from withdrawals.drafting import pick_tone
from withdrawals.models import Scenario, Tone, WithdrawalTemplate
from withdrawals.services import WordingChoices

pytestmark = pytest.mark.django_db


def a_busy_search(owner, globex, *, offers, contacts):
    """Offers in writing elsewhere, contacts (an assistant among them) and an interview."""
    for number in range(offers):
        OfferFactory(application__owner=owner, application__company=f"Offerco {number}")
    for number in range(contacts):
        ContactFactory(
            application=globex,
            name=f"Helper {number}",
            role=Contact.Role.ASSISTANT if number == 0 else Contact.Role.HIRING_MANAGER,
        )
    InterviewFactory(application=globex, scheduled_at=timezone.now() + timedelta(days=5))


# Session, user, application, contacts, offers, draft, tones, next interview, template: one
# each, whatever the user holds; withdrawing, the kept posting too (its portal). The same with
# a draft in progress and for the messages.
@pytest.mark.parametrize(("offers", "contacts"), [(1, 1), (15, 10)])
@pytest.mark.parametrize(("page", "queries"), [("choose", 10), ("write", 9)])
@pytest.mark.parametrize("drafted", [False, True])
def test_the_choose_page_reads_each_thing_once(
    owner_client,
    owner,
    globex,
    offers,
    contacts,
    page,
    queries,
    drafted,
    django_assert_max_num_queries,
):
    a_busy_search(owner, globex, offers=offers, contacts=contacts)
    if drafted:
        services.start_draft(application=globex, choices=WordingChoices(Scenario.OTHER_OPPORTUNITY))

    with django_assert_max_num_queries(queries):
        response = owner_client.get(reverse(f"withdrawals:{page}", args=[globex.pk]))

    assert response.status_code == 200
    assert response.context["preview"].body


# Session, user, application, contacts, draft, offers (for the checks), next interview,
# interviews held: one each.
@pytest.mark.parametrize(("offers", "contacts"), [(1, 1), (15, 10)])
def test_the_draft_page_reads_each_thing_once(
    owner_client, owner, globex, offers, contacts, django_assert_max_num_queries
):
    a_busy_search(owner, globex, offers=offers, contacts=contacts)
    services.start_draft(application=globex, choices=WordingChoices(Scenario.OTHER_OPPORTUNITY))

    with django_assert_max_num_queries(8):
        response = owner_client.get(reverse("withdrawals:draft", args=[globex.pk]))

    assert response.status_code == 200
    assert "I have decided to pursue another opportunity" in response.context["draft"].body


# At short notice no interviews held are counted; the phone script adds its tones and its
# template (its placeholders read the offers the checks read).
def test_the_draft_page_with_a_phone_script_reads_each_thing_once(
    owner_client, owner, globex, django_assert_max_num_queries
):
    a_busy_search(owner, globex, offers=3, contacts=3)
    InterviewFactory(application=globex, scheduled_at=timezone.now() + timedelta(hours=20))
    services.start_draft(application=globex, choices=WordingChoices(Scenario.CANCEL_INTERVIEW))

    with django_assert_max_num_queries(9):
        response = owner_client.get(reverse("withdrawals:draft", args=[globex.pk]))

    assert "Globex" in response.context["phone_script"]


def test_the_phone_script_falls_back_to_a_tone_that_has_one(owner_client, owner, globex):
    InterviewFactory(application=globex, scheduled_at=timezone.now() + timedelta(hours=20))
    services.start_draft(
        application=globex, choices=WordingChoices(Scenario.CANCEL_INTERVIEW, tone=Tone.WARM)
    )
    WithdrawalTemplate.objects.filter(
        scenario=Scenario.PHONE_SCRIPT, tone__in=[Tone.WARM, Tone.FORMAL]
    ).update(is_active=False)
    brief = WithdrawalTemplate.objects.get(
        scenario=Scenario.PHONE_SCRIPT, tone=Tone.BRIEF, language="en"
    )

    response = owner_client.get(reverse("withdrawals:draft", args=[globex.pk]))

    with timezone.override(owner.time_zone):  # the page shows the interview in the user's zone
        expected = services.render_scenario(
            globex, WordingChoices(Scenario.PHONE_SCRIPT, Tone.BRIEF)
        )
    assert expected is not None and expected.template == brief
    assert response.context["phone_script"] == expected.body


@pytest.mark.parametrize(
    ("tones", "wanted", "picked"),
    [
        ([Tone.FORMAL, Tone.WARM, Tone.BRIEF], Tone.WARM, Tone.WARM),
        ([Tone.FORMAL, Tone.BRIEF], Tone.WARM, Tone.FORMAL),
        ([Tone.WARM, Tone.BRIEF], None, Tone.WARM),
        ([Tone.BRIEF], "shouty", Tone.BRIEF),
        ([], Tone.WARM, Tone.FORMAL),
    ],
)
def test_a_tone_without_a_wording_falls_back_to_formal_then_the_first(tones, wanted, picked):
    assert pick_tone(tones, wanted) == picked


def test_a_closed_process_gets_no_choose_page(owner_client, owner):
    closed = ApplicationFactory(owner=owner, stage=Stage.REJECTED)

    response = owner_client.get(reverse("withdrawals:choose", args=[closed.pk]))

    assert response.status_code == 302
    assert response.url == closed.get_absolute_url()
