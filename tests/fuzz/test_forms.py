"""Every form of the product, posted with generated bad input (NUL and control characters, very
long text, emoji and right-to-left text, extreme numbers and dates, unknown choices).

For each post: never a 500; a refused form saves nothing; a form shown again shows what the
user typed. To cover a new form, add a row to FORMS: its URL, its fields and their strategies,
and which typed fields must come back when it is refused.
"""

import html
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.apps import apps
from django.contrib.messages import get_messages
from django.contrib.messages.constants import ERROR
from django.db import transaction
from django.test import Client
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from accounts.models import User
from applications.models import (
    Application,
    Contact,
    Interview,
    KeepReason,
    Offer,
    Source,
    Stage,
    WorkMode,
)
from tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    OfferFactory,
    UserFactory,
)
from tests.fuzz.strategies import (
    CHECKBOX,
    DATE,
    DATETIME,
    EMAIL,
    NUMBER,
    TEXT,
    URL,
    choice,
    ids,
)
from withdrawals import services as withdrawal_services
from withdrawals.models import (
    Scenario,
    Tone,
    Withdrawal,
    WithdrawalTemplate,
)

pytestmark = pytest.mark.django_db

# Every table of the product's apps: a refused form must leave all of them as they were.
WATCHED = [
    model
    for label in ("accounts", "applications", "withdrawals")
    for model in apps.get_app_config(label).get_models()
]


@dataclass
class World:
    """One user's data, enough for every form to have something to act on."""

    owner: User
    live: Application  # interviewing, with a main contact, a CC contact, an interview, a draft
    contact: Contact
    interview: Interview
    offered: Application  # at the offer stage, with a pending written offer
    withdrawn: Application  # with a standing withdrawal, for the reflection
    template: WithdrawalTemplate


@pytest.fixture
def world(db):
    owner = UserFactory(username="fuzzed", email="fuzzed@example.com")
    live = ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)
    contact = ContactFactory(application=live, email="priya@globex.example", is_main=True)
    ContactFactory(application=live, email="jorg@globex.example", role=Contact.Role.HR)
    interview = InterviewFactory(application=live)
    withdrawal_services.start_draft(application=live, scenario=Scenario.NOT_RIGHT_FIT)
    offered = ApplicationFactory(owner=owner, company="Initech", stage=Stage.OFFER)
    OfferFactory(application=offered)
    withdrawn = ApplicationFactory(owner=owner, company="Umbrella", stage=Stage.SCREENING)
    withdrawal_services.start_draft(application=withdrawn, scenario=Scenario.NOT_RIGHT_FIT)
    withdrawal_services.mark_sent(application=withdrawn, method=Withdrawal.Method.EMAIL)
    return World(
        owner=owner,
        live=live,
        contact=contact,
        interview=interview,
        offered=offered,
        withdrawn=withdrawn,
        template=WithdrawalTemplate.objects.earliest("pk"),
    )


@dataclass(frozen=True)
class FormCase:
    name: str
    url: Callable[[World], str]
    fields: dict[str, st.SearchStrategy]
    echo: tuple[str, ...] = ()  # typed fields shown again when the form is refused
    as_user: str = "owner"  # "owner", "anonymous" or "superuser"
    fixed: dict = field(default_factory=dict)  # sent as they are, e.g. include_draft


def _url(name: str, *pk: Callable[[World], int]) -> Callable[[World], str]:
    return lambda world: reverse(name, args=[get(world) for get in pk])


LIVE = lambda world: world.live.pk  # noqa: E731 - a table of one-line getters reads best
OFFERED = lambda world: world.offered.pk  # noqa: E731
WITHDRAWN = lambda world: world.withdrawn.pk  # noqa: E731
CONTACT = lambda world: world.contact.pk  # noqa: E731
INTERVIEW = lambda world: world.interview.pk  # noqa: E731

APPLICATION_FIELDS = {
    "company": TEXT,
    "position": TEXT,
    "posting_url": URL,
    "location": TEXT,
    "work_mode": choice(["", *WorkMode.values]),
    "source": choice(Source.values),
    "agency_name": TEXT,
    "pay_range": TEXT,
    "interest": NUMBER,
    "date_applied": DATE,
    "notes": TEXT,
}
APPLICATION_ECHO = ("company", "position", "location", "agency_name", "pay_range", "notes")
CONTACT_FIELDS = {
    "name": TEXT,
    "role": choice(Contact.Role.values),
    "email": EMAIL,
    "phone": TEXT,
    "is_main": CHECKBOX,
    "notes": TEXT,
}
INTERVIEW_FIELDS = {
    "scheduled_at": DATETIME,
    "duration_minutes": NUMBER,
    "kind": choice(Interview.Kind.values),
    "round_number": NUMBER,
    "is_final_round": CHECKBOX,
    "with_whom": TEXT,
    "location": TEXT,
    "status": choice(Interview.Status.values),
    "notes": TEXT,
}
DRAFT_FIELDS = {"subject": TEXT, "body": TEXT, "cc": ids()}

