"""Everything that changes an application's state. Each function is one transaction."""

from django.db import transaction
from django.utils import timezone

from applications.models import Application, Contact, Interview, Stage, StageChange


def _touch(application: Application) -> None:
    now = timezone.now()
    Application.objects.filter(pk=application.pk).update(last_activity_at=now, updated_at=now)
    application.last_activity_at = now


@transaction.atomic
def create_application(*, application: Application, note: str = "") -> Application:
    """Save a new application and record its first stage in the history."""
    application.last_activity_at = timezone.now()
    application.save()
    StageChange.objects.create(
        application=application,
        from_stage="",
        to_stage=application.stage,
        changed_at=application.last_activity_at,
        note=note,
    )
    return application


@transaction.atomic
def change_stage(*, application: Application, to_stage: str, note: str = "") -> bool:
    """Move an application to ``to_stage`` and record the change; False if it was already there.

    The row is locked so that two tabs moving the same card cannot record a history that
    skips a step.
    """
    if to_stage not in Stage.values:
        raise ValueError(f"Unknown stage {to_stage!r}")
    locked = Application.objects.select_for_update().get(pk=application.pk)
    if locked.stage == to_stage:
        application.stage = locked.stage
        return False
    now = timezone.now()
    StageChange.objects.create(
        application=locked, from_stage=locked.stage, to_stage=to_stage, changed_at=now, note=note
    )
    Application.objects.filter(pk=locked.pk).update(
        stage=to_stage, last_activity_at=now, updated_at=now
    )
    application.stage = to_stage
    application.last_activity_at = now
    return True


@transaction.atomic
def save_contact(*, contact: Contact) -> Contact:
    """Save a contact; making it the main contact takes that mark off the previous one."""
    if contact.is_main:
        contact.application.contacts.filter(is_main=True).exclude(pk=contact.pk).update(
            is_main=False
        )
    contact.save()
    _touch(contact.application)
    return contact


@transaction.atomic
def delete_contact(*, contact: Contact) -> None:
    contact.delete()
    _touch(contact.application)


@transaction.atomic
def save_interview(*, interview: Interview) -> Interview:
    interview.save()
    _touch(interview.application)
    return interview


@transaction.atomic
def delete_interview(*, interview: Interview) -> None:
    interview.delete()
    _touch(interview.application)


@transaction.atomic
def update_application(*, application: Application) -> Application:
    """Save edits to an application's details (its stage changes only through change_stage)."""
    application.last_activity_at = timezone.now()
    editable = [
        field.name
        for field in Application._meta.concrete_fields
        if field.name not in {"id", "owner", "stage", "created_at"}
    ]
    application.save(update_fields=editable)
    return application
