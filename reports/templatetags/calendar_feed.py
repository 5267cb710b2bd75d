"""The calendar feed's part of the profile page: the private link and the button to replace it."""

from django import template
from django.urls import reverse

register = template.Library()


@register.inclusion_tag("reports/partials/calendar_subscription.html", takes_context=True)
def calendar_subscription(context):
    """The private feed link, to copy into a calendar app, and the button to replace it."""
    request = context["request"]
    path = reverse("reports:calendar_feed", args=[request.user.calendar_token])
    url = request.build_absolute_uri(path)
    return {"feed_url": url, "webcal_url": "webcal://" + url.split("://", 1)[1]}
