from urllib.parse import urlsplit

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import F
from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from applications import clock, comparison, contracts, services
from applications.board import board_for
from applications.compensation import totals
from applications.dashboard import dashboard_for
from applications.forms import (
    ApplicationFilterForm,
    ApplicationForm,
    BoardMoveForm,
    CompareForm,
    ContactForm,
    ExchangeRateForm,
    InterviewForm,
    OfferDecisionForm,
    OfferForm,
    StageChangeForm,
    ids_from,
)
from applications.models import (
    Application,
    Contact,
    Interview,
    Offer,
    PostingSnapshot,
    Stage,
    email_language_for,
)

PAGE_SIZE = 25
REVISIONS_SHOWN = 10
QUIET_PAGE_SIZE = 100


def _own_application(request, pk):
    return get_object_or_404(Application, pk=pk, owner=request.user)


def _status(form) -> int:
    """A form shown again after a refused POST answers 422, so clients and tests can tell."""
    return 422 if form.is_bound else 200


def home(request):
    """The dashboard: where everything stands and what comes next."""
    dashboard = dashboard_for(request.user)
    return render(request, "applications/dashboard.html", {"dashboard": dashboard})


def application_list(request):
    filter_form = ApplicationFilterForm(request.GET or None)
    queryset = filter_form.filtered(
        Application.objects.for_user(request.user).with_next_interview()
    )
    page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "applications/application_list.html",
        {"filter_form": filter_form, "page": page},
    )


def board(request):
    return render(request, "applications/board.html", _board_context(request))


def _board_context(request):
    return {"board": board_for(request.user)}


@require_POST
def board_move(request, pk):
    """Move a card to another column: htmx swaps the board, a plain form redirects back."""
    application = _own_application(request, pk)
    form = BoardMoveForm(request.POST)
    if not form.is_valid():
        message = _("Choose one of the stages to move the application to.")
        if request.htmx:
            context = _board_context(request) | {"error_message": message}
            return render(request, "applications/board.html#board", context, status=422)
        messages.error(request, message)
        return render(request, "applications/board.html", _board_context(request), status=422)
    stage = form.cleaned_data["stage"]
    moved = services.change_stage(application=application, to_stage=stage)
    words = {"application": application, "stage": _(Stage(stage).label)}
    if moved:
        message = _("Moved %(application)s to %(stage)s.") % words
    else:
        message = _("%(application)s is already at %(stage)s.") % words
    if request.htmx:
        context = _board_context(request) | {"status_message": message}
        return render(request, "applications/board.html#board", context)
    messages.success(request, message)
    return redirect("applications:board")


def application_create(request):
    application = Application(
        owner=request.user,
        date_applied=timezone.localdate(),
        language=email_language_for(request.user),
    )
    form = ApplicationForm(request.POST or None, instance=application)
    if request.method == "POST" and form.is_valid():
        services.create_application(application=form.save(commit=False))
        messages.success(
            request,
            _("Added %(application)s. Next: add a contact and any interviews.")
            % {"application": application},
        )
        return redirect(application)
    return render(
        request, "applications/application_form.html", {"form": form}, status=_status(form)
    )


def application_detail(request, pk):
    application = _own_application(request, pk)
    return render(request, "applications/application_detail.html", _detail_context(application))


EMAILS_ON_TIMELINE = 20


def _detail_context(application, stage_form=None):
    offer = Offer.objects.filter(application=application).first()
    contacts = list(application.contacts.all())
    interviews = list(application.interviews.with_is_upcoming())
    upcoming = [interview for interview in interviews if interview.is_upcoming]
    others = sorted(
        (interview for interview in interviews if not interview.is_upcoming),
        key=lambda interview: interview.scheduled_at,
        reverse=True,
    )
    stage_changes = list(application.stage_changes.all())
    # The recruiters' emails filed with the process, newest first (bounded: a timeline, not
    # an archive).
    emails = list(
        application.recruiter_messages.only(
            "pk", "subject", "kind", "received_at", "sent_at", "status", "application_id"
        ).order_by("-received_at", "-pk")[:EMAILS_ON_TIMELINE]
    )
    timeline = sorted(
        [("stage", change.changed_at, change) for change in stage_changes]
        + [("interview", interview.scheduled_at, interview) for interview in interviews]
        + [("email", email.sent_at or email.received_at, email) for email in emails],
        key=lambda entry: entry[1],
        reverse=True,
    )
    return {
        "application": application,
        "contacts": contacts,
        "interviews": upcoming + others,
        "timeline": timeline,
        "stage_form": stage_form or StageChangeForm(application=application),
        "offer": offer,
        "posting": PostingSnapshot.objects.filter(application=application).first(),
        "offer_totals": totals(offer) if offer else None,
        "offer_revisions": _revisions(offer) if offer else [],
        "contract_laws": contracts.ContractLaw.choices,
    }


