"""Files a user uploads, generated: invitations (time zones, rules, components) and CSV bytes
(encodings, NUL, widths). Each is read or refused with a message, never a crash, and within
the bounds the readers state."""

from datetime import UTC

from hypothesis import HealthCheck, given, settings

from intake import importer
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
