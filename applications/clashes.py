"""The rule for two upcoming interviews that clash: they overlap, or leave too little time."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Q
from django.utils import timezone

from applications.models import Application, Interview

# How far ahead clashes are looked for, and at most how many interviews are compared.
CLASH_HORIZON = timedelta(days=90)
CLASH_MAX_INTERVIEWS = 300
LONGEST_INTERVIEW = timedelta(hours=12)  # the form's limit on an interview's length


@dataclass(frozen=True)
class Clash:
    """Two upcoming interviews at different companies that overlap or leave too little time."""

    first: Interview
    second: Interview
    gap: timedelta

    @property
    def overlaps(self) -> bool:
        return self.gap < timedelta(0)

    @property
    def gap_minutes(self) -> int:
        return int(self.gap.total_seconds() // 60)

    def involves(self, application: Application) -> bool:
        return application.pk in (self.first.application_id, self.second.application_id)


def clashes(*, user, now: datetime | None = None, application=None) -> list[Clash]:
    """Pairs of upcoming interviews on live applications, at different companies' processes,
    that overlap or are closer than the user's travel buffer (end of one to start of the
    next). Two queries (the processes with an interview ahead, then their interviews), bounded
    to the next 90 days and 300 interviews.

    With ``application``, only the interviews near that application's own are compared (three
    queries): its page then costs the same whatever else the user has booked. The result may
    include other pairs found among them; callers keep those that involve the application.
    """
    now = now or timezone.now()
    buffer = timedelta(minutes=user.travel_buffer_minutes)
    # Only a process whose soonest upcoming interview is within the horizon has one there:
    # ``next_interview_at`` is never later than it (written with every interview write; one
    # that began leaves it earlier still). Reading those processes first lets PostgreSQL look
    # up each one's interviews through its index, where a join read every user's upcoming
    # interviews of the next 90 days (20 ms at 10,000 applications among a million rows).
    horizon = now + CLASH_HORIZON
    processes = Application.objects.for_user(user).live().filter(next_interview_at__lt=horizon)
    candidates = Interview.objects.filter(
        application__in=list(processes.values_list("pk", flat=True)), scheduled_at__lt=horizon
    ).upcoming(now=now)
    if application is not None:
        near = Q(pk__in=[])
        for own in candidates.filter(application=application):
            # Another interview clashes only if it starts before this one ends (plus the
            # buffer) and ends after it starts (less the buffer); none lasts over 12 hours.
            near |= Q(
                scheduled_at__gt=own.scheduled_at - LONGEST_INTERVIEW - buffer,
                scheduled_at__lt=own.ends_at + buffer,
            )
        candidates = candidates.filter(near)
    interviews = list(candidates.select_related("application")[:CLASH_MAX_INTERVIEWS])
    found = []
    for index, first in enumerate(interviews):
        for second in interviews[index + 1 :]:
            gap = second.scheduled_at - first.ends_at
            if gap >= buffer:
                break  # sorted by start: every later interview starts later still
            if second.application_id != first.application_id:
                found.append(Clash(first=first, second=second, gap=gap))
    return found