def _revisions(offer):
    """The offer's earlier terms, newest first, each with its totals."""
    revisions = offer.revisions.all()[:REVISIONS_SHOWN]
    return [(revision, totals(revision.as_offer())) for revision in revisions]


def application_edit(request, pk):
    application = _own_application(request, pk)
    form = ApplicationForm(request.POST or None, instance=application)
    if request.method == "POST" and form.is_valid():
        services.update_application(application=form.save(commit=False))
        messages.success(request, _("Your changes are saved."))
        return redirect(application)
    return render(
        request,
        "applications/application_form.html",
        {"form": form, "application": application},
        status=_status(form),
    )


@require_http_methods(["GET", "POST"])
def application_delete(request, pk):
    application = _own_application(request, pk)
    if request.method == "POST":
        name = str(application)
        application.delete()
        messages.success(
            request,
            _("Deleted %(name)s and its contacts, interviews and history.") % {"name": name},
        )
        return redirect("applications:list")
    return render(
        request,
        "applications/confirm_delete.html",
        {
            "application": application,
            "object": application,
            "what": "application",
            "consequence": _("Its contacts, interviews and stage history are deleted with it."),
            "cancel_url": application.get_absolute_url(),
        },
    )


@require_POST
def change_stage(request, pk):
    application = _own_application(request, pk)
    form = StageChangeForm(request.POST, application=application)
    if form.is_valid():
        services.change_stage(
            application=application,
            to_stage=form.cleaned_data["stage"],
            note=form.cleaned_data["note"],
        )
        messages.success(
            request, _("Moved to %(stage)s.") % {"stage": _(application.get_stage_display())}
        )
        return redirect(application)
    return render(
        request,
        "applications/application_detail.html",
        _detail_context(application, stage_form=form),
        status=422,
    )


