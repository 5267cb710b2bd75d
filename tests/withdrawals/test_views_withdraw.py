"""The withdraw flow in the browser's terms: choose, draft, send, undo, and what comes after."""

import html
import re
from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from applications import services as application_services
from applications.models import Application, Contact, Interview, Stage, StageChange
from tests.factories import ApplicationFactory, ContactFactory, InterviewFactory, OfferFactory
from withdrawals import services
from withdrawals.models import Scenario, Tone, Withdrawal, WithdrawalDraft
from withdrawals.services import WordingChoices

pytestmark = pytest.mark.django_db


def text_of(response) -> str:
    """The page as a reader sees it: no tags, entities decoded, whitespace runs made one space."""
    without_tags = re.sub(r"<[^>]+>", " ", response.content.decode())
    return " ".join(html.unescape(without_tags).split())


def flashed(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def cc_checkboxes(page: str) -> list[str]:
    """The contact ids offered as CC checkboxes."""
    return re.findall(r'<input type="checkbox"[^>]*name="cc" value="(\d+)"', page)


def url(name, application, query=""):
    return reverse(f"withdrawals:{name}", args=[application.pk]) + query


@pytest.fixture
def draft(application, main_contact):
    return services.start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))


@pytest.fixture
def withdrawn(draft, application):
    """The application just after the user marked the withdrawal sent."""
    withdrawal, _ = services.mark_sent(application=application, method=Withdrawal.Method.EMAIL)
    return withdrawal


# Choose ----------------------------------------------------------------------------------------


def test_choose_preselects_not_right_fit_without_an_offer(owner_client, application, main_contact):
    response = owner_client.get(url("choose", application))

    assert response.status_code == 200
    assert response.context["form"]["scenario"].value() == Scenario.NOT_RIGHT_FIT
    assert re.search(r'<option value="not_right_fit"\s+selected', response.content.decode())
    assert "Withdraw from Globex" in text_of(response)


def test_choose_with_a_pending_written_offer_suggests_another_opportunity(
    owner_client, owner, application, main_contact
):
    OfferFactory(application__owner=owner, application__company="Initech")

    response = owner_client.get(url("choose", application))

    assert response.status_code == 200
    page = response.content.decode()
    assert re.search(r'<option value="other_opportunity"\s+selected', page)
    # Not accepted yet: "Accepted another offer" is not even offered.
    assert 'value="accepted_offer"' not in page
    # The user may name the other company.
    assert "Name Initech in the email" in text_of(response)
    assert "I have decided to pursue another opportunity" in text_of(response)


def test_choose_preselects_accepted_offer_when_one_is_accepted_in_writing(
    owner_client, owner, application, main_contact
):
    OfferFactory(
        application__owner=owner,
        application__stage=Stage.ACCEPTED,
        decision="accepted",
        decided_on=timezone.localdate(),
    )

    page = owner_client.get(url("choose", application)).content.decode()

    assert re.search(r'<option value="accepted_offer"\s+selected', page)
    assert "I have accepted another offer" in page


def test_choose_offers_only_scenarios_for_leaving(owner_client, application, main_contact):
    page = owner_client.get(url("choose", application)).content.decode()

    assert 'value="no_reason"' in page
    assert 'value="accepted_offer"' not in page  # no offer accepted in writing
    assert 'value="request_time"' not in page  # a message, not a withdrawal
    assert 'value="thank_you_follow_up"' not in page
    assert 'value="phone_script"' not in page


def test_choose_without_a_main_contact_says_so_and_asks_for_one_in_place(owner_client, application):
    ContactFactory(application=application, name="Not Main", is_main=False)

    response = owner_client.get(url("choose", application))

    assert response.status_code == 200
    assert "There is no main contact to write to." in text_of(response)
    assert "Who runs this process?" in text_of(response)
    assert f'action="{url("add_recipient", application)}"' in response.text


