"""Which of the user's applications an email is about.

In order of strength: the thread (it answers an earlier message already filed with an
application), the sender's domain (a contact's address or the posting's site on that domain),
the company named by the sender ("Brightlane via HackerRank", an ATS writing "on behalf of"),
then the company and position in the subject and body. One best application is a match; a tie
is for the user to pick; none, and the user may create one.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.db.models import Q

from applications.models import Application, Contact, RecruiterMessage, Stage
from intake.emails import reasons
from intake.emails.reading import ParsedEmail
from intake.emails.rules import is_ats

# Mailboxes anyone can have: a domain that says nothing about the employer.
WEBMAIL = {
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "yahoo.com",
    "icloud.com",
    "me.com",
    "aol.com",
    "proton.me",
    "protonmail.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "t-online.de",
    "orange.fr",
    "free.fr",
    "wanadoo.fr",
    "yahoo.fr",
    "hotmail.fr",
    "yahoo.es",
    "hotmail.es",
}
_SUFFIXES = re.compile(
    r"(?i)[,.]?\s+(?:gmbh|ag|inc|ltd|llc|llp|plc|sa|sas|sl|bv|se|co|corp|group|kg)\.?$"
)
# The most applications one email is compared with: the user's most recent ones.
COMPARED = 2000
SHOWN_CANDIDATES = 5


@dataclass
class Match:
    application: Application | None = None
    candidates: list[Application] = field(default_factory=list)
    reason: str = ""


def base_domain(host: str) -> str:
    """``jobs.example.co.uk`` as ``example.co.uk``, ``mail.example.com`` as ``example.com``."""
    labels = host.lower().strip(".").split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in {"co", "com", "org", "ac"}:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _company_key(name: str) -> str:
    return _SUFFIXES.sub("", " ".join(name.split())).strip().lower()


# A company name shorter than this ("AB", "Go") is found in too many emails to mean anything.
SHORTEST_NAME = 3


def _mentions(text: str, phrase: str) -> bool:
    return (
        len(phrase) >= SHORTEST_NAME
        and re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.I) is not None
    )


def on_behalf_of(parsed: ParsedEmail) -> str:
    return on_behalf_of_name(parsed.from_name, parsed.text)


def on_behalf_of_name(from_name: str, text: str) -> str:
    """The company an ATS or test platform writes for: "X via Platform", "on behalf of X"."""
    via = re.match(r"(.{2,80}?)\s+(?:via|über|par l'intermédiaire de|a través de)\s", from_name)
    if via:
        return via[1].strip()
    behalf = re.search(
        # A company's name starts with a capital: "on behalf of a client" names none.
        r"\b(?i:on behalf of|im auftrag von|au nom de|en nombre de)\s+([A-Z][\w&.' -]{1,60}?)"
        r"(?=[,.;\n]|\s+(?:has|have|is|hat|a|ha)\b)",
        text[:3000],
    )
    return behalf[1].strip() if behalf else ""


def _thread(owner, parsed: ParsedEmail) -> list[tuple[int, str]]:
    if not parsed.thread_ids and not parsed.message_id:
        return []
    earlier = Q(message_id_header__in=parsed.thread_ids) if parsed.thread_ids else Q(pk__in=[])
    if parsed.message_id:
        earlier |= Q(thread_ids__contains=[parsed.message_id])
    rows = (
        RecruiterMessage.objects.for_user(owner)
        .filter(earlier, application__isnull=False)
        .order_by("-received_at")
        .values_list("application_id", "subject")[:5]
    )
    return [(application_id, subject) for application_id, subject in rows if application_id]


def match(*, owner, parsed: ParsedEmail) -> Match:
    """The application ``parsed`` is about, or the ones it could be about."""
    thread = _thread(owner, parsed)
    if thread and len({application_id for application_id, _ in thread}) == 1:
        application = Application.objects.for_user(owner).get(pk=thread[0][0])
        return Match(
            application, reason=reasons.written(reasons.ANSWERS, subject=thread[0][1][:150])
        )

    domain = parsed.from_email.rpartition("@")[2].lower()
    sender_domain = "" if not domain or domain in WEBMAIL or is_ats(parsed.from_email) else domain
    scores: dict[int, int] = {}
    why: dict[int, str] = {}

    def score(application_id: int, points: int, reason: str) -> None:
        if points > scores.get(application_id, 0):
            why[application_id] = reason
        scores[application_id] = scores.get(application_id, 0) + points

    if sender_domain:
        base = base_domain(sender_domain)
        contacts = Contact.objects.filter(application__owner=owner).filter(
            Q(email__iendswith="@" + base) | Q(email__iendswith="." + base)
        )
        for application_id in contacts.values_list("application_id", flat=True).distinct()[:50]:
            score(application_id, 50, reasons.written(reasons.CONTACT_DOMAIN, domain=base))
    behalf = _company_key(on_behalf_of(parsed))
    sender_name = parsed.from_name.lower()
    head = parsed.text[:5000]
    rows = (
        Application.objects.for_user(owner)
        .order_by("-last_activity_at", "-pk")
        .values_list("pk", "company", "position", "posting_url", "stage")[:COMPARED]
    )
    for pk, company, position, posting_url, stage in rows:
        key = _company_key(company)
        host = urlsplit(posting_url).hostname or "" if posting_url else ""
        if sender_domain and host and base_domain(host) == base_domain(sender_domain):
            score(pk, 40, reasons.written(reasons.POSTING_DOMAIN, domain=base_domain(host)))
        if key and behalf and key == behalf:
            score(pk, 35, reasons.written(reasons.ON_BEHALF, company=company))
        elif key and _mentions(sender_name, key):
            score(pk, 30, reasons.written(reasons.SENDER_IS, name=parsed.from_name[:100]))
        if key and _mentions(parsed.subject, key):
            score(pk, 25, reasons.written(reasons.SUBJECT_NAMES, company=company))
        elif key and _mentions(head, key):
            score(pk, 20, reasons.written(reasons.EMAIL_NAMES, company=company))
        if (
            pk in scores
            and position
            and (_mentions(parsed.subject, position) or _mentions(head, position))
        ):
            score(pk, 10, why[pk])
        if pk in scores and stage in Stage.live():
            scores[pk] += 1
    if not scores:
        return Match(reason=reasons.NO_MATCH)
    best = max(scores.values())
    top = [pk for pk, points in scores.items() if points == best]
    if len(top) == 1:
        application = Application.objects.for_user(owner).get(pk=top[0])
        return Match(application, reason=why[top[0]])
    ranked = sorted(scores, key=lambda pk: -scores[pk])[:SHOWN_CANDIDATES]
    by_pk = Application.objects.for_user(owner).in_bulk(ranked)
    return Match(
        candidates=[by_pk[pk] for pk in ranked if pk in by_pk],
        reason=reasons.SEVERAL,
    )
