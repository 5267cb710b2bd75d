"""What pages of the applications app show of this app on "Your data" and "Insights"."""

from django import template

from withdrawals import insights

register = template.Library()


@register.inclusion_tag("withdrawals/includes/everything_box.html")
def everything_box():
    return {}


@register.inclusion_tag("withdrawals/includes/withdrawal_insights.html", takes_context=True)
def withdrawal_insights(context):
    """Why the user withdrew (scenarios), beside what they noted afterwards."""
    return insights.withdrawal_insights(context["request"].user)
