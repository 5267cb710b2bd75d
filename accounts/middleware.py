from django.middleware.locale import LocaleMiddleware
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control, patch_vary_headers

from accounts import activity, languages


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


class LanguageMiddleware(LocaleMiddleware):
    """Speak the language the user chose (``accounts.languages``), never the browser's unasked.

    Django's LocaleMiddleware with another choice of language; its response half still says
    Content-Language and varies on Accept-Language (the offer of the browser's language
    depends on it), and on the cookie that holds a visitor's choice.
    """

    async_capable = False

    def __call__(self, request):
        # The language is per thread: whatever runs next on this one (the next request, a
        # test, a task writing an email) starts from the default again, even after a failure.
        try:
            return super().__call__(request)
        finally:
            translation.deactivate()

    def process_request(self, request):
        translation.activate(languages.for_request(request))
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        response = super().process_response(request, response)
        patch_vary_headers(response, ("Cookie",))
        return response
