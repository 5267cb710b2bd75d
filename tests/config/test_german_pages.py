"""Every page of the product reads in German for a user who chose German: nothing the product
itself writes is left in English.

The demo data (seed_demo) fills the pages as a user's would, plus a withdrawal draft, a sent
withdrawal, a signed German contract, a CSV import waiting for its preview, a recruiter's email,
a share link, a record PDF and a webhook endpoint, so that every table, list and rule shows.
Each page is rendered twice with the clock stopped, once in English and once in German; the
visible texts (text nodes and the attributes a screen reader or a tooltip reads) of both are
compared. A text that is the same in both renderings and still holds an English word is a
leftover, once the user's own data is taken out of it.

"English word": a word of the English side of the catalogues Django has loaded (Bowout's,
Django's, allauth's msgids) that never occurs on their German side. Words both languages use
("Status", "Name", "Link", "Bowout") are therefore never counted, and a page that shows the
user's company names or notes is not blamed for them.

The test walks every named URL (the fuzz test's url_patterns): a new page is walked without
being listed here, and a URL it cannot fill in fails the test until it is.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from io import StringIO

import pytest
import time_machine
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import models, transaction
from django.test import Client
from django.urls import reverse
from django.utils.translation import trans_real

from accounts.models import User
from api.models import WebhookEndpoint
from applications.management.commands.seed_demo import DEMO_PASSWORD, DEMO_USERNAME
from applications.models import Application, RecordPdf, RecruiterMessage, ShareLink, Stage
from applications.services import create_share_link
from intake import importer
from intake.emails import inbox
from intake.emails.reading import ParsedEmail
from tests.fuzz.test_forms import url_patterns
from withdrawals import services as withdrawal_services
from withdrawals.models import Scenario, Withdrawal

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)

CSV = (
    "Company Name,Job Title,Status,Date Applied,Location,Salary,Notes\n"
    "Acme Robotics International,Senior Data Engineer,Phone screen,2026-04-03,"
    "Berlin,EUR 80000,Met at a conference\n"
    ",Nameless,Sent a CV,2026-04-03,,,\n"
)

# Not pages: Django's admin (staff only, English by design: README "Administration") and the
# API (JSON for scripts, its errors in English like every HTTP API's).
NOT_WALKED = ("admin:", "api-v1:")
# Words that are the same in both languages but that the catalogues happen to use only on
# their English side. Kept small: each is a word a German reader reads as German.
SAME_IN_BOTH = {"ok", "online", "offline", "tab"}
# Whole texts that are right in both: a language's own name, as every language chooser says it.
SAME_TEXTS = {"English", "Deutsch"}
# Visible attributes: read aloud, shown as a tooltip or inside an empty field.
VISIBLE_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "aria-description")
# Elements whose text is not the interface's: scripts, styles, the user's typing.
SKIPPED_ELEMENTS = {"script", "style", "textarea", "template"}
VOID_ELEMENTS = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
}  # fmt: skip
NOISE = re.compile(
    r"[\w.+-]+@[\w-]+(\.[\w-]+)+"  # email addresses
    r"|https?://\S+"  # addresses
    r"|\b[\w-]+(\.[\w-]+)+/\S*"  # addresses without a scheme
)
PLACEHOLDER = re.compile(r"%\(\w+\)[sdf]|%[sd]|\{\w*\}")
QUOTED = re.compile(r"„[^“]*“|“[^”]*”|\"[^\"]*\"")
WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*", re.UNICODE)


# --- Reading a page ---------------------------------------------------------------------------


class VisibleText(HTMLParser):
    """The texts a reader sees or hears, in document order, whitespace collapsed.

    Skipped: scripts and styles, what the user typed (a textarea), and anything marked as in
    another language than the page's (``lang="en"`` around a drafted English email on a German
    page, ``translate="no"``): that text is English on purpose.
    """

    def __init__(self, page_language: str):
        super().__init__(convert_charrefs=True)
        self.page_language = page_language
        self.texts: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)

    @property
    def skipping(self) -> bool:
        return any(skipped for _tag, skipped in self.stack)

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        skipped = (
            tag in SKIPPED_ELEMENTS
            or values.get("translate") == "no"
            or (tag != "html" and "lang" in values and values["lang"] != self.page_language)
            or (tag == "input" and values.get("type") == "hidden")
        )
        if not (self.skipping or skipped):
            for name in VISIBLE_ATTRIBUTES:
                self.add(values.get(name))
            if tag == "input" and values.get("type") in {"submit", "button"}:
                self.add(values.get("value"))
        if tag not in VOID_ELEMENTS:
            self.stack.append((tag, skipped))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        if not self.skipping:
            self.add(data)

    def add(self, text: str | None):
        text = " ".join((text or "").split())
        if text:
            self.texts.append(text)


def visible_texts(html: str, language: str) -> list[str]:
    parser = VisibleText(language)
    parser.feed(html)
    parser.close()
    return parser.texts


@dataclass(frozen=True)
class Vocabulary:
    """The words of the English and of the German side of every loaded catalogue."""

    english: frozenset[str]
    german: frozenset[str]

    @classmethod
    def from_catalogues(cls) -> "Vocabulary":
        catalogue = trans_real.translation("de")._catalog  # type: ignore[attr-defined]
        english, german = set(), set()
        for key, value in catalogue.items():
            msgid = (key[0] if isinstance(key, tuple) else key).split("\x04")[-1]
            if msgid:  # not the header
                english |= words(msgid)
                # English quoted in a German text („at will“) is not German.
                german |= words(QUOTED.sub(" ", value))
        return cls(frozenset(english), frozenset(german))

    def english_words(self, text: str) -> list[str]:
        return [
            word
            for word in WORD.findall(NOISE.sub(" ", text))
            if word.lower() in self.english
            and word.lower() not in self.german
            and word.lower() not in SAME_IN_BOTH
        ]


def words(text: str) -> set[str]:
    return {word.lower() for word in WORD.findall(PLACEHOLDER.sub(" ", text))}


def user_data() -> list[str]:
    """Every text stored in the database (the user's companies, notes, drafted emails, the
    imported file...), each line and each comma-separated cell of it too, longest first: the
    user's words are theirs, in their language. Codes of two letters ("de") are left out."""
    found: set[str] = set()
    for model in apps.get_models():
        fields = [
            field.attname
            for field in model._meta.concrete_fields
            if isinstance(field, models.CharField | models.TextField) and not field.choices
        ]
        if not fields:
            continue
        for row in model._default_manager.values_list(*fields):
            for value in row:
                if not isinstance(value, str):
                    continue
                for line in value.splitlines() or [value]:
                    found |= {" ".join(part.split()) for part in [line, *line.split(",")]}
    return sorted((text for text in found if len(text) > 2), key=len, reverse=True)


