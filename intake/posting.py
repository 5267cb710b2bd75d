"""One parser for a job posting, whichever way it came in (the bookmarklet, the share target,
a pasted page): schema.org ``JobPosting`` from the page's raw ``application/ld+json`` blocks,
falling back to its OpenGraph tags and title.

It reads what pages really publish: ``@graph`` and arrays, ``@type`` as a list, the
organisation as a string or an object, several locations, ``TELECOMMUTE``, a salary as one
value or a ``QuantitativeValue`` range with its unit, HTML entities in every string, several
blocks on a page, and the JSON browsers tolerate (comments, trailing commas, raw newlines in
strings). It never fetches anything: it reads only what it is given.
"""

import html
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from html.parser import HTMLParser
from typing import Any

from applications import clock
from applications.text import without_nul

# What the capture page accepts from the fragment, and the paste page from its text box: a
# posting page's structured data fits many times over.
MAX_INPUT_CHARS = 400_000

SALARY_UNITS = {"HOUR", "DAY", "WEEK", "MONTH", "YEAR"}


@dataclass
class Posting:
    """What a page says about one job; empty strings and ``None`` where it says nothing."""

    title: str = ""
    company: str = ""
    description: str = ""  # HTML as published: the core sanitises it before storing
    locations: list[str] = field(default_factory=list)
    remote: bool = False
    employment_type: str = ""
    date_posted: date | None = None
    closing_date: date | None = None
    salary_min: Decimal | None = None
    salary_max: Decimal | None = None
    salary_currency: str = ""
    salary_unit: str = ""
    url: str = ""
    found_in: str = ""  # "json-ld", "opengraph" or "title"
    # The language the posting is written in, as a lower-case primary subtag ("de" for
    # "de-DE", "de_DE" or {"alternateName": "de"}), "" when the page does not say.
    language: str = ""

    @property
    def location(self) -> str:
        return "; ".join(self.locations)

    @property
    def pay_range(self) -> str:
        """ "EUR 60,000-75,000 a year" (an en dash), as a person writes it."""
        if self.salary_min is None and self.salary_max is None:
            return ""
        low, high = self.salary_min, self.salary_max
        amounts = [f"{value:,.0f}" for value in dict.fromkeys(v for v in (low, high) if v)]
        text = "–".join(amounts)
        if self.salary_currency:
            text = f"{self.salary_currency} {text}"
        if self.salary_unit:
            text += f" a {self.salary_unit.lower()}"
        return text


# Lenient JSON ------------------------------------------------------------------------------


def lenient_json(text: str) -> Any:
    """Parse JSON the way browsers' structured-data readers do: comments, trailing commas,
    raw control characters in strings and an HTML comment or CDATA wrapper are tolerated."""
    text = text.strip()
    for opening, closing in (("<!--", "-->"), ("<![CDATA[", "]]>")):
        if text.startswith(opening) and text.endswith(closing):
            text = text[len(opening) : -len(closing)].strip()
    try:
        return json.loads(text, strict=False)
    except ValueError:
        return json.loads(_repair(text), strict=False)


def _repair(text: str) -> str:
    """Drop comments and trailing commas outside strings (one pass, string-aware)."""
    out: list[str] = []
    i, n = 0, len(text)
    in_string = False
    while i < n:
        char = text[i]
        if in_string:
            out.append(char)
            if char == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if char == '"':
                in_string = False
            i += 1
            continue
        if char == '"':
            in_string = True
            out.append(char)
            i += 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end == -1 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end == -1 else end + 2
        elif char == ",":
            j = i + 1
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j] in "}]":
                i += 1  # a trailing comma
            else:
                out.append(char)
                i += 1
        else:
            out.append(char)
            i += 1
    return "".join(out)


# JSON-LD -----------------------------------------------------------------------------------


def _nodes(data: Any):
    """Every object in a JSON-LD document: arrays, ``@graph`` and nested values alike."""
    if isinstance(data, list):
        for item in data:
            yield from _nodes(item)
    elif isinstance(data, dict):
        yield data
        for key, value in data.items():
            if key == "@graph" or isinstance(value, list | dict):
                yield from _nodes(value)


def _types(node: dict) -> set[str]:
    kinds = node.get("@type", [])
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return {str(kind).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for kind in kinds}


