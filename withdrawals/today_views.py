"""Today's own actions: put an item aside until tomorrow, or for good."""

import re

from django.contrib import messages
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from applications import clock
from withdrawals import today

# What today.py's keys look like: a kind, then ids and ISO dates.
ITEM_KEY = re.compile(r"^[a-z-]{1,20}(:[0-9A-Za-z-]{1,20}){1,3}$")


def _back(request):
    """Back where the button was (the dashboard), never to another site."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect("home")


@require_POST
def snooze(request):
    key = request.POST.get("key", "")
    if not ITEM_KEY.match(key):
        return HttpResponseBadRequest("Unknown item.")
    until = today.snooze(user=request.user, key=key)
    messages.success(request, _("Snoozed until %(day)s.") % {"day": clock.long_date(until)})
    return _back(request)


@require_POST
def dismiss(request):
    key = request.POST.get("key", "")
    if not ITEM_KEY.match(key):
        return HttpResponseBadRequest("Unknown item.")
    today.dismiss(user=request.user, key=key)
    messages.success(request, _("Dismissed: it will not come back."))
    return _back(request)
