from django import template

from applications.models import Stage

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
def stage_badge(stage: str) -> str:
    """Bootstrap classes for a stage's badge: live stages coloured, closed ones grey."""
    return _BADGE_CLASSES.get(stage, "text-bg-secondary")
