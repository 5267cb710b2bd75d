"""One email as Bowout keeps it, from the raw message (RFC 5322, an ``.eml`` file, a
forward), an Outlook ``.msg`` file or pasted text.

Whatever comes in is bounded (``MAX_BYTES``, ``MAX_ATTACHMENTS``), decoded whatever charset
it claims (an unknown or wrong one falls back to UTF-8 with replacement, then Latin-1), freed
of NUL and other control characters PostgreSQL or a page would choke on, and its HTML is
sanitised by nh3: no script, no style, no image (so no remote image is ever loaded).
"""

import html
import io
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime

import nh3
from django.utils.translation import gettext

from applications import clock
from applications.text import without_nul

MAX_BYTES = 10_000_000
MAX_ATTACHMENTS = 20
MAX_TEXT = 100_000
MSG_MIN_BYTES = 1536
INVITATION_TYPES = {"text/calendar", "application/ics"}
# Headers the classifier reads (lower case); nothing else of the envelope is kept.
KEPT_HEADERS = (
    "list-unsubscribe",
    "list-id",
    "precedence",
    "auto-submitted",
    "x-campaign",
    "x-mailgun-tag",
)
# Tags a recruiter's HTML may keep: text structure and links, never an image or a form.
SAFE_TAGS = {
    "a",
    "b",
    "blockquote",
    "br",
    "div",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "hr",
    "i",
    "li",
    "ol",
    "p",
    "pre",
    "span",
    "strong",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
# Control characters a page would choke on (tabs and line ends kept); NUL is dropped by the
# one function every way in uses, applications.text.without_nul.
_CONTROL = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")


class UnreadableEmail(ValueError):
    """The file or text is not an email Bowout can read; the message says why."""


@dataclass
class Attachment:
    name: str
    content_type: str
    size: int


@dataclass
class ParsedEmail:
    subject: str = ""
    from_name: str = ""
    from_email: str = ""
    sent_at: datetime | None = None
    message_id: str = ""
    thread_ids: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    text: str = ""
    html: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    attachments: list[Attachment] = field(default_factory=list)
    invitation_ics: str = ""


def clean_text(text: str, limit: int = MAX_TEXT) -> str:
    """Text without NUL or control characters (tabs and line ends kept), at most ``limit``."""
    text = without_nul(text).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)[:limit]


def sanitise_html(markup: str) -> str:
    """The HTML with only ``SAFE_TAGS``: scripts, styles and images gone, links made inert
    for the referrer. What the review page shows."""
    return nh3.clean(
        clean_text(markup, MAX_TEXT * 2),
        tags=SAFE_TAGS,
        clean_content_tags={"script", "style", "title", "head"},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )[: MAX_TEXT * 2]


_BLOCK_END = re.compile(r"(?i)<\s*(br|/p|/div|/li|/tr|/h\d)\b[^>]*>")


