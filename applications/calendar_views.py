"""The calendar feed, one interview as .ics, and importing a recruiter's invitation."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_POST

from applications import calendar, services
from applications.calendar_forms import InvitationForm, OrganiserForm
from applications.forms import InterviewForm
from applications.models import Application, Interview


def _base_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


def _ics_response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # The feed is a secret URL with private data: no shared cache may keep it.
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


@login_not_required
@require_GET
def feed(request, token):
    """The private feed a calendar app subscribes to: the token is the only credential."""
    user = get_object_or_404(get_user_model(), calendar_token=token, is_active=True)
    return _ics_response(calendar.feed(user=user, base_url=_base_url(request)), "bowout.ics")


def interview_ics(request, pk, interview_pk):
    interview = get_object_or_404(
        Interview.objects.select_related("application__owner"),
        pk=interview_pk,
        application__pk=pk,
        application__owner=request.user,
    )
    when = interview.scheduled_at.date().isoformat()
    name = slugify(f"interview {interview.application.company} {when}")[:80] or "interview"
    return _ics_response(
        calendar.interview_file(interview=interview, base_url=_base_url(request)),
        f"{name}.ics",
    )


def _confirm_page(request, application, *, interview_form, organiser_form, invitation=None):
    return render(
        request,
        "applications/invitation_import.html",
        {
            "application": application,
            "interview_form": interview_form,
            "organiser_form": organiser_form,
            "invitation": invitation,
        },
        status=200 if invitation or request.method == "GET" else 422,
    )


def invitation_import(request, pk):
    """Step 1: upload or paste the invitation; a readable one is shown for confirmation."""
    application = get_object_or_404(Application, pk=pk, owner=request.user)
    # Bound on any POST, even an empty one, so that it says what is missing.
    form = InvitationForm(*([request.POST, request.FILES] if request.method == "POST" else []))
    if request.method == "POST" and form.is_valid():
        invitation = form.cleaned_data["invitation"]
        interview = services.new_interview(
            application=application,
            scheduled_at=invitation.starts_at,
            duration_minutes=invitation.duration_minutes,
            kind=invitation.kind,
            location=invitation.location,
            with_whom=invitation.organiser_name,
            notes=f"From the invitation: {invitation.title}" if invitation.title else "",
        )
        return _confirm_page(
            request,
            application,
            interview_form=InterviewForm(instance=interview),
            organiser_form=OrganiserForm(
                initial={
                    "organiser_name": invitation.organiser_name,
                    "organiser_email": invitation.organiser_email,
                    "add_organiser": bool(invitation.organiser_email),
                }
            ),
            invitation=invitation,
        )
    return render(
        request,
        "applications/invitation_upload.html",
        {"application": application, "form": form},
        status=422 if request.method == "POST" else 200,
    )


@require_POST
def invitation_confirm(request, pk):
    """Step 2: save the interview as confirmed (and edited) by the user."""
    application = get_object_or_404(Application, pk=pk, owner=request.user)
    interview = services.new_interview(application=application)
    interview_form = InterviewForm(request.POST, instance=interview)
    organiser_form = OrganiserForm(request.POST)
    if interview_form.is_valid() and organiser_form.is_valid():
        organiser = organiser_form.cleaned_data
        contact = calendar.import_invitation(
            interview=interview_form.save(commit=False),
            organiser_name=organiser["organiser_name"] if organiser["add_organiser"] else "",
            organiser_email=organiser["organiser_email"] if organiser["add_organiser"] else "",
        )
        message = "Interview added from the invitation."
        if contact is not None:
            message += f" {contact.name} is now a contact."
        messages.success(request, message)
        return redirect(application)
    return _confirm_page(
        request, application, interview_form=interview_form, organiser_form=organiser_form
    )
