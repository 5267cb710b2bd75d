from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_http_methods, require_POST

from applications.mailto import encode_address, mailto_url
from applications.models import Application, KeepReason
from withdrawals import services
from withdrawals.candidates import BULK_LIMIT, most_urgent_candidate_ids, situation_for
from withdrawals.checks import Sender, check_draft
from withdrawals.export import eml_bytes, unwritable_addresses
from withdrawals.forms import (
    ChooseForm,
    DraftForm,
    KeepInPlayForm,
    MarkSentForm,
    RecipientForm,
    ReflectionForm,
)
from withdrawals.models import Scenario, Tone, Withdrawal, WithdrawalDraft, WithdrawalTemplate
from withdrawals.rendering import render_body, render_subject
from withdrawals.timing import call_advised


def _own_application(request, pk):
    return get_object_or_404(
        Application.objects.prefetch_related("contacts"), pk=pk, owner=request.user
    )


def _ids(values) -> list[int]:
    """Whole numbers from user input; anything else (², 5,000 digits) is dropped, not a 500."""
    return [
        int(value) for value in values if value.isascii() and value.isdigit() and len(value) < 19
    ]


def _queue(request) -> list[int]:
    """The user's applications left to work through in a bulk withdrawal, from ?queue=1,2,3.

    Ids of anyone else's applications are dropped here, so the page never names them and never
    leads on to a page that would be a 404.
    """
    raw = request.GET.get("queue") or request.POST.get("queue") or ""
    ids = _ids(raw.split(","))[:50]
    if not ids:
        return []
    own = set(
        Application.objects.for_user(request.user).filter(pk__in=ids).values_list("pk", flat=True)
    )
    return [pk for pk in ids if pk in own]


