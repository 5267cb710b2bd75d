"""Capturing a job posting, whichever way it comes: what the bookmarklet carried in the capture
page's fragment, a pasted page, or a link shared from a phone. Each is read by the one parser
(``intake.posting``) into a ``Posting``, which prefills the form the user checks and saves.

Bowout never opens the posting's address: it reads only what the user's browser sent.
"""

import json
import re
from dataclasses import fields
from decimal import Decimal
from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy

from applications import portals
from applications.models import Source, Stage, WorkMode
from intake.posting import MAX_INPUT_CHARS, Posting, parse, parse_html

# The bookmarklet drops the page's blocks when they would make the address longer than
# browsers carry; it says so with this key, and the review page tells the user.
CUT_KEY = "cut"
BLOCKS_KEY, META_KEY, TITLE_KEY, URL_KEY = "b", "m", "t", "u"

UNREADABLE = gettext_lazy(
    "Bowout could not read what the bookmarklet carried. Run “Save to Bowout” again on the "
    "job page, or paste the page instead."
)


class CaptureUnreadable(ValueError):
    """What reached the capture page is not what the bookmarklet sends."""


def read_payload(text: str) -> tuple[Posting, bool]:
    """The posting in the bookmarklet's payload, and whether the page was too large to carry
    whole. Raises ``CaptureUnreadable`` for anything that is not the bookmarklet's JSON."""
    if len(text) > MAX_INPUT_CHARS:
        raise CaptureUnreadable(UNREADABLE)
    try:
        data = json.loads(text)
    except ValueError as error:
        raise CaptureUnreadable(UNREADABLE) from error
    if not isinstance(data, dict):
        raise CaptureUnreadable(UNREADABLE)
    blocks = data.get(BLOCKS_KEY) or []
    meta = data.get(META_KEY) or {}
    title = data.get(TITLE_KEY) or ""
    url = data.get(URL_KEY) or ""
    if not (
        isinstance(blocks, list)
        and all(isinstance(block, str) for block in blocks)
        and isinstance(meta, dict)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in meta.items())
        and isinstance(title, str)
        and isinstance(url, str)
    ):
        raise CaptureUnreadable(UNREADABLE)
    posting = parse(blocks=blocks, meta=meta, title=title, url=web_address(url))
    return _printable(posting), bool(data.get(CUT_KEY))


def read_pasted(*, page: str, url: str) -> Posting:
    """The posting in a pasted page: its HTML (structured data, OpenGraph, title) or text."""
    return _printable(parse_html(page, url=web_address(url)))


_LINK = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)


def shared_link(*, url: str = "", text: str = "") -> str:
    """The posting's address from a share: ``url`` when the app filled it, else the first
    link inside ``text`` (where most Android apps put it, after the title)."""
    if web_address(url):
        return web_address(url)
    match = _LINK.search(text or "")
    return web_address(match.group(0).rstrip(".,;:!?)]}")) if match else ""


def shared_posting(*, title: str = "", text: str = "", url: str = "") -> Posting:
    """What a share carries: the address and, at most, the page's title."""
    link = shared_link(url=url, text=text)
    # Android apps send "Title https://..." in text: the words around the link are the title.
    words = " ".join(_LINK.sub(" ", text or "").split()).strip(" .,;:-–|")
    name = title or words
    posting = parse(blocks=[], meta={}, title=name[:300], url=link)
    posting.found_in = "share"
    return _printable(posting)


def _printable(posting: Posting) -> Posting:
    """The posting without NUL characters, which a page may carry (``\\u0000`` in its JSON)
    and PostgreSQL refuses in text: the form would show them, and the duplicate lookup fail."""
    for item in fields(posting):
        value = getattr(posting, item.name)
        if isinstance(value, str):
            setattr(posting, item.name, value.replace("\x00", ""))
        elif isinstance(value, list):
            setattr(posting, item.name, [str(v).replace("\x00", "") for v in value])
    return posting


def web_address(url: str) -> str:
    """``url`` when it is an http(s) address (what a posting's address may be), else ""."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return ""
    return url[:500]


def application_initial(posting: Posting) -> dict:
    """The application form's first values: the posting as read, not yet applied for."""
    portal = portals.info_for(portals.detect(posting.url))
    return {
        "company": posting.company[:200],
        "position": posting.title[:200],
        "stage": Stage.INTERESTED,
        "posting_url": posting.url,
        "location": posting.location[:200],
        "work_mode": WorkMode.REMOTE if posting.remote else "",
        # An applicant-tracking system is the company's own hiring site; a board is a board.
        "source": Source.COMPANY_SITE if portal and not portal.job_board else Source.JOB_BOARD,
        "pay_range": posting.pay_range[:100],
        "interest": 3,
    }


# The kept salary's largest amount (``PostingSnapshot``: 12 digits, 2 after the point).
SALARY_LIMIT = Decimal(10) ** 10


def _storable_salary(low: Decimal | None, high: Decimal | None) -> dict:
    """The salary range as the snapshot can keep it: a range with an end past its 12 digits (a
    page's typo, or a number that is no salary) is left out whole, rather than half kept or
    shown as an error the user did not make."""
    if any(amount is not None and amount >= SALARY_LIMIT for amount in (low, high)):
        low = high = None
    return {"salary_min": low, "salary_max": high}


def posting_initial(posting: Posting) -> dict:
    """The kept posting's first values."""
    return {
        "closing_date": posting.closing_date,
        "date_posted": posting.date_posted,
        "employment_type": posting.employment_type[:100],
        **_storable_salary(posting.salary_min, posting.salary_max),
        "salary_currency": posting.salary_currency,
        "salary_unit": posting.salary_unit,
        "locations": "\n".join(posting.locations),
        "remote": posting.remote,
        "description": posting.description,
        "found_in": posting.found_in,
    }
