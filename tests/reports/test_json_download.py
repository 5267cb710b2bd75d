"""Everything a user owns as one JSON download, and deleting the account with all of it."""

import json
from datetime import date

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from accounts.models import ApiToken, Invitation
from accounts.services import create_api_token
from api.models import WebhookEndpoint
from applications.models import (
    Application,
    Contact,
    ExchangeRate,
    ForwardingAddress,
    ImportFile,
    Interview,
    MessageKind,
    Offer,
    PostingSnapshot,
    RecordPdf,
    RecruiterMessage,
    ShareLink,
    StageChange,
    WebhookEvent,
)
from applications.services import create_application, create_share_link, save_offer
from intake import importer
from tests.factories import (
    PASSWORD,
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    OfferFactory,
)
from withdrawals.models import (
    DigestDelivery,
    Scenario,
    SentMessage,
    TodaySnooze,
    Withdrawal,
    WithdrawalDraft,
    WithdrawalTemplate,
)
from withdrawals.services import mark_sent

pytestmark = pytest.mark.django_db


def a_full_account(user, company):
    """One of every kind of row, belonging to ``user``."""
    kept = create_application(
        application=ApplicationFactory.build(owner=user, company=company, stage="offer")
    )
    # Received before the deadline whatever today is (the factory's default is today).
    offer = OfferFactory(
        application=kept, received_on=date(2027, 1, 4), respond_by=date(2027, 1, 8)
    )
    # Negotiated up: the first terms are kept as the offer's history.
    offer.base_pay_minor = 7_000_000
    save_offer(offer=offer)
    PostingSnapshot.objects.create(
        application=kept,
        description="<p>Build the <strong>tracker</strong>.</p>",
        salary_min="62000",
        salary_max="70000",
        salary_currency="GBP",
        salary_unit="YEAR",
        locations=["Manchester, GB", "Leeds, GB"],
        remote=True,
        employment_type="Full time",
        date_posted=date(2026, 11, 2),
        closing_date=date(2026, 12, 31),
        source_url="https://boards.greenhouse.io/acme/jobs/1",
    )
    left = create_application(
        application=ApplicationFactory.build(owner=user, company=f"{company} Left")
    )
    ContactFactory(application=left, name=f"{company} Recruiter", is_main=True)
    InterviewFactory(application=left)
    WithdrawalDraft.objects.create(
        application=left, scenario="accepted_offer", subject="Leaving", body="Thank you"
    )
    withdrawal, _created = mark_sent(application=left, method="email")
    withdrawal.liked = f"{company}: kind people"
    withdrawal.save()
    drafting = create_application(
        application=ApplicationFactory.build(owner=user, company=f"{company} Drafting")
    )
    WithdrawalDraft.objects.create(
        application=drafting, scenario="no_reason", subject="Draft", body="Still typing"
    )
    importer.start_import(owner=user, name="old.csv", content="Company,Position\nA,B\n")
    SentMessage.objects.create(application=kept, scenario=Scenario.CHECKING_IN, subject="Hello")
    TodaySnooze.objects.create(owner=user, key=f"deadline:{kept.pk}", until=date(2026, 12, 5))
    DigestDelivery.objects.create(user=user, local_date=date(2026, 12, 4), status="sent")
    ExchangeRate.objects.create(
        owner=user, currency="EUR", into="GBP", rate="0.85", as_of=date(2026, 11, 30)
    )
    create_share_link(link=ShareLink(owner=user, name=f"{company} coach"), days=30)
    create_api_token(token=ApiToken(owner=user, name=f"{company} script"), days=30)
    WebhookEndpoint.objects.create(owner=user, url="https://hooks.example/x", events=[])
    # (mark_sent above wrote webhook events: the stage change and the withdrawal.)
    RecordPdf.objects.create(owner=user, content=b"%PDF-1.4", ready_at=timezone.now())
    RecruiterMessage.objects.create(
        owner=user,
        application=left,
        source="forwarded",
        subject=f"{company}: interview invitation",
        from_email="recruiter@example.com",
        message_id_header=f"<{company}-1@example.com>",
        kind=MessageKind.INVITATION,
        reason="The sentence “We would like to invite you to an interview.”",
        status="applied",
        decided_at=left.last_activity_at,
    )
    RecruiterMessage.objects.create(
        owner=user,
        source="pasted",
        subject=f"{company}: new jobs for you",
        kind=MessageKind.NOT_PROCESS,
        status="dismissed",
        decided_at=left.last_activity_at,
    )
    ForwardingAddress.objects.create(owner=user, token=f"{company.lower():0<32}")


