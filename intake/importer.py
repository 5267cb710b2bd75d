"""Applications in: a CSV file from another tracker (or Bowout's own export).

The upload is kept as an ``ImportFile`` while the user maps its columns and reads the preview
(web processes keep no state); importing writes every valid row in one transaction with bulk
inserts, records each stage in the history with a note, skips duplicates, and deletes the file.
"""

import codecs
import csv
import functools
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import cast

from django.core.exceptions import ValidationError
from django.db import connection, models, transaction
from django.utils import dateformat, timezone
from django.utils.formats import number_format
from django.utils.translation import gettext, gettext_lazy, gettext_noop, pgettext
from psycopg import sql
from psycopg.types.json import Jsonb

from applications import clock
from applications.forms import application_value_errors
from applications.interchange import dated_history, unsafe_cell
from applications.models import (
    Application,
    Contact,
    ImportFile,
    Offer,
    Source,
    Stage,
    StageChange,
    WorkMode,
)
from applications.text import without_nul

MAX_BYTES = 5_000_000
MAX_ROWS = 10_000
# The mapping form offers every column in each of its dropdowns: a header of 20,000 columns,
# or of names 130,000 characters long, made a preview of megabytes. Real exports have a few
# dozen short names (Huntr's, the widest known, about 40).
MAX_COLUMNS = 100
MAX_COLUMN_NAME = 100
PREVIEW_ROWS = 20
ERRORS_SHOWN = 100


class UnreadableFile(ValueError):
    """The file cannot be read as a table; the message says why."""


# What Bowout can fill in, the label the mapping form shows, and the column names (as
# lowercase letters and digits) that trackers and spreadsheets use for it, the likeliest
# first. The exports' real headers (sources in tests/intake/data/README.md):
# LinkedIn's "Job Applications.csv" (Application Date, Contact Email, Contact Phone Number,
# Company Name, Job Title, Job Url), Huntr (its board "List" as the stage), Teal (Job
# Position, Excitement), JobSync (its Yes/No "applied" beside "appliedDate": never taken as
# the date) and Simplify.
FIELDS = {
    "company": (
        gettext_noop("Company"),
        ("company", "companyname", "employer", "organisation", "organization", "organizationname"),
    ),
    "position": (
        gettext_noop("Position"),
        (
            "position",
            "jobtitle",
            "roletitle",
            "title",
            "jobposition",
            "positiontitle",
            "positionname",
            "role",
            "job",
            "jobname",
        ),
    ),
    "stage": (
        gettext_noop("Stage or status"),
        ("stage", "status", "applicationstatus", "jobstatus", "list", "state", "pipelinestage"),
    ),
    "date_applied": (
        gettext_noop("Date applied"),
        (
            "dateapplied",
            "applieddate",
            "applicationdate",
            "appliedon",
            "dateofapplication",
            "submitted",
            "datesubmitted",
            "date",
        ),
    ),
    "posting_url": (
        gettext_noop("Job posting URL"),
        (
            "url",
            "joburl",
            "link",
            "joblink",
            "postingurl",
            "jobpostingurl",
            "posting",
            "joblisting",
        ),
    ),
    "notes": (gettext_noop("Notes"), ("notes", "note", "comments", "comment")),
    "location": (gettext_noop("Location"), ("location", "joblocation", "city", "place")),
    "work_mode": (
        gettext_noop("Work mode"),
        ("workmode", "remote", "worktype", "workplacetype", "locationtype", "remoteonsite"),
    ),
    "pay_range": (
        gettext_noop("Salary or pay range"),
        ("payrange", "salary", "salaryrange", "compensation", "pay", "expectedsalary"),
    ),
    "interest": (
        gettext_noop("Interest (1 to 5)"),
        ("interest", "interestlevel", "excitement", "rating", "priority", "stars"),
    ),
    "source": (
        gettext_noop("Source"),
        ("source", "howapplied", "channel", "appliedvia", "jobsource"),
    ),
    "agency_name": (gettext_noop("Agency"), ("agency", "agencyname", "recruitmentagency")),
    "contact_name": (
        gettext_noop("Main contact"),
        ("maincontact", "contact", "contactname", "recruiter", "recruitername", "hiringmanager"),
    ),
    "contact_email": (
        gettext_noop("Main contact email"),
        ("maincontactemail", "contactemail", "recruiteremail", "email", "emailaddress"),
    ),
    "contact_phone": (
        gettext_noop("Main contact phone"),
        ("maincontactphone", "contactphone", "contactphonenumber", "phone", "phonenumber"),
    ),
    "contact_role": (
        gettext_noop("Main contact role"),
        ("maincontactrole", "contactrole", "contacttitle"),
    ),
    "stage_path": (gettext_noop("Stage path (as Bowout exports it)"), ("stagepath", "history")),
}
REQUIRED = ("company", "position")

