"""The dashboard's Today list, provided by withdrawals so applications never imports it."""

from django import template

from withdrawals.today import today_items

register = template.Library()


@register.inclusion_tag("withdrawals/partials/today.html", takes_context=True)
def today_list(context):
    request = context["request"]
    return {"items": today_items(user=request.user), "next": request.get_full_path()}
