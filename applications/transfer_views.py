"""Your data: export as CSV or Excel, the printable job search record, and import."""

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from applications import export
from applications.record_pdf import record_pdf
from applications.transfer_forms import ExportForm, PeriodForm

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _download(body: bytes, *, content_type: str, extension: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    filename = f"bowout-applications-{timezone.localdate().isoformat()}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _data_page(request, form, status=200):
    return render(request, "applications/data.html", {"form": form}, status=status)


@require_GET
def data_page(request):
    return _data_page(request, PeriodForm())


@require_GET
def export_applications(request):
    form = ExportForm(request.GET)
    if not form.is_valid():
        return _data_page(request, form, status=422)
    data = export.dataset(user=request.user, **form.period)
    file_format = form.cleaned_data["format"]
    body = export.csv_bytes(data) if file_format == "csv" else export.xlsx_bytes(data)
    return _download(body, content_type=CONTENT_TYPES[file_format], extension=file_format)


def _record_view(render_record):
    """A view of the record for the period in the query string, or the form with its errors."""

    @require_GET
    def view(request):
        form = PeriodForm(request.GET)
        if not form.is_valid():
            return _data_page(request, form, status=422)
        applications = export.applications_for_record(user=request.user, **form.period)
        return render_record(request, applications, form.period)

    return view


def _record_page(request, applications, period):
    """The job search record, laid out to print (or to save as PDF from the browser)."""
    rows = [(application, export.stage_path(application)) for application in applications]
    context = {"applications": rows, "today": timezone.localdate(), **period}
    return render(request, "applications/record.html", context)


def _record_pdf(request, applications, period):
    body = record_pdf(user=request.user, applications=applications, **period)
    return _download(body, content_type="application/pdf", extension="pdf")


record = _record_view(_record_page)
record_as_pdf = _record_view(_record_pdf)
