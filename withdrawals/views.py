from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from applications import clock
from applications.forms import ids_from
from applications.labels import shown
from applications.mailto import mailto_url
from applications.models import Application, EmailLanguage, KeepReason
from withdrawals import drafting, services
from withdrawals.candidates import BULK_LIMIT, most_urgent_candidate_ids, situation_for
from withdrawals.eml import eml_bytes
from withdrawals.forms import (
    ChooseForm,
    DraftForm,
    KeepInPlayForm,
    LanguageForm,
    MarkSentForm,
    RecipientForm,
    ReflectionForm,
)
from withdrawals.models import Scenario, Tone, Withdrawal, WithdrawalDraft, WithdrawalTemplate


def _own_application(request, pk):
    application = get_object_or_404(
        Application.objects.prefetch_related("contacts"), pk=pk, owner=request.user
    )
    application.owner = request.user  # found by it: no second read of the user
    return application


def _queue(request) -> list[int]:
    """The user's applications left to work through in a bulk withdrawal, from ?queue=1,2,3.

    Ids of anyone else's applications are dropped here, so the page never names them and never
    leads on to a page that would be a 404.
    """
    raw = request.GET.get("queue") or request.POST.get("queue") or ""
    ids = ids_from(raw.split(","))[:50]
    if not ids:
        return []
    own = set(
        Application.objects.for_user(request.user).filter(pk__in=ids).values_list("pk", flat=True)
    )
    return [pk for pk in ids if pk in own]


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
        # The note's own problem (too long, a NUL character) is said too, not only the reason.
        problems = (
            [_("Choose why you keep this process in play.")] if "reason" in form.errors else []
        )
        problems += [
            _("Note: %(error)s") % {"error": error} for error in form.errors.get("note", [])
        ]
        messages.error(request, " ".join(problems))
        return _candidates_page(request, status=422)
    services.keep_in_play(
        application=application,
        reason=form.cleaned_data["reason"],
        note=form.cleaned_data["note"],
    )
    messages.success(
        request,
        _(
            "Kept %(application)s in play (%(reason)s). It is off the list until you undo it or "
            "a new offer arrives."
        )
        % {
            "application": application,
            # Lower-cased in English, then translated (withdrawals.labels lists the three).
            "reason": _(KeepReason(form.cleaned_data["reason"]).label.lower()),
        },
    )
    return redirect("withdrawals:candidates")


@require_POST
def undo_keep_in_play(request, pk):
    application = get_object_or_404(Application, pk=pk, owner=request.user)
    services.undo_keep_in_play(application=application)
    messages.success(
        request, _("%(application)s is back on the list.") % {"application": application}
    )
    return redirect("withdrawals:candidates")


@require_POST
def close_not_applied(request):
    """Close the ticked processes never applied to, in one go and without an email."""
    closed = services.close_not_applied(
        user=request.user, application_ids=ids_from(request.POST.getlist("applications"))[:200]
    )
    if closed:
        messages.success(
            request,
            ngettext(
                "Closed %(count)d process you never applied to. No email was needed.",
                "Closed %(count)d processes you never applied to. No email was needed.",
                closed,
            )
            % {"count": closed},
        )
    else:
        messages.error(request, _("Tick at least one process to close."))
    return redirect("withdrawals:candidates")


