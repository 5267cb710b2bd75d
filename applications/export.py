"""Applications out: CSV and Excel (tablib), and the printable job search record (HTML, PDF).

One row per application with its stage path and dates. The column names are the ones the CSV
import recognises, so an export imports back into another account as the same applications
with the same stages.
"""

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import tablib  # type: ignore[import-untyped]
from django.db.models import Count, DateField, Prefetch
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from applications.models import (
    Application,
    Contact,
    Interview,
    Offer,
    Source,
    Stage,
    StageChange,
    WorkMode,
)

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


def _steps_by_application(applications) -> dict[int, list[PathStep]]:
    """The stage path of each application of a queryset, in one query of plain tuples."""
    labels = dict(Stage.choices)
    zone = timezone.get_current_timezone()
    steps: dict[int, list[PathStep]] = defaultdict(list)
    changes = (
        StageChange.objects.filter(application__in=applications.values("pk"))
        .order_by("application_id", "changed_at", "pk")
        .values_list("application_id", "to_stage", "changed_at")
    )
    for application_id, stage, changed_at in changes.iterator(chunk_size=5_000):
        steps[application_id].append(
            PathStep(stage=stage, label=labels[stage], on=changed_at.astimezone(zone).date())
        )
    return steps


def dataset(*, user, start: date | None = None, end: date | None = None) -> tablib.Dataset:
    """One row per application, for CSV and Excel. Three queries of plain values (no model
    instances): 10,000 applications take about a second."""
    applications = in_period(Application.objects.for_user(user), start=start, end=end)
    steps = _steps_by_application(applications)
    main_contacts = {
        application_id: (name, email)
        for application_id, name, email in Contact.objects.filter(
            application__in=applications.values("pk"), is_main=True
        ).values_list("application_id", "name", "email")
    }
    labels = {
        "stage": dict(Stage.choices),
        "source": dict(Source.choices),
        "work_mode": dict(WorkMode.choices),
    }
    data = tablib.Dataset(headers=COLUMNS, title="Applications")
    rows = (
        applications.annotate(interview_count=Count("interviews"))
        .order_by("applied_or_added", "pk")
        .values(
            "pk",
            "company",
            "position",
            "stage",
            "date_applied",
            "source",
            "agency_name",
            "location",
            "work_mode",
            "posting_url",
            "pay_range",
            "interest",
            "interview_count",
            "notes",
        )
    )
    for row in rows:
        path = steps.get(row["pk"], [])
        contact_name, contact_email = main_contacts.get(row["pk"], ("", ""))
        values = [
            row["company"],
            row["position"],
            labels["stage"].get(row["stage"], row["stage"]),
            row["date_applied"].isoformat() if row["date_applied"] else "",
            path_text(path),
            path[-1].on.isoformat() if path else "",
            labels["source"].get(row["source"], row["source"]),
            row["agency_name"],
            row["location"],
            labels["work_mode"].get(row["work_mode"], ""),
            row["posting_url"],
            row["pay_range"],
            row["interest"],
            row["interview_count"],
            contact_name,
            contact_email,
            row["notes"],
        ]
        data.append([safe_cell(value) for value in values])
    return data


def csv_bytes(data: tablib.Dataset) -> bytes:
    # With a byte order mark, Excel opens the UTF-8 file with its accents intact.
    return ("\ufeff" + data.export("csv")).encode("utf-8")


def xlsx_bytes(data: tablib.Dataset) -> bytes:
    return data.export("xlsx")


# --- Everything, as data ---------------------------------------------------------------------

# Ids that only link rows together: the nesting of the download says the same.
LINK_FIELDS = {"id", "owner_id", "application_id"}


def plain(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row from ``.values()`` without the ids that only link rows together."""
    return {name: value for name, value in row.items() if name not in LINK_FIELDS}


def by_application(queryset) -> dict[int, list[dict]]:
    """Rows of a child model as plain values, grouped by their application's id."""
    grouped: dict[int, list[dict]] = defaultdict(list)
    for row in queryset.values().iterator(chunk_size=5_000):
        grouped[row["application_id"]].append(plain(row))
    return grouped


def applications_as_data(*, user) -> list[tuple[int, dict]]:
    """Each application of the user (by id) with its contacts, interviews, offer and stage
    history, as plain values (no model instances, so 10,000 applications stay quick), for
    higher apps to add their part. Five queries however many applications there are."""
    owned = {"application__owner": user}
    contacts = by_application(Contact.objects.filter(**owned).order_by("-is_main", "name", "pk"))
    interviews = by_application(Interview.objects.filter(**owned).order_by("scheduled_at", "pk"))
    offers = by_application(Offer.objects.filter(**owned))
    history = by_application(StageChange.objects.filter(**owned).order_by("changed_at", "pk"))
    return [
        (
            row["id"],
            plain(row)
            | {
                "contacts": contacts.get(row["id"], []),
                "interviews": interviews.get(row["id"], []),
                "offer": next(iter(offers.get(row["id"], [])), None),
                "stage_history": history.get(row["id"], []),
            },
        )
        for row in Application.objects.for_user(user).order_by("created_at", "pk").values()
    ]


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
