"""Data in: a CSV file of applications (upload, map, preview, import), a recruiter's
invitation (upload or paste, confirm), a job posting (the bookmarklet, paste, a share from a
phone; check, save) and recruiters' emails (upload, paste or forward; review, apply, edit or
dismiss)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.views.decorators.http import require_GET, require_POST

from applications import services
from applications.forms import InterviewForm, ids_from
from applications.models import (
    Application,
    ForwardingAddress,
    ImportFile,
    Interview,
    MessageKind,
    RecruiterMessage,
    email_language_for,
)
from intake import bookmarklet, capture, importer, invitations, restore
from intake.emails import inbox, reasons
from intake.forms import (
    CapturedApplicationForm,
    CapturePayloadForm,
    EmailApplicationForm,
    EmailForm,
    EmailReviewForm,
    ImportUploadForm,
    InvitationForm,
    InvitationIdForm,
    MappingForm,
    OrganiserForm,
    PasteForm,
    PostingForm,
    RestoreForm,
)


def _confirm_page(
    request, application, *, interview_form, organiser_form, id_form, invitation=None
):
    return render(
        request,
        "intake/invitation_import.html",
        {
            "application": application,
            "interview_form": interview_form,
            "organiser_form": organiser_form,
            "id_form": id_form,
            "invitation": invitation,
            # A revision of an invitation imported before moves that interview.
            "updates": interview_form.instance.pk is not None,
        },
        status=200 if invitation or request.method == "GET" else 422,
    )


def _organiser_form(invitation) -> OrganiserForm:
    """The organiser as the invitation gives them, checked as the contact form would: a
    refused address is shown with the reason, and not ticked to be added."""
    data = {
        "organiser_name": invitation.organiser_name,
        "organiser_email": invitation.organiser_email,
        "add_organiser": "on" if invitation.organiser_email else "",
    }
    form = OrganiserForm(data)
    if not form.is_valid():
        form.data = data | {"add_organiser": ""}
    return form


def invitation_import(request, pk):
    """Step 1: upload or paste the invitation; a readable one is shown for confirmation."""
    application = get_object_or_404(Application, pk=pk, owner=request.user)
    # Bound on any POST, even an empty one, so that it says what is missing.
    form = InvitationForm(*([request.POST, request.FILES] if request.method == "POST" else []))
    if request.method == "POST" and form.is_valid():
        invitation = form.cleaned_data["invitation"]
        earlier = invitations.earlier_import(application=application, uid=invitation.uid)
        if invitation.cancelled:
            if earlier is None:
                form.add_error(
                    None,
                    gettext(
                        "This cancels a meeting that was not imported from its invitation. Mark "
                        "the interview as cancelled on the application's page instead."
                    ),
                )
            else:
                invitations.cancel_from_invitation(interview=earlier, sequence=invitation.sequence)
                messages.success(
                    request, gettext("The interview is cancelled, as the invitation says.")
                )
                return redirect(application)
        elif not invitations.is_news(invitation, earlier):
            messages.info(request, gettext("This invitation was imported before: nothing changed."))
            return redirect(application)
        else:
            return _confirm_page(
                request,
                application,
                interview_form=InterviewForm(
                    instance=_interview_from(application, invitation, earlier)
                ),
                organiser_form=_organiser_form(invitation),
                id_form=InvitationIdForm(
                    initial={
                        "invitation_uid": invitation.uid,
                        "invitation_sequence": invitation.sequence,
                    }
                ),
                invitation=invitation,
            )
    return render(
        request,
        "intake/invitation_upload.html",
        {"application": application, "form": form},
        status=422 if request.method == "POST" else 200,
    )


def _interview_from(application, invitation, earlier):
    """The interview the invitation describes: a new one, or the earlier import moved."""
    if earlier is not None:
        earlier.scheduled_at = invitation.starts_at
        earlier.duration_minutes = invitation.duration_minutes
        earlier.kind = invitation.kind
        earlier.location = invitation.location or earlier.location
        earlier.status = Interview.Status.SCHEDULED
        return earlier
    return services.new_interview(
        application=application,
        scheduled_at=invitation.starts_at,
        duration_minutes=invitation.duration_minutes,
        kind=invitation.kind,
        location=invitation.location,
        with_whom=invitation.organiser_name,
        notes=gettext("From the invitation: %(title)s") % {"title": invitation.title}
        if invitation.title
        else "",
    )


@require_POST
def invitation_confirm(request, pk):
    """Step 2: save the interview as confirmed (and edited) by the user."""
    application = get_object_or_404(Application, pk=pk, owner=request.user)
    id_form = InvitationIdForm(request.POST)
    identity = id_form.identity
    earlier = invitations.earlier_import(application=application, uid=identity["uid"])
    if earlier is not None and identity["sequence"] <= earlier.invitation_sequence:
        messages.info(request, gettext("This invitation was imported before: nothing changed."))
        return redirect(application)
    interview = earlier or services.new_interview(application=application)
    interview_form = InterviewForm(request.POST, instance=interview)
    organiser_form = OrganiserForm(request.POST)
    if interview_form.is_valid():
        # An organiser the contact form refuses is left out; the interview is kept.
        add = organiser_form.is_valid() and organiser_form.cleaned_data["add_organiser"]
        organiser = organiser_form.cleaned_data if add else {}
        contact = invitations.import_invitation(
            interview=interview_form.save(commit=False),
            organiser_name=organiser.get("organiser_name", ""),
            organiser_email=organiser.get("organiser_email", ""),
            **identity,
        )
        message = (
            gettext("Interview moved, as the updated invitation says.")
            if earlier
            else gettext("Interview added from the invitation.")
        )
        if contact is not None:
            message += " " + gettext("%(name)s is now a contact.") % {"name": contact.name}
        if organiser_form.errors:
            refused = organiser_form.data.get("organiser_email", "")[:254]
            reasons = " ".join(str(e) for errors in organiser_form.errors.values() for e in errors)
            message += " " + gettext(
                "The organiser %(email)s was not added as a contact: %(reasons)s"
            ) % {"email": refused, "reasons": reasons}
        messages.success(request, message)
        return redirect(application)
    return _confirm_page(
        request,
        application,
        interview_form=interview_form,
        organiser_form=organiser_form,
        id_form=id_form,
    )


def import_start(request):
    """Step 1: upload the CSV file."""
    form = ImportUploadForm(*([request.POST, request.FILES] if request.method == "POST" else []))
    if request.method == "POST" and form.is_valid():
        import_file = importer.start_import(
            owner=request.user,
            name=form.cleaned_data["file"].name,
            content=form.cleaned_data["text"],
        )
        return redirect("intake:import_preview", pk=import_file.pk)
    return render(
        request,
        "intake/import_upload.html",
        {"form": form},
        status=422 if request.method == "POST" else 200,
    )


def import_preview(request, pk):
    """Step 2: map the columns and read the preview (GET); import the valid rows (POST)."""
    import_file = get_object_or_404(ImportFile, pk=pk, owner=request.user)
    try:
        header, rows = importer.read_table(import_file.content)
    except importer.UnreadableFile as error:
        # Kept before a limit it breaks came in: it can only be uploaded again.
        import_file.delete()
        messages.error(request, str(error))
        return redirect("intake:import")
    if request.method == "POST":
        data = request.POST
    else:
        # First visit: the guessed mapping, previewed straight away.
        data = request.GET or MappingForm.guessed_data(header, rows)
    form = MappingForm(data, header=header)
    result = None
    if form.is_valid():
        arguments = {"mapping": form.mapping, "date_order": form.cleaned_data["date_order"]}
        if request.method == "POST":
            try:
                result = importer.import_applications(import_file=import_file, **arguments)
            except ImportFile.DoesNotExist:
                messages.info(request, gettext("This file was already imported."))
                return redirect("applications:list")
            messages.success(request, _imported_message(result))
            return redirect("applications:list")
        result = importer.preview(owner=request.user, header=header, rows=rows, **arguments)
    return render(
        request,
        "intake/import_preview.html",
        {
            "import_file": import_file,
            "form": form,
            "preview": result,
            "shown_rows": result.rows[: importer.PREVIEW_ROWS] if result else [],
            "shown_errors": result.with_errors[: importer.ERRORS_SHOWN] if result else [],
            "row_count": len(rows),
        },
        status=422 if request.method == "POST" else 200,
    )


def restore_account(request):
    """Your whole account back: the JSON download restored into this empty account."""
    form = RestoreForm(*([request.POST, request.FILES] if request.method == "POST" else []))
    if request.method == "POST" and form.is_valid():
        try:
            count = restore.restore_account(
                user=request.user, document=form.cleaned_data["document"]
            )
        except restore.RestoreRefused as error:
            form.add_error("file", str(error))
        else:
            messages.success(
                request,
                ngettext(
                    "Restored %(count)d application with their history, contacts, interviews, "
                    "offers, drafts and withdrawals.",
                    "Restored %(count)d applications with their history, contacts, interviews, "
                    "offers, drafts and withdrawals.",
                    count,
                )
                % {"count": count},
            )
            return redirect("applications:list")
    return render(
        request,
        "intake/restore.html",
        {"form": form},
        status=422 if request.method == "POST" else 200,
    )


def _imported_message(result) -> str:
    imported = len(result.valid)
    parts = [
        ngettext("Imported %(count)d application.", "Imported %(count)d applications.", imported)
        % {"count": imported}
    ]
    if result.existing:
        parts.append(
            gettext("Skipped %(count)d already in Bowout.") % {"count": len(result.existing)}
        )
    if result.repeated:
        parts.append(
            gettext("Skipped %(count)d repeated in the file.") % {"count": len(result.repeated)}
        )
    if result.with_errors:
        count = len(result.with_errors)
        parts.append(gettext("Left out %(count)d row(s) with errors.") % {"count": count})
    return " ".join(parts)


# A job posting ------------------------------------------------------------------------------


def capture_page(request):
    """Where the bookmarklet lands. GET: the page whose script posts the fragment it carried
    (``static/js/capture.js``). POST: that fragment, read by the parser, shown as a prefilled
    form to check."""
    form = CapturePayloadForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        return _review(
            request, form.cleaned_data["posting"], cut=form.cleaned_data["cut"], how="bookmarklet"
        )
    return render(
        request, "intake/capture.html", {"form": form}, status=422 if form.is_bound else 200
    )


def capture_paste(request):
    """The same, for a posting pasted by hand: its address and its page or text."""
    form = PasteForm(request.POST or None, initial={"url": request.GET.get("url", "")[:500]})
    if request.method == "POST" and form.is_valid():
        return _review(request, form.cleaned_data["posting"], how="paste")
    return render(
        request, "intake/capture_paste.html", {"form": form}, status=422 if form.is_bound else 200
    )


@require_GET
def capture_share(request):
    """The web app's share target: a link shared from a phone's browser or app."""
    posting = capture.shared_posting(
        title=request.GET.get("title", "")[:1000],
        text=request.GET.get("text", "")[:5000],
        url=request.GET.get("url", "")[:2000],
    )
    return _review(request, posting, how="share")


def _review(request, posting, *, how, cut=False, application_form=None, posting_form=None):
    """The prefilled form the user checks, and the application already in Bowout for the
    same posting, if any."""
    application_form = application_form or CapturedApplicationForm(
        initial=capture.application_initial(posting),
        instance=Application(
            owner=request.user,
            language=email_language_for(request.user, posting.language if posting else ""),
        ),
    )
    posting_form = posting_form or PostingForm(
        initial=capture.posting_initial(posting), prefix="posting"
    )
    # A refused form looks up what it could clean (raw input may hold what the database
    # refuses, like NUL).
    values = (
        application_form.cleaned_data if application_form.is_bound else application_form.initial
    )
    existing = (
        Application.objects.for_user(request.user)
        .same_posting(
            url=values.get("posting_url") or "",
            company=values.get("company") or "",
            position=values.get("position") or "",
        )
        .order_by("created_at", "pk")
        .first()
    )
    return render(
        request,
        "intake/capture_review.html",
        {
            "application_form": application_form,
            "posting_form": posting_form,
            "posting": posting,
            "existing": existing,
            "how": how,
            "cut": cut,
        },
        status=422 if application_form.is_bound else 200,
    )


@require_POST
def capture_save(request):
    """Save the checked posting as an application with its snapshot, or, for a posting
    already in Bowout, go to that application."""
    application_form = CapturedApplicationForm(
        request.POST,
        instance=Application(owner=request.user, language=email_language_for(request.user)),
    )
    posting_form = PostingForm(request.POST, prefix="posting")
    if application_form.is_valid() and posting_form.is_valid():
        application, created = services.save_posting(
            application=application_form.save(commit=False),
            snapshot=posting_form.save(commit=False),
        )
        if created:
            messages.success(
                request,
                gettext("Saved %(application)s from its posting.") % {"application": application},
            )
        else:
            messages.info(
                request,
                gettext("%(application)s was already in Bowout: here it is, nothing was added.")
                % {"application": application},
            )
        return redirect(application)
    return _review(
        request,
        None,
        how=request.POST.get("how", ""),
        application_form=application_form,
        posting_form=posting_form,
    )


@require_GET
def bookmarklet_page(request):
    """How to install "Save to Bowout" in each browser, with the bookmarklet to drag."""
    capture_url = request.build_absolute_uri(reverse("intake:capture"))
    return render(
        request, "intake/bookmarklet.html", {"bookmarklet": bookmarklet.code(capture_url)}
    )


# Bowout as an installable web app ---------------------------------------------------------------


@login_not_required  # browsers fetch the manifest and the worker without the session cookie
@require_GET
def web_app_manifest(request):
    """What a phone needs to install Bowout, and its share target: a link shared to Bowout
    opens the log-in-required capture page (``capture_share``) with it."""
    manifest = {
        "name": "Bowout",
        "short_name": "Bowout",
        "description": "Track every hiring process and leave the ones you no longer want, well.",
        "id": "/",
        "start_url": reverse("home"),
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#212529",
        "icons": [
            *(
                {
                    "src": static(f"icons/bowout-{size}.png"),
                    "sizes": f"{size}x{size}",
                    "type": "image/png",
                    "purpose": "any",
                }
                for size in (192, 512)
            ),
            *(
                {
                    "src": static(f"icons/bowout-maskable-{size}.png"),
                    "sizes": f"{size}x{size}",
                    "type": "image/png",
                    "purpose": "maskable",
                }
                for size in (192, 512)
            ),
        ],
        "share_target": {
            "action": reverse("intake:capture_share"),
            "method": "GET",
            "params": {"title": "title", "text": "text", "url": "url"},
        },
    }
    return JsonResponse(manifest, content_type="application/manifest+json")


@login_not_required
@require_GET
def service_worker(request):
    """The minimal service worker that makes Bowout installable. Served from the root so that
    its scope is the whole site; it caches nothing (see the script)."""
    return render(request, "intake/service-worker.js", content_type="text/javascript")


# --- Recruiters' emails --------------------------------------------------------------------

# The emails to review shown on one page: the newest first, with the count of the rest.
INBOX_SHOWN = 25
FILED_SHOWN = 10


def _own_message(request, pk) -> RecruiterMessage:
    return get_object_or_404(RecruiterMessage, pk=pk, owner=request.user)


def email_inbox(request):
    """Emails to review, each with its suggestion, the reason and one click to apply, edit or
    dismiss; the forwarding address; the emails filed as not about a process."""
    user = request.user
    pending = RecruiterMessage.objects.for_user(user).to_review().select_related("application")
    shown = list(pending[:INBOX_SHOWN])
    total = len(shown) if len(shown) < INBOX_SHOWN else pending.count()
    candidate_ids = {pk for message in shown for pk in message.candidate_ids}
    candidates = Application.objects.for_user(user).in_bulk(candidate_ids)
    interview_ids = {
        int((message.suggestion.get("interview") or {}).get("interview_id") or 0)
        for message in shown
    }
    interviews = Interview.objects.filter(
        application__owner=user, pk__in=interview_ids - {0}
    ).in_bulk()
    items = [
        {
            "message": message,
            "changes": inbox.describe(message.suggestion, interviews=interviews),
            "candidates": [candidates[pk] for pk in message.candidate_ids if pk in candidates],
            "create_form": None
            if message.application or message.candidate_ids
            else EmailApplicationForm(initial=inbox.new_application_guess(message)),
        }
        for message in shown
    ]
    filed = RecruiterMessage.objects.for_user(user).filter(kind=MessageKind.NOT_PROCESS)[
        :FILED_SHOWN
    ]
    return render(
        request,
        "intake/email_inbox.html",
        {
            "items": items,
            "total": total,
            "filed": filed,
            "address": ForwardingAddress.objects.filter(owner=user).first(),
        },
    )


def email_count(request):
    """The number of emails to review, for the navigation and Today (loaded by htmx, so no
    page pays a query for it)."""
    count = RecruiterMessage.objects.for_user(request.user).to_review().count()
    where = "today" if request.GET.get("on") == "today" else "count"
    return render(request, f"intake/email_inbox.html#{where}", {"count": count})


def _add_email(request, application=None):
    form = EmailForm(*([request.POST, request.FILES] if request.method == "POST" else []))
    if request.method == "POST" and form.is_valid():
        message = inbox.receive(
            owner=request.user,
            parsed=form.cleaned_data["parsed"],
            source=form.cleaned_data["source"],
            application=application,
        )
        if message.kind == MessageKind.NOT_PROCESS:
            messages.info(
                request,
                gettext("This is not about one of your processes (%(reason)s) Nothing to change.")
                % {"reason": reasons.shown(message.reason)},
            )
            return redirect("intake:emails")
        return redirect("intake:email_detail", message.pk)
    return render(
        request,
        "intake/email_add.html",
        {"form": form, "application": application},
        status=422 if request.method == "POST" else 200,
    )


def email_add(request):
    """The "Add from an email" page: upload or paste, then review the suggestion."""
    return _add_email(request)


def email_add_for(request, pk):
    """The same on an application's page: the email is about this application."""
    return _add_email(request, get_object_or_404(Application, pk=pk, owner=request.user))


