"""Every form of the product, posted with generated bad input (NUL and control characters, very
long text, emoji and right-to-left text, extreme numbers and dates, unknown choices).

For each post: never a 500; a refused form saves nothing; a form shown again shows what the
user typed. To cover a new form, add a row to FORMS: its URL, its fields and their strategies,
and which typed fields must come back when it is refused. The forms sent by GET (filters and
periods) are in GET_FORMS. ``test_every_form_of_the_product_is_in_the_table`` walks the URL
patterns and fails on any URL that takes a POST, or any page with a GET form, found in neither
table nor in NOT_FUZZED.
"""

import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.messages import get_messages
from django.contrib.messages.constants import ERROR
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from accounts.models import User
from applications.models import (
    Application,
    Contact,
    EmailLanguage,
    EventKind,
    ImportFile,
    Interview,
    KeepReason,
    Offer,
    RecruiterMessage,
    Source,
    Stage,
    WorkMode,
)
from intake import importer
from intake.emails import inbox
from intake.emails.reading import ParsedEmail
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
from withdrawals.services import WordingChoices

pytestmark = pytest.mark.django_db

# Every table of the product's apps: a refused form must leave all of them as they were.
WATCHED = [
    model
    for label in ("accounts", "applications", "withdrawals", "api")
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
    import_file: ImportFile  # an uploaded CSV waiting for its mapping
    email: RecruiterMessage  # a recruiter's email to review, about the live application


@pytest.fixture
def world(db):
    owner = UserFactory(username="fuzzed", email="fuzzed@example.com")
    live = ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)
    contact = ContactFactory(application=live, email="priya@globex.example", is_main=True)
    ContactFactory(application=live, email="jorg@globex.example", role=Contact.Role.HR)
    interview = InterviewFactory(application=live)
    withdrawal_services.start_draft(
        application=live, choices=WordingChoices(Scenario.NOT_RIGHT_FIT)
    )
    offered = ApplicationFactory(owner=owner, company="Initech", stage=Stage.OFFER)
    OfferFactory(application=offered)
    withdrawn = ApplicationFactory(owner=owner, company="Umbrella", stage=Stage.SCREENING)
    withdrawal_services.start_draft(
        application=withdrawn, choices=WordingChoices(Scenario.NOT_RIGHT_FIT)
    )
    withdrawal_services.mark_sent(application=withdrawn, method=Withdrawal.Method.EMAIL)
    # Gone quiet long ago: something for the quiet page's form to close.
    ApplicationFactory(owner=owner, company="Hooli", last_activity_at=timezone.now() - DAYS_90)
    return World(
        owner=owner,
        live=live,
        contact=contact,
        interview=interview,
        offered=offered,
        withdrawn=withdrawn,
        template=WithdrawalTemplate.objects.earliest("pk"),
        import_file=importer.start_import(owner=owner, name="old.csv", content=IMPORTED_CSV),
        email=inbox.receive(
            owner=owner,
            parsed=ParsedEmail(
                subject="Interview invitation: Globex",
                from_name="Priya Globex",
                from_email="priya@globex.example",
                text="We would like to invite you to an interview on 17 November 2026 at 10:00.",
            ),
            source=RecruiterMessage.Source.PASTED,
        ),
    )


@dataclass(frozen=True)
class FormCase:
    name: str
    url: "At"
    fields: dict[str, st.SearchStrategy]
    echo: tuple[str, ...] = ()  # typed fields shown again when the form is refused
    as_user: str = "owner"  # "owner", "anonymous" or "superuser"
    fixed: dict = field(default_factory=dict)  # sent as they are, e.g. include_draft


@dataclass(frozen=True)
class At:
    """A URL by its name, with the world's ids it takes."""

    name: str
    args: tuple[Callable[[World], int], ...] = ()

    def __call__(self, world: World) -> str:
        return reverse(self.name, args=[get(world) for get in self.args])


def _url(name: str, *pk: Callable[[World], int]) -> At:
    return At(name, pk)


LIVE = lambda world: world.live.pk  # noqa: E731 - a table of one-line getters reads best
OFFERED = lambda world: world.offered.pk  # noqa: E731
WITHDRAWN = lambda world: world.withdrawn.pk  # noqa: E731
CONTACT = lambda world: world.contact.pk  # noqa: E731
INTERVIEW = lambda world: world.interview.pk  # noqa: E731
TEMPLATE = lambda world: world.template.pk  # noqa: E731
IMPORT_FILE = lambda world: world.import_file.pk  # noqa: E731
EMAIL_PK = lambda world: world.email.pk  # noqa: E731

