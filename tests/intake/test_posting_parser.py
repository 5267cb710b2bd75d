"""The posting parser over the corpus in data/postings/ (its README says where each page came
from), field by field, and the shapes it must read one by one.

``pytest tests/intake/test_posting_parser.py -s`` prints the accuracy table."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from intake.posting import lenient_json, parse, parse_html

CORPUS = Path(__file__).parent / "data" / "postings"

FIELDS = [
    "title",
    "company",
    "locations",
    "remote",
    "employment_type",
    "date_posted",
    "closing_date",
    "salary_min",
    "salary_max",
    "salary_currency",
    "salary_unit",
    "description",
]

# What a person reads on each page. "description" is a phrase the description must contain.
EXPECTED: dict[str, dict] = {
    "google_example": {
        "title": "Software Engineer",
        "company": "Google",
        "locations": ["Mountain View, CA, US"],
        "remote": False,
        "employment_type": "Contractor",
        "date_posted": date(2017, 1, 18),
        "closing_date": date(2017, 3, 18),
        "salary_min": Decimal(40),
        "salary_max": Decimal(40),
        "salary_currency": "USD",
        "salary_unit": "HOUR",
        "description": "globally diverse audience",
    },
    "telecommute_gtm": {
        "title": "Generator",
        "company": "Simple",
        "locations": [],
        "remote": True,
        "employment_type": "Full time",
        "date_posted": date(2020, 11, 24),
        "closing_date": date(2021, 11, 24),
        "salary_min": Decimal(100000),
        "salary_max": Decimal(100000),
        "salary_currency": "USD",
        "salary_unit": "YEAR",
        "description": "filling our forms",
    },
    "graph_wordpress": {
        "title": "Senior Product Designer",
        "company": "Northwind Traders Ltd",
        "locations": ["Manchester, GB"],
        "remote": False,
        "employment_type": "Full time",
        "date_posted": date(2026, 11, 2),
        "closing_date": date(2026, 12, 31),
        "salary_min": Decimal(62000),
        "salary_max": Decimal(70000),
        "salary_currency": "GBP",
        "salary_unit": "YEAR",
        "description": "<h2>About the role</h2>",
    },
    "top_level_array": {
        "title": "Warehouse Team Lead",
        "company": "Contoso Logistics",
        "locations": ["Rotterdam, NL"],
        "remote": False,
        "employment_type": "Full time",
        "date_posted": date(2026, 10, 15),
        "closing_date": None,
        "salary_min": Decimal(3200),
        "salary_max": Decimal(3900),
        "salary_currency": "EUR",
        "salary_unit": "MONTH",
        "description": "night shift",
    },
    "type_list": {
        "title": "Support Engineer (Tier 2)",
        "company": "Fabrikam",
        "locations": ["Dublin, Ireland"],
        "remote": False,
        "employment_type": "Full time, Temporary",
        "date_posted": date(2026, 9, 1),
        "closing_date": None,
        "salary_min": None,
        "salary_max": None,
        "salary_currency": "",
        "salary_unit": "",
        "description": "Help our customers.",
    },
    "many_locations": {
        "title": "Site Reliability Engineer",
        "company": "Tailspin Toys",
        "locations": [
            "London, United Kingdom",
            "Edinburgh, United Kingdom",
            "Cardiff, Wales, United Kingdom",
        ],
        "remote": False,
        "employment_type": "Full time",
        "date_posted": date(2026, 11, 20),
        "closing_date": date(2027, 1, 15),
        "salary_min": None,
        "salary_max": None,
        "salary_currency": "",
        "salary_unit": "",
        "description": "<li>On call one week in six</li>",
    },
    "german_personio": {
        "title": "Softwareentwickler (m/w/d) Backend",
        "company": "Muster GmbH",
        "locations": ["München, DE"],
        "remote": False,
        "employment_type": "Full time",
        "date_posted": date(2026, 11, 10),
        "closing_date": date(2026, 12, 10),
        "salary_min": Decimal(60000),
        "salary_max": Decimal(72000),
        "salary_currency": "EUR",
        "salary_unit": "YEAR",
        "description": "Wir suchen",
    },
    "french_entities": {
        "title": "Développeur·se Python confirmé·e",
        "company": "Société Exemple SAS",
        "locations": ["Lyon, Auvergne-Rhône-Alpes, FR"],
        "remote": True,
        "employment_type": "Full time",
        "date_posted": date(2026, 10, 28),
        "closing_date": None,
        "salary_min": Decimal(45000),
        "salary_max": Decimal(55000),
        "salary_currency": "EUR",
        "salary_unit": "YEAR",
        "description": "<p>Rejoignez une équipe de six.</p>",
    },
    "escaped_entities": {
        "title": "Paralegal – Property & Planning",
        "company": "Smith & Jones LLP",
        "locations": ["Leeds, GB"],
        "remote": False,
        "employment_type": "Part time",
        "date_posted": date(2026, 11, 25),
        "closing_date": date(2026, 12, 7),
        "salary_min": None,
        "salary_max": None,
        "salary_currency": "",
        "salary_unit": "",
        "description": "<p>Three days a week &amp; flexible hours.</p>",
    },
    "several_blocks_greenhouse": {
        "title": "Data Engineer",
        "company": "Litware",
        "locations": ["Toronto, ON, CA"],
        "remote": False,
        "employment_type": "Full time",
        "date_posted": date(2026, 11, 30),
        "closing_date": None,
        "salary_min": Decimal(110000),
        "salary_max": Decimal(135000),
        "salary_currency": "CAD",
        "salary_unit": "YEAR",
        "description": "data platform",
    },
    "malformed": {
        "title": "Nurse Practitioner",
        "company": "Woodgrove Clinics",
        "locations": ["Bristol, GB"],
        "remote": False,
        "employment_type": "Full time",
        "date_posted": date(2026, 11, 12),
        "closing_date": date(2026, 12, 12),
        "salary_min": None,
        "salary_max": None,
        "salary_currency": "",
        "salary_unit": "",
        "description": "First line\nsecond line",
    },
    "opengraph_only": {
        "title": "Marketing Manager",
        "company": "Adventure Works",
        "locations": [],
        "remote": False,
        "employment_type": "",
        "date_posted": None,
        "closing_date": None,
        "salary_min": None,
        "salary_max": None,
        "salary_currency": "",
        "salary_unit": "",
        "description": "Own our brand across Europe.",
    },
    "title_only": {
        "title": "Data Analyst",
        # A person reads the employer in "Acme Careers"; the parser does not guess.
        "company": "Acme",
        "locations": [],
        "remote": False,
        "employment_type": "",
        "date_posted": None,
        "closing_date": None,
        "salary_min": None,
        "salary_max": None,
        "salary_currency": "",
        "salary_unit": "",
        "description": "",
    },
    "lever_estimated_salary": {
        "title": "Account Executive",
        "company": "Proseware",
        "locations": ["Austin, TX"],
        "remote": False,
        "employment_type": "Full time",
        "date_posted": date(2026, 8, 19),
        "closing_date": None,
        "salary_min": Decimal(85000),
        "salary_max": Decimal(95000),
        "salary_currency": "USD",
        "salary_unit": "YEAR",
        "description": "mid-market schools",
    },
    "remote_workday": {
        "title": "Technical Writer",
        "company": "Wide World Importers",
        "locations": ["United Kingdom", "Ireland"],
        "remote": True,
        "employment_type": "Contractor",
        "date_posted": date(2026, 11, 3),
        "closing_date": date(2026, 12, 3),
        "salary_min": Decimal(350),
        "salary_max": Decimal(450),
        "salary_currency": "GBP",
        "salary_unit": "DAY",
        "description": "Document our APIs.",
    },
    "wrapped_comment": {
        "title": "Chef de partie",
        "company": "Blue Yonder Hotels",
        "locations": ["Brighton, GB"],
        "remote": False,
        "employment_type": "Full time",
        "date_posted": date(2026, 11, 28),
        "closing_date": None,
        "salary_min": Decimal("14.5"),
        "salary_max": Decimal("14.5"),
        "salary_currency": "GBP",
        "salary_unit": "HOUR",
        "description": "Split shifts",
    },
}

# What the parser gets wrong on purpose, and why: pinned so a change either way is noticed.
KNOWN_MISSES = {("title_only", "company")}


def _matches(name: str, actual, expected) -> bool:
    if name == "description":
        return expected in actual if expected else actual == ""
    return actual == expected


def results() -> dict[str, dict[str, bool]]:
    outcome = {}
    for page, expected in EXPECTED.items():
        posting = parse_html((CORPUS / f"{page}.html").read_text(encoding="utf-8"))
        outcome[page] = {
            name: _matches(name, getattr(posting, name), expected[name]) for name in FIELDS
        }
    return outcome


def accuracy_table(outcome: dict[str, dict[str, bool]]) -> str:
    lines = ["| field | right | of | accuracy |", "|---|---|---|---|"]
    for name in FIELDS:
        right = sum(fields[name] for fields in outcome.values())
        lines.append(f"| {name} | {right} | {len(outcome)} | {right / len(outcome):.0%} |")
    right = sum(sum(fields.values()) for fields in outcome.values())
    total = len(outcome) * len(FIELDS)
    lines.append(f"| all fields | {right} | {total} | {right / total:.1%} |")
    return "\n".join(lines)


def test_the_corpus_holds_fifteen_pages_each_with_expected_values():
    pages = {path.stem for path in CORPUS.glob("*.html")}
    assert len(pages) >= 15
    assert pages == set(EXPECTED)
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    for page in pages:
        assert f"{page}.html" in readme


def test_field_by_field_accuracy_on_the_corpus():
    outcome = results()
    print("\n" + accuracy_table(outcome))
    misses = {(page, name) for page, fields in outcome.items() for name, ok in fields.items()}
    misses = {(page, name) for page, name in misses if not outcome[page][name]}
    assert misses == KNOWN_MISSES


def test_found_in_says_where_the_posting_came_from():
    read = {page: parse_html((CORPUS / f"{page}.html").read_text()).found_in for page in EXPECTED}
    assert read["opengraph_only"] == "opengraph"
    assert read["title_only"] == "title"
    assert read["malformed"] == "json-ld"


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1,}',
        '{"a": [1, 2,],}',
        '// a comment\n{"a": 1}',
        '{"a": /* inline */ 1}',
        '<!-- {"a": 1} -->',
    ],
)
def test_lenient_json_reads_what_browsers_tolerate(text):
    assert lenient_json(text)["a"] in (1, [1, 2])


def test_a_comment_marker_inside_a_string_is_kept():
    assert lenient_json('{"url": "https://x.example/a,}", "b": 1,}') == {
        "url": "https://x.example/a,}",
        "b": 1,
    }


def test_an_unreadable_block_is_skipped_for_the_next():
    posting = parse(blocks=["{not json", '{"@type": "JobPosting", "title": "Baker"}'])
    assert posting.title == "Baker"


def test_the_first_posting_with_a_title_wins_and_the_url_given_beats_the_page():
    posting = parse(
        blocks=[
            '[{"@type": "JobPosting"}, {"@type": "JobPosting", "title": "Second", "url": "u"}]'
        ],
        url="https://jobs.example/2",
    )
    assert (posting.title, posting.url) == ("Second", "https://jobs.example/2")


def test_pay_range_reads_as_a_person_writes_it():
    posting = parse_html((CORPUS / "graph_wordpress.html").read_text())
    assert posting.pay_range == "GBP 62,000–70,000 a year"


def test_plain_text_becomes_title_and_description():
    posting = parse_html("Barista\nMorning shifts in Leeds.\n", url="https://cafe.example/job")
    assert (posting.title, posting.description, posting.url, posting.found_in) == (
        "Barista",
        "Morning shifts in Leeds.",
        "https://cafe.example/job",
        "text",
    )
