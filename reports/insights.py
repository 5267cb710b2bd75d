"""The user's search at a glance: the funnel, responses by source, time in each stage, and why
they withdrew.

Every figure is computed by PostgreSQL (aggregates, a window), so each takes one query whose
result has a handful of rows however many applications there are; the page is measured at
10,000 applications.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db import connection
from django.db.models import Avg, Case, Count, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce, Greatest, TruncDate
from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from applications.labels import shown
from applications.models import Application, Source, Stage, StageChange
from withdrawals.models import Scenario, Withdrawal

FUNNEL = [
    (Stage.APPLIED, gettext_lazy("Applied")),
    (Stage.SCREENING, gettext_lazy("Screening")),
    (Stage.INTERVIEWING, gettext_lazy("Interviews")),
    (Stage.OFFER, gettext_lazy("Offer")),
    (Stage.ACCEPTED, gettext_lazy("Accepted")),
]
# Any of these after applying means the employer answered (a rejection is an answer too).
RESPONSES = [
    Stage.SCREENING,
    Stage.INTERVIEWING,
    Stage.OFFER,
    Stage.ACCEPTED,
    Stage.REJECTED,
    Stage.OFFER_DECLINED,
]
REFLECTIONS_SHOWN = 20


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the number as words and figures, shown beside the bar and in the table
    fraction: float  # of the largest bar, 0 to 1
    note: str = ""


def bars(rows: list[tuple[str, float, str, str]]) -> list[Bar]:
    """Bars from (label, value, text, note) rows, each sized against the largest."""
    largest = max((value for _label, value, _text, _note in rows), default=0) or 1
    return [
        Bar(label=label, value=value, text=text, fraction=value / largest, note=note)
        for label, value, text, note in rows
    ]


def _percent(part: int, whole: int) -> str:
    """ "50%" (German: "50 %")."""
    if not whole:
        return "—"
    return _("%(number)d%%") % {"number": round(100 * part / whole)}


def _days(duration: timedelta | None) -> float:
    return round(duration.total_seconds() / 86400, 1) if duration else 0.0


def _days_text(days: float) -> str:
    """ "3 days", "22.7 days" (German: "22,7 Tage"): a decimal only when there is one."""
    return ngettext("%(days)s day", "%(days)s days", 1 if days == 1 else 2) % {
        "days": floatformat(days, -1)
    }


def funnel(user) -> list[Bar]:
    """How many applications reached each step (or went further), and the conversion from
    the step before. "Reached" reads the stage history, so a process rejected after its
    interviews still counts at "Interviews", and so does the current stage."""
    furthest = (
        StageChange.objects.filter(application=OuterRef("pk"))
        .annotate(rank=Stage.rank_expression("to_stage"))
        .order_by("-rank")
        .values("rank")[:1]
    )
    applied = Stage.pipeline_rank(Stage.APPLIED)
    # The current stage says as much as the history: a closed process was applied for (an
    # imported "Rejected" row has no other history), a declined offer was an offer.
    implied = Case(
        When(stage=Stage.OFFER_DECLINED, then=Value(Stage.pipeline_rank(Stage.OFFER))),
        When(stage__in=Stage.closed(), then=Value(applied)),
        When(date_applied__isnull=False, then=Value(applied)),
        default=Value(-1),
    )
    counts = dict(
        Application.objects.for_user(user)
        .annotate(
            reached=Greatest(
                Coalesce(Subquery(furthest), Value(-1)), Stage.rank_expression(), implied
            )
        )
        .values("reached")
        .annotate(total=Count("pk"))
        .values_list("reached", "total")
    )
    rows = []
    previous = None
    for stage, label in FUNNEL:
        rank = Stage.pipeline_rank(stage)
        total = sum(
            count for reached, count in counts.items() if reached is not None and reached >= rank
        )
        note = (
            ""
            if previous is None
            else _("%(percent)s of the step before") % {"percent": _percent(total, previous)}
        )
        rows.append((str(label), total, str(total), note))
        previous = total
    return bars(rows)


@dataclass(frozen=True)
class SourceFigures:
    source: str
    label: str
    applications: int
    responded: int
    rate: str
    average_days: float | None


def by_source(user) -> list[SourceFigures]:
    """Per source: applications, how many got an answer, and the average days from the date
    applied to the first answer."""
    first_answer = (
        StageChange.objects.filter(application=OuterRef("pk"), to_stage__in=RESPONSES)
        .order_by("changed_at")
        .values("changed_at")[:1]
    )
    rows = (
        Application.objects.for_user(user)
        .exclude(stage=Stage.INTERESTED)
        .annotate(first_answer=Subquery(first_answer))
        .values("source")
        .annotate(
            total=Count("pk"),
            responded=Count("first_answer"),
            # A date minus a date: PostgreSQL's interval, averaged.
            wait=Avg(TruncDate("first_answer") - F("date_applied")),
        )
        .order_by("-total", "source")
    )
    labels = dict(Source.choices)
    return [
        SourceFigures(
            source=row["source"],
            label=str(shown(labels[row["source"]])) if row["source"] in labels else row["source"],
            applications=row["total"],
            responded=row["responded"],
            rate=_percent(row["responded"], row["total"]),
            average_days=_days(row["wait"]) if row["wait"] is not None else None,
        )
        for row in rows
    ]


_TIME_IN_STAGE = """
    SELECT to_stage, COUNT(*), AVG(next_at - changed_at)
    FROM (
        SELECT change.to_stage, change.changed_at,
               LEAD(change.changed_at) OVER (
                   PARTITION BY change.application_id ORDER BY change.changed_at, change.id
               ) AS next_at
        FROM applications_stagechange AS change
        JOIN applications_application AS application ON application.id = change.application_id
        WHERE application.owner_id = %s
    ) AS steps
    WHERE next_at IS NOT NULL
    GROUP BY to_stage
