"""Data out: the "Your data" page (a spreadsheet, the job search record and its PDF, the JSON
download), insights, the calendar feed with one interview as .ics, and the coach's share
links."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.lockout import client_ip_address
from applications import clock
from applications.models import Interview, RecordPdf, ShareLink
from applications.services import create_share_link, open_share_link, revoke_share_link
from reports import calendar, sharing, spreadsheet
from reports import record as record_module
from reports.forms import ExportForm, PeriodForm, ShareLinkForm
from reports.insights import insights
from reports.json_download import document_bytes
from reports.record import applications_for_record, record_pdf, record_rows

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _download(body: bytes, *, user, content_type: str, extension: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    # Named by the user's day, not the server's (UTC).
    filename = f"bowout-applications-{clock.today_for(user).isoformat()}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _data_page(request, form, status=200):
    return render(request, "reports/data.html", {"form": form}, status=status)


@require_GET
def data_page(request):
    return _data_page(request, PeriodForm())


@require_GET
def export_applications(request):
    form = ExportForm(request.GET)
    if not form.is_valid():
        return _data_page(request, form, status=422)
    data = spreadsheet.dataset(user=request.user, **form.period)
    file_format = form.cleaned_data["format"]
    body = spreadsheet.csv_bytes(data) if file_format == "csv" else spreadsheet.xlsx_bytes(data)
    return _download(
        body, user=request.user, content_type=CONTENT_TYPES[file_format], extension=file_format
    )


def _record_view(render_record):
    """A view of the record for the period in the query string, or the form with its errors."""

    @require_GET
    def view(request):
        form = PeriodForm(request.GET)
        if not form.is_valid():
            return _data_page(request, form, status=422)
        applications = applications_for_record(user=request.user, **form.period)
        return render_record(request, applications, form.period)

    return view


def _record_page(request, applications, period):
    """The job search record, laid out to print (or to save as PDF from the browser)."""
    context = {
        "applications": record_rows(applications, figures=True),
        "today": clock.today_for(request.user),
        "contact_details": True,
        **period,
    }
    return render(request, "reports/record.html", context)


def _record_pdf(request, applications, period):
    """The PDF at once for a record of up to DRAWN_AT_ONCE applications; for a larger one, a
    page that offers to build it in the background."""
    # One row past the limit tells a large record, in the queries the PDF makes anyway.
    first = list(applications[: record_module.DRAWN_AT_ONCE + 1])
    if len(first) > record_module.DRAWN_AT_ONCE:
        return render(
            request,
            "reports/record_pdf_build.html",
            {"limit": record_module.DRAWN_AT_ONCE, "period": period},
        )
    body = record_pdf(user=request.user, applications=first, **period)
    return _download(body, user=request.user, content_type="application/pdf", extension="pdf")


record = _record_view(_record_page)
record_as_pdf = _record_view(_record_pdf)


@require_POST
def record_pdf_build(request):
    """Ask the background worker for the record's PDF, then follow it on its own page."""
    form = PeriodForm(request.POST)
    if not form.is_valid():
        return _data_page(request, form, status=422)
    pdf = record_module.request_pdf(user=request.user, **form.period)
    return redirect("reports:record_pdf_status", pk=pdf.pk)


def _kept_pdf(request, pk) -> RecordPdf:
    # The owner's own, and less than a day old: anyone else's, or an older one, is a 404.
    return get_object_or_404(RecordPdf.objects.kept(now=timezone.now()), pk=pk, owner=request.user)


@require_GET
def record_pdf_status(request, pk):
    """ "Your PDF is ready" with its link, or "being built": htmx asks again every 5 seconds
    for the status alone; without it, the page's "Look again" link."""
    template = "reports/record_pdf_status.html" + ("#status" if request.htmx else "")
    return render(request, template, {"pdf": _kept_pdf(request, pk)})


@require_GET
def record_pdf_download(request, pk):
    pdf = _kept_pdf(request, pk)
    if pdf.content is None or not pdf.is_ready:
        return redirect("reports:record_pdf_status", pk=pdf.pk)
    return _download(
        bytes(pdf.content), user=request.user, content_type="application/pdf", extension="pdf"
    )


@require_GET
def json_download(request):
    """Everything the user owns, as one JSON file."""
    response = HttpResponse(document_bytes(user=request.user), content_type="application/json")
    filename = f"bowout-{request.user.username}-{clock.today_for(request.user).isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def insights_page(request):
    return render(request, "reports/insights.html", insights(request.user))


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


# --- The coach's share links ----------------------------------------------------------------

# The link just made, shown once on the next page: only its hash is kept.
JUST_MADE = "reports.share_link_just_made"


@require_http_methods(["GET", "POST"])
def share_links(request):
    """The user's share links, and the form to make one."""
    status = 200
    if request.method == "POST":
        form = ShareLinkForm(request.POST, instance=ShareLink(owner=request.user))
        if form.is_valid():
            link = form.save(commit=False)
            token = create_share_link(link=link, days=form.cleaned_data["days"])
            request.session[JUST_MADE] = {
                "pk": link.pk,
                "url": request.build_absolute_uri(reverse("reports:shared", args=[token])),
            }
            messages.success(
                request,
                _("Link for %(name)s made. Copy it now: it is shown once.") % {"name": link.name},
            )
            return redirect("reports:share_links")
        status = 422
    else:
        form = ShareLinkForm()
    context = {
        "form": form,
        "links": ShareLink.objects.for_user(request.user),
        "just_made": request.session.pop(JUST_MADE, None) if request.method == "GET" else None,
        "now": timezone.now(),
    }
    return render(request, "reports/share_links.html", context, status=status)


@require_http_methods(["GET", "POST"])
def share_revoke(request, pk):
    """Ask, then stop the link working at once."""
    link = get_object_or_404(ShareLink, pk=pk, owner=request.user)
    if request.method == "POST":
        revoke_share_link(link=link)
        messages.success(request, _("The link for %(name)s no longer works.") % {"name": link.name})
        return redirect("reports:share_links")
    return render(request, "reports/share_revoke.html", {"link": link})


def _shared_response(view):
    """Every answer about a share link, the page, a 404 or a 429: never indexed, never stored,
    and the link never leaks through a Referer; counted against the client's address first."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        address = client_ip_address(request) or "0.0.0.0"  # noqa: S104 (an address, not a bind)
        retry_after = sharing.count_request(address=address, now=timezone.now())
        if retry_after is not None:
            response = HttpResponse(
                "Too many requests. Wait a minute and try again.",
                status=429,
                content_type="text/plain; charset=utf-8",
            )
            response["Retry-After"] = str(retry_after)
        else:
            response = view(request, *args, **kwargs)
        patch_cache_control(response, private=True, no_store=True)
        response["X-Robots-Tag"] = "noindex"
        response["Referrer-Policy"] = "no-referrer"
        return response

    return wrapped


@login_not_required
@_shared_response
@require_GET
def shared(request, token):
    """What a coach sees: no account, the token is the only credential. Any link that does
    not work answers the same 404, whether it never existed, expired or was revoked."""
    now = timezone.now()
    link = open_share_link(token=token, now=now)
    if link is None:
        return HttpResponse(render_to_string("reports/share_missing.html"), status=404)
    # Times read as the user lives them, wherever the coach is; words in the user's language
    # unless the visitor chose one.
    language = sharing.language_for(request, link)
    with timezone.override(clock.zone_of(link.owner)), translation.override(language):
        response = render(request, "reports/shared.html", sharing.coach_view(link, now=now))
    # The middleware would otherwise say the request's language, not the page's.
    response["Content-Language"] = language
    return response
