import ipaddress
from typing import cast
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from api.models import WebhookEndpoint
from api.webhooks import is_public
from applications.models import EventKind


class WebhookEndpointForm(forms.ModelForm):
    """An endpoint: where to POST, and which events. The address is checked again, resolved,
    at every delivery (``api.webhooks.resolve``); here only what can be told without asking
    any server."""

    events = forms.MultipleChoiceField(
        choices=EventKind.choices,
        widget=forms.CheckboxSelectMultiple,
        label=_("Send these events"),
        error_messages={"required": _("Choose at least one event to send.")},
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["url", "description", "events"]
        labels = {"url": _("Address"), "description": _("What is it for? (optional)")}
        help_texts = {"url": _("Where Bowout POSTs each event.")}
        assume_scheme = "https"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        events = cast(forms.MultipleChoiceField, self.fields["events"])
        events.choices = [(value, _(label)) for value, label in EventKind.choices]

    def clean_url(self):
        url = self.cleaned_data["url"].strip()
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise forms.ValidationError(_("Enter an http or https address."))
        if parts.username or parts.password:
            raise forms.ValidationError(_("Leave the user name and password out of the address."))
        host = (parts.hostname or "").rstrip(".").lower()
        if not settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES and (
            host == "localhost" or host.endswith(".localhost") or _literal_private(host)
        ):
            raise forms.ValidationError(
                _(
                    "Bowout only posts to public addresses, not to this machine or a private "
                    "network."
                )
            )
        return url

    def clean_description(self):
        return " ".join(self.cleaned_data["description"].split())


def _literal_private(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return not is_public(host)