def test_choose_with_only_an_assistant_names_them_and_asks_for_who_runs_it(
    owner_client, application
):
    ContactFactory(
        application=application,
        name="Sam Helper",
        role=Contact.Role.ASSISTANT,
        email="sam@globex.example",
        is_main=False,
    )

    response = owner_client.get(url("choose", application))

    assert "Sam Helper is an assistant: write to the person who runs the process instead" in (
        text_of(response)
    )
    assert "Who runs this process?" in text_of(response)
    assert 'value="assistant"' not in response.text  # the new main contact is not one


def test_adding_who_runs_it_in_place_makes_them_main_and_copies_the_assistant(
    owner_client, application
):
    helper = ContactFactory(
        application=application,
        name="Sam Helper",
        role=Contact.Role.ASSISTANT,
        email="sam@globex.example",
        is_main=False,
    )

    next_one = ApplicationFactory(owner=application.owner, stage=Stage.APPLIED)
    response = owner_client.post(
        url("add_recipient", application, f"?queue={next_one.pk}"),
        {"name": "  Priya   Shah ", "role": Contact.Role.HIRING_MANAGER, "email": "p@g.example"},
    )

    assert response.status_code == 302
    assert response.url == url("choose", application, f"?queue={next_one.pk}")
    main = application.contacts.get(is_main=True)
    assert (main.name, main.role, main.email) == ("Priya Shah", "hiring_manager", "p@g.example")
    owner_client.post(url("choose", application), {"scenario": "no_reason", "tone": "formal"})
    draft = WithdrawalDraft.objects.get(application=application)
    assert draft.body.startswith("Dear Priya Shah,")
    assert draft.cc == [helper.pk]
    page = owner_client.get(url("draft", application)).text
    assert re.search(rf'name="cc" value="{helper.pk}"[^>]*checked', page)


def test_adding_who_runs_it_without_a_name_saves_nothing(owner_client, application):
    response = owner_client.post(
        url("add_recipient", application), {"name": "  ", "role": Contact.Role.HIRING_MANAGER}
    )

    assert response.status_code == 422
    assert "This field is required." in response.text or "Type their name." in response.text
    assert not application.contacts.exists()


def test_adding_who_runs_it_is_post_only_and_private(client, owner_client, stranger, application):
    assert owner_client.get(url("add_recipient", application)).status_code == 405
    client.force_login(stranger)
    response = client.post(
        url("add_recipient", application), {"name": "X", "role": Contact.Role.HIRING_MANAGER}
    )
    assert response.status_code == 404
    assert not application.contacts.exists()


def test_choose_with_a_recruiter_shows_no_contact_warning(owner_client, application, main_contact):
    response = owner_client.get(url("choose", application))

    assert response.context["recipient_advice"] == []
    assert "Add a contact" not in text_of(response)


def test_choose_post_creates_the_draft_and_redirects_to_it(owner_client, application, main_contact):
    response = owner_client.post(
        url("choose", application),
        {"scenario": Scenario.NOT_RIGHT_FIT, "tone": Tone.WARM, "reason": "  Closer   to home. "},
    )

    assert response.status_code == 302
    assert response.url == url("draft", application)
    draft = WithdrawalDraft.objects.get(application=application)
    assert (draft.scenario, draft.tone) == (Scenario.NOT_RIGHT_FIT, Tone.WARM)
    assert draft.reason == "Closer to home."
    assert draft.body.startswith("Hi Priya,")
    assert "Closer to home." in draft.body


def test_choose_post_keeps_the_queue(owner_client, owner, application, main_contact):
    first, second = ApplicationFactory.create_batch(2, owner=owner)
    queue = f"{first.pk},{second.pk}"
    response = owner_client.post(
        url("choose", application),
        {"scenario": Scenario.NO_REASON, "tone": Tone.FORMAL, "queue": queue},
    )

    assert response.url == url("draft", application, f"?queue={queue}")


def test_choose_post_with_a_bad_scenario_shows_the_error_and_saves_nothing(
    owner_client, application, main_contact
):
    response = owner_client.post(
        url("choose", application), {"scenario": "phone_script", "tone": Tone.FORMAL}
    )

    assert response.status_code == 422
    assert "Select a valid choice. phone_script is not one of the available choices." in (
        text_of(response)
    )
    assert not WithdrawalDraft.objects.filter(application=application).exists()


