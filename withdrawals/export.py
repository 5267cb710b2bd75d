"""The draft as a mailto: link and as an .eml file the user's mail program opens."""

import contextlib
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
    if from_email:
        message["From"] = _address(from_name, from_email)
    if to_email:
        message["To"] = _address(to_name, to_email)
    if cc:
        message["Cc"] = [_address(name, email) for name, email in cc]
    message["Subject"] = one_line(subject)
    message["X-Unsent"] = "1"
    message.set_content(body.replace("\r\n", "\n"), charset="utf-8")
    return message.as_bytes()
