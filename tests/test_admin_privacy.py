"""The admin's privacy policy (README, "Privacy in the admin"): staff administer templates and
accounts; users' private texts never appear; other user data is read-only, for superusers only.
"""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from applications.models import Application, Stage, StageChange
from tests.factories import (
    ApplicationFactory,
    ContactFactory,
    InterviewFactory,
    OfferFactory,
    StageChangeFactory,
    UserFactory,
)
from withdrawals import services
from withdrawals.models import Scenario, Withdrawal, WithdrawalTemplate
from withdrawals.services import WordingChoices

pytestmark = pytest.mark.django_db

# Each private text is unique, so finding it anywhere on a page means the page shows it.
PRIVATE = {
    "application_notes": "PRIVATE-application-notes",
    "kept_in_play_note": "PRIVATE-keep-note",
    "contact_notes": "PRIVATE-contact-notes",
    "interview_notes": "PRIVATE-interview-notes",
    "stage_note": "PRIVATE-stage-note",
    "offer_details": "PRIVATE-offer-details",
    "draft_body": "PRIVATE-draft-body",
    "draft_subject": "PRIVATE-draft-subject",
    "sent_body": "PRIVATE-sent-body",
    "sent_subject": "PRIVATE-sent-subject",
    "reason": "PRIVATE-reason",
    "liked": "PRIVATE-liked",
    "disliked": "PRIVATE-disliked",
}


@pytest.fixture
def seeker_data(owner):
    """One user's process with every private text filled in, withdrawn, plus a live draft."""
    application = ApplicationFactory(
        owner=owner,
        company="Globex",
        stage=Stage.INTERVIEWING,
        notes=PRIVATE["application_notes"],
        kept_in_play_note=PRIVATE["kept_in_play_note"],
    )
    contact = ContactFactory(
        application=application, name="Priya Shah", notes=PRIVATE["contact_notes"], is_main=True
    )
    interview = InterviewFactory(application=application, notes=PRIVATE["interview_notes"])
    stage_change = StageChangeFactory(application=application, note=PRIVATE["stage_note"])
    services.start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))
    application.withdrawal_draft.__class__.objects.filter(application=application).update(
        subject=PRIVATE["sent_subject"], body=PRIVATE["sent_body"], reason=PRIVATE["reason"]
    )
    withdrawal, _ = services.mark_sent(application=application, method=Withdrawal.Method.EMAIL)
    Withdrawal.objects.filter(pk=withdrawal.pk).update(
        liked=PRIVATE["liked"], disliked=PRIVATE["disliked"]
    )

    live = ApplicationFactory(owner=owner, company="Initech", stage=Stage.OFFER)
    offer = OfferFactory(application=live, details=PRIVATE["offer_details"])
    draft = services.start_draft(application=live, choices=WordingChoices(Scenario.NO_REASON))
    draft.subject, draft.body = PRIVATE["draft_subject"], PRIVATE["draft_body"]
    draft.save()
    return {
        "application": application,
        "contact": contact,
        "interview": interview,
        "stage_change": stage_change,
        "withdrawal": withdrawal,
        "offer": offer,
        "draft": draft,
    }


@pytest.fixture
def superuser_client(db):
    client = Client()
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def template_staff_client(db):
    """Staff who edit the email templates, and nothing else."""
    user = UserFactory(username="editor", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label="withdrawals", codename__endswith="withdrawaltemplate"
        )
    )
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def all_permissions_staff_client(db):
    """Staff given every permission there is, but not a superuser."""
    user = UserFactory(username="almighty", is_staff=True)
    user.user_permissions.set(Permission.objects.all())
    client = Client()
    client.force_login(user)
    return client


def admin_url(obj, view="change"):
    meta = obj._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}", args=[obj.pk])


def changelist_url(model):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")


def assert_no_private_text(response):
    page = response.content.decode()
    shown = [name for name, text in PRIVATE.items() if text in page]
    assert shown == []


# Superusers: user data read-only, private texts never --------------------------------------------


@pytest.mark.parametrize(
    "key", ["application", "contact", "interview", "stage_change", "withdrawal"]
)
def test_a_superuser_sees_user_data_without_its_private_texts(superuser_client, seeker_data, key):
    obj = seeker_data[key]

    change_page = superuser_client.get(admin_url(obj))
    listing = superuser_client.get(changelist_url(type(obj)))

    assert change_page.status_code == 200
    assert listing.status_code == 200
    assert_no_private_text(change_page)
    assert_no_private_text(listing)


def test_the_application_page_shows_its_facts_and_inlines_without_notes(
    superuser_client, seeker_data
):
    response = superuser_client.get(admin_url(seeker_data["application"]))

    page = response.content.decode()
    assert "Globex" in page
    assert "Priya Shah" in page
    assert_no_private_text(response)


@pytest.mark.parametrize(
    "key", ["application", "contact", "interview", "stage_change", "withdrawal"]
)
def test_a_superuser_cannot_change_or_delete_user_data(superuser_client, seeker_data, key):
    obj = seeker_data[key]

    page = superuser_client.get(admin_url(obj)).content.decode()
    changed = superuser_client.post(admin_url(obj), {"company": "Hacked", "notes": "x"})
    deleted = superuser_client.post(admin_url(obj, "delete"), {"post": "yes"})

    assert 'name="_save"' not in page
    assert changed.status_code == 403
    assert deleted.status_code == 403
    assert type(obj).objects.filter(pk=obj.pk).exists()


def test_a_superuser_cannot_add_user_data(superuser_client, seeker_data):
    response = superuser_client.get(reverse("admin:applications_application_add"))

    assert response.status_code == 403
    assert Application.objects.count() == 2


