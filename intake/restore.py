"""A whole account back: the JSON download ("Everything, in one file") restored into an empty
account, on this Bowout or another, with every row and the links between them.

The download's shape is ``withdrawals.interchange.APPLICATION_PARTS``; reports writes it, this
reads it, and neither imports the other.
"""

import json
from typing import Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import DataError, IntegrityError, connection, models, transaction
from django.utils import timezone
from django.utils.translation import gettext
from psycopg.types.json import Jsonb

from applications import clock
from applications.models import Application
from applications.text import without_nul
from intake.importer import copy_insert
from withdrawals.interchange import (
    ACCOUNT_FORMAT,
    ACCOUNT_FORMAT_VERSION,
    ACCOUNT_PARTS,
    ACCOUNT_SETTINGS,
    APPLICATION_PARTS,
    ID_LINKS,
    ID_LISTS,
)

MAX_BYTES = 50_000_000
# Columns a restore never takes from the file: the new rows' own ids and owners, and a value
# Bowout works out again (the next interview).
NOT_RESTORED = {"id", "owner", "application", "next_interview_at"}


class RestoreRefused(ValueError):
    """The file cannot be restored into this account; the message says why."""


def read_document(data: bytes) -> dict:
    """The JSON download in ``data``, checked to be one; RestoreRefused otherwise."""
    try:
        document = without_nul(json.loads(data.decode("utf-8-sig")))
    except (UnicodeDecodeError, ValueError) as error:
        raise RestoreRefused(
            gettext("This file is not a Bowout JSON download (it is not JSON).")
        ) from error
    if not isinstance(document, dict) or document.get("format") != ACCOUNT_FORMAT:
        raise RestoreRefused(
            gettext(
                "This file is not a Bowout JSON download: choose the file “Download all my data "
                "(JSON)” gave you."
            )
        )
    if document.get("version") != ACCOUNT_FORMAT_VERSION:
        raise RestoreRefused(
            gettext(
                "This download is in version %(version)s of the format; this Bowout restores "
                "version %(restored)s."
            )
            % {"version": document.get("version"), "restored": ACCOUNT_FORMAT_VERSION}
        )
    if not isinstance(document.get("applications"), list):
        raise RestoreRefused(gettext("This download has no list of applications."))
    return document


def _row(model: type[models.Model], data: Any, *, where: str, extra: dict) -> dict:
    """One row of ``model`` from the download's plain values, as column values, checked by
    the model's own field rules; RestoreRefused with ``where`` if a value is wrong."""
    if not isinstance(data, dict):
        raise RestoreRefused(
            gettext("%(where)s: expected a record, found %(found)s.")
            % {"where": where, "found": type(data).__name__}
        )
    values = {}
    for name, raw in data.items():
        if isinstance(raw, list | dict) and not isinstance(_field(model, name), models.JSONField):
            continue  # a nested part, handled by its own key
        field = _field(model, name)
        if field is None or field.name in NOT_RESTORED:
            continue
        try:
            value = field.to_python(raw)
            if value not in (None, "") or not field.blank:
                field.run_validators(value)
            if field.choices and value not in (None, ""):
                field.validate(value, None)
            if isinstance(field, models.DateField) and value and not clock.in_range(value):
                raise ValidationError(clock.DATE_RANGE_MESSAGE)
        except ValidationError as error:
            raise RestoreRefused(f"{where}, {name}: {' '.join(error.messages)}") from error
        values[field.attname] = (
            field.get_db_prep_save(value, connection)
            if isinstance(field, models.JSONField)
            else value
        )
    return values | extra


def _field(model: type[models.Model], name: str) -> models.Field | None:
    try:
        field = model._meta.get_field(name.removesuffix("_id"))
    except FieldDoesNotExist:
        return None
    return field if isinstance(field, models.Field) and field.concrete else None


def _relink(rows: list[dict], column: str, new_ids: dict[int, int]) -> None:
    for row in rows:
        old = row.get(column)
        ids = getattr(old, "obj", old) or []  # a JSON value ready for the database
        row[column] = Jsonb([new_ids[pk] for pk in ids if pk in new_ids])


