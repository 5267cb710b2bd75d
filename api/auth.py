"""Who is calling: a personal access token, sent as a bearer token, and how often it may.

No session, no cookie: a browser logged in to Bowout gets nothing from the API without a token.
"""

import math
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection
from django.http import HttpRequest
from django.utils import timezone
from ninja.errors import AuthorizationError, Throttled
from ninja.security import HttpBearer

from accounts.models import ApiToken
from accounts.services import use_api_token
from api.models import ApiRequestCount

READING = {"GET", "HEAD", "OPTIONS"}

_COUNT = """
    INSERT INTO api_apirequestcount (token_id, minute, count) VALUES (%s, %s, 1)
    ON CONFLICT (token_id, minute) DO UPDATE SET count = api_apirequestcount.count + 1
    RETURNING count
"""


def count_request(*, token: ApiToken, now: datetime) -> int | None:
    """Count one request of ``token`` in the minute of ``now``, in one statement (two
    requests at once both count). None while within ``API_REQUESTS_PER_MINUTE``; over it, the
    seconds until the next minute, for Retry-After."""
    minute = now.replace(second=0, microsecond=0)
    with connection.cursor() as cursor:
        cursor.execute(_COUNT, [token.pk, minute])
        (count,) = cursor.fetchone()
    if count == 1:
        # A new minute for this token: forget the minutes no one counts any more.
        ApiRequestCount.objects.filter(minute__lt=minute - timedelta(minutes=1)).delete()
    if count <= settings.API_REQUESTS_PER_MINUTE:
        return None
    return max(1, math.ceil(60 - (now - minute).total_seconds()))


class PersonalToken(HttpBearer):
    """A usable token (``ApiToken.objects.usable_at``), within its rate, allowed this method."""

    def authenticate(self, request: HttpRequest, token: str) -> ApiToken | None:
        now = timezone.now()
        found = use_api_token(secret=token, now=now)
        if found is None:
            return None
        wait = count_request(token=found, now=now)
        if wait is not None:
            raise Throttled(wait=wait)
        if request.method not in READING and not found.can_write:
            raise AuthorizationError(
                message="This token may only read: make a read-and-write token to change data."
            )
        # Dates and times in the owner's zone, as on their pages ("today", a date applied).
        timezone.activate(found.owner.zone)
        return found
