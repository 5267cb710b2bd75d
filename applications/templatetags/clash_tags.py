"""Clash warnings, on the dashboard and on an application's page."""

from django import template

from applications.clashes import clashes

register = template.Library()

DASHBOARD_CLASHES = 5


@register.inclusion_tag("applications/partials/clashes.html", takes_context=True)
def interview_clashes(context, application=None):
    """Clash warnings: the user's next few on the dashboard, or those of one application."""
    user = context["request"].user
    found = clashes(user=user, application=application)
    if application is not None:
        found = [clash for clash in found if clash.involves(application)]
        shown = found
    else:
        shown = found[:DASHBOARD_CLASHES]
    # On an application's page its own interview comes first, then the one it clashes with.
    pairs = [
        (clash, clash.second, clash.first)
        if application is not None and clash.second.application_id == application.pk
        else (clash, clash.first, clash.second)
        for clash in shown
    ]
    return {
        "pairs": pairs,
        "more": len(found) - len(shown),
        "application": application,
        "buffer": user.travel_buffer_minutes,
    }