def test_choose_with_a_draft_in_progress_offers_to_continue_it(owner_client, application, draft):
    draft.scenario = Scenario.PERSONAL
    draft.save()

    response = owner_client.get(url("choose", application))

    assert "You have a draft in progress." in text_of(response)
    assert re.search(r'<option value="personal"\s+selected', response.content.decode())


@pytest.mark.parametrize("stage", [Stage.REJECTED, Stage.WITHDRAWN, Stage.ACCEPTED])
def test_choose_for_a_process_that_is_not_live_redirects_with_a_message(owner_client, owner, stage):
    application = ApplicationFactory(owner=owner, company="Closed Co", position="Dev", stage=stage)

    response = owner_client.get(url("choose", application), follow=True)

    assert response.redirect_chain == [(application.get_absolute_url(), 302)]
    assert "Dev at Closed Co is not a live process: there is nothing to leave." in (
        text_of(response)
    )
    assert not WithdrawalDraft.objects.exists()


# Draft -----------------------------------------------------------------------------------------


def test_draft_without_one_redirects_to_choose(owner_client, application):
    response = owner_client.get(url("draft", application))

    assert response.status_code == 302
    assert response.url == url("choose", application)


def test_draft_page_shows_the_recipient_the_text_and_cc_choices(
    owner_client, application, main_contact, draft
):
    hiring_manager = ContactFactory(
        application=application,
        name="Hana Manager",
        email="hana@globex.example",
        role=Contact.Role.HIRING_MANAGER,
    )
    ContactFactory(application=application, name="Nomail Person", email="")

    response = owner_client.get(url("draft", application))

    assert response.status_code == 200
    page = response.content.decode()
    text = text_of(response)
    assert "To: Priya Shah (In-house recruiter) <priya@globex.example>" in text
    assert f'value="{html.escape(draft.subject)}"' in page
    assert html.escape(draft.body) in page
    assert cc_checkboxes(page) == [str(hiring_manager.pk)]
    assert "Copy in (CC) Hana Manager (Hiring manager) <hana@globex.example> Save draft" in text
    assert 'href="mailto:priya@globex.example?subject=Withdrawing%20my%20application' in page
    assert url("draft_eml", application) in page
    # The shipped text already reads well.
    assert "Reads well: thanks, brief, a greeting and a sign-off" in text


def test_draft_page_without_other_contacts_has_no_cc_field(owner_client, application, draft):
    response = owner_client.get(url("draft", application))

    assert cc_checkboxes(response.content.decode()) == []
    assert "Copy in (CC)" not in text_of(response)


def test_draft_post_saves_and_redirects_with_a_message(
    owner_client, application, main_contact, draft
):
    copied = ContactFactory(application=application, email="hm@globex.example")

    response = owner_client.post(
        url("draft", application),
        {"subject": "My subject", "body": "Dear Priya,\r\n\r\nThank you.", "cc": [copied.pk]},
        follow=True,
    )

    assert response.redirect_chain == [(url("draft", application), 302)]
    assert "Draft saved." in text_of(response)
    draft.refresh_from_db()
    assert draft.subject == "My subject"
    assert draft.body == "Dear Priya,\n\nThank you."
    assert draft.cc == [copied.pk]


