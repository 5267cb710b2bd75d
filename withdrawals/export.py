"""The draft as a mailto: link and as an .eml file the user's mail program opens."""

import contextlib
from email.errors import MessageError
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from urllib.parse import quote

from withdrawals.rendering import one_line


def mailto_url(*, to: str, cc: list[str], subject: str, body: str) -> str:
    """A mailto: URL (RFC 6068): UTF-8 percent-encoding, line breaks as %0D%0A."""
    params = []
    if cc:
        params.append("cc=" + ",".join(quote(address, safe="@") for address in cc))
    params.append("subject=" + quote(one_line(subject), safe=""))
    params.append("body=" + quote(body.replace("\r\n", "\n").replace("\n", "\r\n"), safe=""))
    return f"mailto:{quote(to, safe='@')}?" + "&".join(params)


def _set_addresses(message: EmailMessage, header: str, people: list[tuple[str, str]]) -> None:
    """Set an address header, leaving out an address the email package cannot write safely
    (Django's validator accepts a few, such as a control character in a quoted local part)."""
    addresses = []
    for name, email in people:
        try:
            address = _address(name, email)
            scratch = EmailMessage(policy=SMTP)
            scratch[header] = address
            scratch.as_bytes()
            addresses.append(address)
        except (ValueError, TypeError, MessageError):
            continue
    if addresses:
        message[header] = addresses


def _address(name: str, email: str) -> Address:
    # An internationalised domain (valid in a contact's email) must be written as punycode:
    # the email package would otherwise put an encoded word inside the address, breaking it.
    local, at, domain = email.rpartition("@")
    if at and not domain.isascii():
        with contextlib.suppress(UnicodeError):  # not a valid IDN: leave it as typed
            email = f"{local}@{domain.encode('idna').decode('ascii')}"
    return Address(display_name=one_line(name), addr_spec=email)


def eml_bytes(
    *,
    to_name: str,
    to_email: str,
    cc: list[tuple[str, str]],
    from_name: str,
    from_email: str,
    subject: str,
    body: str,
) -> bytes:
    """An unsent message (X-Unsent) with headers encoded for non-ASCII names and subjects."""
    message = EmailMessage(policy=SMTP)
    _set_addresses(message, "From", [(from_name, from_email)] if from_email else [])
    _set_addresses(message, "To", [(to_name, to_email)] if to_email else [])
    _set_addresses(message, "Cc", cc)
    message["Subject"] = one_line(subject)
    message["X-Unsent"] = "1"
    message.set_content(body.replace("\r\n", "\n"), charset="utf-8")
    return message.as_bytes()
