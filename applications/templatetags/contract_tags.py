"""What a signed contract allows, beside an offer and on the pages that leave or decline it."""

from django import template

from applications import contracts
from applications.models import Offer

register = template.Library()

# "Look the offer up": a page that passes the offer it holds (None included) saves the query.
LOOK_UP = object()


@register.inclusion_tag("applications/partials/contract_rule.html")
def contract_rule(application, offer=LOOK_UP):
    """The rule of the law the application's signed contract is under; nothing when unsigned."""
    if offer is LOOK_UP:
        offer = Offer.objects.filter(application=application).first()
    return {
        "application": application,
        "rule": contracts.rule_for(offer),
        "disclaimer": contracts.DISCLAIMER,
    }