def test_draft_post_from_htmx_returns_only_the_aside_with_new_advice(
    owner_client, application, main_contact, draft
):
    response = owner_client.post(
        url("draft", application),
        {"subject": "Leaving", "body": "I was disappointed by [NAME]."},
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "<html" not in page
    assert 'id="draft-form"' not in page
    assert page.strip().startswith('<div id="draft-aside">')
    text = text_of(response)
    assert "Draft saved." in text
    assert "Fill in or remove what is left over: [NAME]." in text
    assert "Thank them for their time and the opportunity." in text
    assert "Leave out blame or complaint (“disappointed”)" in text
    assert "Reads well" not in text
    assert "subject=Leaving&amp;body=I%20was%20disappointed" in page
    assert not get_messages(response.wsgi_request)
    draft.refresh_from_db()
    assert (draft.subject, draft.body) == ("Leaving", "I was disappointed by [NAME].")


def test_draft_post_with_an_empty_body_is_refused_and_keeps_what_was_typed(
    owner_client, application, main_contact, draft
):
    before = WithdrawalDraft.objects.values().get(pk=draft.pk)

    response = owner_client.post(
        url("draft", application), {"subject": "My typed subject", "body": "   "}
    )

    assert response.status_code == 422
    page = response.content.decode()
    assert "The message can’t be empty." in page
    assert 'value="My typed subject"' in page
    assert "Draft saved." not in page
    assert WithdrawalDraft.objects.values().get(pk=draft.pk) == before


def test_draft_post_from_htmx_with_an_empty_body_is_refused(
    owner_client, application, main_contact, draft
):
    before = WithdrawalDraft.objects.values().get(pk=draft.pk)

    response = owner_client.post(
        url("draft", application),
        {"subject": "My typed subject", "body": ""},
        headers={"HX-Request": "true"},
    )

    assert response.status_code == 422
    assert "<html" not in response.content.decode()
    assert "Draft saved." not in response.content.decode()
    assert WithdrawalDraft.objects.values().get(pk=draft.pk) == before


def test_draft_with_an_interview_within_a_day_advises_a_call_and_shows_the_script(
    owner_client, application, main_contact, draft
):
    InterviewFactory(application=application, scheduled_at=timezone.now() + timedelta(hours=3))

    response = owner_client.get(url("draft", application))

    text = text_of(response)
    assert "Your next interview is within 48 hours: call them instead of emailing" in text
    assert "Phone script" in text
    assert (
        "Hello Priya, this is Alex Morgan, calling about the Data Engineer role at Globex." in text
    )


def test_draft_with_an_interview_past_the_48_hour_window_shows_no_phone_script(
    owner_client, application, main_contact, draft
):
    InterviewFactory(
        application=application, scheduled_at=timezone.now() + timedelta(hours=48, minutes=5)
    )

    response = owner_client.get(url("draft", application))

    text = text_of(response)
    assert "within 48 hours" not in text
    assert "Your next interview is within 3 days: send this today" in text
    assert "Phone script" not in text


# Mark sent -------------------------------------------------------------------------------------


def test_mark_sent_records_it_and_shows_the_application_as_withdrawn(
    owner_client, application, main_contact, draft
):
    upcoming = InterviewFactory(application=application)

    response = owner_client.post(url("mark_sent", application), {"method": "email"}, follow=True)

    assert response.redirect_chain == [(application.get_absolute_url(), 302)]
    text = text_of(response)
    assert "Withdrawn from Data Engineer at Globex. Its upcoming interviews are cancelled." in text
    assert "You withdrew on" in text
    assert "(email)" in text
    withdrawal = Withdrawal.objects.get(application=application)
    assert withdrawal.subject == draft.subject
    assert withdrawal.recipient_email == "priya@globex.example"
    application.refresh_from_db()
    assert application.stage == Stage.WITHDRAWN
    upcoming.refresh_from_db()
    assert upcoming.status == Interview.Status.CANCELLED
    assert not WithdrawalDraft.objects.filter(application=application).exists()


def test_mark_sent_twice_keeps_one_record_and_says_it_was_already_recorded(
    owner_client, application, main_contact, draft
):
    owner_client.post(url("mark_sent", application), {"method": "email"})

    response = owner_client.post(url("mark_sent", application), {"method": "phone"}, follow=True)

    assert "This withdrawal was already recorded." in text_of(response)
    assert Withdrawal.objects.filter(application=application).count() == 1
    assert Withdrawal.objects.get().method == Withdrawal.Method.EMAIL
    withdrawn = StageChange.objects.filter(application=application, to_stage=Stage.WITHDRAWN)
    assert withdrawn.count() == 1


def test_mark_sent_without_a_method_records_nothing(owner_client, application, main_contact, draft):
    response = owner_client.post(url("mark_sent", application), {"method": "pigeon"})

    assert response.status_code == 422
    assert "Say whether you emailed or phoned them." in text_of(response)
    assert "Select a valid choice. pigeon is not one of the available choices." in text_of(response)
    assert not Withdrawal.objects.exists()
    application.refresh_from_db()
    assert application.stage == Stage.INTERVIEWING


def test_mark_sent_on_a_closed_process_records_nothing(owner_client, owner):
    application = ApplicationFactory(owner=owner, stage=Stage.REJECTED)

    response = owner_client.post(url("mark_sent", application), {"method": "email"}, follow=True)

    assert "is not a live process: nothing was recorded." in text_of(response)
    assert not Withdrawal.objects.exists()
    application.refresh_from_db()
    assert application.stage == Stage.REJECTED


# Undo ------------------------------------------------------------------------------------------


def test_undo_within_the_window_restores_the_process(owner_client, application, withdrawn):
    response = owner_client.post(url("undo", application), follow=True)

    assert "Withdrawal undone. Your draft and interviews are back." in text_of(response)
    application.refresh_from_db()
    assert application.stage == Stage.INTERVIEWING
    withdrawn.refresh_from_db()
    assert withdrawn.undone_at is not None
    assert WithdrawalDraft.objects.filter(application=application).exists()


def test_undo_after_the_window_is_refused(owner_client, application, withdrawn):
    Withdrawal.objects.filter(pk=withdrawn.pk).update(
        sent_at=timezone.now() - timedelta(minutes=30) - timedelta(minutes=1)
    )

    response = owner_client.post(url("undo", application), follow=True)

    assert "It is too late to undo this withdrawal." in text_of(response)
    assert "Undo withdrawal" not in text_of(response)
    application.refresh_from_db()
    assert application.stage == Stage.WITHDRAWN
    withdrawn.refresh_from_db()
    assert withdrawn.undone_at is None


def test_undo_with_nothing_to_undo_says_so(owner_client, application):
    response = owner_client.post(url("undo", application), follow=True)

    assert "There is no withdrawal to undo." in text_of(response)
    application.refresh_from_db()
    assert application.stage == Stage.INTERVIEWING


# After withdrawing -----------------------------------------------------------------------------


def test_application_page_after_withdrawal_offers_undo_follow_up_and_notes(
    owner_client, application, withdrawn
):
    response = owner_client.get(application.get_absolute_url())

    assert response.status_code == 200
    page = response.content.decode()
    text = text_of(response)
    assert "You withdrew on" in text
    assert "To Priya Shah <priya@globex.example>" in text
    assert f'action="{url("undo", application)}"' in page
    assert f'href="{url("follow_up", application)}"' in page
    assert "Write a short thank-you follow-up" in text
    assert f'action="{url("reflection", application)}"' in page
    assert 'name="liked"' in page
    assert 'name="disliked"' in page
    # A closed process offers no new withdrawal.
    assert f'href="{url("choose", application)}"' not in page


def test_application_page_after_the_undo_window_hides_the_undo_button(
    owner_client, application, withdrawn
):
    Withdrawal.objects.filter(pk=withdrawn.pk).update(
        sent_at=timezone.now() - timedelta(minutes=30) - timedelta(minutes=1)
    )

    response = owner_client.get(application.get_absolute_url())

    assert "You withdrew on" in text_of(response)
    assert f'action="{url("undo", application)}"' not in response.content.decode()


def test_reflection_saves_what_the_user_liked_and_did_not(owner_client, application, withdrawn):
    response = owner_client.post(
        url("reflection", application),
        {"liked": "  Friendly team ", "disliked": "Five rounds"},
        follow=True,
    )

    assert response.redirect_chain == [(application.get_absolute_url(), 302)]
    assert "Your notes are saved." in text_of(response)
    assert "Friendly team</textarea>" in response.content.decode()
    withdrawn.refresh_from_db()
    assert (withdrawn.liked, withdrawn.disliked) == ("Friendly team", "Five rounds")


def test_reflection_too_long_is_refused_and_saves_nothing(owner_client, application, withdrawn):
    response = owner_client.post(
        url("reflection", application), {"liked": "x" * 2001, "disliked": "Five rounds"}
    )

    assert response.status_code == 422
    assert "Ensure this value has at most 2000 characters (it has 2001)." in text_of(response)
    withdrawn.refresh_from_db()
    assert (withdrawn.liked, withdrawn.disliked) == ("", "")


def test_follow_up_page_drafts_the_thank_you_to_the_contact(owner_client, application, withdrawn):
    response = owner_client.get(url("follow_up", application))

    assert response.status_code == 200
    page = response.content.decode()
    text = text_of(response)
    assert "A short thank-you to Globex" in text
    assert 'value="Thank you: Data Engineer at Globex"' in page
    assert "Dear Priya Shah, I wanted to thank you once more" in text
    assert "With best wishes, Alex Morgan" in text
    assert 'href="mailto:priya@globex.example?subject=Thank%20you%3A%20Data%20Engineer' in page
    assert f'action="{url("follow_up_sent", application)}"' in page


def test_follow_up_without_a_withdrawal_is_404(owner_client, application):
    response = owner_client.get(url("follow_up", application))

    assert response.status_code == 404


def test_follow_up_sent_is_recorded_and_shown(owner_client, application, withdrawn):
    response = owner_client.post(url("follow_up_sent", application), follow=True)

    text = text_of(response)
    assert "Follow-up marked as sent." in text
    assert "Thank-you follow-up sent" in text
    assert "Write a short thank-you follow-up" not in text
    withdrawn.refresh_from_db()
    assert withdrawn.follow_up_sent_at is not None


# Bulk start and the queue ----------------------------------------------------------------------


def test_bulk_start_drafts_each_and_works_through_them_in_turn(owner_client, owner):
    OfferFactory(application__owner=owner, application__company="Initech")
    first = ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)
    second = ApplicationFactory(owner=owner, company="Hooli", stage=Stage.APPLIED)
    ContactFactory(application=first, name="Priya Shah", is_main=True)

    # The page lists the most urgent first; the view keeps that order, not the ids' order.
    response = owner_client.post(
        reverse("withdrawals:bulk_start"), {"applications": [second.pk, first.pk]}
    )

    assert response.status_code == 302
    assert response.url == url("draft", second, f"?queue={first.pk}")
    assert flashed(response) == [
        "Drafted 2 withdrawals. Check each one, send it, then mark it as sent."
    ]
    drafts = WithdrawalDraft.objects.filter(application__in=[first, second])
    assert drafts.count() == 2
    assert {d.scenario for d in drafts} == {Scenario.OTHER_OPPORTUNITY}
    assert {d.tone for d in drafts} == {Tone.FORMAL}

    page = owner_client.get(response.url)
    assert "Working through your selection: 1 more after this one." in text_of(page)
    assert "Mark as sent and go to Globex" in text_of(page)

    response = owner_client.post(
        url("mark_sent", second), {"method": "email", "queue": str(first.pk)}
    )

    assert response.status_code == 302
    assert response.url == url("draft", first)
    second.refresh_from_db()
    assert second.stage == Stage.WITHDRAWN
    assert WithdrawalDraft.objects.filter(application=first).exists()