@require_POST
def bulk_start(request):
    """Draft withdrawals for several candidates at once, then work through them in turn.

    The ticked ones (of the page shown), or with ``all`` the most urgent candidates of every page.
    """
    if request.POST.get("all"):
        ids = most_urgent_candidate_ids(request.user)
    else:
        ids = ids_from(request.POST.getlist("applications"))[:BULK_LIMIT]
    queue = services.start_drafts(owner=request.user, application_ids=ids)
    if not queue:
        messages.error(request, _("Tick at least one candidate to draft withdrawals for."))
        return _candidates_page(request, status=422)
    messages.success(
        request,
        ngettext(
            "Drafted %(count)d withdrawal. Check each one, send it, then mark it as sent.",
            "Drafted %(count)d withdrawals. Check each one, send it, then mark it as sent.",
            len(queue),
        )
        % {"count": len(queue)},
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
        messages.info(
            request,
            _("%(application)s is not a live process: there is nothing to leave.")
            % {"application": application},
        )
        return redirect(application)
    page = drafting.choose_page(application, leaving=leaving, asked=request.GET.get("scenario"))
    form = _choose_form(page, data=request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.start_draft(
            application=application,
            choices=services.WordingChoices.of(form.cleaned_data),
            grounds=page.grounds,
        )
        return redirect(_with_queue(reverse("withdrawals:draft", args=[application.pk]), queue))
    return _render_choose(request, page, form, queue)


def _render_choose(request, page, form, queue, recipient_form=None):
    status = 422 if form.is_bound and not form.is_valid() else 200
    if recipient_form is None and services.needs_recipient(page.application):
        recipient_form = RecipientForm(application=page.application)
    elif recipient_form is not None:
        status = 422
    return render(
        request,
        "withdrawals/choose.html",
        {
            "application": page.application,
            "form": form,
            "draft": page.draft,
            "recipient_advice": page.recipient_advice,
            "recipient_form": recipient_form,
            "leaving": page.leaving,
            "validate_first": page.validate_first,
            "queue": queue,
            "preview": page.preview(_choice(form)),
            "own_offer": page.grounds.offers.own,
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
        page = drafting.choose_page(application)
        return _render_choose(request, page, _choose_form(page, data=None), queue, form)
    contact = services.add_recipient(
        application=application,
        name=form.cleaned_data["name"],
        role=form.cleaned_data["role"],
        email=form.cleaned_data["email"],
    )
    messages.success(
        request,
        _("%(name)s is now the main contact: the email goes to them.") % {"name": contact.name},
    )
    return redirect(_with_queue(reverse("withdrawals:choose", args=[application.pk]), queue))


def _choose_form(page: drafting.ChoosePage, *, data) -> ChooseForm:
    return ChooseForm(
        data,
        initial=page.initial,
        other_company=page.other_company,
        other_figures=page.other_figures,
        scenarios=page.scenarios,
        tones_for=page.tones_for,
        tones_by_language=page.tones_by_language,
        today=timezone.localdate(),
    )


def _choice(form: ChooseForm) -> dict:
    """The choices on screen: the posted ones once valid, else the ones the form starts from."""
    if form.is_bound:
        return form.cleaned_data if form.is_valid() else {}
    return {name: form.initial.get(name) for name in form.fields}


def choose_preview(request, pk):
    """The choose step's preview, redrawn by htmx as the user changes the choices."""
    application = _own_application(request, pk)
    page = drafting.choose_page(application, leaving=None)
    form = _choose_form(page, data=request.GET)
    return render(
        request,
        "withdrawals/choose.html#preview",
        {"application": application, "preview": page.preview(_choice(form))},
    )


def _posted_text(request, application, *, always=False):
    """The draft text a POST carries, parsed in this one place: ``(form, text)``.

    The draft page always posts it; Mark as sent and the .eml download carry it along when the
    page's script could (``include_draft``, see bowout.js). ``form`` is None when the request
    carries no text; ``text`` (subject, body, cc for ``services.save_draft``) is None when the
    text is not valid.
    """
    if not always and not request.POST.get("include_draft"):
        return None, None
    form = DraftForm(request.POST, cc_contacts=drafting.cc_contacts(application))
    if not form.is_valid():
        return form, None
    text = {
        "subject": form.cleaned_data["subject"],
        "body": form.cleaned_data["body"],
        "cc": form.cleaned_data.get("cc", []),
    }
    return form, text


def _draft_form(application, draft) -> DraftForm:
    """The draft as last saved, to edit."""
    return DraftForm(
        initial={"subject": draft.subject, "body": draft.body, "cc": draft.cc},
        cc_contacts=drafting.cc_contacts(application),
    )


def _draft_page(
    request, application, draft, form, queue, *, status=200, sent_form=None, saved=None
):
    """The draft page; with ``saved`` (htmx's autosave) only its aside, saying if it saved."""
    # The checks read the text on screen (the posted form), not the last saved draft.
    page = drafting.draft_page(
        application,
        draft,
        subject=form.data.get("subject", "") if form.is_bound else draft.subject,
        body=form.data.get("body", "") if form.is_bound else draft.body,
        queue=queue,
    )
    context = {
        **page.context(),
        "form": form.in_language(draft.language),
        "sent_form": sent_form or MarkSentForm(initial={"method": page.sent_method}),
        "saved": saved,
        "language_form": LanguageForm(initial={"language": draft.language}),
    }
    template = "withdrawals/draft.html" + ("#draft_aside" if saved is not None else "")
    return render(request, template, context, status=status)


def draft(request, pk):
    """Step 2 and 3: edit the draft beside the advice computed from it, and send it yourself."""
    application = _own_application(request, pk)
    queue = _queue(request)
    draft = WithdrawalDraft.objects.filter(application=application).first()
    if draft is None:
        return redirect(_with_queue(reverse("withdrawals:choose", args=[pk]), queue))
    if request.method != "POST":
        return _draft_page(request, application, draft, _draft_form(application, draft), queue)
    form, text = _posted_text(request, application, always=True)
    if text is not None:
        services.save_draft(draft=draft, **text)
        if not request.htmx:
            messages.success(request, _("Draft saved."))
            return redirect(_with_queue(reverse("withdrawals:draft", args=[pk]), queue))
    status = 200 if text is not None else 422
    saved = (text is not None) if request.htmx else None
    return _draft_page(request, application, draft, form, queue, status=status, saved=saved)


@require_GET
def draft_language_preview(request, pk):
    """How the draft reads in another language, redrawn by htmx as the user picks one."""
    application = _own_application(request, pk)
    draft = get_object_or_404(WithdrawalDraft, application=application)
    form = LanguageForm(request.GET)
    language = form.cleaned_data["language"] if form.is_valid() else draft.language
    return render(
        request,
        "withdrawals/draft.html#language_preview",
        {
            "application": application,
            "draft": draft,
            "language_label": EmailLanguage(language).label,
            "language_preview": drafting.language_preview(application, draft, language)
            if language != draft.language
            else None,
        },
        status=200 if form.is_valid() else 422,
    )


@require_POST
def draft_language(request, pk):
    """Word the draft again in the language chosen (the preview showed it), and keep it as
    the employer's language."""
    application = _own_application(request, pk)
    queue = _queue(request)
    draft = get_object_or_404(WithdrawalDraft, application=application)
    form = LanguageForm(request.POST)
    back = _with_queue(reverse("withdrawals:draft", args=[pk]), queue)
    if not form.is_valid():
        messages.error(request, _("Choose one of the languages listed."))
        return redirect(back)
    language = form.cleaned_data["language"]
    try:
        services.switch_language(draft=draft, language=language)
    except LookupError:
        messages.error(
            request,
            _("There is no %(tone)s wording for this in %(language)s: choose another template.")
            % {
                "tone": str(shown(Tone(draft.tone).label)).lower(),
                "language": shown(EmailLanguage(language).label),
            },
        )
        return redirect(back)
    except services.NotLive:
        messages.info(
            request,
            _("%(application)s is not a live process: there is nothing to leave.")
            % {"application": application},
        )
        return redirect(application)
    messages.success(
        request,
        _("Redrafted in %(language)s.") % {"language": shown(EmailLanguage(language).label)},
    )
    return redirect(back)


@require_http_methods(["GET", "POST"])
def draft_eml(request, pk):
    """Download the draft as an .eml file that mail programs open as a new message.

    A POST carries the text on screen and saves it first, so the file is never one edit behind.
    """
    application = _own_application(request, pk)
    draft = get_object_or_404(WithdrawalDraft, application=application)
    form, text = _posted_text(request, application)
    if form is not None and text is None:
        messages.error(
            request, _("%(refusal)s Nothing was downloaded.") % {"refusal": form.refusal()}
        )
        return _draft_page(request, application, draft, form, _queue(request), status=422)
    if text is not None:
        services.save_draft(draft=draft, **text)
        draft.refresh_from_db()
    contact = application.main_contact
    chosen_cc = drafting.chosen_cc(application, draft)
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
                _("Recorded your message to %(company)s: “%(scenario)s”. The process stays live.")
                % {
                    "company": application.company,
                    "scenario": shown(message.get_scenario_display()),
                },
            )
        return redirect(application)
    try:
        _withdrawal, created = services.mark_sent(
            application=application, method=form.cleaned_data["method"], text=text
        )
    except services.NotLive:
        messages.info(
            request,
            _("%(application)s is not a live process: nothing was recorded.")
            % {"application": application},
        )
        return redirect(application)
    if created:
        messages.success(
            request,
            _(
                "Withdrawn from %(application)s. Its upcoming interviews are cancelled. Made a "
                "mistake? You can undo this for %(duration)s."
            )
            % {"application": application, "duration": clock.duration(clock.UNDO_WINDOW)},
        )
    else:
        messages.info(request, _("This withdrawal was already recorded."))
    if queue:
        return redirect(_with_queue(reverse("withdrawals:draft", args=[queue[0]]), queue[1:]))
    return redirect(application)


def _mark_sent_refused(request, application, queue, form, draft_form):
    """The draft page again, with what was wrong beside the fields and nothing recorded."""
    if not form.is_valid():
        messages.error(request, _("Say whether you emailed or phoned them."))
    else:
        messages.error(
            request, _("%(refusal)s Nothing was recorded.") % {"refusal": draft_form.refusal()}
        )
    draft = WithdrawalDraft.objects.filter(application=application).first()
    if draft is None:
        # No page to show the form on (the draft was used up in another tab).
        return redirect(application)
    if draft_form is None:
        draft_form = _draft_form(application, draft)
    return _draft_page(request, application, draft, draft_form, queue, status=422, sent_form=form)


@require_POST
def undo(request, pk):
    application = _own_application(request, pk)
    withdrawal = application.withdrawals.standing().first()
    if withdrawal is None:
        messages.info(request, _("There is no withdrawal to undo."))
        return redirect(application)
    try:
        services.undo_withdrawal(withdrawal=withdrawal)
    except services.NothingToUndo:
        messages.error(
            request,
            _(
                "It is too late to undo this withdrawal. If you still want the role, write to "
                "your contact and change the stage yourself."
            ),
        )
        return redirect(application)
    messages.success(request, _("Withdrawal undone. Your draft and interviews are back."))
    return redirect(application)


# Afterwards ----------------------------------------------------------------------------


def _standing_withdrawal(application):
    return get_object_or_404(Withdrawal.objects.standing(), application=application)


def follow_up(request, pk):
    """Step 5: the thank-you follow-up, drafted from its template, to copy or open."""
    application = _own_application(request, pk)
    withdrawal = _standing_withdrawal(application)
    # Only the tones that have a wording are offered; each one really changes the text. In
    # the employer's language, as the withdrawal was.
    language = application.language
    tones = WithdrawalTemplate.objects.tones_for(language)[Scenario.THANK_YOU_FOLLOW_UP]
    tone = drafting.pick_tone(tones, request.GET.get("tone"))
    wording = services.render_scenario(
        application,
        services.WordingChoices(Scenario.THANK_YOU_FOLLOW_UP, tone, language=language),
    )
    subject = wording.subject if wording else ""
    body = wording.body if wording else ""
    return render(
        request,
        "withdrawals/follow_up.html",
        {
            "application": application,
            "withdrawal": withdrawal,
            "subject": subject,
            "body": body,
            "tone": tone,
            "tones": [(value, shown(Tone(value).label)) for value in tones],
            "mailto": mailto_url(to=withdrawal.recipient_email, cc=[], subject=subject, body=body),
        },
    )


@require_POST
def follow_up_sent(request, pk):
    application = _own_application(request, pk)
    services.mark_follow_up_sent(withdrawal=_standing_withdrawal(application))
    messages.success(request, _("Follow-up marked as sent."))
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
        messages.success(request, _("Your notes are saved."))
        return redirect(application)
    return render(
        request,
        "withdrawals/reflection.html",
        {"application": application, "withdrawal": withdrawal, "form": form},
        status=422,
    )