FORMS = [
    # Accounts ---------------------------------------------------------------------------------
    FormCase(
        "sign up",
        _url("signup"),
        {
            "username": TEXT,
            "full_name": TEXT,
            "email": EMAIL,
            "time_zone": choice(["UTC", "Europe/London"]),
            "password1": TEXT,
            "password2": TEXT,
        },
        echo=("username", "full_name"),
        as_user="anonymous",
    ),
    FormCase(
        "log in",
        _url("login"),
        {"username": TEXT, "password": TEXT},
        echo=("username",),
        as_user="anonymous",
    ),
    FormCase("password reset", _url("password_reset"), {"email": EMAIL}, as_user="anonymous"),
    FormCase(
        "profile",
        _url("profile"),
        {
            "full_name": TEXT,
            "email": EMAIL,
            "time_zone": choice(["UTC", "Asia/Tokyo"]),
            "travel_buffer_minutes": NUMBER,
            "follow_up_days": NUMBER,
            "digest_opt_in": CHECKBOX,
        },
        echo=("full_name",),
    ),
    FormCase("name prompt", _url("profile_name"), {"full_name": TEXT}),
    FormCase(
        "password change",
        _url("password_change"),
        {"oldpassword": TEXT, "password1": TEXT, "password2": TEXT},
    ),
    FormCase(
        "change email address",
        _url("change_email"),
        {"email": EMAIL},
        fixed={"action_add": ""},
    ),
    # Tracking ---------------------------------------------------------------------------------
    FormCase(
        "new application",
        _url("applications:create"),
        {**APPLICATION_FIELDS, "stage": choice(Stage.values)},
        echo=APPLICATION_ECHO,
    ),
    FormCase(
        "edit application",
        _url("applications:edit", LIVE),
        APPLICATION_FIELDS,
        echo=APPLICATION_ECHO,
    ),
    FormCase(
        "change stage",
        _url("applications:change_stage", LIVE),
        {"stage": choice(Stage.values), "note": TEXT},
    ),
    FormCase("board move", _url("applications:board_move", LIVE), {"stage": choice(Stage.values)}),
    FormCase(
        "new contact",
        _url("applications:contact_create", LIVE),
        CONTACT_FIELDS,
        echo=("name", "phone", "notes"),
    ),
    FormCase(
        "edit contact",
        _url("applications:contact_edit", LIVE, CONTACT),
        CONTACT_FIELDS,
        echo=("name", "phone", "notes"),
    ),
    FormCase(
        "new interview",
        _url("applications:interview_create", LIVE),
        INTERVIEW_FIELDS,
        echo=("with_whom", "location", "notes"),
    ),
    FormCase(
        "edit interview",
        _url("applications:interview_edit", LIVE, INTERVIEW),
        INTERVIEW_FIELDS,
        echo=("with_whom", "location", "notes"),
    ),
    FormCase(
        "offer",
        _url("applications:offer", OFFERED),
        {
            "received_on": DATE,
            "in_writing": CHECKBOX,
            "amount": NUMBER,
            "currency": TEXT,
            "period": choice(Offer.Period.values),
            "details": TEXT,
            "respond_by": DATE,
            "decision": choice(Offer.Decision.values),
            "decided_on": DATE,
        },
        echo=("details",),
    ),
    FormCase(
        "offer decision",
        _url("applications:offer_decide", OFFERED),
        {"decision": choice(Offer.Decision.values)},
    ),
    FormCase(
        "import an invitation",
        _url("applications:invitation_import", LIVE),
        {"text": TEXT},
    ),
    # Withdrawing ------------------------------------------------------------------------------
    FormCase(
        "keep in play",
        _url("withdrawals:keep_in_play", LIVE),
        {"reason": choice(KeepReason.values), "note": TEXT},
    ),
    FormCase("draft selected", _url("withdrawals:bulk_start"), {"applications": ids()}),
    FormCase(
        "close never applied",
        _url("withdrawals:close_not_applied"),
        {"applications": ids()},
    ),
    FormCase(
        "add who runs the process",
        _url("withdrawals:add_recipient", LIVE),
        {"name": TEXT, "role": choice(Contact.Role.values), "email": EMAIL},
        echo=("name",),
    ),
    FormCase("today: snooze", _url("withdrawals:today_snooze"), {"key": TEXT, "next": URL}),
    FormCase("today: dismiss", _url("withdrawals:today_dismiss"), {"key": TEXT, "next": URL}),
    FormCase(
        "choose",
        _url("withdrawals:choose", LIVE),
        {
            "scenario": choice(Scenario.values),
            "tone": choice(Tone.values),
            "reason": TEXT,
            "name_other_company": CHECKBOX,
            "colleague_name": TEXT,
        },
        echo=("reason", "colleague_name"),
    ),
    FormCase("draft", _url("withdrawals:draft", LIVE), DRAFT_FIELDS, echo=("subject", "body")),
    FormCase(
        "download .eml",
        _url("withdrawals:draft_eml", LIVE),
        DRAFT_FIELDS,
        fixed={"include_draft": "1"},
    ),
    FormCase(
        "mark sent",
        _url("withdrawals:mark_sent", LIVE),
        {**DRAFT_FIELDS, "method": choice(Withdrawal.Method.values)},
        fixed={"include_draft": "1"},
    ),
    FormCase(
        "reflection",
        _url("withdrawals:reflection", WITHDRAWN),
        {"liked": TEXT, "disliked": TEXT},
        echo=("liked", "disliked"),
    ),
    # The admin's template editor --------------------------------------------------------------
    FormCase(
        "admin template",
        lambda world: reverse(
            "admin:withdrawals_withdrawaltemplate_change", args=[world.template.pk]
        ),
        {
            "name": TEXT,
            "scenario": choice(Scenario.values),
            "tone": choice(Tone.values),
            "is_active": CHECKBOX,
            "display_order": NUMBER,
            "subject_template": TEXT,
            "body_template": TEXT,
        },
        echo=("name", "subject_template", "body_template"),
        as_user="superuser",
        fixed={"_save": "Save"},
    ),
    FormCase(
        "admin invitation",
        lambda world: reverse("admin:accounts_invitation_add"),
        {"email": EMAIL},
        as_user="superuser",
        fixed={"_save": "Save"},
    ),
    FormCase(
        "admin template preview",
        lambda world: reverse("admin:withdrawals_withdrawaltemplate_preview"),
        {"subject_template": TEXT, "body_template": TEXT},
        as_user="superuser",
    ),
]


