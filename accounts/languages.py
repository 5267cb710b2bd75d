"""Which language Bowout's pages speak for a request, and which one to offer instead.

One rule: a logged-in user's profile says it; a visitor's own choice is in the language cookie
(set by the chooser); otherwise English. The browser's Accept-Language is never obeyed, only
offered: outside checks, shared machines and bookmarks keep reading English until a person
chooses.
"""

from django.conf import settings
from django.utils.translation import trans_real


def supported(code: str | None) -> str | None:
    """``code`` when Bowout's pages come in it (exactly, "de" but not "de-at"), else None."""
    if code and code in dict(settings.LANGUAGES):
        return code
    return None


def chosen(request) -> str | None:
    """The language the user or visitor chose, or None when nobody has."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return supported(user.language)
    return supported(request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME))


def for_request(request) -> str:
    """The language of the pages for this request: the chosen one, else English."""
    return chosen(request) or settings.LANGUAGE_CODE


def browsers(request) -> str | None:
    """The first of the browser's languages that Bowout speaks ("de-AT" counts as "de")."""
    header = request.headers.get("Accept-Language", "")
    for code, _quality in trans_real.parse_accept_lang_header(header[:500]):
        if code == "*":
            break
        found = supported(code.lower().split("-")[0])
        if found:
            return found
    return None


def offered(request, *, active: str) -> str | None:
    """The browser's language, to offer on a page in ``active``: only while no choice was
    made (the cookie is set by any choice, "No thanks" included) and when it differs."""
    if request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME):
        return None
    language = browsers(request)
    return language if language and language != active else None
