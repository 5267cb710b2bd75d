"""Reading an email: .eml, .msg and pasted text; limits, encodings, NUL, sanitised HTML,
forwards inline and as an attachment."""

from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from intake.emails import reading
from intake.emails.reading import UnreadableEmail, read_bytes, read_msg, read_pasted
from tests.intake.emails.corpus import parsed, rows
from tests.intake.emails.msgfile import msg_file


def _eml(body="Hello", **headers) -> bytes:
    message = EmailMessage()
    message["From"] = headers.pop("sender", "Anna Weber <anna@firma.de>")
    message["Subject"] = headers.pop("subject", "Hallo")
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return message.as_bytes()


def _row(name):
    return next(row for row in rows("heldout") if row["name"] == name)


def test_quoted_printable_and_encoded_words_are_decoded():
    message = parsed("heldout", _row("h02-received-de-personio"))

    assert message.subject == "Ihre Bewerbung als Projektleiter (m/w/d)"
    assert "bestätigen wir den Eingang Ihrer Unterlagen" in " ".join(message.text.split())
    assert message.from_email == "jobs@kessler-logistik.de"
    assert message.from_name == "Kessler Logistik GmbH"
    assert message.sent_at == datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
    assert message.message_id == "<h02-received-de-personio@corpus.example>"


def test_latin1_body_is_decoded():
    message = parsed("heldout", _row("h29-rejection-de-absage"))

    assert "sorgfältiger Prüfung" in message.text


def test_an_unknown_or_wrong_charset_falls_back_instead_of_failing():
    raw = (
        b"From: a@b.de\r\nSubject: =?x-unknown?q?Gr=FC=DFe?=\r\n"
        b"Content-Type: text/plain; charset=x-unknown\r\n\r\nGr\xfc\xdfe aus M\xfcnchen\r\n"
    )

    message = read_bytes(raw)

    assert message.text == "Grüße aus München\n"
    assert message.subject  # kept as it came rather than refused


def test_nul_and_control_characters_are_removed():
    message = read_bytes(
        b"From: a@b.de\r\nSubject: A\x00B\r\n\r\nLine\x00 one\x07\r\nTwo\tthree\r\n"
    )

    assert message.subject == "AB"
    assert message.text == "Line one\nTwo\tthree\n"


def test_html_is_sanitised_remote_images_and_scripts_gone():
    message = parsed("heldout", _row("h01-received-en-greenhouse"))
    evil = read_bytes(
        b"From: a@b.com\r\nSubject: x\r\nContent-Type: text/html\r\n\r\n"
        b'<p onclick="x()">Hi<script>alert(1)</script><img src="https://t.example/p.gif">'
        b'<style>p{}</style><a href="javascript:alert(1)">a</a><a href="https://ok.example">b</a>'
    )

    assert "<img" not in message.html and "tracker.example" not in message.html
    assert "Harbor Analytics" in message.html
    assert evil.html == (
        '<p>Hi<a rel="noopener noreferrer nofollow">a</a>'
        '<a href="https://ok.example" rel="noopener noreferrer nofollow">b</a></p>'
    )
    # An HTML-only message is read as text for the rules.
    assert evil.text == "Hiab"


def test_invitation_and_letter_attachments_are_listed_and_the_ics_kept():
    invitation = parsed("heldout", _row("h06-invitation-en-ics"))
    letter = parsed("heldout", _row("h32-offer-en-letter"))

    assert invitation.invitation_ics.startswith("BEGIN:VCALENDAR")
    assert [a.name for a in invitation.attachments] == ["invite.ics"]
    assert [(a.name, a.content_type) for a in letter.attachments] == [
        ("Brightlane offer letter - Alex.pdf", "application/pdf")
    ]
    assert letter.invitation_ics == ""


def test_list_unsubscribe_and_the_thread_are_kept():
    alert = parsed("heldout", _row("h41-alert-linkedin"))
    reply = parsed("heldout", _row("h11-rescheduled-en"))

    assert alert.headers == {"list-unsubscribe": "<https://www.linkedin.com/unsub/abc>"}
    assert reply.thread_ids == ["<h06-invitation-en-ics@corpus.example>"]


def test_the_size_limit_is_10_mb_exactly():
    header = b"From: a@b.com\r\nSubject: big\r\n\r\n"
    at_limit = header + b"x" * (reading.MAX_BYTES - len(header))

    assert read_bytes(at_limit).subject == "big"
    with pytest.raises(UnreadableEmail, match="over 10 MB"):
        read_bytes(at_limit + b"x")


def _with_attachments(count: int) -> bytes:
    message = EmailMessage()
    message["From"] = "a@b.com"
    message["Subject"] = "files"
    message.set_content("See attached.")
    for index in range(count):
        message.add_attachment(b"x", maintype="application", subtype="pdf", filename=f"{index}.pdf")
    return message.as_bytes()


def test_twenty_attachments_are_read_and_the_21st_refused():
    assert len(read_bytes(_with_attachments(20)).attachments) == 20
    with pytest.raises(UnreadableEmail, match="more than 20 attachments"):
        read_bytes(_with_attachments(21))


@pytest.mark.parametrize("data", [b"", b"   \r\n", b"just some words, no headers"])
def test_what_is_not_an_email_is_refused(data):
    with pytest.raises(UnreadableEmail):
        read_bytes(data)


