"""mailto: links (RFC 6068), built in one place for every page: the draft, the follow-up and a
contact's address on the application page."""

from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.utils.translation import gettext

# Characters a mail program reads as link syntax inside an address: the start of the headers
# (?), between headers (&), an escape (%), a fragment (#), and a quoted local part (") that can
# hold any of them or a control character. Django's email validator accepts them all.
LINK_SYNTAX = '?&%#"'


def encode_address(address: str) -> str:
    """An address as a mailto: link carries it: everything but the @ percent-encoded."""
    return quote(address, safe="@")


def mailto_url(
    *, to: str, cc: list[str] | tuple = (), subject: str | None = None, body: str | None = None
) -> str:
    """A mailto: URL: UTF-8 percent-encoding, line breaks as %0D%0A, the subject on one line.

    Every part is encoded, so no address or text can add a header such as a CC.
    """
    params = []
    if cc:
        params.append("cc=" + ",".join(encode_address(address) for address in cc))
    if subject is not None:
        params.append("subject=" + quote(" ".join(subject.split()), safe=""))
    if body is not None:
        params.append("body=" + quote(body.replace("\r\n", "\n").replace("\n", "\r\n"), safe=""))
    url = f"mailto:{encode_address(to)}"
    return f"{url}?{'&'.join(params)}" if params else url


def validate_no_link_syntax(address: str) -> None:
    """Refuse an address a mail program would read as part of a link, even encoded by us: the
    user's own mail program, a copy and paste, another tool may not encode it."""
    for character in LINK_SYNTAX:
        if character in address:
            raise ValidationError(
                gettext(
                    "Mail programs read “%(character)s” in an address as part of a link: check "
                    "the address (before the @, use letters, digits and . _ + - only)."
                )
                % {"character": character},
                code="link_syntax",
            )