@pytest.fixture
def clients(world):
    owner = Client(raise_request_exception=False)
    owner.force_login(world.owner)
    superuser = Client(raise_request_exception=False)
    superuser.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    return {
        "owner": owner,
        "anonymous": Client(raise_request_exception=False),
        "superuser": superuser,
    }


def snapshot() -> list:
    return [list(model._default_manager.order_by("pk").values()) for model in WATCHED]


def refused(response) -> bool:
    """The form was refused: an error status, an error message, or the page again with errors
    beside the fields (Django's own log-in and password views answer 200)."""
    if response.status_code >= 400:
        return True
    if any(message.level == ERROR for message in get_messages(response.wsgi_request)):
        return True
    page = response.content.decode(errors="replace") if "html" in response["Content-Type"] else ""
    return response.status_code == 200 and ("invalid-feedback" in page or "errorlist" in page)


@pytest.mark.parametrize("case", FORMS, ids=[case.name for case in FORMS])
@given(data=st.data())
def test_a_form_posted_with_bad_input_never_fails_and_loses_nothing(world, clients, case, data):
    values = data.draw(st.fixed_dictionaries(case.fields))
    client = clients[case.as_user]
    client.cookies.pop("messages", None)  # an earlier example's would read as this one's
    with transaction.atomic():
        before = snapshot()
        response = client.post(case.url(world), {**values, **case.fixed})
        after = snapshot()
        transaction.set_rollback(True)

    assert response.status_code < 500, (case.name, values)
    if refused(response) and case.name not in {"log in", "admin template preview"}:
        # (A failed log-in records the attempt; the preview saves nothing ever.)
        assert after == before, (case.name, values)
    if response.status_code in (200, 422) and "<form" in response.text:
        page = response.text
        for name in case.echo:
            typed = values[name]
            if typed.strip():  # (a textarea of line breaks alone comes back as it likes)
                assert html.escape(typed) in page, (case.name, name, typed[:80])


LIST_PARAMS = {
    "page": st.one_of(NUMBER, TEXT),
    "sort": choice(["company", "-company", "stage", "date_applied", "-last_activity_at"]),
    "stage": choice(Stage.values),
    "status": choice(["live", "closed", "all"]),
    "q": TEXT,
}


@given(params=st.fixed_dictionaries({}, optional=LIST_PARAMS))
def test_the_list_page_answers_any_query(world, clients, params):
    response = clients["owner"].get(reverse("applications:list"), params)

    assert response.status_code == 200, params
    assert "<h1" in response.text
    # A page of the list at most, whatever was asked for.
    assert response.text.count("<tr") <= 26
