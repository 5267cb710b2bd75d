"""The events webhooks announce, written where the change is made, in its transaction.

Every service that changes a stage, an interview, an offer or records a withdrawal calls
``record`` (or ``record_many`` for a bulk write), so the pages, the board, the API, an imported
invitation, a bulk "no response" and the interviews a withdrawal cancels all announce the same
way. A CSV import or a restored download writes the past (history already dated), not a change,
and announces nothing. Nothing here sends anything: the worker delivers (``api.webhooks``).
"""

from collections.abc import Sequence

from django.utils import timezone

from applications.models import Application, EventKind, Interview, Offer, WebhookEvent


def application_data(application: Application) -> dict:
    return {
        "id": application.pk,
        "company": application.company,
        "position": application.position,
        "stage": application.stage,
    }


def interview_data(interview: Interview) -> dict:
    return {
        "id": interview.pk,
        "scheduled_at": interview.scheduled_at.isoformat() if interview.scheduled_at else None,
        "duration_minutes": interview.duration_minutes,
        "kind": interview.kind,
        "round_number": interview.round_number,
        "status": interview.status,
    }


def offer_data(offer: Offer) -> dict:
    return {
        "in_writing": offer.in_writing,
        "decision": offer.decision,
        "decided_on": offer.decided_on.isoformat() if offer.decided_on else None,
        "respond_by": offer.respond_by.isoformat() if offer.respond_by else None,
        "start_date": offer.start_date.isoformat() if offer.start_date else None,
    }


def _event(*, kind: str, application: Application, data: dict) -> WebhookEvent:
    return WebhookEvent(
        owner_id=application.owner_id,
        kind=kind,
        data={"application": application_data(application), **data},
        created_at=timezone.now(),
    )


def record(*, kind: str, application: Application, **data) -> None:
    """Note one change to ``application`` for the owner's webhooks."""
    _event(kind=kind, application=application, data=data).save()


def record_many(events: Sequence[tuple[str, Application, dict]]) -> None:
    """Note many changes in one statement: (kind, application, data) each."""
    WebhookEvent.objects.bulk_create(
        [
            _event(kind=kind, application=application, data=data)
            for kind, application, data in events
        ]
    )


def record_interviews(kind: str, interview_ids) -> None:
    """Note a bulk write of interviews (cancelled on withdrawing, booked again on undo)."""
    interviews = Interview.objects.filter(pk__in=interview_ids).select_related("application")
    record_many(
        [
            (kind, interview.application, {"interview": interview_data(interview)})
            for interview in interviews
        ]
    )


__all__ = ["EventKind", "application_data", "record", "record_interviews", "record_many"]