def _text(value: Any) -> str:
    """A plain string from a JSON-LD value: entities decoded, whitespace folded."""
    if isinstance(value, list):
        value = next((item for item in value if item), "")
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or ""
    if value is None or isinstance(value, bool):
        return ""
    text = html.unescape(html.unescape(str(value)))
    return " ".join(text.split())


def _language(value: Any) -> str:
    """ "de" from a schema.org ``inLanguage`` (a BCP 47 tag, or a Language with its code as
    ``alternateName``), OpenGraph's ``og:locale`` ("de_DE") or an ``<html lang>``."""
    if isinstance(value, list):
        return next((code for code in map(_language, value) if code), "")
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("@value") or ""
    code = re.split(r"[-_]", _text(value), maxsplit=1)[0].lower()
    # A primary language subtag is two or three letters; a name ("German") is not one.
    return code if re.fullmatch(r"[a-z]{2,3}", code) else ""


def _organisation(value: Any) -> str:
    if isinstance(value, list):
        return next((name for name in map(_organisation, value) if name), "")
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("legalName") or "")
    return _text(value)


def _place(value: Any) -> str:
    """ "Berlin, Germany" from a Place, its PostalAddress, or a plain string."""
    if isinstance(value, str):
        return _text(value)
    if not isinstance(value, dict):
        return ""
    address = value.get("address", value)
    if isinstance(address, list):
        address = address[0] if address else {}
    if isinstance(address, str):
        return _text(address)
    if not isinstance(address, dict):
        return ""
    parts = [
        _text(address.get(key))
        for key in ("addressLocality", "addressRegion", "addressCountry")
        if address.get(key)
    ]
    return ", ".join(dict.fromkeys(part for part in parts if part)) or _text(value.get("name"))