def test_the_json_download_holds_everything_the_user_owns_and_nothing_else(
    owner_client, owner, stranger
):
    a_full_account(owner, "Acme")
    a_full_account(stranger, "Qzxvstranger")

    response = owner_client.get(reverse("reports:json_download"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith('attachment; filename="bowout-owner-')
    data = json.loads(response.content)
    assert data["account"]["username"] == "owner"
    assert data["account"]["full_name"] == "Alex Morgan"
    assert "password" not in data["account"]
    assert owner.calendar_token not in response.text
    assert "Qzxv" not in response.text
    by_company = {application["company"]: application for application in data["applications"]}
    assert set(by_company) == {"Acme", "Acme Left", "Acme Drafting"}
    acme = by_company["Acme"]
    assert acme["offer"]["respond_by"] == "2027-01-08"
    assert acme["offer"]["base_pay_minor"] == 7_000_000
    [earlier] = acme["offer_revisions"]
    assert earlier["offer_id"] == acme["offer"]["id"]
    assert earlier["terms"]["base_pay_minor"] == 6_500_000
    assert earlier["terms"]["respond_by"] == "2027-01-08"
    posting = by_company["Acme"]["posting"]
    assert posting["closing_date"] == "2026-12-31"
    assert posting["locations"] == ["Manchester, GB", "Leeds, GB"]
    assert (posting["salary_min"], posting["salary_unit"], posting["portal"]) == (
        "62000.00",
        "YEAR",
        "greenhouse",
    )
    assert by_company["Acme Left"]["posting"] is None
    left = by_company["Acme Left"]
    assert left["stage"] == "withdrawn"
    assert [contact["name"] for contact in left["contacts"]] == ["Acme Recruiter"]
    assert [interview["status"] for interview in left["interviews"]] == ["cancelled"]
    assert [change["to_stage"] for change in left["stage_history"]] == ["applied", "withdrawn"]
    [withdrawal] = left["withdrawals"]
    assert withdrawal["subject"] == "Leaving"
    assert withdrawal["liked"] == "Acme: kind people"
    assert by_company["Acme Drafting"]["withdrawal_draft"]["body"] == "Still typing"
    assert [email["subject"] for email in left["emails"]] == ["Acme: interview invitation"]
    assert [email["subject"] for email in data["unfiled_emails"]] == ["Acme: new jobs for you"]
    assert "forwarding" not in response.text and "acme0000" not in response.text
    assert data["exchange_rates"] == [
        {"currency": "EUR", "into": "GBP", "rate": "0.85000000", "as_of": "2026-11-30"}
    ]


@pytest.mark.parametrize("rows", [2, 40])
def test_the_json_download_takes_the_same_queries_at_any_size(
    owner_client, owner, rows, django_assert_max_num_queries
):
    for index in range(rows):
        ContactFactory(application=ApplicationFactory(owner=owner, company=f"Co {index}"))

    # session, user, applications, contacts, interviews, offers, offers' earlier terms,
    # history, postings, withdrawals, sent messages, drafts, exchange rates, filed and
    # unfiled emails.
    with django_assert_max_num_queries(15):
        response = owner_client.get(reverse("reports:json_download"))

    assert len(json.loads(response.content)["applications"]) == rows


MODELS = [
    Application,
    Contact,
    Interview,
    Offer,
    PostingSnapshot,
    StageChange,
    ImportFile,
    Withdrawal,
    WithdrawalDraft,
    SentMessage,
    TodaySnooze,
    DigestDelivery,
    ExchangeRate,
    ShareLink,
    ApiToken,
    WebhookEvent,
    WebhookEndpoint,
    RecordPdf,
    RecruiterMessage,
    ForwardingAddress,
]


def rows_of(user) -> dict[str, set[int]]:
    owned = {
        Application: {"owner": user},
        ImportFile: {"owner": user},
        TodaySnooze: {"owner": user},
        DigestDelivery: {"user": user},
        ExchangeRate: {"owner": user},
        ShareLink: {"owner": user},
        ApiToken: {"owner": user},
        WebhookEvent: {"owner": user},
        WebhookEndpoint: {"owner": user},
        RecordPdf: {"owner": user},
        RecruiterMessage: {"owner": user},
        ForwardingAddress: {"owner": user},
    }
    return {
        model.__name__: set(
            model._default_manager.filter(
                **owned.get(model, {"application__owner": user})
            ).values_list("pk", flat=True)
        )
        for model in MODELS
    }


def all_rows() -> dict[str, set[int]]:
    return {
        model.__name__: set(model._default_manager.values_list("pk", flat=True)) for model in MODELS
    }


def test_every_model_that_belongs_to_a_user_is_checked_here():
    """A new model holding a user's rows must join MODELS, or deletion goes unchecked for it."""
    user_model = get_user_model()
    # Shared, not owned: the staff's templates name their last editor (set to null, tested
    # below); the staff's invitations name who made and who accepted them (set to null).
    shared = {WithdrawalTemplate, Invitation}
    belonging = {
        model
        for model in apps.get_models()
        if model._meta.app_label in {"accounts", "applications", "withdrawals", "api"}
        and any(
            field.is_relation
            and (field.many_to_one or field.one_to_one)
            and field.related_model in {user_model, Application}
            for field in model._meta.get_fields()
            if field.concrete
        )
    }

    assert belonging - shared == set(MODELS)


def test_deleting_the_account_removes_every_row_of_the_user_and_no_other(
    typed_password_client, owner, stranger
):
    owner_client = typed_password_client
    a_full_account(owner, "Acme")
    a_full_account(stranger, "Qzxvstranger")
    template = WithdrawalTemplate.objects.first()
    template.last_edited_by = owner
    template.save()
    mine, before = rows_of(owner), all_rows()
    assert all(mine.values())  # one of everything, so that the test can fail

    response = owner_client.post(reverse("delete_account"), follow=True)

    assert "Your account and everything in it are deleted." in response.text
    assert not type(owner).objects.filter(pk=owner.pk).exists()
    assert all_rows() == {name: before[name] - mine[name] for name in before}
    assert rows_of(stranger) == all_rows()
    template.refresh_from_db()
    assert template.last_edited_by is None
    assert owner_client.get(reverse("home")).status_code == 302  # logged out


def test_deleting_asks_for_the_password_first_then_deletes_as_asked(owner_client, owner):
    a_full_account(owner, "Acme")
    before = all_rows()

    response = owner_client.post(reverse("delete_account"))

    # allauth's re-authentication: the POST waits in the session while the password is typed.
    assert response.status_code == 302
    assert (
        response["Location"] == "/accounts/reauthenticate/?next=%2Faccounts%2Fprofile%2Fdelete%2F"
    )
    assert all_rows() == before
    wrong = owner_client.post(response["Location"], {"password": "not-it"})
    assert wrong.status_code == 200
    assert all_rows() == before

    done = owner_client.post(response["Location"], {"password": PASSWORD}, follow=True)

    assert "Your account and everything in it are deleted." in done.text
    assert not type(owner).objects.filter(pk=owner.pk).exists()


def test_the_delete_page_asks_for_the_password_first(owner_client):
    response = owner_client.get(reverse("delete_account"), follow=True)

    assert response.redirect_chain[-1][0].startswith("/accounts/reauthenticate/")
    assert 'type="password"' in response.text
    assert "Delete my account and all my data" not in response.text


def test_the_delete_page_asks_only_to_confirm_within_5_minutes(typed_password_client):
    response = typed_password_client.get(reverse("delete_account"))

    assert response.status_code == 200
    assert "Delete my account and all my data" in response.text
    assert 'type="password"' not in response.text


def test_the_data_page_links_the_json_download_and_deletion(owner_client):
    response = owner_client.get(reverse("reports:data"))

    assert reverse("reports:json_download") in response.text
    assert reverse("delete_account") in response.text