@transaction.atomic
def restore_account(*, user, document: dict) -> int:
    """Restore the download into ``user``'s account, which must hold no application: every
    application with its parts (``APPLICATION_PARTS``), their links (``ID_LISTS``) and the
    account's settings. One transaction: all of it, or nothing. Returns the number of
    applications restored."""
    user_model = get_user_model()
    user_model.objects.select_for_update().filter(pk=user.pk).first()  # one restore at a time
    if Application.objects.for_user(user).exists():
        raise RestoreRefused(
            gettext(
                "Your account already has applications, so nothing was restored: a download "
                "restores only into an empty account. Create a new account (or delete these "
                "applications) and restore there."
            )
        )
    now = timezone.now()
    entries = document["applications"]
    applications = [
        _row(Application, entry, where=f"Application {number}", extra={"owner_id": user.pk})
        for number, entry in enumerate(entries, 1)
    ]
    try:
        application_ids = copy_insert(Application, applications, now=now)
        new_ids: dict[str, dict[int, int]] = {}
        for key, (label, many) in APPLICATION_PARTS.items():
            model = apps.get_model(label)
            new_ids[key] = _restore_part(
                key, model, many, entries, application_ids, new_ids, now, owner_id=user.pk
            )
        for key, label in ACCOUNT_PARTS.items():
            model = apps.get_model(label)
            rows = document.get(key) or []
            if not isinstance(rows, list):
                raise RestoreRefused(
                    gettext("The account's %(part)s: expected a list.") % {"part": key}
                )
            copy_insert(
                model,
                [_row(model, row, where=key, extra={"owner_id": user.pk}) for row in rows],
                now=now,
            )
    except (IntegrityError, DataError) as error:
        raise RestoreRefused(
            gettext("This download breaks one of Bowout's rules and was not restored (%(error)s).")
            % {"error": error}
        ) from error
    Application.objects.filter(pk__in=application_ids).refresh_next_interview()
    account = document.get("account") or {}
    if not isinstance(account, dict):
        raise RestoreRefused(gettext("The account's settings: expected a record."))
    settings = _row(
        user_model,
        {name: account[name] for name in ACCOUNT_SETTINGS if name in account},
        where="The account's settings",
        extra={},
    )
    if settings:
        user_model.objects.filter(pk=user.pk).update(**settings)
    return len(application_ids)


def _restore_part(
    key, model, many, entries, application_ids, new_ids, now, *, owner_id
) -> dict[int, int]:
    """Insert one part's rows for every application; the new id of each row by its id in the
    download, so that a later part's ids (``ID_LISTS``, ``ID_LINKS``) point at the new rows."""
    rows, old_ids = [], []
    for number, (entry, application_id) in enumerate(zip(entries, application_ids, strict=True), 1):
        found = entry.get(key)
        items = (found or []) if many else ([found] if found else [])
        if not isinstance(items, list):
            raise RestoreRefused(
                gettext("Application %(number)s, %(part)s: expected a list.")
                % {"number": number, "part": key}
            )
        for item in items:
            row = _row(
                model,
                item,
                where=gettext("Application %(number)s, %(part)s") % {"number": number, "part": key},
                extra={"application_id": application_id}
                # A part that also names its owner (a recruiter's email) is the user's.
                | ({"owner_id": owner_id} if _field(model, "owner") is not None else {}),
            )
            if "template_id" in row:
                row["template_id"] = None  # templates are this Bowout's, not the user's
            for (part, column), target in ID_LINKS.items():
                if part == key:
                    old = row.get(column)
                    if old not in new_ids[target]:
                        raise RestoreRefused(
                            gettext(
                                "Application %(number)s, %(part)s: %(column)s %(old)s is not in "
                                "this download."
                            )
                            % {"number": number, "part": key, "column": column, "old": old}
                        )
                    row[column] = new_ids[target][old]
            rows.append(row)
            old_ids.append(item.get("id"))
    for (part, column), target in ID_LISTS.items():
        if part == key:
            _relink(rows, column, new_ids[target])
    new = copy_insert(model, rows, now=now)
    return {old: pk for old, pk in zip(old_ids, new, strict=True) if old is not None}