def test_bulk_start_keeps_a_draft_already_in_progress(owner_client, owner, application, draft):
    draft.body = "My own words"
    draft.save()

    owner_client.post(reverse("withdrawals:bulk_start"), {"applications": [application.pk]})

    draft.refresh_from_db()
    assert draft.body == "My own words"


def test_bulk_start_with_nothing_ticked_says_so(owner_client, owner):
    response = owner_client.post(reverse("withdrawals:bulk_start"), {})

    assert response.status_code == 422
    assert "Tick at least one candidate to draft withdrawals for." in text_of(response)
    assert not WithdrawalDraft.objects.exists()


def test_bulk_start_ignores_closed_processes(owner_client, owner):
    closed = ApplicationFactory(owner=owner, stage=Stage.REJECTED)

    response = owner_client.post(
        reverse("withdrawals:bulk_start"), {"applications": [closed.pk]}, follow=True
    )

    assert "Tick at least one candidate" in text_of(response)
    assert not WithdrawalDraft.objects.exists()


# Method and ownership guards -------------------------------------------------------------------


POST_ONLY = [
    "mark_sent",
    "undo",
    "follow_up_sent",
    "reflection",
    "keep_in_play",
    "undo_keep_in_play",
]


@pytest.mark.parametrize("name", POST_ONLY)
def test_get_on_a_post_only_action_is_405(owner_client, application, withdrawn, name):
    response = owner_client.get(url(name, application))

    assert response.status_code == 405
    application.refresh_from_db()
    assert application.stage == Stage.WITHDRAWN
    withdrawn.refresh_from_db()
    assert withdrawn.undone_at is None
    assert withdrawn.follow_up_sent_at is None