DAYS_90 = timedelta(days=90)
IMPORTED_HEADER = ["Company", "Job Title", "Status", "Applied", "Notes"]
IMPORTED_CSV = ",".join(IMPORTED_HEADER) + "\nAcme,Engineer,Applied,03/04/2026,Met at a fair\n"
# The mapping form: for each field, a column of the file (or none), and how dates are written.
MAPPING_FIELDS = {
    **{name: choice(["", *IMPORTED_HEADER]) for name in importer.FIELDS},
    "date_order": choice(importer.DATE_ORDERS),
}
CSV_UPLOAD = st.builds(
    lambda name, content: SimpleUploadedFile(name, content, "text/csv"),
    st.sampled_from(["tracker.csv", "x", "../../etc/passwd", "ñ 🙂.csv"]),
    st.one_of(
        st.binary(max_size=2_000),
        st.lists(st.lists(TEXT, min_size=1, max_size=4), max_size=6).map(
            lambda rows: "\n".join(",".join(row) for row in rows).encode("utf-8", "surrogatepass")
        ),
        st.sampled_from([b"", b"Company,Position\n", b"\xff\xfe\x00", b'"unclosed,quote\n']),
    ),
)
# A JSON download to restore: random bytes, random JSON, and downloads with a random application.
JSON_UPLOAD = st.builds(
    lambda content: SimpleUploadedFile("bowout.json", content, "application/json"),
    st.one_of(
        st.binary(max_size=2_000),
        st.recursive(
            st.none() | st.booleans() | st.integers() | TEXT,
            lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
            max_leaves=10,
        ).map(lambda value: json.dumps(value).encode()),
        st.dictionaries(
            st.sampled_from(["company", "position", "stage", "interest", "contacts", "offer"]),
            st.one_of(st.none(), st.integers(), TEXT, st.lists(st.dictionaries(TEXT, TEXT))),
        ).map(
            lambda application: json.dumps(
                {"format": "bowout-export", "version": 1, "applications": [application]}
            ).encode()
        ),
    ),
)
# A recruiter's email to upload: random bytes, an OLE header with nonsense after it, headers
# with odd charsets and NUL.
EMAIL_UPLOAD = st.builds(
    lambda name, content: SimpleUploadedFile(name, content, "message/rfc822"),
    st.sampled_from(["mail.eml", "mail.msg", "x", "ñ 🙂.eml"]),
    st.one_of(
        st.binary(max_size=2_000),
        st.binary(max_size=500).map(lambda tail: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + tail),
        st.tuples(TEXT, TEXT, st.sampled_from(["utf-8", "x-unknown", "latin-1", "utf-16"])).map(
            lambda parts: (
                f"From: {parts[0]}\r\nSubject: {parts[1]}\r\n"
                f"Content-Type: text/plain; charset={parts[2]}\r\n\r\n{parts[1]}\x00"
            ).encode("utf-8", "surrogatepass")
        ),
    ),
)
EMAIL_REVIEW_FIELDS = {
    "application": ids(),
    "stage": choice(["", *Stage.values]),
    "include_interview": CHECKBOX,
    "scheduled_at": DATETIME,
    "duration_minutes": NUMBER,
    "kind": choice(Interview.Kind.values),
    "location": TEXT,
    "include_contact": CHECKBOX,
    "contact_name": TEXT,
    "contact_email": EMAIL,
    "include_offer": CHECKBOX,
    "offer_in_writing": CHECKBOX,
}
PERIOD_FIELDS = {"start": DATE, "end": DATE}

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
    "language": choice(["", *EmailLanguage.values]),
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
            "language": st.one_of(choice(["en", "de", "", "fr"]), TEXT),
        },
        echo=("full_name",),
    ),
    FormCase(
        "language chooser",
        _url("set_language"),
        {"language": st.one_of(choice(["en", "de", "", "fr"]), TEXT), "next": URL},
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
            "base_pay_minor": NUMBER,
            "hours_per_week": NUMBER,
            "bonus_percent": NUMBER,
            "bonus_minor": NUMBER,
            "equity_minor": NUMBER,
            "vesting_months": NUMBER,
            "cliff_months": NUMBER,
            "leave_days": NUMBER,
            "start_date": DATE,
            "notice_period": TEXT,
            "benefits": TEXT,
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
        "exchange rate",
        _url("applications:exchange_rate"),
        {"currency": TEXT, "into": TEXT, "rate": NUMBER, "as_of": DATE, "next": TEXT},
    ),
    FormCase(
        "offer decision",
        _url("applications:offer_decide", OFFERED),
        {"decision": choice(Offer.Decision.values), "start_date": DATE},
    ),
    FormCase(
        "import an invitation",
        _url("intake:invitation_import", LIVE),
        {"text": TEXT},
    ),
    FormCase(
        "confirm an invitation",
        _url("intake:invitation_confirm", LIVE),
        {
            **INTERVIEW_FIELDS,
            "organiser_name": TEXT,
            "organiser_email": EMAIL,
            "add_organiser": CHECKBOX,
        },
        echo=("with_whom", "location", "notes"),
    ),
    FormCase("close quiet processes", _url("applications:quiet"), {"application": ids()}),
    FormCase("undo closing quiet processes", _url("applications:quiet_undo"), {}),
    FormCase("import: upload a CSV file", _url("intake:import"), {"file": CSV_UPLOAD}),
    FormCase("import: map the columns", _url("intake:import_preview", IMPORT_FILE), MAPPING_FIELDS),
    FormCase("restore a JSON download", _url("intake:restore"), {"file": JSON_UPLOAD}),
    FormCase("capture: what the bookmarklet carried", _url("intake:capture"), {"payload": TEXT}),
    FormCase("capture: paste a posting", _url("intake:capture_paste"), {"url": URL, "page": TEXT}),
    FormCase(
        "capture: save the checked posting",
        _url("intake:capture_save"),
        {
            **{name: value for name, value in APPLICATION_FIELDS.items() if name != "date_applied"},
            "stage": choice(Stage.values),
            "posting-closing_date": DATE,
            "posting-date_posted": DATE,
            "posting-employment_type": TEXT,
            "posting-salary_min": NUMBER,
            "posting-salary_max": NUMBER,
            "posting-salary_currency": TEXT,
            "posting-salary_unit": choice(["", "HOUR", "YEAR", "FORTNIGHT"]),
            "posting-locations": TEXT,
            "posting-remote": CHECKBOX,
            "posting-description": TEXT,
            "posting-found_in": TEXT,
        },
        echo=(*APPLICATION_ECHO, "posting-employment_type"),
    ),
    FormCase("add from an email: upload", _url("intake:email_add"), {"file": EMAIL_UPLOAD}),
    FormCase("add from an email: paste", _url("intake:email_add"), {"text": TEXT}, echo=("text",)),
    FormCase(
        "add from an email on an application", _url("intake:email_add_for", LIVE), {"text": TEXT}
    ),
    FormCase("review an email", _url("intake:email_detail", EMAIL_PK), EMAIL_REVIEW_FIELDS),
    FormCase("apply an email", _url("intake:email_apply", EMAIL_PK), {"application": ids()}),
    FormCase(
        "create an application from an email",
        _url("intake:email_create", EMAIL_PK),
        {"company": TEXT, "position": TEXT},
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
            "language": choice(EmailLanguage.values),
            "reason": TEXT,
            "name_other_company": CHECKBOX,
            "colleague_name": TEXT,
            "decide_by": DATE,
        },
        echo=("reason", "colleague_name"),
    ),
    FormCase("draft", _url("withdrawals:draft", LIVE), DRAFT_FIELDS, echo=("subject", "body")),
    FormCase(
        "draft: switch language",
        _url("withdrawals:draft_language", LIVE),
        {"language": choice(EmailLanguage.values)},
    ),
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
    FormCase(
        "build the record's PDF",
        _url("reports:record_pdf_build"),
        {"start": DATE, "end": DATE},
    ),
    FormCase(
        "share link",
        _url("reports:share_links"),
        {
            "name": TEXT,
            "days": choice(["7", "30", "90"]),
            "include_notes": CHECKBOX,
            "include_drafts": CHECKBOX,
            "include_sent": CHECKBOX,
            "include_reflections": CHECKBOX,
            "include_offer_terms": CHECKBOX,
            "include_contact_details": CHECKBOX,
        },
        echo=("name",),
    ),
    FormCase(
        "webhook endpoint",
        _url("webhooks:list"),
        {"url": URL, "description": TEXT, "events": st.lists(choice(EventKind.values))},
        echo=("description",),
    ),
    # The admin's template editor --------------------------------------------------------------
    FormCase(
        "admin template",
        _url("admin:withdrawals_withdrawaltemplate_change", TEMPLATE),
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
        _url("admin:accounts_invitation_add"),
        {"email": EMAIL},
        as_user="superuser",
        fixed={"_save": "Save"},
    ),
    FormCase(
        "admin template preview",
        _url("admin:withdrawals_withdrawaltemplate_preview"),
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


# NUL (PostgreSQL cannot store one): Django's CharField refuses it in every form, beside the
# field; this pins it for every text field of the table. Files drop it instead
# (applications.text.without_nul, tests/fuzz/test_nul.py).
NUL_MESSAGE = "Null characters are not allowed."
TEXT_FIELDS = [
    (case, name)
    for case in FORMS
    for name, strategy in case.fields.items()
    # (The exchange rate's "next" is a return address, never stored: checked as one.)
    if strategy in (TEXT, EMAIL) and name != "next"
]


@pytest.mark.parametrize(
    ("case", "name"), TEXT_FIELDS, ids=[f"{case.name}: {name}" for case, name in TEXT_FIELDS]
)
def test_a_nul_in_any_text_field_of_any_form_is_refused_beside_it(world, clients, case, name):
    client = clients[case.as_user]
    with transaction.atomic():
        before = snapshot()
        response = client.post(case.url(world), {name: "Acme\x00Ltd", **case.fixed})
        after = snapshot()
        transaction.set_rollback(True)

    assert response.status_code < 500
    assert after == before
    shown = f'name="{name}"' in response.text
    # A hidden field carries what the page itself filled in (a NUL there is tampering): it is
    # refused all the same, without a message beside a field nobody sees.
    hidden = f'type="hidden" name="{name}"' in response.text
    if response.status_code in (200, 422) and shown and not hidden:
        assert NUL_MESSAGE in response.text, (case.name, name)


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


@dataclass(frozen=True)
class GetCase:
    name: str
    url: At
    params: dict[str, st.SearchStrategy]


# The forms sent by GET: filters and periods. Each answers any query without a 500.
GET_FORMS = [
    GetCase("application list filters", _url("applications:list"), LIST_PARAMS),
    GetCase(
        "export period and format",
        _url("reports:export"),
        {**PERIOD_FIELDS, "format": choice(["csv", "xlsx"])},
    ),
    GetCase("record period", _url("reports:record"), PERIOD_FIELDS),
    GetCase("record as PDF period", _url("reports:record_pdf"), PERIOD_FIELDS),
    GetCase(
        "import: preview a mapping",
        _url("intake:import_preview", IMPORT_FILE),
        MAPPING_FIELDS,
    ),
    GetCase(
        "offers to compare, currency and weights",
        _url("applications:offer_compare"),
        {
            "offers": ids(),
            "currency": TEXT,
            **{
                f"w_{key}": NUMBER
                for key in ("pay", "leave", "remote", "growth", "commute", "team")
            },
        },
    ),
    GetCase("thank-you tone", _url("withdrawals:follow_up", WITHDRAWN), {"tone": choice(Tone)}),
    GetCase(
        "share target: a link shared from a phone",
        _url("intake:capture_share"),
        {"title": TEXT, "text": TEXT, "url": URL},
    ),
    GetCase(
        "draft: preview another language",
        _url("withdrawals:draft_language_preview", LIVE),
        {"language": choice(EmailLanguage.values)},
    ),
]


@pytest.mark.parametrize("case", GET_FORMS, ids=[case.name for case in GET_FORMS])
@given(data=st.data())
def test_a_get_form_answers_any_query_and_changes_nothing(world, clients, case, data):
    params = data.draw(st.fixed_dictionaries({}, optional=case.params))
    with transaction.atomic():
        before = snapshot()
        response = clients["owner"].get(case.url(world), params)
        after = snapshot()
        transaction.set_rollback(True)

    assert response.status_code < 500, (case.name, params)
    assert after == before, (case.name, params)


# The URLs that take a POST, or show a GET form, and are not fuzzed above, each with why.
NOT_FUZZED = {
    # Actions without fields: the button is the whole input (ownership and 405 are tested in
    # tests/applications/test_ownership.py and each view's tests).
    "logout": "a button",
    "account_logout": "a button",
    "new_calendar_link": "a button",
    "delete_account": "a confirmation button, behind re-authentication",
    "profile_name_dismiss": "a button",
    "applications:delete": "a confirmation button",
    "applications:contact_delete": "a confirmation button",
    "applications:interview_delete": "a confirmation button",
    "reports:share_revoke": "a confirmation button",
    "api_token_revoke": "a confirmation button",
    "webhooks:delete": "a confirmation button",
    "webhooks:enable": "a button",
    "webhooks:detail": "a page",
    "api_token_create": "behind re-authentication; its refusals in tests/api/test_tokens.py",
    "withdrawals:undo_keep_in_play": "a button",
    "withdrawals:write": "the choose form's fields, fuzzed as 'choose'",
    "withdrawals:choose_preview": "the choose form's fields, fuzzed as 'choose'",
    "withdrawals:undo": "a button",
    "withdrawals:follow_up_sent": "a button",
    "intake:email_dismiss": "a button",
    "intake:forwarding_address": "a button",
    "intake:mailgun_inbound": "Mailgun's signed webhook: tests/intake/emails/test_forwarding.py",
    "intake:emails": "a page",
    "intake:email_count": "a badge loaded by htmx",
    "digest_unsubscribe": "a button; its token is tested in test_digest_settings.py",
    # Pages that answer a POST as they answer a GET: nothing is read from the body.
    "home": "a page",
    "applications:detail": "a page",
    "applications:list": "a page (its GET filters are in GET_FORMS)",
    "applications:board": "a page",
    "reports:data": "a page (its GET form is the export's, in GET_FORMS)",
    "reports:insights": "a page",
    "withdrawals:candidates": "a page",
    "withdrawals:follow_up": "a page (its GET form, the tone, is in GET_FORMS)",
    "reports:interview_ics": "a download",
    "healthz": "the health check: no form",
    # allauth's screens this product does not show (its own tests cover them); the ones it
    # shows (log-in, sign-up, password, email) are in FORMS under their short names.
    "account_login": "the same view as 'login', fuzzed",
    "account_signup": "the same view as 'signup', fuzzed",
    "account_email": "the same view as 'change_email', fuzzed",
    "account_change_password": "the same view as 'password_change', fuzzed",
    "account_reset_password": "the same view as 'password_reset', fuzzed",
    "account_inactive": "allauth's page",
    "account_reauthenticate": "allauth's password prompt",
    "account_set_password": "allauth's, for accounts without a password: none here",
    "account_confirm_login_code": "allauth's, log-in by code is off",
    "account_confirm_email": "allauth's, a button under a signed key",
    "account_reset_password_from_key": "allauth's, behind a signed key",
    "accept_invitation": "the sign-up form under a signed token, fuzzed as 'sign up'",
    # allauth's second factors, sessions and social accounts: its forms and tests; Bowout's
    # browser tests (tests/browser/test_security_journey.py) drive each one it shows.
    "mfa_index": "allauth's page",
    "mfa_authenticate": "allauth's code prompt at log-in, behind a password",
    "mfa_reauthenticate": "allauth's code prompt",
    "mfa_activate_totp": "allauth's, behind re-authentication",
    "mfa_deactivate_totp": "allauth's, behind re-authentication",
    "mfa_view_recovery_codes": "allauth's page",
    "mfa_generate_recovery_codes": "allauth's, behind re-authentication",
    "mfa_download_recovery_codes": "a download",
    "mfa_list_webauthn": "allauth's page",
    "mfa_add_webauthn": "allauth's, its credential made by the browser",
    "mfa_reauthenticate_webauthn": "allauth's, its credential made by the browser",
    "mfa_remove_webauthn": "allauth's confirmation button",
    "mfa_edit_webauthn": "allauth's, behind re-authentication",
    "mfa_login_webauthn": "allauth's, its credential made by the browser",
    "socialaccount_login_cancelled": "allauth's page",
    "socialaccount_login_error": "allauth's page",
    "socialaccount_signup": "allauth's, only during a provider's sign-up (off by default)",
    "socialaccount_connections": "allauth's, no provider is configured by default",
    "usersessions_list": "allauth's button: sign out everywhere else",
}
# Django's admin: its own forms for every model. The two this product writes itself (the
# template editor with its preview, the invitations) are in FORMS.
ADMIN = "admin:"
# The API takes JSON with a bearer token, not forms: schemathesis fuzzes every endpoint against
# its OpenAPI schema (tests/api/test_schema_fuzz.py).
API = "api-v1:"


def url_patterns(resolver=None, namespace="", keys=()):
    """Every named URL pattern: (full name, pattern, the names of its arguments, those of the
    includes around it too)."""
    for entry in (resolver or get_resolver()).url_patterns:
        here = (*keys, *entry.pattern.regex.groupindex)
        if isinstance(entry, URLResolver):
            inner = entry.namespace or ""
            yield from url_patterns(
                entry, f"{namespace}:{inner}".strip(":") if inner else namespace, here
            )
        elif isinstance(entry, URLPattern) and entry.name:
            yield (f"{namespace}:{entry.name}" if namespace else entry.name), entry, here


def pk_for(world: World, name: str) -> int:
    return {
        "intake:import_preview": world.import_file.pk,
        "applications:offer": world.offered.pk,
        "applications:offer_decide": world.offered.pk,
        "withdrawals:follow_up": world.withdrawn.pk,
        "withdrawals:follow_up_sent": world.withdrawn.pk,
        "withdrawals:reflection": world.withdrawn.pk,
        "withdrawals:undo": world.withdrawn.pk,
        "intake:email_detail": world.email.pk,
        "intake:email_apply": world.email.pk,
        "intake:email_dismiss": world.email.pk,
        "intake:email_create": world.email.pk,
    }.get(name, world.live.pk)


def reverse_with_world(world: World, name: str, wanted: tuple[str, ...]) -> str:
    """The URL, its ids taken from the world (any value for tokens and keys)."""
    values = {
        "pk": pk_for(world, name),
        "contact_pk": world.contact.pk,
        "interview_pk": world.interview.pk,
    }
    return reverse(name, kwargs={key: values.get(key, "x") for key in wanted})


GET_FORM = re.compile(r"<form\b[^>]*\bmethod=\"get\"[^>]*>(.*?)</form>", re.S | re.I)
ACTION = re.compile(r"\b(?:action|formaction)=\"([^\"]*)\"")


def test_every_form_of_the_product_is_in_the_table(world):
    """A URL that takes a POST (anything but a 405), or a page holding a GET form, must be in
    FORMS, GET_FORMS or NOT_FUZZED: a new form cannot ship without its bad-input test."""
    posted = {case.url.name for case in FORMS}
    filtered = {case.url.name for case in GET_FORMS}
    unlisted_posts, unlisted_gets, rendered = set(), set(), set()
    for name, _pattern, keys in url_patterns():
        if name.startswith((ADMIN, API)):
            continue
        url = reverse_with_world(world, name, keys)
        client = Client(raise_request_exception=False)
        client.force_login(world.owner)
        with transaction.atomic():
            took_post = client.post(url).status_code != 405
            page = client.get(url)
            transaction.set_rollback(True)
        rendered |= {template.name for template in page.templates if template.name}
        if took_post and name not in posted | set(NOT_FUZZED):
            unlisted_posts.add(name)
        if page.status_code == 200 and "html" in page.get("Content-Type", ""):
            for match in GET_FORM.finditer(page.text):
                actions = ACTION.findall(match.group(0)) or [""]
                for action in actions:
                    target = resolve(urlsplit(action).path or url).view_name
                    if target not in filtered:
                        unlisted_gets.add(target)

    assert unlisted_posts == set(), "add to FORMS (or NOT_FUZZED, saying why)"
    assert unlisted_gets == set(), "add to GET_FORMS"
    # Every template with a GET form was shown by some page above, so none was missed.
    templates = Path(settings.BASE_DIR) / "templates"
    with_get_forms = {
        str(path.relative_to(templates))
        for path in templates.rglob("*.html")
        if re.search(r"<form\b[^>]*method=\"get\"", path.read_text(), re.I)
    }
    assert with_get_forms <= rendered, with_get_forms - rendered


def test_the_exclusions_name_real_urls():
    names = {name for name, _pattern, _keys in url_patterns()}
    assert set(NOT_FUZZED) <= names, set(NOT_FUZZED) - names
    assert not set(NOT_FUZZED) & {case.url.name for case in FORMS}
