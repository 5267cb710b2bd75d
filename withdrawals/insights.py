"""The insights page's part from this app: why the user withdrew, and what they noted."""

from django.db.models import Count, Q

from applications.insights import bars, chart
from withdrawals.models import Scenario, Withdrawal

REFLECTIONS_SHOWN = 20


def withdrawal_insights(user) -> dict:
    """Standing withdrawals by scenario (a chart) and the latest reflections. Two queries."""
    standing = Withdrawal.objects.filter(application__owner=user, undone_at__isnull=True)
    counts = list(
        standing.values("scenario").annotate(total=Count("pk")).order_by("-total", "scenario")
    )
    labels = dict(Scenario.choices) | {"": "Not recorded"}
    drawn = bars(
        [
            (labels.get(row["scenario"], "Not recorded"), row["total"], str(row["total"]), "")
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
