"""Which address a log-in attempt came from, and lifting a lockout once the owner proves who
they are. django-axes counts failures per username and address (see the AXES_ settings)."""

from axes.utils import reset
from django.conf import settings
from ipware import get_client_ip

from accounts.models import User


def client_ip_address(request) -> str | None:
    """The client's address: the socket's, or behind REVERSE_PROXY_COUNT proxies, the one the
    outermost proxy saw.

    Each proxy appends the address it saw to X-Forwarded-For and the last one is the socket's
    peer, so the client is the REVERSE_PROXY_COUNT-th entry from the right. Entries to its left
    were typed by the client and are ignored; without a proxy the header is ignored entirely,
    or one client could pose as many and never be locked out.
    """
    proxies = settings.REVERSE_PROXY_COUNT
    if proxies:
        address, _ = get_client_ip(
            request,
            proxy_order="left-most",
            proxy_count=proxies - 1,  # python-ipware counts the proxies listed in the header
            request_header_order=["HTTP_X_FORWARDED_FOR"],
            strict=False,  # a client may send the header too: its entries come first
        )
        if address:
            return address
    return request.META.get("REMOTE_ADDR")


def client_username(request, credentials) -> str | None:
    """The account an attempt was for, so that one count covers it whichever way it is named.

    allauth's form sends the typed name or address as ``username`` (and ``email`` when it looks
    like one); the admin's sends ``username``. An address that belongs to exactly one account
    counts as that account's username, so five failures are five, by name or by address.
    Cut to the 255 characters django-axes stores: no username is longer (150), so a longer one
    counts as a failed log-in rather than failing as a database error (a 500).
    """
    source = credentials or getattr(request, "data", request.POST)
    typed = source.get("username") or source.get("login") or source.get("email")
    if not isinstance(typed, str):
        return typed
    if "@" in typed and "\x00" not in typed:
        owners = list(User.objects.filter(email__iexact=typed.strip())[:2])
        if len(owners) == 1:
            return owners[0].get_username()
    return typed[:255]


def lift_lockout(*, user) -> None:
    """Forget the failed log-ins for this user: they just proved they own the account."""
    reset(username=user.get_username())
