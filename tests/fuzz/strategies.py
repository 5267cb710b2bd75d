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
