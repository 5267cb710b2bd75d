from django import template
from django.conf import settings
from django.utils import translation
from django.utils.translation import ngettext

from accounts import languages, verification
from accounts.forms import NameForm

register = template.Library()


@register.inclusion_tag("accounts/partials/name_prompt.html", takes_context=True)
def name_prompt(context):
    """Ask a user with no name for one, once: until they give it or say "not now"."""
    user = context["request"].user
    show = user.is_authenticated and user.should_ask_for_name
    return {"show": show, "form": NameForm() if show else None, "request": context["request"]}


@register.inclusion_tag("account/partials/verify_banner.html", takes_context=True)
def email_verification_banner(context):
    """Until the address is verified: Bowout sends it nothing, the digest waits, say so."""
    request = context.get("request")
    user = getattr(request, "user", None)
    show = bool(user is not None and user.is_authenticated and user.email)
    if show:
        show = not verification.is_verified(request)
    return {"show": show, "request": request, "user": user}


@register.simple_tag
def signup_mode() -> str:
    """open, invite or closed (settings.SIGNUP), for the page that says sign-up is closed."""
    return settings.SIGNUP


@register.inclusion_tag("accounts/partials/language_offer.html", takes_context=True)
def language_offer(context):
    """The browser's language, offered in its own words until the user or visitor chooses
    (either button sets the choice): never switched to unasked."""
    request = context.get("request")
    if request is None:
        return {"offered": None}
    active = translation.get_language()
    return {
        "offered": languages.offered(request, active=active),
        "active": active,
        "request": request,
    }


@register.inclusion_tag("accounts/partials/language_chooser.html", takes_context=True)
def language_chooser(context):
    """The visitor's chooser at the foot of every page; a logged-in user's is the profile."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return {
        "show": request is not None and not (user is not None and user.is_authenticated),
        "request": request,
        "active": translation.get_language(),
        "languages": settings.LANGUAGES,
    }


@register.filter
def minutes_or_hours(delta) -> str:
    """A lockout's length in words in the reader's language ("15 minutes", "15 Minuten", "1
    hour"), not django-axes' "PT15M"; empty without one, for the template's own default."""
    if not delta:
        return ""
    minutes = max(1, round(delta.total_seconds() / 60))
    if minutes % 60 == 0:
        hours = minutes // 60
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}