def test_get_on_bulk_start_is_405(owner_client, application):
    response = owner_client.get(reverse("withdrawals:bulk_start"))

    assert response.status_code == 405
    assert not WithdrawalDraft.objects.exists()


def everything() -> dict:
    return {
        "applications": list(Application.objects.order_by("pk").values()),
        "drafts": list(WithdrawalDraft.objects.order_by("pk").values()),
        "withdrawals": list(Withdrawal.objects.order_by("pk").values()),
        "interviews": list(Interview.objects.order_by("pk").values()),
        "stage_changes": StageChange.objects.count(),
    }


# (url name, method, data, which of the owner's applications it acts on)
PK_URLS = [
    ("choose", "get", {}, "drafting"),
    ("choose", "post", {"scenario": "no_reason", "tone": "formal"}, "drafting"),
    ("draft", "get", {}, "drafting"),
    ("draft", "post", {"subject": "Hacked", "body": "Hacked"}, "drafting"),
    ("draft_eml", "get", {}, "drafting"),
    ("mark_sent", "post", {"method": "email"}, "drafting"),
    ("undo", "post", {}, "withdrawn"),
    ("follow_up", "get", {}, "withdrawn"),
    ("follow_up_sent", "post", {}, "withdrawn"),
    ("reflection", "post", {"liked": "Hacked", "disliked": "Hacked"}, "withdrawn"),
    ("keep_in_play", "post", {"reason": "negotiating"}, "drafting"),
    ("undo_keep_in_play", "post", {}, "kept"),
]


