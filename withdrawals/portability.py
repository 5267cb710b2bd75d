"""Everything a user owns as one JSON document: the applications app's part and this app's."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from applications.export import account_as_data, applications_as_data, fields_of
from withdrawals.models import Withdrawal, WithdrawalDraft

FORMAT_VERSION = 1


def everything(*, user) -> dict:
    """The account, and each application with its withdrawals (sent emails, reflections)
    and any draft in progress. Seven queries however many applications there are."""
    applications = applications_as_data(user=user)
    ids = [application.pk for application, _data in applications]
    withdrawals: dict[int, list] = {}
    for withdrawal in Withdrawal.objects.filter(application_id__in=ids).order_by("sent_at", "pk"):
        withdrawals.setdefault(withdrawal.application_id, []).append(fields_of(withdrawal))
    drafts = {
        draft.application_id: fields_of(draft)
        for draft in WithdrawalDraft.objects.filter(application_id__in=ids)
    }
    return {
        "format": "bowout-export",
        "version": FORMAT_VERSION,
        "exported_at": timezone.now(),
        "account": account_as_data(user),
        "applications": [
            data
            | {
                "withdrawals": withdrawals.get(application.pk, []),
                "withdrawal_draft": drafts.get(application.pk),
            }
            for application, data in applications
        ],
    }


def everything_json(*, user) -> bytes:
    return json.dumps(
        everything(user=user), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2
    ).encode("utf-8")