_STAGE_WORDS = {
    # JobSync's "draft" and Teal's "applying": not sent yet.
    Stage.INTERESTED: {
        "interested",
        "wishlist",
        "saved",
        "bookmarked",
        "towatch",
        "planned",
        "draft",
        "applying",
        "toapply",
    },
    Stage.APPLIED: {"applied", "submitted", "applicationsent", "sent"},
    Stage.SCREENING: {"screening", "screen", "phonescreen", "recruitercall", "inreview"},
    Stage.INTERVIEWING: {"interviewing", "interview", "interviews", "onsite", "assessment"},
    Stage.OFFER: {"offer", "offered", "offerreceived", "negotiating"},
    Stage.ACCEPTED: {"accepted", "hired", "offeraccepted"},
    Stage.REJECTED: {"rejected", "rejection", "notselected", "unsuccessful", "declinedbycompany"},
    Stage.WITHDRAWN: {"withdrawn", "withdrew", "withdrawal", "iwithdrew"},
    Stage.OFFER_DECLINED: {"offerdeclined", "declinedoffer", "declined"},
    # JobSync's "expired": the posting closed without an answer.
    Stage.NO_RESPONSE: {"noresponse", "ghosted", "noreply", "noanswer", "expired"},
}
_SOURCE_WORDS = {
    Source.JOB_BOARD: {"jobboard", "linkedin", "indeed", "glassdoor", "monster", "reed"},
    Source.COMPANY_SITE: {"companysite", "companywebsite", "careerspage", "website", "direct"},
    Source.REFERRAL: {"referral", "referred", "friend", "network"},
    Source.AGENCY: {"agency", "recruitmentagency", "recruiter", "headhunter"},
    Source.OTHER: {"other"},
}
_WORK_MODE_WORDS = {
    WorkMode.ON_SITE: {"onsite", "office", "inoffice", "inperson", "onpremises"},
    WorkMode.HYBRID: {"hybrid", "hybride", "flexible"},
    WorkMode.REMOTE: {"remote", "fullyremote", "wfh", "workfromhome", "homeoffice"},
}
_ROLE_WORDS = {
    Contact.Role.AGENCY_RECRUITER: {"agency", "agencyrecruiter", "headhunter"},
    Contact.Role.IN_HOUSE_RECRUITER: {"recruiter", "talentacquisition", "inhouserecruiter"},
    Contact.Role.HIRING_MANAGER: {"hiringmanager", "manager"},
    Contact.Role.HR: {"hr", "humanresources", "people"},
    Contact.Role.INTERVIEWER: {"interviewer"},
    Contact.Role.ASSISTANT: {"assistant"},
    Contact.Role.OTHER: {"other"},
}
_PATH_STEP = re.compile(r"^(.*?)\s*\((\d{4}-\d{2}-\d{2})\)$")


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.casefold())


def _index(words: dict) -> dict[str, str]:
    """Every way of writing a value (its value, its label, its synonyms) as a lookup key."""
    index = {}
    for value, synonyms in words.items():
        for text in (value, value.label, *synonyms):
            index[_key(text)] = value
    return index


_STAGES = _index(_STAGE_WORDS)
_SOURCES = _index(_SOURCE_WORDS)
_WORK_MODES = _index(_WORK_MODE_WORDS)
_ROLES = _index(_ROLE_WORDS)


@functools.lru_cache(maxsize=1024)
def stage_from_text(text: str) -> str | None:
    return _STAGES.get(_key(text))


@functools.lru_cache(maxsize=1024)
def source_from_text(text: str) -> str | None:
    return _SOURCES.get(_key(text))


