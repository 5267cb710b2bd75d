import ipaddress
from urllib.parse import urlsplit

from django import forms
from django.conf import settings

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
        label="Send these events",
        error_messages={"required": "Choose at least one event to send."},
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["url", "description", "events"]
        labels = {"description": "What is it for? (optional)"}
        assume_scheme = "https"

    def clean_url(self):
        url = self.cleaned_data["url"].strip()
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise forms.ValidationError("Enter an http or https address.")
        if parts.username or parts.password:
            raise forms.ValidationError("Leave the user name and password out of the address.")
        host = (parts.hostname or "").rstrip(".").lower()
        if not settings.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES and (
            host == "localhost" or host.endswith(".localhost") or _literal_private(host)
        ):
            raise forms.ValidationError(
                "Bowout only posts to public addresses, not to this machine or a private network."
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
