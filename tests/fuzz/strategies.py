"""What a careless or hostile user can type into a form field, as hypothesis strategies."""

from hypothesis import strategies as st

# Values that broke or could break something: NUL and control characters, right-to-left and
# invisible marks, emoji, markup, template and SQL syntax, percent escapes, CR LF line breaks.
TRICKY = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x01\x02\x1b[31m",
    "\r\n\r\n",
    "line one\r\nline two",
    "\u202eevil\u202c",
    "\ufeff\u200b",
    "שלום עולם",
    "مرحبا بالعالم",
    "🙂👩🏽‍💻🏳️‍🌈",
    "<script>alert(1)</script>",
    "{{ company }}{% if reason %}",
    "' OR 1=1 --",
    "%00%0d%0aBcc: x@example.com",
    "x?cc=someone%40else.example&subject=hi@example.com",
]

LONG_TEXT = st.builds(
    lambda unit, count: unit * count,
    st.sampled_from(["x", "é", "🙂", "\r\n", "{{", " "]),
    st.integers(min_value=100, max_value=12_000),
)

TEXT = st.one_of(st.sampled_from(TRICKY), st.text(max_size=40), LONG_TEXT)

NUMBER = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(
        ["", "0", "-1", "1e309", "NaN", "inf", "0x10", "１２", "3.14", "1,000", "\x00"]
    ),
)

DATE = st.one_of(
    st.dates().map(lambda day: day.isoformat()),
    st.sampled_from(
        ["", "0000-00-00", "9999-12-31", "2026-02-30", "99999-01-01", "2026-13-01", "\x00"]
    ),
)

DATETIME = st.one_of(
    st.datetimes().map(lambda moment: moment.strftime("%Y-%m-%dT%H:%M")),
    st.sampled_from(["", "9999-12-31T23:59", "0001-01-01T00:00", "2026-03-14T25:61", "\x00"]),
)

EMAIL = st.one_of(
    st.emails().filter(lambda address: len(address) < 250),
    st.sampled_from(['"a\x01b"@example.com', "a@b", "@example.com", "x@bücher.example"]),
    TEXT,
)

URL = st.one_of(st.sampled_from(["https://example.com/job", "javascript:alert(1)"]), TEXT)

CHECKBOX = st.sampled_from(["", "on", "true", "false", "\x00", "2"])


def choice(values) -> st.SearchStrategy:
    """A known choice most of the time, else anything at all (unknown choices included)."""
    return st.one_of(st.sampled_from(list(values)), TEXT)


def ids() -> st.SearchStrategy:
    """What arrives where a list of ids is expected."""
    return st.lists(st.one_of(NUMBER, TEXT), max_size=5)


# --- Files: invitations and CSV bytes --------------------------------------------------------

ZONE_NAMES = st.sampled_from(
    [
        "Europe/London",
        "GMT Standard Time",
        "W. Europe Standard Time",
        "Customized Time Zone",
        "/freeassociation.sourceforge.net/Europe/Berlin",
        "../../etc/passwd",
        "",
        "\x00",
        "Z" * 300,
    ]
)
OFFSETS = st.sampled_from(["+0000", "+0100", "-0500", "+0930", "+2400", "-9999", "x", ""])
RULES = st.one_of(
    st.sampled_from(
        [
            "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
            "FREQ=YEARLY;BYDAY=MO,TU,WE,TH,FR,SA,SU",
            "FREQ=SECONDLY;COUNT=2000000",
            "FREQ=MINUTELY",
            "FREQ=YEARLY;BYHOUR=1,2,3",
            "FREQ=YEARLY;UNTIL=20200101T000000Z;BYMONTH=10;BYDAY=1SU",
            "FREQ=YEARLY;UNTIL=20200101;BYMONTH=10;BYDAY=1SU",
            "FREQ=YEARLY;COUNT=-1",
            "FREQ=NEVER",
            "",
        ]
    ),
    st.text(max_size=30),
)
STAMPS = st.sampled_from(
    ["16010101T000000", "00010101T000000", "20271210T100000", "99991231T235959", "2027", "x"]
)