# --- Reading the file ------------------------------------------------------------------------


def decode(data: bytes) -> str:
    """UTF-8 (with or without the byte order mark Excel writes), else Windows-1252; without NUL
    characters, which no cell means and PostgreSQL cannot store. UTF-16 with its byte order
    mark (Excel's "Unicode Text") is read too: without this its every other byte is a NUL."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return without_nul(data.decode("utf-16", errors="replace"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return without_nul(text)


def _dialect(text: str):
    """Comma, semicolon (a spreadsheet in a European locale) or tab: the one the header row
    uses most, which the sniffer gets wrong when the rows hold spaces and full stops."""
    header = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = max(",;\t", key=header.count)
    try:
        dialect = csv.Sniffer().sniff(text[:20_000], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    if header.count(delimiter) and dialect.delimiter != delimiter:

        class FromHeader(csv.excel):
            pass

        FromHeader.delimiter = delimiter
        return FromHeader
    return dialect


class TableRow(list):
    """The cells of one row, and the line of the file it starts on (empty lines and cells
    spread over several lines counted), for messages that point at the right line."""

    line: int


def read_table(text: str) -> tuple[list[str], list[TableRow]]:
    """The header and the rows of a CSV text (comma, semicolon or tab separated), without
    empty rows; each row a ``TableRow`` that knows its line."""
    text = without_nul(text)
    rows = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), _dialect(text))
        line = 1
        for cells in reader:
            if any(cell.strip() for cell in cells):
                row = TableRow(cells)
                row.line = line
                rows.append(row)
            line = reader.line_num + 1
    except csv.Error as error:
        raise UnreadableFile(
            gettext("This file is not a readable CSV table (%(error)s).") % {"error": error}
        ) from error
    if not rows:
        raise UnreadableFile(gettext("The file is empty."))
    header = [cell.strip() for cell in rows[0]]
    _check_header(header)
    if len(rows) - 1 > MAX_ROWS:
        raise UnreadableFile(
            gettext(
                "The file has %(rows)s rows; Bowout imports up to %(most)s at a time. Split it "
                "into smaller files."
            )
            % {
                "rows": number_format(len(rows) - 1, force_grouping=True),
                "most": number_format(MAX_ROWS, force_grouping=True),
            }
        )
    if len(rows) == 1:
        raise UnreadableFile(gettext("The file has a header row but no applications under it."))
    return header, rows[1:]


def _check_header(header: list[str]) -> None:
    if len(header) > MAX_COLUMNS:
        raise UnreadableFile(
            gettext(
                "The header row has %(columns)s columns; Bowout reads files of up to %(most)s "
                "columns. Delete the columns you do not need and upload it again."
            )
            % {"columns": number_format(len(header), force_grouping=True), "most": MAX_COLUMNS}
        )
    for number, name in enumerate(header, 1):
        if len(name) > MAX_COLUMN_NAME:
            raise UnreadableFile(
                gettext(
                    "Column %(number)s's name is %(length)s characters long; a column name can "
                    "have up to %(most)s. Check that the first row of the file is its header row."
                )
                % {
                    "number": number,
                    "length": number_format(len(name), force_grouping=True),
                    "most": MAX_COLUMN_NAME,
                }
            )


def guess_mapping(header: list[str]) -> dict[str, str]:
    """For each Bowout field, the file's column that most likely holds it (or ""): the column
    named like the field's likeliest name, each column used once."""
    mapping = {}
    keys = [_key(column) for column in header]
    taken: set[str] = set()
    for name, (label, synonyms) in FIELDS.items():
        wanted = [_key(label), _key(name), *synonyms]
        ranked = sorted(
            (wanted.index(key), column)
            for column, key in zip(header, keys, strict=True)
            if key in wanted and column not in taken
        )
        mapping[name] = ranked[0][1] if ranked else ""
        taken.add(mapping[name])
    return mapping


# --- Checking each row -----------------------------------------------------------------------

