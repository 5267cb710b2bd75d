"""Everything a user owns as one JSON document: the applications app's part and this app's."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from applications.export import account_as_data, applications_as_data, by_application, plain
from withdrawals.models import Withdrawal, WithdrawalDraft

FORMAT_VERSION = 1


def everything(*, user) -> dict:
    """The account, and each application with its withdrawals (sent emails, reflections)
    and any draft in progress. Seven queries however many applications there are."""
    applications = applications_as_data(user=user)
    owned = {"application__owner": user}
    withdrawals = by_application(Withdrawal.objects.filter(**owned).order_by("sent_at", "pk"))
    drafts = {
        row["application_id"]: plain(row)
        for row in WithdrawalDraft.objects.filter(**owned).values()
    }
    return {
        "format": "bowout-export",
        "version": FORMAT_VERSION,
        "exported_at": timezone.now(),
        "account": account_as_data(user),
        "applications": [
            data
            | {
                "withdrawals": withdrawals.get(pk, []),
                "withdrawal_draft": drafts.get(pk),
            }
            for pk, data in applications
        ],
    }


def everything_json(*, user) -> bytes:
    return json.dumps(
        everything(user=user), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2
    ).encode("utf-8")
