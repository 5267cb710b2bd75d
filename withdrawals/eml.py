"""The draft as an .eml file the user's mail program opens (mailto: links: applications.mailto)."""

import contextlib
from email.errors import MessageError
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP

from withdrawals.rendering import one_line


def _writable_address(name: str, email: str) -> Address | None:
    """The address as the .eml writes it, or None when the email package cannot write it
    safely (Django's validator accepts a few, such as a control character in a quoted local
    part)."""
    try:
        address = _address(name, email)
        scratch = EmailMessage(policy=SMTP)
        scratch["To"] = address
        scratch.as_bytes()
    except (ValueError, TypeError, MessageError):
        return None
    return address


def unwritable_addresses(people: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (name, email) pairs the .eml leaves out, for the draft page to say so."""
    return [(name, email) for name, email in people if _writable_address(name, email) is None]


def _set_addresses(message: EmailMessage, header: str, people: list[tuple[str, str]]) -> None:
    """Set an address header, leaving out the addresses unwritable_addresses() names."""
    addresses = [_writable_address(name, email) for name, email in people]
    if written := [address for address in addresses if address is not None]:
        message[header] = written


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