def without_user_data(text: str, data: list[str]) -> str:
    """``text`` with every stored text in it taken out, as whole words only."""
    for value in data:
        if value in text:
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", text)
    return text


def leftovers(
    english: Iterable[str], german: Iterable[str], vocabulary: Vocabulary, data: list[str]
) -> list[str]:
    """The German rendering's texts that the English one has too and that hold English words,
    once the user's own data is taken out of them."""
    in_english = set(english)
    return [
        text
        for text in dict.fromkeys(german)
        if text in in_english
        and text not in SAME_TEXTS
        and vocabulary.english_words(without_user_data(text, data))
    ]


# --- The demo world ---------------------------------------------------------------------------


@dataclass(frozen=True)
class World:
    user: User
    live: Application  # interviewing, with contacts, interviews and a draft
    offered: Application  # an offer whose contract is signed under German law
    withdrawn: Application  # a withdrawal sent: follow-up and reflection
    import_pk: int
    email_pk: int
    share_token: str
    record_pdf_pk: int
    endpoint_pk: int

    def kwargs(self, name: str, keys: Iterable[str]) -> dict[str, object]:
        live = self.live
        pk = {
            "applications:offer": self.offered.pk,
            "applications:offer_decide": self.offered.pk,
            "applications:contract_letter": self.offered.pk,
            "withdrawals:follow_up": self.withdrawn.pk,
            "withdrawals:follow_up_sent": self.withdrawn.pk,
            "withdrawals:reflection": self.withdrawn.pk,
            "withdrawals:undo": self.withdrawn.pk,
            "intake:import_preview": self.import_pk,
            "intake:email_detail": self.email_pk,
            "intake:email_apply": self.email_pk,
            "intake:email_dismiss": self.email_pk,
            "intake:email_create": self.email_pk,
            "reports:record_pdf_status": self.record_pdf_pk,
            "reports:record_pdf_download": self.record_pdf_pk,
            "webhooks:detail": self.endpoint_pk,
            "webhooks:enable": self.endpoint_pk,
            "webhooks:delete": self.endpoint_pk,
        }.get(name, live.pk)
        values: dict[str, object] = {
            "pk": pk,
            "contact_pk": live.contacts.order_by("pk").first().pk,
            "interview_pk": live.interviews.order_by("pk").first().pk,
            "token": {
                "reports:shared": self.share_token,
                "digest_unsubscribe": self.user.digest_unsubscribe_token(),
                "reports:calendar_feed": self.user.calendar_token,
            }.get(name, "unknown"),
            # allauth's signed keys: a wrong one shows its "bad link" page, a page too.
            "key": "unknown",
            "uidb36": "0",
            "uidb64": "MA",
        }
        missing = set(keys) - set(values)
        assert not missing, f"{name}: say which of the demo's values its {missing} are"
        return {key: values[key] for key in keys}


