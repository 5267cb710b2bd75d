"""Everything a user owns as one JSON document: the account, and each application with its
contacts, interviews, offer, job posting, stage history, withdrawals and draft, as plain values."""

import json
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import F
from django.utils import timezone

from applications.models import (
    Application,
    Contact,
    ExchangeRate,
    Interview,
    Offer,
    OfferRevision,
    PostingSnapshot,
    RecruiterMessage,
    StageChange,
)
from withdrawals.interchange import (
    ACCOUNT_FORMAT,
    ACCOUNT_FORMAT_VERSION,
    ACCOUNT_SETTINGS,
    LINK_FIELDS,
)
from withdrawals.models import SentMessage, Withdrawal, WithdrawalDraft


def plain(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row from ``.values()`` without the ids that only link rows together."""
    return {name: value for name, value in row.items() if name not in LINK_FIELDS}


def by_application(queryset) -> dict[int, list[dict]]:
    """Rows of a child model as plain values, grouped by their application's id."""
    grouped: dict[int, list[dict]] = defaultdict(list)
    for row in queryset.values().iterator(chunk_size=5_000):
        grouped[row["application_id"]].append(plain(row))
    return grouped


def applications_as_data(*, user) -> list[tuple[int, dict]]:
    """Each application of the user (by id) with its contacts, interviews, offer (and its
    earlier terms), stage history and the job posting kept with it, as plain values (no
    model instances, so 10,000
    applications stay quick). Seven queries however many applications there are."""
    owned = {"application__owner": user}
    contacts = by_application(Contact.objects.filter(**owned).order_by("-is_main", "name", "pk"))
    interviews = by_application(Interview.objects.filter(**owned).order_by("scheduled_at", "pk"))
    offers = by_application(Offer.objects.filter(**owned))
    revisions = by_application(
        OfferRevision.objects.filter(offer__application__owner=user)
        .annotate(application_id=F("offer__application_id"))
        .order_by("replaced_at", "pk")
    )
    history = by_application(StageChange.objects.filter(**owned).order_by("changed_at", "pk"))
    postings = by_application(PostingSnapshot.objects.filter(**owned))
    return [
        (
            row["id"],
            plain(row)
            | {
                "contacts": contacts.get(row["id"], []),
                "interviews": interviews.get(row["id"], []),
                "offer": next(iter(offers.get(row["id"], [])), None),
                "posting": next(iter(postings.get(row["id"], [])), None),
                "offer_revisions": revisions.get(row["id"], []),
                "stage_history": history.get(row["id"], []),
            },
        )
        for row in Application.objects.for_user(user).order_by("created_at", "pk").values()
    ]


def account_as_data(user) -> dict:
    """The account's own settings; no password hash and no calendar secret."""
    return {
        name: getattr(user, name)
        for name in ("username", "email", *ACCOUNT_SETTINGS, "date_joined", "last_login")
    }


def document(*, user) -> dict:
    """The account, and each application with its withdrawals (sent emails, reflections),
    the messages that kept it going and any draft in progress (the shape is
    ``interchange.APPLICATION_PARTS``), the recruiters' emails they gave Bowout (with their
    application, or unfiled) and the exchange rates the user entered. Thirteen queries however
    many applications there are."""
    applications = applications_as_data(user=user)
    owned = {"application__owner": user}
    withdrawals = by_application(Withdrawal.objects.filter(**owned).order_by("sent_at", "pk"))
    sent = by_application(SentMessage.objects.filter(**owned).order_by("sent_at", "pk"))
    drafts = {
        row["application_id"]: plain(row)
        for row in WithdrawalDraft.objects.filter(**owned).values()
    }
    emails = RecruiterMessage.objects.for_user(user).order_by("received_at", "pk")
    filed = by_application(emails.filter(application__isnull=False))
    return {
        "format": ACCOUNT_FORMAT,
        "version": ACCOUNT_FORMAT_VERSION,
        "exported_at": timezone.now(),
        "account": account_as_data(user),
        "applications": [
            data
            | {
                "withdrawals": withdrawals.get(pk, []),
                "withdrawal_draft": drafts.get(pk),
                "sent_messages": sent.get(pk, []),
                "emails": filed.get(pk, []),
            }
            for pk, data in applications
        ],
        "exchange_rates": list(
            ExchangeRate.objects.filter(owner=user).values("currency", "into", "rate", "as_of")
        ),
        "unfiled_emails": [plain(row) for row in emails.filter(application__isnull=True).values()],
    }


def document_bytes(*, user) -> bytes:
    return json.dumps(
        document(user=user), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2
    ).encode("utf-8")
