"""Regressions for problems a code review found: each of these once gave a 500 or a wrong record."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from applications import services as application_services
from applications.models import Application, Interview, Offer, Stage, StageChange
from tests.factories import ApplicationFactory, ContactFactory, OfferFactory, UserFactory
from withdrawals import services
from withdrawals.export import eml_bytes
from withdrawals.models import Scenario, Withdrawal, WithdrawalDraft, WithdrawalTemplate
from withdrawals.rendering import render_body

pytestmark = pytest.mark.django_db


@pytest.fixture
def application(owner):
    application = ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)
    ContactFactory(application=application, name="Priya Shah", is_main=True)
    return application


def test_withdrawing_again_after_moving_the_stage_back_records_a_new_withdrawal(application):
    services.start_draft(application=application, scenario=Scenario.NO_REASON)
    first, _ = services.mark_sent(application=application, method=Withdrawal.Method.EMAIL)
    application_services.change_stage(application=application, to_stage=Stage.INTERVIEWING)

    services.start_draft(application=application, scenario=Scenario.NO_REASON)
    second, created = services.mark_sent(application=application, method=Withdrawal.Method.PHONE)

    assert created is True
    assert second.pk != first.pk
    first.refresh_from_db()
    assert first.undone_at is not None
    application.refresh_from_db()
    assert application.stage == Stage.WITHDRAWN


def test_the_detail_page_shows_no_withdrawal_once_the_process_is_live_again(
    owner_client, application
):
    services.mark_sent(application=application, method=Withdrawal.Method.EMAIL)
    application_services.change_stage(application=application, to_stage=Stage.SCREENING)

    response = owner_client.get(application.get_absolute_url())

    assert "You withdrew" not in response.text


@pytest.mark.parametrize("when", ["9999-12-31T23:30", "0001-01-01T00:30"])
def test_an_interview_in_a_far_off_year_is_refused_not_stored(owner_client, owner, when):
    owner.time_zone = "America/New_York"
    owner.save()
    application = ApplicationFactory(owner=owner, date_applied=None)

    response = owner_client.post(
        reverse("applications:interview_create", args=[application.pk]),
        {"scheduled_at": when, "kind": "video", "round_number": 1, "status": "scheduled"},
    )

    assert response.status_code == 422
    assert "Enter a date between 1970 and 2100." in response.text
    assert not Interview.objects.exists()
    assert owner_client.get(reverse("home")).status_code == 200


@pytest.mark.parametrize("value", ["²", "9" * 5000, "-1", "1e3"])
def test_odd_ids_in_a_queue_or_a_bulk_selection_are_ignored(owner_client, application, value):
    services.start_draft(application=application, scenario=Scenario.NO_REASON)

    assert owner_client.get(
        reverse("withdrawals:draft", args=[application.pk]), {"queue": value}
    ).status_code in (200, 302)
    response = owner_client.post(reverse("withdrawals:bulk_start"), {"applications": [value]})
    assert response.status_code == 422
    assert "Tick at least one candidate" in response.text


def test_accepting_an_offer_not_in_writing_asks_for_it_in_writing(owner_client, owner):
    offer = OfferFactory(application__owner=owner, in_writing=False)

    response = owner_client.post(
        reverse("applications:offer_decide", args=[offer.application.pk]),
        {"decision": "accepted"},
        follow=True,
    )

    assert "Ask for the offer in writing before you withdraw" in response.text
    assert "withdraw promptly" not in response.text


def test_marking_sent_saves_the_text_on_screen_under_the_lock(application):
    services.start_draft(application=application, scenario=Scenario.NO_REASON)

    withdrawal, _ = services.mark_sent(
        application=application,
        method=Withdrawal.Method.EMAIL,
        text={"subject": "Final subject", "body": "Dear Priya,\n\nThank you.", "cc": []},
    )

    assert withdrawal.subject == "Final subject"
    assert withdrawal.body == "Dear Priya,\n\nThank you."
    assert not WithdrawalDraft.objects.filter(application=application).exists()


def test_saving_a_draft_that_was_already_used_up_is_harmless(application):
    draft = services.start_draft(application=application, scenario=Scenario.NO_REASON)
    services.mark_sent(application=application, method=Withdrawal.Method.EMAIL)

    services.save_draft(draft=draft, subject="Late", body="Late autosave", cc=[])

    assert not WithdrawalDraft.objects.filter(application=application).exists()


def test_a_second_first_offer_updates_the_first_instead_of_failing(application):
    application_services.save_offer(offer=Offer(application=application, in_writing=True))
    application_services.save_offer(offer=Offer(application=application, in_writing=False))

    assert Offer.objects.filter(application=application).count() == 1


def test_a_long_rendered_subject_is_cut_to_fit(application):
    WithdrawalTemplate.objects.filter(scenario=Scenario.NO_REASON).update(
        subject_template="{{ position }} {{ company }} " * 4
    )
    Application.objects.filter(pk=application.pk).update(company="C" * 200, position="P" * 200)
    application.refresh_from_db()

    draft = services.start_draft(application=application, scenario=Scenario.NO_REASON)

    assert len(draft.subject) == services.SUBJECT_MAX_LENGTH


def test_an_address_the_email_package_cannot_write_is_left_out_of_the_eml():
    content = eml_bytes(
        to_name="Odd",
        to_email='"\x01"@example.com',
        cc=[],
        from_name="Me",
        from_email="me@example.com",
        subject="Subject",
        body="Body",
    )

    assert b"From: Me <me@example.com>" in content
    assert b"To:" not in content


def test_templates_edited_with_crlf_line_breaks_render_tidily():
    body = "Thanks.{% if reason %} {{ reason }}{% endif %}\r\n\r\n\r\nBye"

    assert render_body(body, {"reason": ""}) == "Thanks.\n\nBye"


def test_view_only_staff_cannot_reset_a_template(client):
    staff = UserFactory(username="viewer", is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="view_withdrawaltemplate"))
    template = WithdrawalTemplate.objects.filter(default_key__isnull=False).first()
    WithdrawalTemplate.objects.filter(pk=template.pk).update(body_template="Changed")
    client.force_login(staff)

    client.post(
        reverse("admin:withdrawals_withdrawaltemplate_changelist"),
        {"action": "reset_to_default", "_selected_action": [template.pk]},
    )

    template.refresh_from_db()
    assert template.body_template == "Changed"


def test_the_admin_cannot_change_a_stage_without_history(client, owner):
    admin_user = UserFactory(username="root", is_staff=True, is_superuser=True)
    client.force_login(admin_user)
    application = ApplicationFactory(owner=owner, stage=Stage.APPLIED)

    response = client.get(reverse("admin:applications_application_change", args=[application.pk]))

    assert 'name="stage"' not in response.text
    assert StageChange.objects.count() == 0