def _review_form(request, message, data=None):
    applications = inbox.applications_to_choose(owner=request.user, message=message)
    action = (message.suggestion.get("interview") or {}).get("action", "")
    if data is None:
        return EmailReviewForm(
            applications=applications,
            interview_action=action,
            initial=EmailReviewForm.initial_from(
                message.suggestion, application_id=message.application_id
            ),
        )
    return EmailReviewForm(data, applications=applications, interview_action=action)


def email_detail(request, pk):
    """One email: what it says, the reason, and its suggestion to edit and apply (POST)."""
    message = _own_message(request, pk)
    form = _review_form(request, message, request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        status = 422
        if message.status != RecruiterMessage.Status.PENDING:
            messages.info(request, gettext("This email was already dealt with."))
            return redirect("intake:emails")
        if form.is_valid():
            application = get_object_or_404(
                Application, pk=form.cleaned_data["application"], owner=request.user
            )
            try:
                inbox.apply_message(
                    message=message,
                    application=application,
                    suggestion=form.suggestion(message.suggestion),
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request, gettext("Applied to %(application)s.") % {"application": application}
                )
                return redirect("intake:emails")
    return render(
        request,
        "intake/email_detail.html",
        {
            "message": message,
            "form": form,
            "changes": inbox.describe(message.suggestion),
            "create_form": EmailApplicationForm(initial=inbox.new_application_guess(message)),
        },
        status=status,
    )


@require_POST
def email_apply(request, pk):
    """One click: apply the suggestion as it stands (to the application picked, when the
    email could be about several)."""
    message = _own_message(request, pk)
    if message.status != RecruiterMessage.Status.PENDING:
        messages.info(request, gettext("This email was already dealt with."))
        return redirect("intake:emails")
    picked = ids_from(request.POST.getlist("application"))
    application_id = picked[0] if picked else message.application_id
    if application_id is None:
        messages.error(request, gettext("Choose the application this email is about."))
        return redirect("intake:email_detail", message.pk)
    application = get_object_or_404(Application, pk=application_id, owner=request.user)
    suggestion = message.suggestion
    if application.pk != message.application_id:
        suggestion = inbox.suggest(
            message=message, application=application, zone=timezone.get_current_timezone()
        )
    try:
        inbox.apply_message(message=message, application=application, suggestion=suggestion)
    except ValidationError as error:
        messages.error(
            request, gettext("%(problem)s Check it here.") % {"problem": " ".join(error.messages)}
        )
        return redirect("intake:email_detail", message.pk)
    messages.success(request, gettext("Applied to %(application)s.") % {"application": application})
    return redirect("intake:emails")


@require_POST
def email_dismiss(request, pk):
    message = _own_message(request, pk)
    try:
        inbox.dismiss_message(message=message)
    except ValidationError:
        messages.info(request, gettext("This email was already dealt with."))
    else:
        messages.success(request, gettext("Dismissed: nothing was changed."))
    return redirect("intake:emails")


@require_POST
def email_create_application(request, pk):
    """A new application for an email that matches none, with its suggestion applied."""
    message = _own_message(request, pk)
    form = EmailApplicationForm(request.POST)
    if message.status != RecruiterMessage.Status.PENDING:
        messages.info(request, gettext("This email was already dealt with."))
        return redirect("intake:emails")
    if not form.is_valid():
        messages.error(
            request, gettext("Enter the company and the position to create the application.")
        )
        return redirect("intake:email_detail", message.pk)
    try:
        application = inbox.create_application_for(
            message=message,
            company=form.cleaned_data["company"],
            position=form.cleaned_data["position"],
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("intake:email_detail", message.pk)
    messages.success(
        request, gettext("Created %(application)s from the email.") % {"application": application}
    )
    return redirect(application)


@require_POST
def forwarding_address_new(request):
    """Make the forwarding address, or a new one: the old one stops working at once."""
    had = ForwardingAddress.objects.filter(owner=request.user).exists()
    address = inbox.new_forwarding_address(owner=request.user)
    messages.success(
        request,
        (
            gettext("Your new forwarding address is %(address)s. The old one no longer works.")
            if had
            else gettext("Your forwarding address is %(address)s.")
        )
        % {"address": address.address},
    )
    return redirect("intake:emails")