def seed() -> World:
    call_command("seed_demo", stdout=StringIO())
    user = User.objects.get(username=DEMO_USERNAME)
    mine = Application.objects.for_user(user).order_by("pk")
    live = mine.filter(stage=Stage.INTERVIEWING, contacts__isnull=False, interviews__isnull=False)
    live = live.distinct().first()
    # The offer with the most to show: equity, a sign-on bonus.
    offered = mine.filter(stage=Stage.OFFER, offer__equity_minor__isnull=False).first()
    withdrawn = mine.filter(stage=Stage.APPLIED).first()
    assert live and offered and withdrawn
    offered.offer.contract_signed, offered.offer.contract_law = True, "DE"
    offered.offer.save(update_fields=["contract_signed", "contract_law"])
    withdrawal_services.start_draft(
        application=live,
        choices=withdrawal_services.WordingChoices(Scenario.ACCEPTED_OFFER),
    )
    withdrawal_services.start_draft(
        application=withdrawn,
        choices=withdrawal_services.WordingChoices(Scenario.NOT_RIGHT_FIT),
    )
    withdrawal_services.mark_sent(application=withdrawn, method=Withdrawal.Method.EMAIL)
    email = inbox.receive(
        owner=user,
        parsed=ParsedEmail(
            subject=f"Interview invitation: {live.company}",
            from_name="Priya Raman",
            from_email="priya@recruiting.example",
            text="We would like to invite you to an interview on 17 December 2026 at 10:00.",
        ),
        source=RecruiterMessage.Source.PASTED,
    )
    token = create_share_link(link=ShareLink(owner=user, name="Sam, my coach"), days=30)
    endpoint = WebhookEndpoint.objects.create(
        owner=user, url="https://hooks.example.com/bowout", events=["application.created"]
    )
    return World(
        user=user,
        live=live,
        offered=offered,
        withdrawn=withdrawn,
        import_pk=importer.start_import(owner=user, name="old-tracker.csv", content=CSV).pk,
        email_pk=email.pk,
        share_token=token,
        record_pdf_pk=RecordPdf.objects.create(owner=user).pk,
        endpoint_pk=endpoint.pk,
    )


# --- Walking the pages ------------------------------------------------------------------------


@dataclass
class Walk:
    pages: dict[str, str]  # URL: its area
    leftovers: dict[str, list[str]]  # URL: the texts still in English
    not_pages: dict[str, str]  # URL name: what it answered instead of a page


def area_of(name: str) -> str:
    """Whose page it is: the app that owns the URL name (README, the app map)."""
    if ":" in name:
        namespace = name.split(":")[0]
        return {"webhooks": "api"}.get(namespace, namespace)
    return "applications" if name == "home" else "accounts"