@pytest.mark.parametrize(
    ("name", "method", "data", "which"), PK_URLS, ids=[f"{n}-{m}" for n, m, *_ in PK_URLS]
)
def test_a_stranger_gets_404_for_every_url_with_an_id_and_changes_nothing(
    client, owner, stranger, name, method, data, which
):
    drafting = ApplicationFactory(owner=owner, stage=Stage.INTERVIEWING)
    ContactFactory(application=drafting, email="priya@globex.example", is_main=True)
    InterviewFactory(application=drafting)
    services.start_draft(application=drafting, choices=WordingChoices(Scenario.NO_REASON))
    withdrawn = ApplicationFactory(owner=owner, stage=Stage.SCREENING)
    InterviewFactory(application=withdrawn)
    services.start_draft(application=withdrawn, choices=WordingChoices(Scenario.NO_REASON))
    services.mark_sent(application=withdrawn, method=Withdrawal.Method.EMAIL)
    kept = ApplicationFactory(
        owner=owner,
        kept_in_play_reason="negotiating",
        kept_in_play_at=timezone.now(),
    )
    target = {"drafting": drafting, "withdrawn": withdrawn, "kept": kept}[which]
    before = everything()
    client.force_login(stranger)

    response = getattr(client, method)(url(name, target), data, headers={"HX-Request": "true"})

    assert response.status_code == 404
    assert everything() == before
    # The same request from the owner finds the row: the 404 was about who asked.
    client.force_login(owner)
    assert getattr(client, method)(url(name, target), data).status_code != 404


def test_a_stranger_cannot_bulk_draft_someone_elses_applications(client, owner, stranger):
    application = ApplicationFactory(owner=owner, stage=Stage.APPLIED)
    client.force_login(stranger)

    response = client.post(
        reverse("withdrawals:bulk_start"), {"applications": [application.pk]}, follow=True
    )

    assert "Tick at least one candidate" in text_of(response)
    assert not WithdrawalDraft.objects.exists()


