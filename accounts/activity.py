"""Each logged-in session's row for the sessions page (allauth's ``UserSession``: device, address,
last seen), written at log-in and refreshed at most every 5 minutes, not on every request.

allauth's own tracking (``USERSESSIONS_TRACK_ACTIVITY``) writes the row on each request: four
to six queries on every page. The time of the last write is kept in the session instead, so a
page costs nothing until it is due.
"""

import time

from allauth.usersessions.models import UserSession

from accounts.lockout import client_ip_address

SEEN_KEY = "bowout_session_seen_at"
REFRESH_SECONDS = 5 * 60


def is_due(request) -> bool:
    seen = request.session.get(SEEN_KEY)
    return not isinstance(seen, int | float) or time.time() - seen >= REFRESH_SECONDS


def record(request) -> None:
    """Write this session's row (its device, address and "last seen") and note when."""
    if client_ip_address(request):
        UserSession.objects.create_from_request(request)
    # Without an address (only a request made up in code, such as the test client's log-in)
    # the row waits for the next refresh.
    request.session[SEEN_KEY] = time.time()
