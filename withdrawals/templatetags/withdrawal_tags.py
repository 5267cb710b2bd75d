"""What pages of the applications app show of withdrawals.

Applications never import withdrawals (dependencies run one way); their templates load these
tags instead, so the withdrawals app decides what it shows there and how it looks it up.
"""

from django import template

from applications import portals
from applications.models import Stage
from withdrawals.candidates import candidate_count
from withdrawals.models import SentMessage, Withdrawal, WithdrawalDraft

register = template.Library()

MESSAGES_SHOWN = 10


@register.inclusion_tag("withdrawals/includes/candidates_banner.html", takes_context=True)
def candidates_banner(context):
    """The dashboard's banner: how many processes to decide on now that an offer holds."""
    return {"candidate_count": candidate_count(context["request"].user)}


@register.inclusion_tag("withdrawals/includes/withdraw_button.html")
def withdraw_button(application):
    return {"application": application}


@register.inclusion_tag("withdrawals/includes/withdrawal_box.html")
def withdrawal_box(application):
    """On the detail page: the record of leaving, or a link back to a draft in progress."""
    withdrawal = (
        Withdrawal.objects.standing().filter(application=application).first()
        if application.stage == Stage.WITHDRAWN
        else None
    )
    return {
        "application": application,
        "withdrawal": withdrawal,
        # Messages that kept the process going: the most recent few, newest first.
        "sent_messages": list(SentMessage.objects.filter(application=application)[:MESSAGES_SHOWN]),
        "draft_exists": withdrawal is None
        and WithdrawalDraft.objects.filter(application=application).exists(),
    }


@register.inclusion_tag("withdrawals/includes/offer_answers.html")
def offer_answers(offer):
    """On the offers comparison: the messages that answer this offer."""
    return {"offer": offer}


@register.inclusion_tag("withdrawals/includes/portal_note.html")
def portal_note(application):
    """On the withdraw page: the employer's hiring portal (from the posting's address) and what
    it lets a candidate do, with its sources. The email stays the recommended path."""
    info = portals.info_for(application.portal)
    return {
        "info": info,
        "advice": portals.withdraw_advice(info.portal.value) if info else "",
    }