def render(client: Client, url: str, language: str, *, as_user: User | None) -> tuple[int, str]:
    """The page in ``language`` (the user's profile choice, or a visitor's cookie), or "" when
    the answer is not one of the product's pages (a redirect, a download, Django's bare 404)."""
    if as_user is not None:
        User.objects.filter(pk=as_user.pk).update(language=language)
    else:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.get(url)
    is_page = "text/html" in response.get("Content-Type", "") and any(
        template.name for template in getattr(response, "templates", [])
    )
    if not is_page or response.status_code not in (200, 404):
        return response.status_code, ""
    html = response.content.decode()
    # A whole page says its language (a partial htmx loads has no <html>).
    assert "<html" not in html or f'<html lang="{language}"' in html, (url, language)
    return response.status_code, html


def walk(world: World) -> Walk:
    vocabulary = Vocabulary.from_catalogues()
    data = user_data()
    result = Walk(pages={}, leftovers={}, not_pages={})
    urls: list[tuple[str, str]] = []
    for name, _pattern, keys in url_patterns():
        if name.startswith(NOT_WALKED):
            continue
        urls.append((name, reverse(name, kwargs=world.kwargs(name, keys))))
    # A filtered list, and the page of the application with the signed offer (its terms and
    # the contract's rule), are pages of their own.
    urls.append(("applications:list", reverse("applications:list") + "?status=closed&sort=stage"))
    urls.append(("applications:detail", world.offered.get_absolute_url()))
    # One logged-in client for every page, its password typed again once, as the pages behind
    # re-authentication ask (deleting the account, second factors); allauth limits how often.
    user_client = Client(raise_request_exception=True)
    user_client.force_login(world.user)
    user_client.post(reverse("account_reauthenticate"), {"password": DEMO_PASSWORD})
    for name, url in urls:
        found = None
        for as_user in (world.user, None):
            client = user_client if as_user is not None else Client(raise_request_exception=True)
            status, english = render(client, url, "en", as_user=as_user)
            # A page answering 404 on purpose (an unknown invitation) is a page too.
            if english:
                _status, german = render(client, url, "de", as_user=as_user)
                found = leftovers(
                    visible_texts(english, "en"), visible_texts(german, "de"), vocabulary, data
                )
                break
            assert status < 500, (url, status)
        if found is None:
            result.not_pages[name] = f"{status} {url}"
            continue
        result.pages[url] = area_of(name)
        if found:
            result.leftovers[url] = found
    User.objects.filter(pk=world.user.pk).update(language="de")
    return result


@pytest.fixture(scope="module")
def walked(django_db_setup, django_db_blocker):
    """One walk for the module: seeding and rendering every page twice takes a while. Its rows
    are rolled back afterwards (the walk runs outside the tests' own transactions)."""
    with (
        django_db_blocker.unblock(),
        time_machine.travel(NOW, tick=False),
        transaction.atomic(),
    ):
        result = walk(seed())
        transaction.set_rollback(True)
    return result


def report(found: dict[str, list[str]]) -> str:
    return "\n".join(
        f"{url}:\n    " + "\n    ".join(repr(text) for text in texts)
        for url, texts in found.items()
    )


AREAS = ["applications", "withdrawals", "reports", "intake", "accounts", "api"]


@pytest.mark.parametrize("area", AREAS)
def test_every_page_of_the_area_reads_in_german(walked, area):
    found = {url: texts for url, texts in walked.leftovers.items() if walked.pages[url] == area}
    assert found == {}, "still in English on German pages:\n" + report(found)


def test_the_walk_reaches_every_area_and_its_pages(walked):
    walked_areas = set(walked.pages.values())
    assert walked_areas == set(AREAS), walked_areas
    # Pages that need seeded objects were filled in (a 404 would not be a page).
    for name in (
        "applications:contract_letter",
        "withdrawals:draft",
        "withdrawals:follow_up",
        "intake:import_preview",
        "intake:email_detail",
        "reports:shared",
        "reports:record_pdf_status",
        "webhooks:detail",
        # Behind re-authentication: the walk types the password again once.
        "delete_account",
        "mfa_activate_totp",
    ):
        assert name not in walked.not_pages, walked.not_pages[name]