def test_drafts_are_not_in_the_admin_at_all(superuser_client, seeker_data):
    response = superuser_client.get("/admin/withdrawals/withdrawaldraft/")

    assert response.status_code == 404


@pytest.mark.parametrize("model", ["recruitermessage", "forwardingaddress"])
def test_recruiters_emails_and_forwarding_addresses_are_not_in_the_admin(
    superuser_client, seeker_data, model
):
    """A recruiter's email is a private text through and through (sender, subject, body), and
    a forwarding address lets anyone file emails in the account."""
    response = superuser_client.get(f"/admin/applications/{model}/")

    assert response.status_code == 404


def test_searching_the_admin_for_a_private_text_finds_nothing(superuser_client, seeker_data):
    for model, text in [
        (Withdrawal, PRIVATE["sent_subject"]),
        (Withdrawal, PRIVATE["sent_body"]),
        (StageChange, PRIVATE["stage_note"]),
        (Application, PRIVATE["application_notes"]),
    ]:
        response = superuser_client.get(changelist_url(model), {"q": text})
        assert response.status_code == 200
        assert response.context["cl"].result_count == 0, model


def test_the_superusers_admin_index_lists_the_user_data(superuser_client, seeker_data):
    page = superuser_client.get(reverse("admin:index")).content.decode()

    assert changelist_url(WithdrawalTemplate) in page
    assert changelist_url(Application) in page
    assert changelist_url(Withdrawal) in page
    assert "withdrawaldraft" not in page


# Staff who are not superusers: templates and accounts only -----------------------------------


def test_template_staff_see_only_the_templates(template_staff_client, seeker_data):
    page = template_staff_client.get(reverse("admin:index")).content.decode()

    assert changelist_url(WithdrawalTemplate) in page
    assert "/admin/applications/" not in page
    assert changelist_url(Withdrawal) not in page


def test_template_staff_can_edit_a_template(template_staff_client):
    template = WithdrawalTemplate.objects.first()

    response = template_staff_client.get(admin_url(template))

    assert response.status_code == 200
    assert 'name="_save"' in response.content.decode()


@pytest.mark.parametrize(
    "key", ["application", "contact", "interview", "stage_change", "withdrawal"]
)
def test_template_staff_get_no_user_data(template_staff_client, seeker_data, key):
    obj = seeker_data[key]

    assert template_staff_client.get(admin_url(obj)).status_code == 403
    assert template_staff_client.get(changelist_url(type(obj))).status_code == 403


@pytest.mark.parametrize(
    "key", ["application", "contact", "interview", "stage_change", "withdrawal"]
)
def test_staff_with_every_permission_but_not_superuser_get_no_user_data(
    all_permissions_staff_client, seeker_data, key
):
    obj = seeker_data[key]

    assert all_permissions_staff_client.get(admin_url(obj)).status_code == 403
    assert all_permissions_staff_client.get(changelist_url(type(obj))).status_code == 403


def test_staff_with_user_permissions_administer_accounts(all_permissions_staff_client, owner):
    response = all_permissions_staff_client.get(admin_url(owner))

    assert response.status_code == 200
    assert 'name="_save"' in response.content.decode()


# Lookups: a changelist filters only by what it offers ----------------------------------------


def _user_data_admins():
    from django.contrib import admin

    from accounts.admin_site import UserDataAdmin

    return [
        model_admin
        for model_admin in admin.site._registry.values()
        if isinstance(model_admin, UserDataAdmin)
    ]


def _unshown_text_lookups():
    """Every text field of a user-data model that its admin does not show, as a lookup that
    would answer yes or no about its contents."""
    from django.db import models

    for model_admin in _user_data_admins():
        shown = set(model_admin.fields or ()) | set(model_admin.list_display)
        for field in model_admin.model._meta.concrete_fields:
            if isinstance(field, (models.CharField, models.TextField)) and field.name not in shown:
                yield pytest.param(model_admin.model, field.name, id=f"{model_admin}.{field.name}")


UNSHOWN = list(_unshown_text_lookups())


def test_the_generated_list_holds_every_private_text():
    names = {(param.values[0].__name__, param.values[1]) for param in UNSHOWN}

    assert {
        ("Application", "notes"),
        ("Application", "kept_in_play_note"),
        ("Contact", "notes"),
        ("Interview", "notes"),
        ("StageChange", "note"),
        ("Withdrawal", "body"),
        ("Withdrawal", "subject"),
        ("Withdrawal", "reason"),
        ("Withdrawal", "liked"),
        ("Withdrawal", "disliked"),
    } <= names


@pytest.mark.parametrize(("model", "name"), UNSHOWN)
def test_no_changelist_answers_a_lookup_on_a_text_it_does_not_show(
    superuser_client, seeker_data, model, name
):
    url = changelist_url(model)

    for lookup in (f"{name}__startswith", f"{name}__contains", f"{name}__isnull", name):
        response = superuser_client.get(url, {lookup: "PRIV"})
        assert response.status_code == 400, lookup


def test_a_changelist_refuses_lookups_through_a_relation_and_by_id(superuser_client, seeker_data):
    url = changelist_url(type(seeker_data["contact"]))

    for lookup in ("application__notes__startswith", "id", "application__owner__password"):
        assert superuser_client.get(url, {lookup: "PRIV"}).status_code == 400, lookup


def test_a_changelist_keeps_the_filters_it_offers(superuser_client, seeker_data):
    live = seeker_data["offer"].application

    for query in (
        {"stage__exact": "offer"},
        {"stage__exact": "offer", "date_applied__year": str(live.date_applied.year)},
        {"q": "Initech"},
    ):
        response = superuser_client.get(changelist_url(Application), query)
        assert response.status_code == 200, query
        assert response.context["cl"].result_count == 1, query
