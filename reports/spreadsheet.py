"""Applications out as a spreadsheet: CSV and Excel (tablib).

One row per application with its stage path and dates. The column names are the ones the CSV
import recognises, so an export imports back into another account as the same applications
with the same stages.
"""

from collections import defaultdict
from datetime import date

import tablib  # type: ignore[import-untyped]
from django.db.models import Count, DateField
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from applications.interchange import PathStep, path_text, safe_cell
from applications.models import (
    Application,
    Contact,
    PostingSnapshot,
    Source,
    Stage,
    StageChange,
    WorkMode,
)
from applications.portals import Portal

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
    # The job posting kept with the application, when it was saved from one.
    "Posting closes",
    "Posting date",
    "Employment type",
    "Posted pay",
    "Posting locations",
    "Remote",
    "Portal",
]


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
        "portal": dict(Portal.choices),
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
            *POSTING_VALUES,
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
            *_posting_cells(row, portals=labels["portal"]),
        ]
        data.append([safe_cell(value) for value in values])
    return data


POSTING_VALUES = [
    f"posting__{name}"
    for name in (
        "id",
        "closing_date",
        "date_posted",
        "employment_type",
        "salary_min",
        "salary_max",
        "salary_currency",
        "salary_unit",
        "locations",
        "remote",
        "portal",
    )
]


def _posting_cells(row: dict, *, portals: dict[str, str]) -> list:
    """The posting's columns of a row; empty for an application typed in."""
    if row["posting__id"] is None:
        return [""] * 7
    posted = PostingSnapshot(
        **{
            name: row[f"posting__{name}"]
            for name in ("salary_min", "salary_max", "salary_currency", "salary_unit")
        }
    )
    closes, posted_on = row["posting__closing_date"], row["posting__date_posted"]
    return [
        closes.isoformat() if closes else "",
        posted_on.isoformat() if posted_on else "",
        row["posting__employment_type"],
        posted.pay_range,
        "; ".join(row["posting__locations"] or []),
        "Yes" if row["posting__remote"] else "No",
        portals.get(row["posting__portal"], ""),
    ]


def csv_bytes(data: tablib.Dataset) -> bytes:
    # With a byte order mark, Excel opens the UTF-8 file with its accents intact.
    return ("\ufeff" + data.export("csv")).encode("utf-8")


def xlsx_bytes(data: tablib.Dataset) -> bytes:
    return data.export("xlsx")
