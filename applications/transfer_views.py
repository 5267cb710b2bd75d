"""Your data: export as CSV or Excel, the printable job search record, and import."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET

from applications import export, importer
from applications.models import ImportFile
from applications.record_pdf import record_pdf
from applications.transfer_forms import ExportForm, ImportUploadForm, MappingForm, PeriodForm

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


def import_start(request):
    """Step 1: upload the CSV file."""
    form = ImportUploadForm(*([request.POST, request.FILES] if request.method == "POST" else []))
    if request.method == "POST" and form.is_valid():
        import_file = importer.start_import(
            owner=request.user,
            name=form.cleaned_data["file"].name,
            content=form.cleaned_data["text"],
        )
        return redirect("applications:import_preview", pk=import_file.pk)
    return render(
        request,
        "applications/import_upload.html",
        {"form": form},
        status=422 if request.method == "POST" else 200,
    )


def import_preview(request, pk):
    """Step 2: map the columns and read the preview (GET); import the valid rows (POST)."""
    import_file = get_object_or_404(ImportFile, pk=pk, owner=request.user)
    header, rows = importer.read_table(import_file.content)
    if request.method == "POST":
        data = request.POST
    else:
        # First visit: the guessed mapping, previewed straight away.
        data = request.GET or MappingForm.guessed_data(header)
    form = MappingForm(data, header=header)
    result = None
    if form.is_valid():
        arguments = {"mapping": form.mapping, "date_order": form.cleaned_data["date_order"]}
        if request.method == "POST":
            try:
                result = importer.import_applications(import_file=import_file, **arguments)
            except ImportFile.DoesNotExist:
                messages.info(request, "This file was already imported.")
                return redirect("applications:list")
            messages.success(request, _imported_message(result))
            return redirect("applications:list")
        result = importer.preview(owner=request.user, header=header, rows=rows, **arguments)
    return render(
        request,
        "applications/import_preview.html",
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


def _imported_message(result) -> str:
    imported = len(result.valid)
    message = f"Imported {imported} application{'s' if imported != 1 else ''}."
    if result.duplicates:
        message += f" Skipped {len(result.duplicates)} already in Bowout."
    if result.with_errors:
        message += f" Left out {len(result.with_errors)} row(s) with errors."
    return message
