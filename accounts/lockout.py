"""Which address a log-in attempt came from, and lifting a lockout once the owner proves who
they are. django-axes counts failures per username and address (see the AXES_ settings)."""

from axes.utils import reset
from django.conf import settings
from ipware import get_client_ip


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
    """The username an attempt was for, cut to the 255 characters django-axes stores.

    No account's username is longer (150), so a longer one must count as a failed log-in, not
    fail as a database error (a 500 on both log-in pages).
    """
    source = credentials or getattr(request, "data", request.POST)
    # django-axes adds its settings at start-up, unknown to django-stubs.
    username = source.get(settings.AXES_USERNAME_FORM_FIELD)  # type: ignore[misc]
    return username[:255] if isinstance(username, str) else username


def lift_lockout(*, user) -> None:
    """Forget the failed log-ins for this user: they just proved they own the account."""
    reset(username=user.get_username())