def _duration(delta) -> str:
    minutes = int(delta.total_seconds() // 60)
    return f"{minutes} minute{pluralize(minutes)}"


def _with_queue(url: str, queue: list[int]) -> str:
    return f"{url}?queue={','.join(map(str, queue))}" if queue else url


# The candidates page -------------------------------------------------------------------


def candidates(request):
    """Withdrawal candidates, most urgent first, with why and what to do."""
    return _candidates_page(request)


def _candidates_page(request, *, status=200):
    return render(
        request,
        "withdrawals/candidates.html",
        {
            "situation": situation_for(request.user, page=request.GET.get("page")),
            "keep_reasons": KeepReason.choices,
        },
        status=status,
    )


@require_POST
def keep_in_play(request, pk):
    application = get_object_or_404(Application, pk=pk, owner=request.user)
    form = KeepInPlayForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose why you keep this process in play.")
        return _candidates_page(request, status=422)
    services.keep_in_play(
        application=application,
        reason=form.cleaned_data["reason"],
        note=form.cleaned_data["note"],
    )
    messages.success(
        request,
        f"Kept {application} in play ({KeepReason(form.cleaned_data['reason']).label.lower()}). "
        "It is off the list until you undo it or a new offer arrives.",
    )
    return redirect("withdrawals:candidates")


@require_POST
def undo_keep_in_play(request, pk):
    application = get_object_or_404(Application, pk=pk, owner=request.user)
    services.undo_keep_in_play(application=application)
    messages.success(request, f"{application} is back on the list.")
    return redirect("withdrawals:candidates")


@require_POST
def close_not_applied(request):
    """Close the ticked processes never applied to, in one go and without an email."""
    closed = services.close_not_applied(
        user=request.user, application_ids=_ids(request.POST.getlist("applications"))[:200]
    )
    if closed:
        messages.success(
            request,
            f"Closed {closed} process{'es' if closed != 1 else ''} you never applied to. "
            "No email was needed.",
        )
    else:
        messages.error(request, "Tick at least one process to close.")
    return redirect("withdrawals:candidates")


@require_POST
def bulk_start(request):
    """Draft withdrawals for several candidates at once, then work through them in turn.

    The ticked ones (of the page shown), or with ``all`` the most urgent candidates of every page.
    """
    if request.POST.get("all"):
        ids = most_urgent_candidate_ids(request.user)
    else:
        ids = _ids(request.POST.getlist("applications"))[:BULK_LIMIT]
    queue = services.start_drafts(owner=request.user, application_ids=ids)
    if not queue:
        messages.error(request, "Tick at least one candidate to draft withdrawals for.")
        return _candidates_page(request, status=422)
    messages.success(
        request,
        f"Drafted {len(queue)} withdrawal{pluralize(len(queue))}. "
        "Check each one, send it, then mark it as sent.",
    )
    return redirect(_with_queue(reverse("withdrawals:draft", args=[queue[0]]), queue[1:]))


# The withdraw flow ---------------------------------------------------------------------


def choose(request, pk):
    """Step 1: pick the scenario, tone and reason; the draft is rendered from a template."""
    return _choose(request, pk, leaving=True)


def write(request, pk):
    """Step 1 of a message that keeps the process going: time to decide, a timeline, a check-in."""
    return _choose(request, pk, leaving=False)


def _choose(request, pk, *, leaving):
    application = _own_application(request, pk)
    queue = _queue(request)
    if not application.is_live:
        messages.info(request, f"{application} is not a live process: there is nothing to leave.")
        return redirect(application)
    form = _choose_form(request, application, data=request.POST or None, leaving=leaving)
    if request.method == "POST" and form.is_valid():
        services.start_draft(
            application=application,
            scenario=form.cleaned_data["scenario"],
            tone=form.cleaned_data["tone"],
            reason=form.cleaned_data["reason"],
            name_other_company=form.cleaned_data.get("name_other_company", False),
            colleague_name=form.cleaned_data["colleague_name"],
            decide_by=form.cleaned_data["decide_by"],
        )
        return redirect(_with_queue(reverse("withdrawals:draft", args=[application.pk]), queue))
    return _render_choose(request, application, form, queue, leaving=leaving)


def _render_choose(request, application, form, queue, recipient_form=None, *, leaving=True):
    status = 422 if form.is_bound and not form.is_valid() else 200
    if recipient_form is None and services.needs_recipient(application):
        recipient_form = RecipientForm(application=application)
    elif recipient_form is not None:
        status = 422
    return render(
        request,
        "withdrawals/choose.html",
        {
            "application": application,
            "form": form,
            "draft": WithdrawalDraft.objects.filter(application=application).first(),
            "recipient_advice": services.recipient_advice(application),
            "recipient_form": recipient_form,
            "leaving": leaving,
            # No offer in writing to go to: the guides' "validate your decision" first.
            "validate_first": leaving and not services.held_offers(request.user).exists(),
            "queue": queue,
            "preview": _preview(application, form),
        },
        status=status,
    )


@require_POST
def add_recipient(request, pk):
    """Add the person who runs the process, in place, as the main contact."""
    application = _own_application(request, pk)
    queue = _queue(request)
    form = RecipientForm(request.POST, application=application)
    if not form.is_valid():
        choose_form = _choose_form(request, application, data=None)
        return _render_choose(request, application, choose_form, queue, recipient_form=form)
    contact = services.add_recipient(
        application=application,
        name=form.cleaned_data["name"],
        role=form.cleaned_data["role"],
        email=form.cleaned_data["email"],
    )
    messages.success(request, f"{contact.name} is now the main contact: the email goes to them.")
    return redirect(_with_queue(reverse("withdrawals:choose", args=[application.pk]), queue))


def _choose_form(request, application, *, data, leaving=True, scenarios=None):
    """The choose form, offering only what is true for this application and has a wording."""
    draft = WithdrawalDraft.objects.filter(application=application).first()
    if scenarios is None:
        scenarios = services.available_scenarios(application, leaving=leaving)
    tones_for = WithdrawalTemplate.objects.tones_for()
    asked = request.GET.get("scenario")
    if asked in scenarios:
        suggested = asked
    elif leaving:
        suggested = services.suggested_scenario_for(application)
    else:
        suggested = Scenario.CHECKING_IN
    initial: dict[str, object] = {"scenario": suggested if suggested in scenarios else scenarios[0]}
    wording = services.deal_breaker_wording(application) if leaving else None
    if wording and wording[0] == initial["scenario"]:
        initial["reason"] = wording[1]
    if draft and draft.scenario in scenarios and asked not in scenarios:
        initial = {
            "scenario": draft.scenario,
            "tone": draft.tone,
            "reason": draft.reason,
            "name_other_company": draft.name_other_company,
            "colleague_name": draft.colleague_name,
            "decide_by": draft.decide_by,
        }
    tones = tones_for.get(str(initial["scenario"]), [])
    if initial.get("tone") not in tones:
        initial["tone"] = Tone.FORMAL if Tone.FORMAL in tones else (tones or [Tone.FORMAL])[0]
    return ChooseForm(
        data,
        initial=initial,
        other_company=services.other_offer_company(application),
        scenarios=scenarios,
        tones_for=tones_for,
        today=timezone.localdate(),
    )


def _preview(application, form) -> dict:
    """The wording of the chosen scenario and tone, rendered for this application."""
    if form.is_bound:
        choice = form.cleaned_data if form.is_valid() else {}
    else:
        choice = {name: form.initial.get(name) for name in form.fields}
    scenario, tone = choice.get("scenario"), choice.get("tone")
    template = WithdrawalTemplate.objects.best_for(scenario, tone) if scenario and tone else None
    if template is None:
        return {}
    values = services.placeholder_values(
        application,
        reason=services.compose_reason(
            application,
            reason=choice.get("reason") or "",
            name_other_company=bool(choice.get("name_other_company")),
        ),
        colleague_name=choice.get("colleague_name") or "",
        decide_by=choice.get("decide_by"),
    )
    return {
        "subject": render_subject(template.subject_template, values),
        "body": render_body(template.body_template, values),
    }


def choose_preview(request, pk):
    """The choose step's preview, redrawn by htmx as the user changes the choices."""
    application = _own_application(request, pk)
    scenarios = [
        *services.available_scenarios(application),
        *services.available_scenarios(application, leaving=False),
    ]
    form = _choose_form(request, application, data=request.GET, scenarios=scenarios)
    return render(
        request,
        "withdrawals/choose.html#preview",
        {"application": application, "preview": _preview(application, form)},
    )


def _draft_context(request, application, draft, form, queue, sent_form=None):
    now = timezone.now()
    contact = application.main_contact
    cc_contacts = _cc_contacts(application)
    chosen_cc = [contact for contact in cc_contacts if contact.pk in (draft.cc or [])]
    interview = services.next_interview(application, now=now)
    # The checks read the text on screen (the posted form), not the last saved draft.
    subject = form.data.get("subject", "") if form.is_bound else draft.subject
    body = form.data.get("body", "") if form.is_bound else draft.body
    user = request.user
    is_message = draft.scenario in Scenario.messages()
    # A message keeps the process going: no advice to call and cancel the next interview.
    interview_at = interview.scheduled_at if interview and not is_message else None
    call = "" if is_message else call_advised(application, interview_at, now=now)
    advice = check_draft(
        subject,
        body,
        next_interview_at=interview_at,
        long_process=call == "long_process",
        now=now,
        sender=Sender(
            name=user.signature_name,
            username=user.username,
            has_real_name=user.has_real_name,
            profile_url=reverse("profile"),
        ),
    )
    phone_script = ""
    if any(item.show_phone_script for item in advice):
        phone_script = _render_scenario(application, Scenario.PHONE_SCRIPT, draft)
    return {
        "application": application,
        "draft": draft,
        "form": form,
        "contact": contact,
        "recipient_advice": services.recipient_advice(application),
        "advice": advice,
        "phone_script": phone_script,
        "mailto": mailto_url(
            to=contact.email if contact and contact.email else "",
            cc=[c.email for c in chosen_cc],
            subject=draft.subject,
            body=draft.body,
        ),
        "mailto_cc": ",".join(encode_address(c.email) for c in chosen_cc),
        # The .eml leaves out an address it cannot write: say so before it is downloaded.
        "left_out_of_eml": unwritable_addresses(
            [(c.name, c.email) for c in ([contact] if contact and contact.email else [])]
            + [(c.name, c.email) for c in chosen_cc]
        ),
        # Having advised a call, assume the user made it.
        "sent_form": sent_form
        or MarkSentForm(
            initial={"method": Withdrawal.Method.PHONE if call else Withdrawal.Method.EMAIL}
        ),
        "call_advised": bool(call),
        "is_message": is_message,
        "queue": queue,
        "queue_query": ",".join(map(str, queue)),
        "next_in_queue": Application.objects.for_user(request.user).filter(pk=queue[0]).first()
        if queue
        else None,
    }


def _cc_contacts(application):
    main = application.main_contact
    return [
        contact
        for contact in application.contacts.all()
        if contact.email and (main is None or contact.pk != main.pk)
    ]


def _render_scenario(application, scenario, draft):
    """A companion text (the phone script) in the draft's tone, else in any tone there is."""
    template = (
        WithdrawalTemplate.objects.best_for(scenario, draft.tone)
        or WithdrawalTemplate.objects.active().filter(scenario=scenario).first()
    )
    if template is None:
        return ""
    values = services.placeholder_values(application, reason=draft.reason)
    return render_body(template.body_template, values)


def _posted_text(request, application, *, always=False):
    """The draft text a POST carries, parsed in this one place: ``(form, text)``.

    The draft page always posts it; Mark as sent and the .eml download carry it along when the
    page's script could (``include_draft``, see bowout.js). ``form`` is None when the request
    carries no text; ``text`` (subject, body, cc for ``services.save_draft``) is None when the
    text is not valid.
    """
    if not always and not request.POST.get("include_draft"):
        return None, None
    form = DraftForm(request.POST, cc_contacts=_cc_contacts(application))
    if not form.is_valid():
        return form, None
    text = {
        "subject": form.cleaned_data["subject"],
        "body": form.cleaned_data["body"],
        "cc": form.cleaned_data.get("cc", []),
    }
    return form, text


def _draft_page(request, application, draft, form, queue, *, status=200, sent_form=None):
    context = _draft_context(request, application, draft, form, queue, sent_form=sent_form)
    return render(request, "withdrawals/draft.html", context, status=status)


def draft(request, pk):
    """Step 2 and 3: edit the draft beside the advice computed from it, and send it yourself."""
    application = _own_application(request, pk)
    queue = _queue(request)
    draft = WithdrawalDraft.objects.filter(application=application).first()
    if draft is None:
        return redirect(_with_queue(reverse("withdrawals:choose", args=[pk]), queue))
    if request.method != "POST":
        form = DraftForm(
            initial={"subject": draft.subject, "body": draft.body, "cc": draft.cc},
            cc_contacts=_cc_contacts(application),
        )
        return _draft_page(request, application, draft, form, queue)
    form, text = _posted_text(request, application, always=True)
    if text is not None:
        services.save_draft(draft=draft, **text)
        if not request.htmx:
            messages.success(request, "Draft saved.")
            return redirect(_with_queue(reverse("withdrawals:draft", args=[pk]), queue))
    status = 200 if text is not None else 422
    if request.htmx:
        context = _draft_context(request, application, draft, form, queue)
        context["saved"] = text is not None
        return render(request, "withdrawals/draft.html#draft_aside", context, status=status)
    return _draft_page(request, application, draft, form, queue, status=status)


@require_http_methods(["GET", "POST"])
def draft_eml(request, pk):
    """Download the draft as an .eml file that mail programs open as a new message.

    A POST carries the text on screen and saves it first, so the file is never one edit behind.
    """
    application = _own_application(request, pk)
    draft = get_object_or_404(WithdrawalDraft, application=application)
    form, text = _posted_text(request, application)
    if form is not None and text is None:
        messages.error(request, f"{form.refusal()} Nothing was downloaded.")
        return _draft_page(request, application, draft, form, _queue(request), status=422)
    if text is not None:
        services.save_draft(draft=draft, **text)
        draft.refresh_from_db()
    contact = application.main_contact
    chosen_cc = [c for c in _cc_contacts(application) if c.pk in (draft.cc or [])]
    content = eml_bytes(
        to_name=contact.name if contact else "",
        to_email=contact.email if contact else "",
        cc=[(c.name, c.email) for c in chosen_cc],
        from_name=request.user.signature_name,
        from_email=request.user.email,
        subject=draft.subject,
        body=draft.body,
    )
    response = HttpResponse(content, content_type="message/rfc822")
    filename = f"withdrawal-{slugify(application.company) or application.pk}.eml"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_POST
def mark_sent(request, pk):
    """Step 4: record how the user told them; the application moves to withdrawn."""
    application = _own_application(request, pk)
    queue = _queue(request)
    form = MarkSentForm(request.POST)
    draft_form, text = _posted_text(request, application)
    if not form.is_valid() or (draft_form is not None and text is None):
        return _mark_sent_refused(request, application, queue, form, draft_form)
    if services.drafts_a_message(application):
        message = services.record_message(
            application=application, method=form.cleaned_data["method"], text=text
        )
        if message:
            messages.success(
                request,
                f"Recorded your message to {application.company}: "
                f"“{message.get_scenario_display()}”. The process stays live.",
            )
        return redirect(application)
    try:
        _, created = services.mark_sent(
            application=application, method=form.cleaned_data["method"], text=text
        )
    except services.NotLive:
        messages.info(request, f"{application} is not a live process: nothing was recorded.")
        return redirect(application)
    if created:
        messages.success(
            request,
            f"Withdrawn from {application}. Its upcoming interviews are cancelled. "
            f"Made a mistake? You can undo this for {_duration(Withdrawal.UNDO_WINDOW)}.",
        )
    else:
        messages.info(request, "This withdrawal was already recorded.")
    if queue:
        return redirect(_with_queue(reverse("withdrawals:draft", args=[queue[0]]), queue[1:]))
    return redirect(application)


def _mark_sent_refused(request, application, queue, form, draft_form):
    """The draft page again, with what was wrong beside the fields and nothing recorded."""
    if not form.is_valid():
        messages.error(request, "Say whether you emailed or phoned them.")
    else:
        messages.error(request, f"{draft_form.refusal()} Nothing was recorded.")
    draft = WithdrawalDraft.objects.filter(application=application).first()
    if draft is None:
        # No page to show the form on (the draft was used up in another tab).
        return redirect(application)
    if draft_form is None:
        draft_form = DraftForm(
            initial={"subject": draft.subject, "body": draft.body, "cc": draft.cc},
            cc_contacts=_cc_contacts(application),
        )
    return _draft_page(request, application, draft, draft_form, queue, status=422, sent_form=form)


@require_POST
def undo(request, pk):
    application = _own_application(request, pk)
    withdrawal = application.withdrawals.standing().first()
    if withdrawal is None:
        messages.info(request, "There is no withdrawal to undo.")
        return redirect(application)
    try:
        services.undo_withdrawal(withdrawal=withdrawal)
    except services.NothingToUndo:
        messages.error(
            request,
            "It is too late to undo this withdrawal. If you still want the role, "
            "write to your contact and change the stage yourself.",
        )
        return redirect(application)
    messages.success(request, "Withdrawal undone. Your draft and interviews are back.")
    return redirect(application)


# Afterwards ----------------------------------------------------------------------------


def _standing_withdrawal(application):
    return get_object_or_404(Withdrawal.objects.standing(), application=application)


def follow_up(request, pk):
    """Step 5: the thank-you follow-up, drafted from its template, to copy or open."""
    application = _own_application(request, pk)
    withdrawal = _standing_withdrawal(application)
    # Only the tones that have a wording are offered; each one really changes the text.
    tones = WithdrawalTemplate.objects.tones_for()[Scenario.THANK_YOU_FOLLOW_UP]
    tone = request.GET.get("tone")
    if tone not in tones:
        tone = Tone.FORMAL if Tone.FORMAL in tones else (tones or [Tone.FORMAL])[0]
    template = WithdrawalTemplate.objects.best_for(Scenario.THANK_YOU_FOLLOW_UP, tone)
    values = services.placeholder_values(application)
    subject = render_subject(template.subject_template, values) if template else ""
    body = render_body(template.body_template, values) if template else ""
    return render(
        request,
        "withdrawals/follow_up.html",
        {
            "application": application,
            "withdrawal": withdrawal,
            "subject": subject,
            "body": body,
            "tone": tone,
            "tones": [(value, Tone(value).label) for value in tones],
            "mailto": mailto_url(to=withdrawal.recipient_email, cc=[], subject=subject, body=body),
        },
    )


@require_POST
def follow_up_sent(request, pk):
    application = _own_application(request, pk)
    services.mark_follow_up_sent(withdrawal=_standing_withdrawal(application))
    messages.success(request, "Follow-up marked as sent.")
    return redirect(application)


@require_POST
def reflection(request, pk):
    application = _own_application(request, pk)
    withdrawal = _standing_withdrawal(application)
    form = ReflectionForm(request.POST)
    if form.is_valid():
        services.save_reflection(
            withdrawal=withdrawal,
            liked=form.cleaned_data["liked"],
            disliked=form.cleaned_data["disliked"],
        )
        messages.success(request, "Your notes are saved.")
        return redirect(application)
    return render(
        request,
        "withdrawals/reflection.html",
        {"application": application, "withdrawal": withdrawal, "form": form},
        status=422,
    )
