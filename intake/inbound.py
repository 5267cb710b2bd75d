"""Forwarded emails that arrive through an email provider's inbound webhook (Mailgun), read
by django-anymail: the provider's signature is checked before anything is read, and the
message then goes the same way as one piped to ``manage.py receive_email``."""

import logging
import time

from anymail.signals import AnymailInboundEvent
from anymail.webhooks.mailgun import MailgunInboundWebhookView
from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from applications.models import RecruiterMessage
from intake.emails import inbox, reading

logger = logging.getLogger(__name__)

# A signed request older (or newer) than this is refused: a recorded request cannot be
# replayed later. Mailgun signs each request as it sends it.
SIGNATURE_MAX_AGE = 15 * 60


@csrf_exempt
@login_not_required
@require_POST
def mailgun_inbound(request):
    """Mailgun's inbound route ("forward" to .../inbound/mailgun/mime). Answered only when
    ``MAILGUN_WEBHOOK_SIGNING_KEY`` is set; anymail refuses a forged signature (400)."""
    key = settings.ANYMAIL.get("MAILGUN_WEBHOOK_SIGNING_KEY")
    if not key:
        raise Http404("No inbound email here.")
    try:
        age = abs(time.time() - float(request.POST.get("timestamp", "")))
    except ValueError:
        return HttpResponseBadRequest("No signature timestamp.")
    if age > SIGNATURE_MAX_AGE:
        return HttpResponseBadRequest("The signature is too old.")
    return MailgunInboundWebhookView.as_view(webhook_signing_key=key)(request)


def keep_inbound(sender, event: AnymailInboundEvent, esp_name: str, **kwargs) -> None:
    """anymail's ``inbound`` signal: keep the email for the user it was forwarded to. An
    unknown address is logged and dropped (the provider's route already chose our domain)."""
    message = event.message
    if message is None:
        return
    recipient = message.envelope_recipient or ""
    owner = inbox.owner_for(recipient, domain=settings.INBOUND_EMAIL_DOMAIN)
    if owner is None:
        logger.info("Inbound email for an unknown forwarding address dropped.")
        return
    try:
        parsed = reading.read_bytes(message.as_bytes())
    except reading.UnreadableEmail as error:
        logger.info("Inbound email refused: %s", error)
        return
    inbox.receive(owner=owner, parsed=parsed, source=RecruiterMessage.Source.FORWARDED)
