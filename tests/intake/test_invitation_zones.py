"""Time zones in uploaded invitations: a file's own definition never overrides a known zone,
never outlives its request, and can cause only a bounded amount of work."""

from datetime import UTC, datetime

import pytest

from intake.invitations import ZONE_MAX_ONSETS, InvitationError, read_invitation


def invitation(zone_name: str, definition: str, start: str = "20271210T100000") -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n"
        f"{definition}"
        "BEGIN:VEVENT\r\nUID:zone-test\r\n"
        f"DTSTART;TZID={zone_name}:{start}\r\n"
        "DURATION:PT1H\r\nSUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def fixed_zone(zone_name: str, offset: str) -> str:
    return (
        f"BEGIN:VTIMEZONE\r\nTZID:{zone_name}\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
        f"TZOFFSETFROM:{offset}\r\nTZOFFSETTO:{offset}\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    )


def test_an_uploaded_definition_never_changes_how_a_known_windows_zone_is_read():
    poisoned = invitation("GMT Standard Time", fixed_zone("GMT Standard Time", "+0900"))
    genuine = invitation("GMT Standard Time", "")

    first = read_invitation(poisoned, zone=UTC)
    second = read_invitation(genuine, zone=UTC)

    # 10:00 in London in December is 10:00 UTC, whatever the first file claimed.
    assert first.starts_at == datetime(2027, 12, 10, 10, 0, tzinfo=UTC)
    assert second.starts_at == datetime(2027, 12, 10, 10, 0, tzinfo=UTC)
    assert second.sent_zone == "GMT Standard Time"


def test_an_uploaded_definition_of_an_unknown_zone_serves_its_own_file_only():
    custom = invitation("Customized Time Zone", fixed_zone("Customized Time Zone", "+0900"))
    without = invitation("Customized Time Zone", "")

    assert read_invitation(custom, zone=UTC).starts_at == datetime(2027, 12, 10, 1, tzinfo=UTC)
    # The next file names the zone without defining it: read in the user's zone, not the last
    # upload's.
    assert read_invitation(without, zone=UTC).starts_at == datetime(2027, 12, 10, 10, tzinfo=UTC)


def test_a_sent_definition_with_summer_time_rules_is_followed():
    zone = (
        "BEGIN:VTIMEZONE\r\nTZID:Custom Berlin\r\n"
        "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
        "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
    )

    winter = read_invitation(invitation("Custom Berlin", zone, "20271210T100000"), zone=UTC)
    summer = read_invitation(invitation("Custom Berlin", zone, "20270610T100000"), zone=UTC)

    assert winter.starts_at == datetime(2027, 12, 10, 9, tzinfo=UTC)
    assert summer.starts_at == datetime(2027, 6, 10, 8, tzinfo=UTC)


def rule_zone(rule: str) -> str:
    return (
        "BEGIN:VTIMEZONE\r\nTZID:Busy\r\n"
        "BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\n"
        f"RRULE:{rule}\r\nEND:STANDARD\r\n"
        "BEGIN:DAYLIGHT\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
        f"RRULE:{rule}\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
    )


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=SECONDLY;COUNT=2000000",
        "FREQ=SECONDLY",
        "FREQ=DAILY",
        "FREQ=YEARLY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23",
    ],
)
def test_a_time_zone_rule_repeating_more_than_yearly_is_refused(rule):
    with pytest.raises(InvitationError, match="repeats more often than once a year"):
        read_invitation(invitation("Busy", rule_zone(rule)), zone=UTC)


def test_a_time_zone_rule_is_expanded_to_a_stated_number_of_changes_and_no_further():
    # Every day of every year since 1601 is a change of offset: over the cap long before 2027.
    every_day = "FREQ=YEARLY;BYDAY=MO,TU,WE,TH,FR,SA,SU"

    with pytest.raises(InvitationError, match="changes its offset too often"):
        read_invitation(invitation("Busy", rule_zone(every_day)), zone=UTC)


@pytest.mark.parametrize(
    ("start", "refused"),
    [
        ("20270925T235900", False),  # 416 years of 12 changes, then 8 in 2027: 5,000
        ("20270926T000000", True),  # the last Sunday of September 2027: 5,001
    ],
)
def test_a_time_zone_is_expanded_to_five_thousand_changes_and_no_further(start, refused):
    assert ZONE_MAX_ONSETS == 5000
    zone = (
        "BEGIN:VTIMEZONE\r\nTZID:Monthly\r\n"
        "BEGIN:STANDARD\r\nDTSTART:16110101T000000\r\nTZOFFSETFROM:+0100\r\n"
        "TZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYDAY=-1SU\r\n"
        "END:STANDARD\r\nEND:VTIMEZONE\r\n"
    )
    text = invitation("Monthly", zone, start)

    if refused:
        with pytest.raises(InvitationError, match="changes its offset too often"):
            read_invitation(text, zone=UTC)
    else:
        assert read_invitation(text, zone=UTC).starts_at == datetime(
            2027, 9, 25, 22, 59, tzinfo=UTC
        )


def test_an_invitation_with_too_many_parts_is_refused():
    alarms = "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\n" * 1001
    text = invitation("Europe/London", "").replace("END:VEVENT", alarms + "END:VEVENT")

    with pytest.raises(InvitationError, match="more than 1,000 parts"):
        read_invitation(text, zone=UTC)