def _child_form_view(
    request, *, application, form_class, instance, save, template, noun, saved_message
):
    form = form_class(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        save(form.save(commit=False))
        messages.success(request, saved_message)
        return redirect(application)
    return render(
        request,
        template,
        {"form": form, "application": application, "object": instance, "noun": noun},
        status=_status(form),
    )


def _contact_form(request, application, contact):
    return _child_form_view(
        request,
        application=application,
        form_class=ContactForm,
        instance=contact,
        save=lambda contact: services.save_contact(contact=contact),
        template="applications/child_form.html",
        noun="contact",
        saved_message=_("Contact saved."),
    )


def _interview_form(request, application, interview):
    return _child_form_view(
        request,
        application=application,
        form_class=InterviewForm,
        instance=interview,
        save=lambda interview: services.save_interview(interview=interview),
        template="applications/child_form.html",
        noun="interview",
        saved_message=_("Interview saved."),
    )


def _child_delete_view(request, *, application, obj, what, delete, done_message):
    """GET asks for confirmation (the fallback without the page's script); POST deletes."""
    if request.method == "POST":
        delete()
        messages.success(request, done_message)
        return redirect(application)
    return render(
        request,
        "applications/confirm_delete.html",
        {
            "application": application,
            "object": obj,
            "what": what,
            "consequence": "",
            "cancel_url": application.get_absolute_url(),
        },
    )


def contact_create(request, pk):
    application = _own_application(request, pk)
    return _contact_form(request, application, services.new_contact(application=application))


def contact_edit(request, pk, contact_pk):
    application = _own_application(request, pk)
    contact = get_object_or_404(Contact, pk=contact_pk, application=application)
    return _contact_form(request, application, contact)


@require_http_methods(["GET", "POST"])
def contact_delete(request, pk, contact_pk):
    application = _own_application(request, pk)
    contact = get_object_or_404(Contact, pk=contact_pk, application=application)
    return _child_delete_view(
        request,
        application=application,
        obj=contact,
        what="contact",
        delete=lambda: services.delete_contact(contact=contact),
        done_message=_("Removed %(name)s.") % {"name": contact.name},
    )


def interview_create(request, pk):
    application = _own_application(request, pk)
    return _interview_form(request, application, services.new_interview(application=application))


def interview_edit(request, pk, interview_pk):
    application = _own_application(request, pk)
    interview = get_object_or_404(Interview, pk=interview_pk, application=application)
    return _interview_form(request, application, interview)


@require_http_methods(["GET", "POST"])
def interview_delete(request, pk, interview_pk):
    application = _own_application(request, pk)
    interview = get_object_or_404(Interview, pk=interview_pk, application=application)
    return _child_delete_view(
        request,
        application=application,
        obj=interview,
        what="interview",
        delete=lambda: services.delete_interview(interview=interview),
        done_message=_("Interview removed."),
    )


def offer_edit(request, pk):
    """Record the offer on an application, or edit the one recorded."""
    application = _own_application(request, pk)
    offer = Offer.objects.filter(application=application).first() or Offer(application=application)
    is_new = offer.pk is None
    form = OfferForm(request.POST or None, instance=offer)
    if request.method == "POST" and form.is_valid():
        services.save_offer(offer=form.save(commit=False))
        if is_new:
            messages.success(request, _("Offer recorded. Congratulations!"))
        else:
            messages.success(request, _("Offer updated."))
        return redirect(application)
    return render(
        request,
        "applications/offer_form.html",
        {"form": form, "application": application, "is_new": is_new},
        status=_status(form),
    )


@require_POST
def offer_decide(request, pk):
    application = _own_application(request, pk)
    offer = get_object_or_404(Offer, application=application)
    form = OfferDecisionForm(request.POST, offer=offer)
    if not form.is_valid():
        errors = form.errors.get("start_date") or form.errors.get("contract_law")
        messages.error(
            request, str((errors or [_("Choose to accept or to decline the offer.")])[0])
        )
        return render(
            request,
            "applications/application_detail.html",
            _detail_context(application),
            status=422,
        )
    decision = form.cleaned_data["decision"]
    services.decide_offer(
        offer=offer,
        decision=decision,
        start_date=form.cleaned_data["start_date"],
        contract_law=form.cleaned_data["contract_law"]
        if form.cleaned_data["contract_signed"]
        else None,
    )
    if decision == Offer.Decision.ACCEPTED and not offer.in_writing:
        messages.success(
            request,
            _(
                "You accepted %(company)s. Ask for the offer in writing before you withdraw "
                "from anything else."
            )
            % {"company": application.company},
        )
    elif decision == Offer.Decision.ACCEPTED:
        messages.success(
            request,
            _(
                "You accepted %(company)s. Now withdraw promptly from the other processes, "
                "before their next interviews."
            )
            % {"company": application.company},
        )
    else:
        messages.success(
            request,
            _("You declined the offer from %(company)s.") % {"company": application.company},
        )
    return redirect(application)


@require_GET
def contract_letter(request, pk):
    """The letter that ends a signed contract, to complete, print and sign by hand: in the
    language of the law it is under (German for Germany, Austria and Switzerland)."""
    application = _own_application(request, pk)
    offer = Offer.objects.filter(application=application).first()
    rule = contracts.rule_for(offer)
    if rule is None:
        messages.info(request, _("Only a signed contract needs a letter to end it."))
        return redirect(application)
    return render(
        request,
        "applications/contract_letter.html",
        {
            "application": application,
            "offer": offer,
            "rule": rule,
            "contact": application.main_contact,
            "today": clock.today_for(request.user),
            "disclaimer": contracts.DISCLAIMER,
        },
    )


@require_GET
def offer_compare(request):
    """Two to four offers side by side: the standing ones by default, or those chosen."""
    return _render_compare(request, request.GET)


def _render_compare(request, query, rate_form=None):
    user = request.user
    standing = list(
        Offer.objects.for_user(user)
        .standing()
        .select_related("application")
        .order_by(F("respond_by").asc(nulls_last=True), "pk")
    )
    if query:
        form = CompareForm(query, user=user)
        offers = form.cleaned_data["offers"] if form.is_valid() else []
    else:
        offers = standing[: comparison.MAX_OFFERS]
        form = CompareForm(user=user, initial={"offers": [offer.pk for offer in offers]})
    result = None
    if len(offers) >= comparison.MIN_OFFERS:
        result = comparison.compare(
            offers,
            rates=comparison.user_rates(user),
            currency=form.cleaned_data.get("currency", "") if form.is_bound else "",
            weights=form.weights if form.is_bound else {},
        )
    if rate_form is None:
        initial: dict[str, object] = {"as_of": timezone.localdate()}
        if result:
            initial["into"] = result.currency
            if result.missing_rates:
                initial["currency"] = result.missing_rates[0]
        rate_form = ExchangeRateForm(initial=initial)
    refused = (form.is_bound and not form.is_valid()) or rate_form.is_bound
    return render(
        request,
        "applications/offer_compare.html",
        {
            "form": form,
            "comparison": result,
            "standing_count": len(standing),
            "rate_form": rate_form,
            "rates": comparison.user_rates(user),
            "here": request.get_full_path() if not rate_form.is_bound else _back(request),
        },
        status=422 if refused else 200,
    )


def _back(request) -> str:
    """The comparison the rate form was sent from (its offers, currency and weights)."""
    back = request.POST.get("next", "")
    if not back.startswith("/") or not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}
    ):
        return reverse("applications:offer_compare")
    return back