DATE_ORDERS = {
    "dmy": gettext_lazy("Day first (31/12/2026)"),
    "mdy": gettext_lazy("Month first (12/31/2026)"),
}
# What a cell holds when a tracker has no date: read as no date, not as a mistake.
NO_DATE = {"", "na", "none", "null", "nil", "unknown", "notapplied", "tbd", "tbc"}
# Month names and their usual short forms in English, German and French (accents dropped,
# lowercase); a short form is also matched by any longer word it starts.
_MONTHS = {
    1: ("jan", "january", "januar", "janv", "janvier", "jaenner", "janner"),
    2: ("feb", "february", "februar", "fevr", "fevrier", "fev"),
    3: ("mar", "march", "marz", "maerz", "mars", "mrz"),
    4: ("apr", "april", "avr", "avril"),
    5: ("may", "mai"),
    6: ("jun", "june", "juni", "juin"),
    7: ("jul", "july", "juli", "juil", "juillet"),
    8: ("aug", "august", "aout"),
    9: ("sep", "sept", "september", "septembre"),
    10: ("oct", "october", "okt", "oktober", "octobre"),
    11: ("nov", "november", "novembre"),
    12: ("dec", "december", "dez", "dezember", "decembre"),
}
_MONTH_WORDS = {word: month for month, words in _MONTHS.items() for word in words}
_NUMERIC_DATE = re.compile(r"^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})\.?(?:[ ,T].*)?$")
_EXCEL_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
# Spreadsheets count days from 30 December 1899 (Excel's 1900 leap-year bug included).
_EXCEL_EPOCH = date(1899, 12, 30)
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\.?)?", re.I)


def _plain_letters(text: str) -> str:
    return "".join(
        char for char in unicodedata.normalize("NFKD", text.casefold()) if char.isascii()
    )


def _month(word: str) -> int | None:
    word = _plain_letters(word).rstrip(".")
    if word in _MONTH_WORDS:
        return _MONTH_WORDS[word]
    return _MONTH_WORDS.get(word[:3]) if len(word) > 3 else None


def _year(text: str) -> int:
    # Two-digit years are this century's: trackers are younger than 2000.
    return int(text) + 2000 if len(text) <= 2 else int(text)


def guess_date_order(column: list[str]) -> str:
    """ "mdy" when the file's numeric dates can only be month first (a second number over 12,
    as in LinkedIn's "3/24/26"), else "dmy"."""
    for text in column:
        match = _NUMERIC_DATE.match(text.strip())
        if match and len(match.group(1)) < 4:
            if int(match.group(1)) > 12:
                return "dmy"
            if int(match.group(2)) > 12:
                return "mdy"
    return "dmy"


def expected_format(order: str) -> str:
    example = "31/12/2026" if order == "dmy" else "12/31/2026"
    return gettext("Bowout reads dates like %(example)s, 2026-12-31 or 31 Dec 2026.") % {
        "example": example
    }


def is_no_date(text: str) -> bool:
    return _key(text) in NO_DATE or not any(char.isalnum() for char in text)


class DateOutOfRange(ValueError):
    """A date, but outside the years Bowout takes (``clock.in_range``)."""


@functools.lru_cache(maxsize=4096)  # a file repeats its dates: parse each once
def parse_date(text: str, *, order: str) -> date:
    """A date as exports write it: ISO (2026-04-03, with or without a time), numbers in the
    user's ``order`` with a two- or four-digit year and any time after it (LinkedIn's
    "3/4/26, 9:12 AM"), a month named in English, German or French ("3 Apr 2026",
    "April 3, 2026", "3. März 2026", "3 avril 2026"), or a spreadsheet's serial number.
    ValueError otherwise; DateOutOfRange (a ValueError) outside 1970-2100."""
    text = text.strip()
    match = _NUMERIC_DATE.match(text)
    if match:
        first, second, third = match.groups()
        if len(first) == 4:
            year, month, day = int(first), int(second), int(third)
        else:
            day, month = (int(first), int(second)) if order == "dmy" else (int(second), int(first))
            year = _year(third)
        parsed = date(year, month, day)  # ValueError for 31/02
    elif _EXCEL_SERIAL.match(text):
        parsed = _EXCEL_EPOCH + timedelta(days=int(float(text)))
    else:
        words = re.findall(r"[^\W\d_]+\.?|\d+", _TIME.sub(" ", text))
        months = [found for word in words if (found := _month(word)) is not None]
        numbers = [word for word in words if word.isdigit()]
        if len(months) != 1 or len(numbers) != 2:
            raise ValueError(text)
        year_text = next((n for n in numbers if len(n) == 4), numbers[-1])
        numbers.remove(year_text)
        parsed = date(_year(year_text), months[0], int(numbers[0]))
    if not clock.in_range(parsed):
        raise DateOutOfRange(text)
    return parsed


