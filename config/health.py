"""What load balancers and users get from the site, including when the database is away."""

import logging
import sys

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from accounts import languages

logger = logging.getLogger(__name__)

# Seconds a client should wait before trying again while the database is unreachable: about
# what a PostgreSQL restart or a managed failover takes.
RETRY_AFTER_SECONDS = 10


@login_not_required
@never_cache
@require_safe
def healthz(request):
    """For load balancers: 200 after a database round trip, 503 when the database is down."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: database unreachable")
        return _unavailable_json()
    return JsonResponse({"status": "ok", "database": "ok"})


def server_error(request):
    """``handler500``: an unreachable database answers 503 with ``Retry-After``, not a bare 500.

    Django calls this inside the ``except`` block that caught the error, so ``sys.exc_info()``
    is that error. It may come from any middleware (the session, the user) as well as the view,
    which is why this is the error handler and not a middleware. The page is rendered without
    the request: context processors would reach for the user, and so for the database.
    """
    error = sys.exc_info()[1]
    if not isinstance(error, OperationalError | InterfaceError):
        return defaults.server_error(request)
    if request.path_info == reverse("healthz"):
        # A session cookie sends /healthz here (the session cannot load): same answer as without.
        return _unavailable_json()
    # The user's profile is out of reach with the database; a visitor's choice is in the cookie.
    language = languages.supported(request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME))
    with translation.override(language or translation.get_language()):
        page = render_to_string("503.html", {"retry_after": RETRY_AFTER_SECONDS})
    response = HttpResponse(page, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


def _unavailable_json():
    response = JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response