def html_to_text(markup: str) -> str:
    """The words of an HTML body, one line per block, for a message with no text part."""
    marked = _BLOCK_END.sub("\n", markup)
    stripped = nh3.clean(marked, tags=set(), clean_content_tags={"script", "style", "title"})
    lines = [" ".join(line.split()) for line in html.unescape(stripped).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _decode(payload: bytes, charset: str | None) -> str:
    for candidate in (charset, "utf-8"):
        if not candidate:
            continue
        try:
            return payload.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1")


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    return _decode(payload, part.get_content_charset())


def _header(message: Message, name: str) -> str:
    """A header's value, its encoded words (``=?utf-8?q?...?=``) decoded; an unknown charset or
    a broken encoding leaves the raw text rather than failing."""
    value = message.get(name)
    if value is None:
        return ""
    try:
        decoded = str(make_header(decode_header(str(value))))
    except (LookupError, UnicodeError, ValueError, HeaderParseError):
        decoded = str(value)
    return clean_text(" ".join(decoded.split()), 1000)


def _message_ids(value: str) -> list[str]:
    return re.findall(r"<[^<>\s]{1,400}>", value)


_NAME_ADDRESS = re.compile(r'^\s*"?([^"<>]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$')


def _sender(value: str) -> tuple[str, str]:
    """Name and address; "Weber, Anna <anna@...>" unquoted (as Outlook writes it) stays one
    sender, not two."""
    whole = _NAME_ADDRESS.match(value)
    if whole is not None:
        return clean_text(whole[1].strip(), 200), clean_text(whole[2].lower(), 254)
    addresses = getaddresses([value])
    if not addresses:
        return "", ""
    name, address = addresses[0]
    return clean_text(name.strip().strip('"'), 200), clean_text(address.strip().lower(), 254)


def _date(value: str) -> datetime | None:
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment is None or not clock.in_range(moment):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _walk(message: Message, parsed: ParsedEmail, texts: list[str], htmls: list[str]) -> None:
    for part in message.walk():
        if part.is_multipart():
            continue
        content_type = part.get_content_type()
        filename = part.get_filename()
        disposition = (part.get_content_disposition() or "").lower()
        if content_type in INVITATION_TYPES and not parsed.invitation_ics:
            parsed.invitation_ics = clean_text(_part_text(part), 1_000_000)
        if filename or disposition == "attachment" or content_type in INVITATION_TYPES:
            payload = part.get_payload(decode=True)
            parsed.attachments.append(
                Attachment(
                    name=clean_text(str(filename or "(unnamed)"), 200),
                    content_type=content_type,
                    size=len(payload) if isinstance(payload, bytes) else 0,
                )
            )
            if len(parsed.attachments) > MAX_ATTACHMENTS:
                raise UnreadableEmail(
                    gettext(
                        "This email has more than %(most)s attachments: Bowout reads "
                        "recruiters' emails, not archives."
                    )
                    % {"most": MAX_ATTACHMENTS}
                )
            continue
        if content_type == "text/plain":
            texts.append(_part_text(part))
        elif content_type == "text/html":
            htmls.append(_part_text(part))


def _forwarded_original(message: Message) -> Message | None:
    """A message forwarded as an attachment (``message/rfc822``): the recruiter's original."""
    for part in message.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                return inner[0]
    return None


def read_message(message: Message) -> ParsedEmail:
    """What Bowout keeps of a parsed message."""
    original = _forwarded_original(message)
    source = original if original is not None else message
    parsed = ParsedEmail()
    parsed.subject = _header(source, "Subject")[:500]
    parsed.from_name, parsed.from_email = _sender(_header(source, "From"))
    parsed.sent_at = _date(_header(source, "Date"))
    ids = _message_ids(_header(source, "Message-ID"))
    parsed.message_id = ids[0] if ids else ""
    parsed.thread_ids = [
        *_message_ids(_header(source, "In-Reply-To")),
        *_message_ids(_header(source, "References")),
    ][:50]
    # Where the mail server delivered it first (the envelope, as Postfix and Exim record it),
    # then the addresses it was written to.
    delivered = [
        _header(message, name)
        for name in ("Delivered-To", "X-Original-To", "Envelope-To", "To", "Cc")
    ]
    parsed.recipients = [address.lower() for _name, address in getaddresses(delivered) if address][
        :20
    ]
    parsed.headers = {name: _header(source, name) for name in KEPT_HEADERS if _header(source, name)}
    texts: list[str] = []
    htmls: list[str] = []
    _walk(source, parsed, texts, htmls)
    if original is not None:
        # The forward's own attachments (an invitation the user added) count as well.
        _walk_attachments_only(message, parsed)
    markup = "\n".join(htmls)
    parsed.html = sanitise_html(markup) if markup else ""
    text = "\n".join(texts) if texts else html_to_text(markup)
    parsed.text = clean_text(text)
    unwrap_forward(parsed)
    return parsed


def _walk_attachments_only(message: Message, parsed: ParsedEmail) -> None:
    for part in message.walk():
        if part.get_content_type() in INVITATION_TYPES and not parsed.invitation_ics:
            parsed.invitation_ics = clean_text(_part_text(part), 1_000_000)


def read_bytes(data: bytes) -> ParsedEmail:
    """A raw RFC 5322 message (an ``.eml`` file, what a mail server pipes in)."""
    if len(data) > MAX_BYTES:
        raise UnreadableEmail(
            gettext(
                "This email is over %(megabytes)s MB with its attachments. Forward it without "
                "them, or paste its text."
            )
            % {"megabytes": MAX_BYTES // 1_000_000}
        )
    if not data.strip():
        raise UnreadableEmail(gettext("The file is empty."))
    message = message_from_bytes(data, policy=policy.compat32)
    if not message.keys():
        raise UnreadableEmail(
            gettext("This is not an email file (.eml): it has no headers such as From or Subject.")
        )
    return read_message(message)


# --- forwarded inline and pasted text ---------------------------------------------------------

# The header block a mail program writes above a message forwarded inline (Gmail, Outlook,
# Apple Mail, Thunderbird), in the four languages: its From, Date/Sent and Subject lines.
_FORWARD_MARK = re.compile(
    r"(?im)^(?:[-_ ]*(?:-{3,}\s*)?(?:forwarded message|original message|weitergeleitete nachricht|"
    r"ursprüngliche nachricht|message transféré|message d'origine|mensaje reenviado|"
    r"mensaje original|begin forwarded message)[^\n]*|_{10,}\s*)$"
)
_FIELD = re.compile(
    r"(?im)^\s*\*?(from|von|de|date|datum|sent|gesendet|envoyé|enviado|fecha|subject|betreff|"
    r"objet|sujet|asunto)\s*\*?\s*:\s*(.+)$"
)
_FIELD_NAMES = {
    "from": "from",
    "von": "from",
    "de": "from",
    "date": "date",
    "datum": "date",
    "sent": "date",
    "gesendet": "date",
    "envoyé": "date",
    "enviado": "date",
    "fecha": "date",
    "subject": "subject",
    "betreff": "subject",
    "objet": "subject",
    "sujet": "subject",
    "asunto": "subject",
}


def _header_block(text: str) -> tuple[dict[str, str], str] | None:
    """The From/Date/Subject lines at the start of ``text`` and the text after them."""
    fields: dict[str, str] = {}
    lines = text.lstrip("\n").split("\n")
    end = 0
    for index, line in enumerate(lines[:12]):
        if not line.strip():
            if fields:
                end = index
                break
            continue
        match = _FIELD.match(line)
        if match is None:
            if fields and not re.match(r"^\s*(to|an|à|para|cc)\s*:", line, re.IGNORECASE):
                end = index
                break
            continue
        fields.setdefault(_FIELD_NAMES[match[1].lower()], match[2].strip())
        end = index + 1
    if "from" not in fields:
        return None
    return fields, "\n".join(lines[end:]).strip()


def _apply_header_block(parsed: ParsedEmail, fields: dict[str, str]) -> None:
    name, address = _sender(fields["from"].replace("[mailto:", "<").replace("]", ">"))
    if address:
        parsed.from_name, parsed.from_email = name, address
    if fields.get("subject"):
        parsed.subject = clean_text(fields["subject"], 500)
    moment = _date(fields.get("date", ""))
    if moment is not None:
        parsed.sent_at = moment


def unwrap_forward(parsed: ParsedEmail) -> None:
    """A message the user forwarded inline: the recruiter's sender, subject and text, from the
    header block the mail program wrote, instead of the user's own."""
    mark = _FORWARD_MARK.search(parsed.text)
    if mark is None:
        return
    block = _header_block(parsed.text[mark.end() :])
    if block is None:
        return
    fields, rest = block
    _apply_header_block(parsed, fields)
    parsed.text = rest


def read_pasted(text: str) -> ParsedEmail:
    """Text the user pasted: a whole message with its headers, a forwarded block, or just the
    words of the email."""
    text = clean_text(text.replace("\ufeff", ""), MAX_BYTES)
    if not text.strip():
        raise UnreadableEmail(gettext("Paste the email's text."))
    head = text.lstrip()[:2000]
    if re.match(r"(?i)(?:[\w-]+:[^\n]*\n)+", head) and re.search(
        r"(?im)^(from|subject|message-id):", head.split("\n\n", 1)[0]
    ):
        return read_bytes(text.lstrip().encode("utf-8"))
    parsed = ParsedEmail(text=clean_text(text))
    unwrap_forward(parsed)
    if not parsed.from_email:
        block = _header_block(text)
        if block is not None:
            fields, rest = block
            _apply_header_block(parsed, fields)
            parsed.text = rest
    return parsed


# --- Outlook .msg -------------------------------------------------------------------------


def read_msg(data: bytes) -> ParsedEmail:
    """An Outlook ``.msg`` file, read with extract-msg (its headers, when Outlook kept them,
    give the thread)."""
    import extract_msg

    if len(data) > MAX_BYTES:
        raise UnreadableEmail(
            gettext(
                "This file is over %(megabytes)s MB. Save the email without its attachments, "
                "or paste its text."
            )
            % {"megabytes": MAX_BYTES // 1_000_000}
        )
    # olefile reads bytes shorter than a minimal compound file (1,536 bytes) as a file NAME:
    # such an upload is refused, and the data always goes in as a file object, never a path.
    if len(data) < MSG_MIN_BYTES:
        raise UnreadableEmail(
            gettext(
                "This is not an Outlook message (.msg): it is too short. Save the email from "
                "Outlook with File > Save As, or paste its text."
            )
        )
    try:
        msg = extract_msg.openMsg(io.BytesIO(data), strict=False)
    except Exception as error:  # extract-msg raises many kinds on a file that is not a .msg
        raise UnreadableEmail(
            gettext(
                "This is not an Outlook message (.msg). Save the email from Outlook with "
                "File > Save As, or paste its text."
            )
        ) from error
    try:
        return _from_msg(msg)
    except UnreadableEmail:
        raise
    except Exception as error:
        raise UnreadableEmail("This Outlook message cannot be read. Paste its text.") from error
    finally:
        msg.close()


def _from_msg(msg) -> ParsedEmail:
    parsed = ParsedEmail()
    header = getattr(msg, "header", None)
    if isinstance(header, Message) and header.keys():
        parsed.message_id = (_message_ids(_header(header, "Message-ID")) or [""])[0]
        parsed.thread_ids = [
            *_message_ids(_header(header, "In-Reply-To")),
            *_message_ids(_header(header, "References")),
        ][:50]
        parsed.headers = {
            name: _header(header, name) for name in KEPT_HEADERS if _header(header, name)
        }
    parsed.subject = clean_text(str(msg.subject or ""), 500)
    # The sender's name and address streams, rather than the "sender" extract-msg builds from
    # them (which leaves "Weber, Anna" unquoted).
    name = msg.getStringStream("__substg1.0_0C1A") or ""
    address = msg.getStringStream("__substg1.0_5D01") or msg.getStringStream("__substg1.0_0C1F")
    if address and "@" in address:
        parsed.from_name = clean_text(name.strip(), 200)
        parsed.from_email = clean_text(address.strip().lower(), 254)
    else:
        parsed.from_name, parsed.from_email = _sender(clean_text(str(msg.sender or ""), 500))
    sent = msg.date
    if isinstance(sent, datetime):
        parsed.sent_at = sent if sent.tzinfo else sent.replace(tzinfo=UTC)
    body = msg.body or ""
    # Only a message with no text has its HTML read: extract-msg makes HTML up from the text
    # of a message that has none.
    markup = (msg.htmlBody or b"") if not body.strip() else b""
    if isinstance(markup, bytes):
        markup = _decode(markup, "utf-8")
    parsed.html = sanitise_html(markup) if markup else ""
    parsed.text = clean_text(body if body.strip() else html_to_text(markup))
    for attachment in list(msg.attachments)[: MAX_ATTACHMENTS + 1]:
        name = str(getattr(attachment, "longFilename", None) or "(unnamed)")
        data = getattr(attachment, "data", None)
        size = len(data) if isinstance(data, bytes) else 0
        content_type = "text/calendar" if name.lower().endswith(".ics") else ""
        parsed.attachments.append(Attachment(clean_text(name, 200), content_type, size))
        if content_type and isinstance(data, bytes) and not parsed.invitation_ics:
            parsed.invitation_ics = clean_text(_decode(data, "utf-8"), 1_000_000)
    if len(parsed.attachments) > MAX_ATTACHMENTS:
        raise UnreadableEmail(
            f"This email has more than {MAX_ATTACHMENTS} attachments: Bowout reads recruiters' "
            "emails, not archives."
        )
    unwrap_forward(parsed)
    return parsed


def envelope_address(address: str) -> Address | None:
    """An address as the mail server gave it, or None when it is not one."""
    try:
        return Address(addr_spec=address.strip())
    except (ValueError, IndexError, TypeError):
        return None


__all__ = ["EmailMessage", "ParsedEmail", "UnreadableEmail", "read_bytes", "read_msg"]
