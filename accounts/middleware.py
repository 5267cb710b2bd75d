from django.utils import timezone
from django.utils.cache import patch_cache_control

from accounts import activity


class PrivateResponsesMiddleware:
    """A response to a logged-in user carries their data (a page, an .eml, a redirect after a
    change): no shared cache may keep it, nor the browser on disk for the next person."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response


class UserTimezoneMiddleware:
    """Show every time in the logged-in user's own time zone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            # The site's zone when the stored one is unknown (``User.zone`` logs it).
            timezone.activate(user.zone)
        else:
            timezone.deactivate()
        # The zone is per thread: whatever runs next on this one (the next request, a test, a
        # task) must not inherit this user's zone, even when the view fails.
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()


class SessionActivityMiddleware:
    """Keep the sessions page's "last seen" current, at most one write per 5 minutes
    (accounts.activity)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and request.session.session_key
            and activity.is_due(request)
        ):
            activity.record(request)
        return self.get_response(request)