"""


def time_in_stage(user) -> list[Bar]:
    """The average days spent in each live stage, over the stages the user moved on from."""
    with connection.cursor() as cursor:
        cursor.execute(_TIME_IN_STAGE, [user.pk])
        found = {stage: (count, average) for stage, count, average in cursor.fetchall()}
    rows = []
    for stage in Stage.live():
        count, average = found.get(stage, (0, None))
        days = _days(average)
        text = _days_text(days) if count else _("no data yet")
        note = ngettext("over %(count)d move", "over %(count)d moves", count) % {"count": count}
        rows.append((str(shown(Stage(stage).label)), days, text, note))
    return bars(rows)


# --- Drawing -----------------------------------------------------------------------------------

# Each bar under its label, so the chart is narrow enough to draw at full size on a 320 px
# phone: its 12-unit text is then never under 12 px (a wider chart scaled down shrank it to 9).
CHART_WIDTH = 260
BAR_SPACE = 180  # the rest holds the value after the longest bar ("22.7 days")
ROW_HEIGHT = 40


@dataclass(frozen=True)
class DrawnBar:
    bar: Bar
    label_y: int
    y: int
    text_y: int
    width: float
    text_x: float


def chart(bars: list[Bar]) -> dict:
    """Geometry for the server-drawn SVG bar chart (no script, no inline style: CSP)."""
    drawn = [
        DrawnBar(
            bar=bar,
            label_y=index * ROW_HEIGHT + 12,
            y=index * ROW_HEIGHT + 17,
            text_y=index * ROW_HEIGHT + 29,
            width=round(max(bar.fraction * BAR_SPACE, 1 if bar.value else 0), 1),
            text_x=round(max(bar.fraction * BAR_SPACE, 0) + 6, 1),
        )
        for index, bar in enumerate(bars)
    ]
    return {"bars": drawn, "width": CHART_WIDTH, "height": len(bars) * ROW_HEIGHT}


# --- Withdrawals -------------------------------------------------------------------------------


def withdrawal_insights(user) -> dict:
    """Standing withdrawals by scenario (a chart) and the latest reflections. Two queries."""
    standing = Withdrawal.objects.filter(application__owner=user, undone_at__isnull=True)
    counts = list(
        standing.values("scenario").annotate(total=Count("pk")).order_by("-total", "scenario")
    )
    labels = dict(Scenario.choices)
    drawn = bars(
        [
            (
                str(shown(labels[row["scenario"]]))
                if row["scenario"] in labels
                else _("Not recorded"),
                row["total"],
                str(row["total"]),
                "",
            )
            for row in counts
        ]
    )
    reflections = (
        standing.exclude(Q(liked="") & Q(disliked=""))
        .select_related("application")
        .order_by("-sent_at", "-pk")[:REFLECTIONS_SHOWN]
    )
    return {
        "scenarios": chart(drawn),
        "withdrawal_total": sum(row["total"] for row in counts),
        "reflections": reflections,
    }


def insights(user) -> dict:
    """Everything the insights page shows: five queries."""
    funnel_bars = funnel(user)
    return {
        "funnel": chart(funnel_bars),
        "applied_total": funnel_bars[0].value if funnel_bars else 0,
        "sources": by_source(user),
        "stages": chart(time_in_stage(user)),
        **withdrawal_insights(user),
    }
