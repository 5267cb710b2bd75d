"""Today's actions that belong to no single page: put an item aside, and the check-in email."""

import re

from django.contrib import messages
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from applications import services as application_services
from applications.models import Application
from withdrawals import today
from withdrawals.export import mailto_url
from withdrawals.models import Scenario, Tone, WithdrawalTemplate
from withdrawals.rendering import render_body, render_subject
from withdrawals.services import placeholder_values

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
    messages.success(request, f"Snoozed until {until:%A} {until.day} {until:%B}.")
    return _back(request)


@require_POST
def dismiss(request):
    key = request.POST.get("key", "")
    if not ITEM_KEY.match(key):
        return HttpResponseBadRequest("Unknown item.")
    today.dismiss(user=request.user, key=key)
    messages.success(request, "Dismissed: it will not come back.")
    return _back(request)


def check_in(request, pk):
    """The polite check-in for a process gone silent, drafted from the stored templates."""
    application = get_object_or_404(Application, pk=pk, owner=request.user)
    tones = list(
        WithdrawalTemplate.objects.active()
        .filter(scenario=Scenario.CHECKING_IN)
        .values_list("tone", flat=True)
        .distinct()
    )
    tone = request.GET.get("tone", "")
    if tone not in tones:
        tone = Tone.FORMAL if Tone.FORMAL in tones else (tones[0] if tones else "")
    template = WithdrawalTemplate.objects.best_for(Scenario.CHECKING_IN, tone) if tone else None
    values = placeholder_values(application)
    subject = render_subject(template.subject_template, values) if template else ""
    body = render_body(template.body_template, values) if template else ""
    contact = application.main_contact
    return render(
        request,
        "withdrawals/check_in.html",
        {
            "application": application,
            "contact": contact,
            "subject": subject,
            "body": body,
            "tone": tone,
            "tones": [(value, label) for value, label in Tone.choices if value in tones],
            "mailto": mailto_url(
                to=contact.email if contact else "", cc=[], subject=subject, body=body
            ),
        },
    )


@require_POST
def check_in_sent(request, pk):
    application = get_object_or_404(Application, pk=pk, owner=request.user)
    application_services.record_follow_up(application=application)
    messages.success(
        request,
        f"Check-in recorded. Bowout will remind you again if {application.company} stays silent.",
    )
    return redirect(application)