@require_POST
def exchange_rate(request):
    """Save a rate the user looked up, then go back to the comparison they came from."""
    form = ExchangeRateForm(request.POST)
    back = _back(request)
    if not form.is_valid():
        return _render_compare(request, QueryDict(urlsplit(back).query), rate_form=form)
    rate = services.save_exchange_rate(owner=request.user, **form.cleaned_data)
    messages.success(request, _("Rate saved: %(rate)s.") % {"rate": rate})
    return redirect(back)


@require_http_methods(["GET", "POST"])
def quiet(request):
    """Processes gone quiet, to close as "no response" in one go (with undo) or withdraw from."""
    now = timezone.now()
    error = ""
    if request.method == "POST":
        ids = ids_from(request.POST.getlist("application"))
        closed = services.close_as_no_response(owner=request.user, application_ids=ids, now=now)
        if closed:
            request.session["no_response_undo"] = closed
            closed_message = ngettext(
                "Closed %(count)s process as no response.",
                "Closed %(count)s processes as no response.",
                len(closed),
            ) % {"count": len(closed)}
            undo_message = _("You can undo this for %(duration)s.") % {
                "duration": clock.duration(clock.UNDO_WINDOW)
            }
            messages.success(request, f"{closed_message} {undo_message}")
            return redirect("applications:quiet")
        error = _("Tick at least one quiet process to close.")
    applications = Application.objects.for_user(request.user).gone_quiet(now=now)[:QUIET_PAGE_SIZE]
    return render(
        request,
        "applications/quiet.html",
        {
            "applications": applications,
            "now": now,
            "page_size": QUIET_PAGE_SIZE,
            "quiet_after": clock.duration(clock.QUIET_AFTER),
            "undo_ids": request.session.get("no_response_undo", []),
            "error": error,
        },
        status=422 if error else 200,
    )


@require_POST
def quiet_undo(request):
    ids = request.session.pop("no_response_undo", [])
    restored = services.undo_no_response(owner=request.user, application_ids=ids)
    if restored:
        messages.success(
            request,
            ngettext("Reopened %(count)s process.", "Reopened %(count)s processes.", len(restored))
            % {"count": len(restored)},
        )
    else:
        messages.error(
            request,
            _("Nothing to undo: more than %(duration)s have passed, or it changed.")
            % {"duration": clock.duration(clock.UNDO_WINDOW)},
        )
    return redirect("applications:quiet")