@st.composite
def zone_definitions(draw) -> str:
    """A VTIMEZONE, sane or not: parts with any offsets, rules and starts."""
    parts = []
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        kind = draw(st.sampled_from(["STANDARD", "DAYLIGHT", "X-OTHER"]))
        lines = [f"BEGIN:{kind}", f"DTSTART:{draw(STAMPS)}"]
        lines += [f"TZOFFSETFROM:{draw(OFFSETS)}", f"TZOFFSETTO:{draw(OFFSETS)}"]
        if draw(st.booleans()):
            lines.append(f"RRULE:{draw(RULES)}")
        if draw(st.booleans()):
            lines.append(f"RDATE:{draw(STAMPS)},{draw(STAMPS)}")
        parts.append("\r\n".join([*lines, f"END:{kind}"]))
    zone = draw(ZONE_NAMES)
    return "\r\n".join(["BEGIN:VTIMEZONE", f"TZID:{zone}", *parts, "END:VTIMEZONE"])


@st.composite
def invitation_files(draw) -> bytes:
    """An invitation (.ics) as a user might upload it: zones, rules, components and texts."""
    zone = draw(ZONE_NAMES)
    method = draw(st.sampled_from(["REQUEST", "CANCEL", "PUBLISH", ""]))
    organiser = draw(
        st.sampled_from(
            [
                "ORGANIZER;CN=Weber\\, Anna:mailto:anna@example.com",
                "ORGANIZER:mailto:x?cc=attacker@evil.example",
                "ORGANIZER:mailto:" + "a" * 300 + "@example.com",
                "ORGANIZER:mailto:",
                "ORGANIZER:https://example.com",
            ]
        )
    )
    event = [
        "BEGIN:VEVENT",
        f"UID:{draw(st.one_of(st.text(max_size=20), st.just('u' * 300)))}",
        f"DTSTART;TZID={zone}:{draw(STAMPS)}",
        draw(st.sampled_from(["", "DURATION:PT45M", f"DTEND;TZID={zone}:{draw(STAMPS)}"])),
        f"SUMMARY:{draw(TEXT)}",
        f"LOCATION:{draw(TEXT)}",
        organiser,
        f"SEQUENCE:{draw(NUMBER)}",
        draw(st.sampled_from(["", "STATUS:CANCELLED", "STATUS:CONFIRMED", "STATUS:\x00"])),
        "BEGIN:VALARM\r\nTRIGGER:-PT15M\r\nACTION:DISPLAY\r\nEND:VALARM"
        * draw(st.integers(min_value=0, max_value=3)),
        "END:VEVENT",
    ]
    zones = [draw(zone_definitions()) for _ in range(draw(st.integers(min_value=0, max_value=2)))]
    text = "\r\n".join(
        ["BEGIN:VCALENDAR", "VERSION:2.0", f"METHOD:{method}", *zones, *event, "END:VCALENDAR"]
    )
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "cp1252"]))
    return text.encode(encoding, errors="replace")


@st.composite
def csv_files(draw) -> bytes:
    """A CSV file's bytes: any encoding Excel writes, NUL bytes, wide headers, ragged rows."""
    width = draw(st.sampled_from([1, 2, 5, 40, 300]))
    header_cell = draw(st.sampled_from(["Company", "Position", "Stage", "x" * 2000, "\x00", ""]))
    header = [header_cell if index % 3 == 0 else f"Column {index}" for index in range(width)]
    header[:2] = ["Company", "Position"][: min(2, width)]
    rows = [
        [draw(st.one_of(st.sampled_from(TRICKY), st.text(max_size=12))) for _ in range(width)]
        for _ in range(draw(st.integers(min_value=0, max_value=4)))
    ]
    separator = draw(st.sampled_from([",", ";", "\t"]))
    text = "\r\n".join(separator.join(row) for row in [header, *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "cp1252"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        data = data.replace(b"o", b"o\x00", 3)
    return data
