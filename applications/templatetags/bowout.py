from django import template
from django.template.defaultfilters import linebreaksbr
from django.utils.safestring import mark_safe

from applications.models import Stage, is_html, sanitise_description

register = template.Library()

_BADGE_CLASSES: dict[str, str] = {
    Stage.OFFER: "text-bg-success",
    Stage.ACCEPTED: "text-bg-success",
    Stage.INTERVIEWING: "text-bg-primary",
    Stage.SCREENING: "text-bg-info",
    Stage.APPLIED: "text-bg-light border",
    Stage.INTERESTED: "text-bg-light border",
}


@register.filter
def stars(interest: int, out_of: int = 5) -> str:
    """``★★★☆☆`` for 3 out of 5: one call a row where the list looped over five tags."""
    filled = max(0, min(int(interest), out_of))
    return "★" * filled + "☆" * (out_of - filled)


@register.filter
def stage_badge(stage: str) -> str:
    """Bootstrap classes for a stage's badge: live stages coloured, closed ones grey."""
    return _BADGE_CLASSES.get(stage, "text-bg-secondary")


@register.filter
def posting_description(text: str) -> str:
    """A kept description for the page: HTML sanitised again (a restored download did not pass
    through the model's ``save``), plain text escaped with its line breaks."""
    if is_html(text):
        return mark_safe(sanitise_description(text))  # noqa: S308 (sanitised by nh3 just now)
    return linebreaksbr(text, autoescape=True)