def _locations(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return list(dict.fromkeys(place for place in map(_place, items) if place))


def _date(value: Any) -> date | None:
    """A posting's date, or None when it has none Bowout takes (``clock.in_range``)."""
    day = _any_date(value)
    return day if day is not None and clock.in_range(day) else None


def _any_date(value: Any) -> date | None:
    text = _text(value)
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
        if match:
            try:
                return date(*map(int, match.groups()))
            except ValueError:
                return None
    return None


def _amount(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    text = re.sub(r"[^\d.]", "", str(value).replace(",", ""))
    try:
        amount = Decimal(text) if text else None
    except InvalidOperation:
        return None
    return amount if amount is not None and amount.is_finite() and amount > 0 else None


def _salary(posting: Posting, value: Any) -> None:
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, dict):
        posting.salary_min = posting.salary_max = _amount(value)
        return
    posting.salary_currency = _text(value.get("currency") or "").upper()[:3]
    quantity = value.get("value", value)
    if isinstance(quantity, dict):
        low = _amount(quantity.get("minValue"))
        high = _amount(quantity.get("maxValue"))
        single = _amount(quantity.get("value"))
        posting.salary_min = low or single
        posting.salary_max = high or single or low
        unit = _text(quantity.get("unitText") or quantity.get("unitCode") or "").upper()
    else:
        posting.salary_min = posting.salary_max = _amount(quantity)
        unit = _text(value.get("unitText") or "").upper()
    posting.salary_unit = unit if unit in SALARY_UNITS else ""


def _employment_type(value: Any) -> str:
    items = value if isinstance(value, list) else [value]
    return ", ".join(
        _text(item).replace("_", " ").replace("-", " ").lower().capitalize()
        for item in items
        if _text(item)
    )


def _description(value: Any) -> str:
    text = value if isinstance(value, str) else _text(value)
    # Some sites escape the HTML once more than JSON needs: "&lt;p&gt;".
    if "&lt;" in text and "<" not in text:
        text = html.unescape(text)
    return text.strip()


def from_json_ld(node: dict) -> Posting:
    remote_values = node.get("jobLocationType") or []
    remote_values = remote_values if isinstance(remote_values, list) else [remote_values]
    posting = Posting(
        title=_text(node.get("title") or node.get("name")),
        company=_organisation(node.get("hiringOrganization")),
        description=_description(node.get("description") or ""),
        locations=_locations(node.get("jobLocation")),
        remote=any("TELECOMMUTE" in str(value).upper() for value in remote_values),
        employment_type=_employment_type(node.get("employmentType")),
        date_posted=_date(node.get("datePosted")),
        closing_date=_date(node.get("validThrough")),
        url=_text(node.get("url")),
        found_in="json-ld",
        language=_language(node.get("inLanguage")),
    )
    if not posting.locations and posting.remote:
        # A remote job names where applicants may live instead of where it is.
        posting.locations = _locations(node.get("applicantLocationRequirements"))
    _salary(posting, node.get("baseSalary") or node.get("estimatedSalary"))
    return posting


def job_postings(blocks: list[str]) -> list[dict]:
    """Every ``JobPosting`` object in the page's ld+json blocks; unreadable blocks skipped."""
    found: list[dict] = []
    for block in blocks:
        try:
            data = lenient_json(block)
        except ValueError:
            continue
        found.extend(node for node in _nodes(data) if "JobPosting" in _types(node))
    return found


# The page ----------------------------------------------------------------------------------


def parse(
    *, blocks: list[str], meta: dict[str, str] | None = None, title: str = "", url: str = ""
) -> Posting:
    """The posting a page describes. ``blocks`` are the raw texts of its ld+json scripts,
    ``meta`` its OpenGraph (and description) tags, ``title`` its ``<title>``, ``url`` its
    address. The first ``JobPosting`` with a title wins; OpenGraph and the title fill the
    rest."""
    blocks, meta, title, url = without_nul([blocks, meta or {}, title, url])
    meta = {key.lower(): value for key, value in meta.items()}
    postings = without_nul(job_postings(blocks))  # JSON's "\u0000" is a NUL once parsed
    posting = next((p for p in map(from_json_ld, postings) if p.title), None)
    if posting is None:
        posting = Posting(found_in="opengraph" if meta.get("og:title") else "title")
        posting.title = _text(meta.get("og:title")) or _title_only(title)
        posting.description = _text(meta.get("og:description") or meta.get("description"))
    if not posting.company:
        posting.company = _text(meta.get("og:site_name"))
    if not posting.title:
        posting.title = _title_only(title)
    posting.url = url or _text(meta.get("og:url")) or posting.url
    posting.language = (
        posting.language or _language(meta.get("og:locale")) or _language(meta.get(PAGE_LANGUAGE))
    )
    return posting


# The meta key under which the bookmarklet and the paste path carry the page's ``<html lang>``.
PAGE_LANGUAGE = "html:lang"


def _title_only(title: str) -> str:
    """The part of a title before the site's name, after a bar or a dash."""
    text = _text(title)
    return re.split(r"\s+[|–—-]\s+", text, maxsplit=1)[0] if text else ""


class _PageReader(HTMLParser):
    """The ld+json blocks, meta tags and title of an HTML page, as the bookmarklet sends
    them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.meta: dict[str, str] = {}
        self.title = ""
        self._in: str | None = None
        self._buffer: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = {name: value or "" for name, value in attrs}
        if tag == "html" and values.get("lang") and PAGE_LANGUAGE not in self.meta:
            self.meta[PAGE_LANGUAGE] = values["lang"]
        elif tag == "script" and "ld+json" in values.get("type", "").lower():
            self._in, self._buffer = "ld", []
        elif tag == "title" and not self.title:
            self._in, self._buffer = "title", []
        elif tag == "meta":
            key = (values.get("property") or values.get("name") or "").lower()
            if key and "content" in values and key not in self.meta:
                self.meta[key] = values["content"]

    def handle_endtag(self, tag):
        if self._in == "ld" and tag == "script":
            self.blocks.append("".join(self._buffer))
            self._in = None
        elif self._in == "title" and tag == "title":
            self.title = "".join(self._buffer).strip()
            self._in = None

    def handle_data(self, data):
        if self._in:
            self._buffer.append(data)


def read_page(page: str) -> tuple[list[str], dict[str, str], str]:
    """The raw parts of an HTML page the parser reads: (ld+json blocks, meta tags, title)."""
    reader = _PageReader()
    reader.feed(page[:MAX_INPUT_CHARS])
    reader.close()
    return reader.blocks, reader.meta, reader.title


def parse_html(page: str, *, url: str = "") -> Posting:
    """The posting in a whole HTML page (the paste path, the corpus). Text that is no HTML
    becomes the description, its first line the title."""
    page = without_nul(page)
    blocks, meta, title = read_page(page)
    if not (blocks or meta or title) and "<" not in page:
        lines = [line.strip() for line in page.strip().splitlines() if line.strip()]
        return Posting(
            title=_text(lines[0])[:200] if lines else "",
            description="\n".join(lines[1:]),
            url=url,
            found_in="text",
        )
    return parse(blocks=blocks, meta=meta, title=title, url=url)