def test_a_forward_inline_gives_the_recruiters_sender_subject_and_text():
    message = parsed("development", {"name": "d33-forwarded-gmail"})

    assert message.from_email == "jamie@lumio.io"
    assert message.from_name == "Jamie Cole"
    assert message.subject == "Your application to Lumio"
    assert message.text.startswith("Hi Taylor,")
    assert "FYI" not in message.text


def test_an_outlook_forward_in_german_is_unwrapped():
    message = read_bytes(
        _eml(
            "Siehe unten\n\n-----Ursprüngliche Nachricht-----\nVon: Weber, Anna "
            "[mailto:anna.weber@sonnenfeld-energie.de]\nGesendet: Montag, 2. November 2026 10:00"
            "\nAn: Ich <ich@example.com>\nBetreff: Absage\n\nLeider nicht.\n",
            sender="Ich <ich@example.com>",
            subject="WG: Absage",
        )
    )

    assert message.from_email == "anna.weber@sonnenfeld-energie.de"
    assert message.from_name == "Weber, Anna"
    assert message.subject == "Absage"
    assert message.text == "Leider nicht."


def test_a_new_outlook_forward_under_a_line_of_underscores_in_french():
    message = read_bytes(
        _eml(
            "Pour info\n\n________________________________\nDe : Sophie Laurent "
            "<sophie.laurent@verdure-paysage.fr>\nEnvoyé : lundi 2 novembre 2026 10:00\n"
            "À : Moi <moi@example.com>\nObjet : Proposition d'embauche\n\nJ'ai le plaisir...\n",
            sender="Moi <moi@example.com>",
            subject="TR: Proposition d'embauche",
        )
    )

    assert message.from_email == "sophie.laurent@verdure-paysage.fr"
    assert message.subject == "Proposition d'embauche"
    assert message.text == "J'ai le plaisir..."


def test_a_message_forwarded_as_an_attachment_is_read_as_the_original():
    original = EmailMessage()
    original["From"] = "Priya Nair <priya@brightlane.io>"
    original["Subject"] = "Interview invitation"
    original["Message-ID"] = "<original@brightlane.io>"
    original.set_content("We would like to invite you to an interview.")
    forward = EmailMessage()
    forward["From"] = "me@example.com"
    forward["Subject"] = "Fwd: Interview invitation"
    forward.set_content("See attached")
    forward.add_attachment(original)

    message = read_bytes(forward.as_bytes())

    assert message.from_email == "priya@brightlane.io"
    assert message.message_id == "<original@brightlane.io>"
    assert "invite you to an interview" in message.text


def test_pasted_text_with_headers_is_read_as_a_message():
    message = read_pasted(
        "From: Anna Weber <anna@firma.de>\nSubject: Einladung\n\nWir möchten Sie einladen.\n"
    )

    assert (message.from_email, message.subject) == ("anna@firma.de", "Einladung")
    assert message.text == "Wir möchten Sie einladen.\n"


def test_pasted_words_alone_are_the_body_and_a_header_block_is_used():
    alone = read_pasted("Unfortunately we won't be moving forward.\x00")
    with_block = read_pasted(
        "From: Lena Fischer <lena@quillpay.com>\nSent: Monday\nSubject: Update\n\nHi Chris"
    )

    assert alone.text == "Unfortunately we won't be moving forward."
    assert alone.from_email == ""
    assert (with_block.from_email, with_block.subject, with_block.text) == (
        "lena@quillpay.com",
        "Update",
        "Hi Chris",
    )


def test_pasting_nothing_is_refused():
    with pytest.raises(UnreadableEmail, match="Paste the email"):
        read_pasted(" \n\ufeff")


def test_an_outlook_msg_file_is_read_with_its_attachment_and_headers():
    data = msg_file(
        subject="Einladung zum Vorstellungsgespräch",
        body="Hallo,\n\nwir möchten Sie gerne zu einem Vorstellungsgespräch einladen.\n",
        sender_name="Weber, Anna",
        sender_email="anna.weber@sonnenfeld-energie.de",
        headers="Message-ID: <abc@sonnenfeld-energie.de>\r\nIn-Reply-To: <prev@x.de>\r\n\r\n",
        attachments=(("invite.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"),),
    )

    message = read_msg(data)

    assert message.subject == "Einladung zum Vorstellungsgespräch"
    assert (message.from_name, message.from_email) == (
        "Weber, Anna",
        "anna.weber@sonnenfeld-energie.de",
    )
    assert message.message_id == "<abc@sonnenfeld-energie.de>"
    assert message.thread_ids == ["<prev@x.de>"]
    assert message.invitation_ics.startswith("BEGIN:VCALENDAR")
    assert "Vorstellungsgespräch einladen" in message.text


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not an OLE file" * 200,
        b"\xd0\xcf\x11\xe0" + b"\0" * 2000,
        # Short bytes would be read as a file's name by olefile: never.
        b"/etc/passwd",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"x" * 1527,
    ],
)
def test_what_is_not_a_msg_file_is_refused(data):
    with pytest.raises(UnreadableEmail, match="not an Outlook message"):
        read_msg(data)


def test_a_msg_file_over_the_limit_is_refused():
    with pytest.raises(UnreadableEmail, match="over 10 MB"):
        read_msg(b"x" * (reading.MAX_BYTES + 1))
