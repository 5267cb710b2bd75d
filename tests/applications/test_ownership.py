"""Nobody reaches another user's applications, contacts, interviews or offers by changing an id.

Every URL of the core's, intake's and reports' URLconfs that takes an id is listed in URLS below;
a test fails when a new one is added without being listed, so it cannot ship unchecked.
"""

from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from applications import services
from applications.models import Application, Contact, Interview, Offer, Stage, StageChange
from applications.urls import urlpatterns as application_patterns
from intake.urls import urlpatterns as intake_patterns
from reports.urls import urlpatterns as report_patterns
from tests.factories import ApplicationFactory, ContactFactory, InterviewFactory, OfferFactory

pytestmark = pytest.mark.django_db

# Every named URL of the three apps that show or change an application, as "namespace:name".
NAMED_PATTERNS = [
    (f"{namespace}:{pattern.name}", pattern)
    for namespace, patterns in (
        ("applications", application_patterns),
        ("intake", intake_patterns),
        ("reports", report_patterns),
    )
    for pattern in patterns
    if pattern.name
]


@dataclass(frozen=True)
class Url:
    child: str | None = None  # "contact" or "interview" for URLs that also take a child's id
    post_only: bool = False
    # Valid data: posted by the owner it changes something, so a 404 is the lookup's doing.
    data: dict = field(default_factory=dict)
    owner_status: int = 302


# A week ahead of the run, not a fixed day: after the day passes, the factory's application
# (applied 14 days before the run) would make it an interview "before you applied", refused.
NEXT_WEEK = timezone.localdate() + timedelta(days=7)
INTERVIEW = {
    "scheduled_at": f"{NEXT_WEEK:%Y-%m-%d}T10:00",
    "kind": Interview.Kind.PHONE,
    "round_number": "3",
    "status": Interview.Status.SCHEDULED,
}
CONTACT = {"name": "Intruder", "role": Contact.Role.OTHER, "is_main": "on"}

URLS = {
    "applications:detail": Url(owner_status=200),
    "applications:edit": Url(
        data={
            "company": "Hijacked",
            "position": "Nobody",
            "source": "job_board",
            "interest": "1",
        }
    ),
    "applications:delete": Url(),
    "applications:change_stage": Url(
        post_only=True, data={"stage": Stage.REJECTED, "note": "Hijacked"}
    ),
    "applications:contact_create": Url(data=CONTACT),
    "applications:contact_edit": Url(child="contact", data=CONTACT),
    "applications:contact_delete": Url(child="contact"),
    "applications:interview_create": Url(data=INTERVIEW),
    "applications:interview_edit": Url(child="interview", data=INTERVIEW),
    "applications:interview_delete": Url(child="interview"),
    "applications:offer": Url(
        data={
            "received_on": "2026-01-10",
            "in_writing": "on",
            "currency": "EUR",
            "period": "year",
            "decision": "pending",
        }
    ),
    "applications:offer_decide": Url(post_only=True, data={"decision": "declined"}),
    "applications:board_move": Url(post_only=True, data={"stage": Stage.REJECTED}),
    "reports:interview_ics": Url(child="interview", owner_status=200),
    "intake:invitation_import": Url(
        owner_status=200,
        data={
            "text": f"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nDTSTART:{NEXT_WEEK:%Y%m%d}T100000Z\n"
            "END:VEVENT\nEND:VCALENDAR\n"
        },
    ),
    "intake:invitation_confirm": Url(post_only=True, data=INTERVIEW),
    "intake:email_add_for": Url(data={"text": "Unfortunately we won't be moving forward."}),
}
# Reached without logging in: the secret token in the URL is the credential
# (tests/reports/test_calendar.py, tests/reports/test_share.py).
PUBLIC_BY_TOKEN = {"reports:calendar_feed", "reports:shared"}
# Ids of other rows than applications, each checked in its own tests.
OTHER_IDS = {
    "intake:import_preview": "tests/intake/test_import.py::test_a_strangers_import_answers_404",
    "reports:share_revoke": (
        "tests/reports/test_share_links.py::test_a_stranger_cannot_revoke_another_users_link"
    ),
    "reports:record_pdf_status": (
        "tests/reports/test_record_pdf_background.py::test_a_strangers_pdf_answers_404"
    ),
    "reports:record_pdf_download": (
        "tests/reports/test_record_pdf_background.py::test_a_strangers_pdf_answers_404"
    ),
    # A read-only page (405 to any POST before the lookup), its own tests for the stranger.
    "applications:contract_letter": (
        "tests/applications/test_contracts.py::test_a_strangers_letter_is_not_found"
    ),
    **dict.fromkeys(
        [
            "intake:email_detail",
            "intake:email_apply",
            "intake:email_dismiss",
            "intake:email_create",
        ],
        "tests/intake/emails/test_views.py::test_a_strangers_email_answers_404_and_stays_as_it_was",
    ),
}


