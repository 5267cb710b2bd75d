"""Your whole account back: the JSON download restored into an empty account."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from applications.models import (
    Application,
    Contact,
    Interview,
    Offer,
    OfferRevision,
    PostingSnapshot,
    RecruiterMessage,
    StageChange,
)
from tests.factories import ContactFactory, UserFactory
from tests.reports.test_json_download import a_full_account
from withdrawals.models import SentMessage, Withdrawal, WithdrawalDraft

pytestmark = pytest.mark.django_db


def download(client, user) -> dict:
    client.force_login(user)
    return json.loads(client.get(reverse("reports:json_download")).content)


def restore(client, user, content: bytes):
    client.force_login(user)
    upload = SimpleUploadedFile("bowout.json", content, "application/json")
    return client.post(reverse("intake:restore"), {"file": upload}, follow=True)


def without_ids(document: dict) -> dict:
    """The download with every row's own id taken out and each list of ids replaced by the
    positions of the rows it points at, so two accounts' downloads compare by content."""
    document = json.loads(json.dumps(document))
    for key in ("exported_at",):
        document.pop(key)
    for name in ("username", "email", "date_joined", "last_login"):
        document["account"].pop(name)
    for email in document["unfiled_emails"]:
        email.pop("id")
    for application in document["applications"]:
        contacts = [row["id"] for row in application["contacts"]]
        for revision in application["offer_revisions"]:
            assert revision.pop("offer_id") == application["offer"]["id"]
        interviews = [row["id"] for row in application["interviews"]]
        if application["withdrawal_draft"]:
            draft = application["withdrawal_draft"]
            draft["cc"] = [contacts.index(pk) for pk in draft["cc"]]
        for withdrawal in application["withdrawals"]:
            ids = withdrawal["cancelled_interview_ids"]
            withdrawal["cancelled_interview_ids"] = [interviews.index(pk) for pk in ids]
        rows = [application]
        for value in list(application.values()):
            rows += value if isinstance(value, list) else [value] if isinstance(value, dict) else []
        for row in rows:
            row.pop("id", None)
            row.pop("template_id", None)
    return document


def test_a_download_restores_into_a_new_account_with_every_row_and_link(client, owner):
    a_full_account(owner, "Acme")
    draft = WithdrawalDraft.objects.get(application__company="Acme Drafting")
    draft.cc = [ContactFactory(application=draft.application, name="Copied In").pk]
    draft.save()
    first = download(client, owner)
    fresh = UserFactory(username="fresh")

    response = restore(client, fresh, json.dumps(first).encode())

    assert "Restored 3 applications with their history" in response.text
    again = download(client, fresh)
    assert without_ids(again) == without_ids(first)
    owned = {"application__owner": fresh}
    counts = [
        model.objects.filter(**owned).count()
        for model in (
            Contact,
            Interview,
            Offer,
            PostingSnapshot,
            StageChange,
            Withdrawal,
            WithdrawalDraft,
            SentMessage,
        )
    ]
    assert counts == [2, 1, 1, 1, 4, 1, 1, 1]
    revision = OfferRevision.objects.get(offer__application__owner=fresh)
    assert revision.offer == Offer.objects.get(application__owner=fresh)
    assert revision.terms["base_pay_minor"] == 6_500_000
    assert revision.offer.base_pay_minor == 7_000_000
    assert RecruiterMessage.objects.filter(owner=fresh, application__isnull=False).count() == 1
    assert RecruiterMessage.objects.filter(owner=fresh, application__isnull=True).count() == 1
    restored_draft = WithdrawalDraft.objects.get(application__owner=fresh)
    assert restored_draft.cc == [Contact.objects.get(application__owner=fresh, name="Copied In").pk]
    withdrawal = Withdrawal.objects.get(application__owner=fresh)
    assert withdrawal.cancelled_interview_ids == [
        Interview.objects.get(application__owner=fresh).pk
    ]
    assert withdrawal.liked == "Acme: kind people"


def test_restoring_into_an_account_with_data_is_refused_and_changes_nothing(client, owner):
    a_full_account(owner, "Acme")
    content = json.dumps(download(client, owner)).encode()

    response = restore(client, owner, content)

    assert response.status_code == 422
    assert "Your account already has applications, so nothing was restored" in response.text
    assert Application.objects.filter(owner=owner).count() == 3


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json", "it is not JSON"),
        (b'{"format": "something-else"}', "This file is not a Bowout JSON download"),
        (b'{"format": "bowout-export", "version": 99, "applications": []}', "version 99"),
        (
            b'{"format": "bowout-export", "version": 1, "applications": '
            b'[{"company": "Acme", "position": "Dev", "stage": "sleeping"}]}',
            "Application 1, stage",
        ),
        (
            b'{"format": "bowout-export", "version": 1, "applications": '
            b'[{"company": "Acme", "position": "Dev", "stage": "offer", "offer": null, '
            b'"offer_revisions": [{"offer_id": 7, "terms": {}}]}]}',
            "Application 1, offer_revisions: offer_id 7 is not in this download.",
        ),
    ],
)
def test_a_file_that_is_not_a_download_is_refused_with_a_message(client, owner, content, message):
    response = restore(client, owner, content)

    assert response.status_code == 422
    assert message in response.text
    assert Application.objects.count() == 0


def test_a_failing_write_restores_nothing(client, owner, monkeypatch):
    a_full_account(owner, "Acme")
    content = json.dumps(download(client, owner)).encode()
    fresh = UserFactory(username="fresh")
    from intake import restore as restore_module

    real_insert = restore_module.copy_insert

    def fail_on_withdrawals(model, rows, **kwargs):
        if model is Withdrawal:
            raise RuntimeError("disk full")
        return real_insert(model, rows, **kwargs)

    monkeypatch.setattr(restore_module, "copy_insert", fail_on_withdrawals)
    with pytest.raises(RuntimeError):
        restore(client, fresh, content)

    assert Application.objects.filter(owner=fresh).count() == 0
    assert StageChange.objects.filter(application__owner=fresh).count() == 0


def test_the_restore_page_answers_get(client, owner):
    client.force_login(owner)

    response = client.get(reverse("intake:restore"))

    assert response.status_code == 200
    assert "<h1" in response.text and "Restore your account" in response.text
