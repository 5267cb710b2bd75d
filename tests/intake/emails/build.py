"""Writes a corpus's messages as .eml files from its spec (``heldout.py``, ``development.py``).

Each spec row: file name, expected kind, language, origin, the headers, the text, and how
to send it (``qp`` quoted-printable, ``html`` multipart/alternative, ``ics`` an invitation
attached, ``latin1`` an 8-bit charset). Run: ``python tests/intake/emails/build.py heldout``.
"""

import importlib
import sys
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from html import escape
from pathlib import Path

HERE = Path(__file__).parent

ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Corpus//EN\r
METHOD:{method}\r
BEGIN:VEVENT\r
UID:{uid}@corpus.example\r
DTSTART;TZID=Europe/Berlin:{start}\r
DTEND;TZID=Europe/Berlin:{end}\r
SUMMARY:{summary}\r
LOCATION:{location}\r
ORGANIZER;CN="{organiser}":mailto:{sender}\r
END:VEVENT\r
END:VCALENDAR\r
"""


def build(row: dict) -> bytes:
    message = EmailMessage(policy=SMTP)
    message["From"] = row["from"]
    message["To"] = row.get("to", "in+corpus@bowout.example")
    message["Subject"] = row["subject"]
    message["Date"] = format_datetime(datetime(2026, 11, 2, 9, 30, tzinfo=UTC))
    message["Message-ID"] = f"<{row['name']}@corpus.example>"
    for name, value in row.get("headers", {}).items():
        message[name] = value
    how = row.get("how", "")
    charset = "latin-1" if "latin1" in how else "utf-8"
    cte = "quoted-printable" if "qp" in how else None
    text = row["body"].strip() + "\n"
    if cte:
        message.set_content(text, charset=charset, cte=cte)
    elif charset != "utf-8":
        message.set_content(text, charset=charset, cte="8bit")
    else:
        message.set_content(text)
    if "html" in how:
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n"))
        message.add_alternative(
            f'<html><body><img src="https://tracker.example/open.gif" alt="">{paragraphs}'
            "</body></html>",
            subtype="html",
        )
    if "ics" in how:
        # METHOD:REQUEST unless the row says otherwise (METHOD:CANCEL calls a meeting off).
        event = {"method": "REQUEST"} | row["ics"]
        ics = ICS.format(uid=row["name"], sender=row["from"].split("<")[-1].rstrip(">"), **event)
        message.add_attachment(
            ics.encode(),
            maintype="text",
            subtype="calendar",
            filename="invite.ics",
            params={"method": event["method"]},
        )
    if "pdf" in how:
        message.add_attachment(
            b"%PDF-1.4\n% corpus placeholder\n",
            maintype="application",
            subtype="pdf",
            filename=row.get("pdf", "Offer letter.pdf"),
        )
    return message.as_bytes()


def main(name: str) -> None:
    sys.path.insert(0, str(HERE))
    spec = importlib.import_module(name)
    folder = HERE / name
    folder.mkdir(exist_ok=True)
    for row in spec.MESSAGES:
        (folder / f"{row['name']}.eml").write_bytes(build(row))
    print(f"{len(spec.MESSAGES)} messages written to {folder}")


if __name__ == "__main__":
    main(sys.argv[1])