@dataclass
class Owned:
    application: Application
    contact: Contact
    interview: Interview
    offer: Offer

    def url(self, name, application=None):
        application = application or self.application
        kwargs = {"pk": application.pk}
        if URLS[name].child == "contact":
            kwargs["contact_pk"] = self.contact.pk
        elif URLS[name].child == "interview":
            kwargs["interview_pk"] = self.interview.pk
        return reverse(name, kwargs=kwargs)


@pytest.fixture
def owned(owner):
    """One of everything, belonging to ``owner``."""
    application = services.create_application(
        application=ApplicationFactory.build(owner=owner, company="Acme", stage=Stage.OFFER)
    )
    return Owned(
        application=application,
        contact=ContactFactory(application=application, is_main=True),
        interview=InterviewFactory(application=application),
        offer=OfferFactory(application=application, in_writing=False),
    )


def everything():
    """Every row a view under test could write, to show that none of them moved."""
    return {
        model.__name__: list(model.objects.order_by("pk").values())
        for model in (Application, Contact, Interview, Offer, StageChange)
    }


def test_every_url_that_takes_an_id_is_checked_here():
    with_ids = {name for name, pattern in NAMED_PATTERNS if pattern.pattern.converters}
    assert with_ids == set(URLS) | PUBLIC_BY_TOKEN | set(OTHER_IDS)


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("name", URLS)
def test_a_stranger_gets_404_and_changes_nothing(client, stranger, owned, name, method):
    client.force_login(stranger)
    before = everything()

    response = getattr(client, method)(owned.url(name), URLS[name].data)

    if method == "get" and URLS[name].post_only:
        # Refused before any lookup, so it tells nothing about the row either.
        assert response.status_code == 405
    else:
        assert response.status_code == 404
    assert "Acme" not in response.text
    assert everything() == before


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("name", URLS)
def test_a_stranger_gets_404_with_htmx_too(client, stranger, owned, name, method):
    client.force_login(stranger)
    before = everything()

    response = getattr(client, method)(
        owned.url(name), URLS[name].data, headers={"HX-Request": "true"}
    )

    assert response.status_code == (405 if method == "get" and URLS[name].post_only else 404)
    assert everything() == before


@pytest.mark.parametrize("name", URLS)
def test_the_same_post_by_the_owner_goes_through(owner_client, owned, name):
    # The counterpart of the stranger's test: the data is good, only the owner differs.
    response = owner_client.post(owned.url(name), URLS[name].data)
    assert response.status_code == URLS[name].owner_status


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("name", [name for name, url in URLS.items() if url.child])
def test_a_contact_or_interview_under_another_of_the_owners_applications_is_404(
    owner_client, owner, owned, name, method
):
    other = ApplicationFactory(owner=owner, company="Lumen")
    before = everything()

    response = getattr(owner_client, method)(owned.url(name, application=other), URLS[name].data)

    assert response.status_code == 404
    assert everything() == before


def test_the_offer_of_another_application_is_not_decided_through_this_one(
    owner_client, owner, owned
):
    without_offer = ApplicationFactory(owner=owner, company="Lumen", stage=Stage.OFFER)
    before = everything()

    response = owner_client.post(
        reverse("applications:offer_decide", args=[without_offer.pk]), {"decision": "accepted"}
    )

    assert response.status_code == 404
    assert everything() == before


# The installable web app's files: public on purpose (browsers fetch them without the session),
# the same for everyone; tests/intake/test_web_app.py reads them as a visitor.
PUBLIC_FILES = {"intake:manifest", "intake:service_worker"}
# Reached without logging in: an email provider's webhook, whose signature is the credential
# (tests/intake/emails/test_forwarding.py: valid, forged, other key, too old).
PUBLIC_SIGNED = {"intake:mailgun_inbound"}
ALL_URL_NAMES = [
    name
    for name, _pattern in NAMED_PATTERNS
    if name not in PUBLIC_BY_TOKEN | PUBLIC_FILES | PUBLIC_SIGNED
]


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("name", ALL_URL_NAMES)
def test_anonymous_visitors_are_sent_to_log_in(client, owned, name, method):
    if name in URLS:
        url = owned.url(name)
    else:
        url = reverse(name, kwargs={"pk": 1} if name in OTHER_IDS else None)
    before = everything()

    data = URLS[name].data if method == "post" and name in URLS else {}
    response = getattr(client, method)(url, data)

    assert response.status_code == 302
    assert response.url == f"{reverse('login')}?next={url}"
    assert everything() == before


def test_the_dashboard_list_and_board_show_only_the_owners_applications(client, stranger, owned):
    client.force_login(stranger)
    ApplicationFactory(owner=stranger, company="Stranger's Own", stage=Stage.APPLIED)

    for url in (reverse("home"), reverse("applications:list"), reverse("applications:board")):
        response = client.get(url)
        assert response.status_code == 200
        assert "Stranger&#x27;s Own" in response.text
        assert "Acme" not in response.text  # nor the owner's upcoming interview there
