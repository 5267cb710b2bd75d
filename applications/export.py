"""Applications out: CSV and Excel (tablib), and the printable job search record (HTML, PDF).

One row per application with its stage path and dates. The column names are the ones the CSV
import recognises, so an export imports back into another account as the same applications
with the same stages.
"""

from dataclasses import dataclass
from datetime import date

import tablib
from django.db.models import Count, DateField, Prefetch
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from applications.models import Application, Contact, StageChange

COLUMNS = [
    "Company",
    "Position",
    "Stage",
    "Date applied",
    "Stage path",
    "Last change",
    "Source",
    "Agency",
    "Location",
    "Work mode",
    "Job posting URL",
    "Pay range",
    "Interest",
    "Interviews",
    "Main contact",
    "Main contact email",
    "Notes",
]
PATH_SEPARATOR = " > "
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection):
# such text is written with a leading apostrophe, which the import takes off again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def unsafe_cell(text: str) -> str:
    """Undo ``safe_cell`` on text read back from a file."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def in_period(queryset, *, start: date | None, end: date | None):
    """Applications applied for (or, without a date applied, added) within the period."""
    queryset = queryset.annotate(
        applied_or_added=Coalesce("date_applied", TruncDate("created_at"), output_field=DateField())
    )
    if start:
        queryset = queryset.filter(applied_or_added__gte=start)
    if end:
        queryset = queryset.filter(applied_or_added__lte=end)
    return queryset


def applications_for_record(*, user, start: date | None = None, end: date | None = None):
    """The user's applications in the period, oldest first, with their history and contacts
    prefetched: three queries however many there are."""
    return (
        in_period(Application.objects.for_user(user), start=start, end=end)
        .annotate(interview_count=Count("interviews"))
        .prefetch_related(
            Prefetch(
                "stage_changes",
                queryset=StageChange.objects.order_by("changed_at", "pk"),
                to_attr="history",
            ),
            Prefetch("contacts", queryset=Contact.objects.order_by("-is_main", "name", "pk")),
        )
        .order_by("applied_or_added", "pk")
    )


@dataclass(frozen=True)
class PathStep:
    stage: str
    label: str
    on: date


def stage_path(application) -> list[PathStep]:
    """The stages the application went through, with the local date of each."""
    return [
        PathStep(
            stage=change.to_stage,
            label=change.get_to_stage_display(),
            on=timezone.localdate(change.changed_at),
        )
        for change in application.history
    ]


def path_text(steps: list[PathStep]) -> str:
    return PATH_SEPARATOR.join(f"{step.label} ({step.on.isoformat()})" for step in steps)


def dataset(*, user, start: date | None = None, end: date | None = None) -> tablib.Dataset:
    """One row per application, for CSV and Excel."""
    data = tablib.Dataset(headers=COLUMNS, title="Applications")
    for application in applications_for_record(user=user, start=start, end=end):
        steps = stage_path(application)
        contact = application.main_contact
        row = [
            application.company,
            application.position,
            application.get_stage_display(),
            application.date_applied.isoformat() if application.date_applied else "",
            path_text(steps),
            steps[-1].on.isoformat() if steps else "",
            application.get_source_display(),
            application.agency_name,
            application.location,
            application.get_work_mode_display() if application.work_mode else "",
            application.posting_url,
            application.pay_range,
            application.interest,
            application.interview_count,
            contact.name if contact else "",
            contact.email if contact else "",
            application.notes,
        ]
        data.append([safe_cell(value) for value in row])
    return data


def csv_bytes(data: tablib.Dataset) -> bytes:
    # With a byte order mark, Excel opens the UTF-8 file with its accents intact.
    return ("\ufeff" + data.export("csv")).encode("utf-8")


def xlsx_bytes(data: tablib.Dataset) -> bytes:
    return data.export("xlsx")


# --- Everything, as data ---------------------------------------------------------------------

# Ids that only link rows together: the nesting of the download says the same.
_LINK_FIELDS = {"id", "owner_id", "application_id"}


def fields_of(instance) -> dict:
    """A row's own fields by name (dates as ISO text once JSON-encoded)."""
    return {
        field.name: getattr(instance, field.attname)
        for field in instance._meta.concrete_fields
        if field.attname not in _LINK_FIELDS
    }


def applications_as_data(*, user) -> list[tuple[Application, dict]]:
    """Each application of the user with its contacts, interviews, offer and stage history,
    as plain data; with the application itself so that higher apps can add their part.
    Five queries however many applications there are."""
    applications = (
        Application.objects.for_user(user)
        .select_related("offer")
        .prefetch_related("contacts", "interviews", "stage_changes")
        .order_by("created_at", "pk")
    )
    result = []
    for application in applications:
        offer = getattr(application, "offer", None)
        data = fields_of(application) | {
            "contacts": [fields_of(contact) for contact in application.contacts.all()],
            "interviews": [fields_of(interview) for interview in application.interviews.all()],
            "offer": fields_of(offer) if offer else None,
            "stage_history": [
                fields_of(change)
                for change in sorted(
                    application.stage_changes.all(), key=lambda change: change.changed_at
                )
            ],
        }
        result.append((application, data))
    return result


def account_as_data(user) -> dict:
    """The account's own settings; no password hash and no calendar secret."""
    return {
        name: getattr(user, name)
        for name in (
            "username",
            "email",
            "full_name",
            "first_name",
            "last_name",
            "time_zone",
            "travel_buffer_minutes",
            "date_joined",
            "last_login",
        )
    }
