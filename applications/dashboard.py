"""What the dashboard shows: where everything stands and what comes next, for one user."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Count, QuerySet, Window
from django.utils import timezone

from applications.models import Application, Interview, Offer, Stage, StageChange

UPCOMING_DAYS = 14
# Every list is bounded, so the page costs the same whatever the user owns; counts say the rest.
LIVE_SHOWN = 10
UPCOMING_SHOWN = 10
OFFERS_SHOWN = 10
RECENT_CHANGES_SHOWN = 10


@dataclass(frozen=True)
class Dashboard:
    total: int
    live_total: int
    # (stage value, label, number of applications) in pipeline order.
    stage_counts: list[tuple[str, str, int]]
    live_applications: QuerySet[Application]
    upcoming_interviews: list[Interview]
    upcoming_total: int
    upcoming_days: int
    recent_changes: QuerySet[StageChange]
    offers: list[Offer]
    offers_total: int


def dashboard_for(user, *, now: datetime | None = None) -> Dashboard:
    """The dashboard's figures and lists: a fixed number of queries, each list bounded."""
    now = now or timezone.now()
    applications = Application.objects.for_user(user)
    counts = dict(applications.values_list("stage").annotate(total=Count("id")).order_by())
    upcoming = Interview.objects.upcoming(now=now).filter(
        application__owner=user,
        application__stage__in=Stage.live(),
        scheduled_at__lt=now + timedelta(days=UPCOMING_DAYS),
    )
    # Each bounded list carries the size of the whole (COUNT(*) OVER ()): one query, not two.
    upcoming_shown = list(
        upcoming.select_related("application").annotate(total=Window(Count("pk")))[:UPCOMING_SHOWN]
    )
    offers_shown = list(
        Offer.objects.for_user(user)
        .standing()
        .select_related("application")
        .annotate(total=Window(Count("pk")))
        .order_by("-received_on", "-pk")[:OFFERS_SHOWN]
    )
    return Dashboard(
        total=sum(counts.values()),
        live_total=sum(counts.get(stage, 0) for stage in Stage.live()),
        stage_counts=[(value, label, counts.get(value, 0)) for value, label in Stage.choices],
        live_applications=applications.live()
        .with_next_interview(now=now)
        .most_urgent_first()[:LIVE_SHOWN],
        upcoming_interviews=upcoming_shown,
        upcoming_total=upcoming_shown[0].total if upcoming_shown else 0,
        upcoming_days=UPCOMING_DAYS,
        recent_changes=StageChange.objects.filter(application__owner=user)
        .select_related("application")
        .order_by("-changed_at", "-pk")[:RECENT_CHANGES_SHOWN],
        offers=offers_shown,
        offers_total=offers_shown[0].total if offers_shown else 0,
    )
