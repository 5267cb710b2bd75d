from django import template

from accounts.forms import NameForm

register = template.Library()


@register.inclusion_tag("accounts/partials/name_prompt.html", takes_context=True)
def name_prompt(context):
    """Ask a user with no name for one, once: until they give it or say "not now"."""
    user = context["request"].user
    show = user.is_authenticated and user.should_ask_for_name
    return {"show": show, "form": NameForm() if show else None, "request": context["request"]}
