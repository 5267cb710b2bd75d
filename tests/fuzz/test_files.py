"""Files a user uploads, generated: invitations (time zones, rules, components), CSV bytes
(encodings, NUL, widths) and recruiters' emails (headers, charsets, MIME, .msg). Each is read
or refused with a message, never a crash, and within the bounds the readers state."""

from datetime import UTC

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake import importer
from intake.emails import reading, rules
from intake.invitations import InvitationError, read_invitation
from tests.fuzz.strategies import csv_files, invitation_files

FILES = settings(max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.too_slow])


@FILES
@given(data=invitation_files())
def test_an_invitation_file_is_read_or_refused_with_a_message(data):
    try:
        invitation = read_invitation(data, zone=UTC)
    except InvitationError as error:
        assert str(error)
        return
    assert invitation.starts_at.tzinfo is not None
    assert 5 <= invitation.duration_minutes <= 12 * 60
    assert "\x00" not in invitation.title + invitation.location + invitation.organiser_name
    assert "\x00" not in invitation.uid + invitation.organiser_email
    assert 0 <= invitation.sequence <= 2**31 - 1
    assert len(invitation.uid) <= 255
    assert 1970 <= invitation.starts_at.year <= 2100


@FILES
@given(data=csv_files())
def test_csv_bytes_are_read_or_refused_with_a_message(data):
    text = importer.decode(data)
    assert "\x00" not in text
    try:
        header, _rows = importer.read_table(text)
    except importer.UnreadableFile as error:
        assert str(error)
        return
    assert header
    assert len(header) <= 100
    assert all(len(name) <= 100 for name in header)
    importer.guess_mapping(header)


# A recruiter's email: headers in any order and charset, bodies in any transfer encoding, MIME
# parts nested, NUL and control characters anywhere; or random bytes.
_HEADER = st.tuples(
    st.sampled_from(
        [
            "From",
            "Subject",
            "Date",
            "Message-ID",
            "In-Reply-To",
            "Content-Type",
            "Content-Transfer-Encoding",
            "List-Unsubscribe",
            "To",
            "X-Odd",
        ]
    ),
    st.text(max_size=60),
).map(lambda pair: f"{pair[0]}: {pair[1]}")
_BODY = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        [
            "=C3=A9t=C3=A9 =\r\nsoft break =ZZ bad escape",
            "SGVsbG8gd29ybGQ=\r\n!!!notbase64",
            "--b\r\nContent-Type: text/html; charset=x-bogus\r\n\r\n"
            "<p>hi<script>x</script>\r\n--b--",
        ]
    ),
)
_EMAILS = st.one_of(
    st.binary(max_size=1_000),
    st.tuples(st.lists(_HEADER, max_size=8), _BODY).map(
        lambda parts: ("\r\n".join(parts[0]) + "\r\n\r\n" + parts[1]).encode(
            "utf-8", "surrogatepass"
        )
    ),
)


@FILES
@given(data=_EMAILS)
def test_an_email_is_read_or_refused_with_a_message(data):
    try:
        parsed = reading.read_bytes(data)
    except reading.UnreadableEmail as error:
        assert str(error)
        return
    kept = parsed.subject + parsed.from_name + parsed.from_email + parsed.text + parsed.html
    assert "\x00" not in kept
    assert "<script" not in parsed.html
    assert len(parsed.subject) <= 500
    rules.classify(
        subject=parsed.subject,
        text=parsed.text,
        from_email=parsed.from_email,
        headers=parsed.headers,
    )


@FILES
@given(text=st.text(max_size=2_000))
def test_pasted_text_is_read_or_refused_with_a_message(text):
    try:
        parsed = reading.read_pasted(text)
    except reading.UnreadableEmail as error:
        assert str(error)
        return
    assert "\x00" not in parsed.text + parsed.subject


@FILES
@given(tail=st.binary(max_size=2_000))
def test_a_msg_file_is_read_or_refused_with_a_message(tail):
    try:
        reading.read_msg(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + tail)
    except reading.UnreadableEmail as error:
        assert str(error)