def parse_interest(text: str) -> int | None:
    """1 to 5 as a number ("4", "4/5", "4.0") or as stars ("★★★★"); None if empty."""
    text = text.strip()
    if not text:
        return None
    if set(text) <= {"★", "☆", "*", " "}:
        return text.count("★") + text.count("*")
    match = re.match(r"^(\d+)(?:[.,]0+)?(?:\s*/\s*5)?$", text)
    if not match:
        raise ValueError(text)
    return int(match.group(1))


@dataclass
class Row:
    line: int
    values: dict = field(default_factory=dict)
    contact: dict = field(default_factory=dict)
    path: list[tuple[str, date]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    # "existing": already in Bowout; "file": repeats an earlier row of the file.
    duplicate: str = ""

    @property
    def stage_label(self) -> str:
        return Stage(self.values["stage"]).label if self.values.get("stage") else ""

    @property
    def importable(self) -> bool:
        return not self.errors and not self.duplicate


@dataclass
class Preview:
    rows: list[Row]

    @property
    def valid(self) -> list[Row]:
        return [row for row in self.rows if row.importable]

    @property
    def with_errors(self) -> list[Row]:
        return [row for row in self.rows if row.errors]

    @property
    def duplicates(self) -> list[Row]:
        return [row for row in self.rows if row.duplicate and not row.errors]

    @property
    def existing(self) -> list[Row]:
        """Rows for applications the user already has: skipped."""
        return [row for row in self.duplicates if row.duplicate == "existing"]

    @property
    def repeated(self) -> list[Row]:
        """Rows that repeat an earlier row of the same file: skipped."""
        return [row for row in self.duplicates if row.duplicate == "file"]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _choice(row: Row, cells: dict, name: str, index: dict, *, default, unknown):
    text = cells.get(name, "").strip()
    if not text:
        return default
    value = index.get(_key(text))
    if value is None and unknown is None:
        row.errors.append(gettext("“%(text)s” is not a stage Bowout knows.") % {"text": text[:40]})
    return value or unknown


def _check_date(row: Row, text: str, *, order: str) -> date | None:
    if is_no_date(text):
        return None
    try:
        return parse_date(text.strip(), order=order)
    except DateOutOfRange:
        row.errors.append(
            gettext("“%(text)s” is too far off. %(range)s")
            % {"text": text.strip()[:30], "range": clock.DATE_RANGE_MESSAGE}
        )
        return None
    except ValueError:
        row.errors.append(
            gettext("“%(text)s” is not a date. %(expected)s")
            % {"text": text.strip()[:30], "expected": expected_format(order)}
        )
        return None


def _check_path(row: Row, text: str) -> None:
    for number, step in enumerate(filter(None, text.split(">")), 1):
        match = _PATH_STEP.match(step.strip())
        stage = stage_from_text(match.group(1)) if match else None
        try:
            on = date.fromisoformat(match.group(2)) if match else None
        except ValueError:
            on = None
        if stage is None or on is None:
            row.errors.append(
                gettext("Step %(number)s of the stage path (“%(step)s”) is unclear.")
                % {"number": number, "step": step.strip()[:40]}
            )
        elif not clock.in_range(on):
            row.errors.append(
                gettext("Step %(number)s of the stage path is dated %(day)s. %(range)s")
                % {"number": number, "day": on.isoformat(), "range": clock.DATE_RANGE_MESSAGE}
            )
        elif row.path and on < row.path[-1][1]:
            row.errors.append(
                gettext("Step %(number)s of the stage path is dated before the step before.")
                % {"number": number}
            )
        else:
            row.path.append((stage, on))


def _check_contact(row: Row, cells: dict) -> None:
    name = _one_line(cells.get("contact_name", ""))
    email = cells.get("contact_email", "").strip()
    phone = _one_line(cells.get("contact_phone", ""))
    if not (name or email or phone):
        return
    contact = {"name": name or email or phone, "email": email, "phone": phone}
    contact["role"] = _choice(
        row,
        cells,
        "contact_role",
        _ROLES,
        default=Contact.Role.AGENCY_RECRUITER
        if row.values["source"] == Source.AGENCY
        else Contact.Role.IN_HOUSE_RECRUITER,
        unknown=Contact.Role.OTHER,
    )
    for field_name in ("name", "email", "phone"):
        model_field = cast(models.Field, Contact._meta.get_field(field_name))
        try:
            model_field.run_validators(contact[field_name])
        except ValidationError as error:
            label = gettext(FIELDS[f"contact_{field_name}"][0])
            row.errors.append(f"{label}: {' '.join(error.messages)}")
    row.contact = contact


def _check_row(row: Row, cells: dict[str, str], *, date_order: str, today: date) -> None:
    values = row.values
    for name in ("company", "position", "posting_url", "location", "agency_name", "pay_range"):
        values[name] = _one_line(cells.get(name, ""))
    values["notes"] = cells.get("notes", "").strip()
    for name in REQUIRED:
        if not values[name]:
            row.errors.append(gettext("%(field)s is empty.") % {"field": gettext(FIELDS[name][0])})
    values["date_applied"] = _check_date(row, cells.get("date_applied", ""), order=date_order)
    _check_path(row, cells.get("stage_path", ""))
    stage = _choice(row, cells, "stage", _STAGES, default=None, unknown=None)
    values["stage"] = stage or (row.path[-1][0] if row.path else Stage.APPLIED)
    values["source"] = _choice(
        row, cells, "source", _SOURCES, default=Source.JOB_BOARD, unknown=Source.OTHER
    )
    values["work_mode"] = _choice(row, cells, "work_mode", _WORK_MODES, default="", unknown="")
    try:
        values["interest"] = parse_interest(cells.get("interest", ""))
    except ValueError:
        row.errors.append(
            gettext("“%(text)s” is not an interest from 1 to 5.")
            % {"text": cells["interest"].strip()[:20]}
        )
        values["interest"] = None
    row.errors.extend(application_value_errors(values, today=today))
    if values["interest"] is None:
        values["interest"] = Application._meta.get_field("interest").get_default()
    _check_contact(row, cells)


def preview(
    *, owner, header: list[str], rows: Sequence[list[str]], mapping: dict, date_order: str = "dmy"
) -> Preview:
    """Every row checked against the mapping, and flagged when it would double an application
    the user has (same company and position) or an earlier row of the file."""
    positions = {name: header.index(column) for name, column in mapping.items() if column}
    existing = {
        (_key(company), _key(position))
        for company, position in Application.objects.for_user(owner).values_list(
            "company", "position"
        )
    }
    seen: set[tuple[str, str]] = set()
    today = clock.today_for(owner)
    checked = []
    for number, cells in enumerate(rows, start=2):  # line 1 is the header
        values = {
            name: unsafe_cell(cells[index]) if index < len(cells) else ""
            for name, index in positions.items()
        }
        row = Row(line=getattr(cells, "line", number))
        _check_row(row, values, date_order=date_order, today=today)
        key = (_key(row.values["company"]), _key(row.values["position"]))
        if not row.errors:
            row.duplicate = "existing" if key in existing else "file" if key in seen else ""
            seen.add(key)
        checked.append(row)
    return Preview(rows=checked)


# --- Importing -------------------------------------------------------------------------------


@transaction.atomic
def start_import(*, owner, name: str, content: str) -> ImportFile:
    """Keep an uploaded file for mapping and preview, replacing the user's earlier uploads."""
    ImportFile.objects.filter(owner=owner).delete()
    return ImportFile.objects.create(
        owner=owner, name=without_nul(name)[:255], content=without_nul(content)
    )


def copy_insert(model, rows: list[dict], *, now: datetime) -> list[int]:
    """Insert rows (field attnames to values; the fields' defaults for the rest) with
    PostgreSQL's COPY, and return their new ids in order.

    Ten times faster than ``bulk_create`` at 10,000 rows: no model instances, no SQL with
    tens of thousands of parameters. The ids are taken from the table's sequence first.
    """
    if not rows:
        return []
    fields = [field for field in model._meta.concrete_fields if not field.primary_key]
    defaults = {
        field.attname: now
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
        else field.get_default()
        for field in fields
    }
    table = model._meta.db_table
    columns = sql.SQL(", ").join(
        sql.Identifier(column) for column in ["id", *(field.column for field in fields)]
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [table, len(rows)],
        )
        ids = [row[0] for row in cursor.fetchall()]
        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(sql.Identifier(table), columns)
        json_columns = {field.attname for field in fields if isinstance(field, models.JSONField)}
        with cursor.copy(statement) as copy:
            for new_id, row in zip(ids, rows, strict=True):
                values = [row.get(name, defaults[name]) for name in defaults]
                copy.write_row(
                    [
                        new_id,
                        *(
                            Jsonb(value)
                            if name in json_columns and not isinstance(value, Jsonb | None)
                            else value
                            for name, value in zip(defaults, values, strict=True)
                        ),
                    ]
                )
    return ids


def _local_noon(day: date, zone) -> datetime:
    # A history entry needs a moment; noon keeps the date the same in any nearby zone.
    return datetime.combine(day, time(12), tzinfo=zone)


APPLICATION_COLUMNS = (
    "company",
    "position",
    "posting_url",
    "location",
    "work_mode",
    "pay_range",
    "interest",
    "notes",
    "source",
    "agency_name",
    "stage",
    "date_applied",
)
# Notes the import writes for its owner, in the language they read Bowout in.
OFFER_NOTE = gettext_lazy(
    "Imported from a file: complete the offer's details, and mark it in writing once it is."
)


@transaction.atomic
def import_applications(*, import_file: ImportFile, mapping: dict, date_order: str) -> Preview:
    """Import every valid, non-duplicate row of the file in one transaction, or none.

    Each application's history is dated from the file (``interchange.dated_history``: the
    stage path, else the date applied), the import time standing in only for a stage the file
    cannot date; its last activity is its latest step. Each entry is noted "Imported from
    <file> on <date>". A contact in the row becomes the main contact; an application at the
    offer stage gets an offer, not in writing, for the user to complete. The file row is
    locked and deleted, so submitting twice cannot import twice.
    """
    locked = ImportFile.objects.select_for_update().get(pk=import_file.pk)
    header, rows = read_table(locked.content)
    result = preview(
        owner=locked.owner, header=header, rows=rows, mapping=mapping, date_order=date_order
    )
    now = timezone.now()
    zone = clock.zone_of(locked.owner)
    day = dateformat.format(timezone.localdate(now, zone), pgettext("date format", "j F Y"))
    note = (gettext("Imported from %(name)s on %(day)s") % {"name": locked.name, "day": day})[:500]
    valid = result.valid
    histories = [
        [
            (stage, _local_noon(on, zone) if on else now)
            for stage, on in dated_history(
                stage=row.values["stage"], path=row.path, applied_on=row.values["date_applied"]
            )
        ]
        for row in valid
    ]
    application_ids = copy_insert(
        Application,
        [
            {"owner_id": locked.owner_id, "last_activity_at": max(when for _, when in steps)}
            | {name: row.values[name] for name in APPLICATION_COLUMNS}
            for row, steps in zip(valid, histories, strict=True)
        ],
        now=now,
    )
    history, contacts, offers = [], [], []
    for application_id, row, steps in zip(application_ids, valid, histories, strict=True):
        previous = ""
        for stage, when in steps:
            history.append(
                {
                    "application_id": application_id,
                    "from_stage": previous,
                    "to_stage": stage,
                    "changed_at": when,
                    "note": note,
                }
            )
            previous = stage
        if row.contact:
            contacts.append({"application_id": application_id, "is_main": True} | row.contact)
        if row.values["stage"] == Stage.OFFER:
            offers.append(
                {
                    "application_id": application_id,
                    "received_on": timezone.localdate(steps[-1][1], zone),
                    "in_writing": False,
                    "details": str(OFFER_NOTE),
                }
            )
    copy_insert(StageChange, history, now=now)
    copy_insert(Contact, contacts, now=now)
    copy_insert(Offer, offers, now=now)
    locked.delete()
    return result