def test_an_anonymous_visitor_is_sent_to_log_in(client, application):
    response = client.get(url("choose", application))

    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_mark_sent_records_the_text_on_screen_not_an_older_autosave(
    owner_client, application, draft
):
    """The page's script sends the fields along, so a click right after typing is not lost."""
    response = owner_client.post(
        url("mark_sent", application),
        {
            "method": "email",
            "include_draft": "1",
            "subject": "Withdrawing: final words",
            "body": "Dear Priya,\n\nThank you. The very last edit.\n\nKind regards,\nAlex",
        },
    )

    assert response.status_code == 302
    withdrawal = Withdrawal.objects.get(application=application)
    assert withdrawal.subject == "Withdrawing: final words"
    assert "The very last edit." in withdrawal.body


def test_mark_sent_with_an_empty_message_on_screen_records_nothing(
    owner_client, application, draft
):
    response = owner_client.post(
        url("mark_sent", application),
        {"method": "email", "include_draft": "1", "subject": "Hi", "body": ""},
    )

    assert response.status_code == 422
    assert flashed(response) == ["The message can’t be empty. Nothing was recorded."]
    assert 'value="Hi"' in response.text
    assert not Withdrawal.objects.filter(application=application).exists()
    application.refresh_from_db()
    assert application.stage != Stage.WITHDRAWN


def test_eml_download_by_post_saves_and_uses_the_text_on_screen(owner_client, application, draft):
    response = owner_client.post(
        url("draft_eml", application),
        {"include_draft": "1", "subject": "Fresh subject", "body": "Dear Priya,\n\nFresh body."},
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "message/rfc822"
    assert b"Subject: Fresh subject" in response.content
    draft.refresh_from_db()
    assert draft.body == "Dear Priya,\n\nFresh body."


def test_choose_ignores_options_of_another_scenario(owner_client, application, main_contact):
    """A colleague typed for "recommend a colleague" must not leak into a plain withdrawal."""
    response = owner_client.post(
        url("choose", application),
        {"scenario": Scenario.NOT_RIGHT_FIT, "tone": Tone.FORMAL, "colleague_name": "Jamie Lee"},
    )

    assert response.status_code == 302
    draft = WithdrawalDraft.objects.get(application=application)
    assert draft.colleague_name == ""
    assert "Jamie Lee" not in draft.body


def test_choose_keeps_the_colleague_for_a_recommendation(owner_client, application, main_contact):
    owner_client.post(
        url("choose", application),
        {
            "scenario": Scenario.RECOMMEND_COLLEAGUE,
            "tone": Tone.FORMAL,
            "colleague_name": "Jamie Lee",
        },
    )

    draft = WithdrawalDraft.objects.get(application=application)
    assert "Jamie Lee" in draft.body


def test_the_detail_page_shows_no_withdrawal_once_the_process_is_live_again(
    owner_client, application, main_contact
):
    services.mark_sent(application=application, method=Withdrawal.Method.EMAIL)
    application_services.change_stage(application=application, to_stage=Stage.SCREENING)

    response = owner_client.get(application.get_absolute_url())

    assert "You withdrew" not in response.text


@pytest.mark.parametrize("value", ["²", "9" * 5000, "-1", "1e3"])
def test_odd_ids_in_a_queue_or_a_bulk_selection_are_ignored(
    owner_client, application, main_contact, value
):
    services.start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))

    assert owner_client.get(
        reverse("withdrawals:draft", args=[application.pk]), {"queue": value}
    ).status_code in (200, 302)
    response = owner_client.post(reverse("withdrawals:bulk_start"), {"applications": [value]})
    assert response.status_code == 422
    assert "Tick at least one candidate" in response.text


def test_a_strangers_id_in_the_queue_is_neither_named_nor_followed(
    owner_client, stranger, application, main_contact, draft
):
    theirs = ApplicationFactory(owner=stranger, company="Stranger Co")
    queue = f"?queue={theirs.pk}"

    page = owner_client.get(url("draft", application, queue))
    sent = owner_client.post(url("mark_sent", application, queue), {"method": "email"})

    assert page.status_code == 200
    assert "Stranger Co" not in page.text
    assert "more after this one" not in page.text
    assert sent.url == application.get_absolute_url()
