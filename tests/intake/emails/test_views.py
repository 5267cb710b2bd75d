"""The emails pages: add (upload .eml or .msg, paste), review (apply, edit, dismiss, create),
the forwarding address, the count; only the user's own emails."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from applications import services
from applications.models import (
    ForwardingAddress,
    Interview,
    MessageKind,
    RecruiterMessage,
    Stage,
)
from intake.emails import inbox
from tests.factories import ApplicationFactory
from tests.intake.emails.corpus import parsed, raw, rows
from tests.intake.emails.msgfile import msg_file

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 3, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def _row(name):
    return next(row for row in rows("heldout") if row["name"] == name)


def _application(owner, **fields):
    fields.setdefault("date_applied", NOW.date() - timedelta(days=20))
    return services.create_application(application=ApplicationFactory.build(owner=owner, **fields))


def _quillpay(owner, **fields):
    """An application the Quillpay emails match: its posting is on the sender's domain."""
    return _application(
        owner, company="Quillpay", posting_url="https://quillpay.com/jobs/1", **fields
    )


def _kept(owner, name):
    return inbox.receive(owner=owner, parsed=parsed("heldout", _row(name)), source="forwarded")


def _upload(name, data, content_type="message/rfc822"):
    return SimpleUploadedFile(name, data, content_type)


# --- adding ------------------------------------------------------------------------------


def test_uploading_an_eml_shows_its_suggestion(owner_client, owner):
    app = _application(owner, company="Brightlane", stage=Stage.APPLIED)
    data = raw("heldout", _row("h06-invitation-en-ics"))

    response = owner_client.post(
        reverse("intake:email_add"), {"file": _upload("invite.eml", data)}, follow=True
    )

    message = RecruiterMessage.objects.get()
    assert response.redirect_chain == [(detail_url(message), 302)]
    assert (message.source, message.application) == ("uploaded", app)
    text = response.content.decode()
    assert "Interview invitation" in text
    assert "Why: The subject: “Interview invitation: Backend Developer at Brightlane”" in text
    assert "Move the stage to Interviewing." in text
    # 13:00 UTC is 13:00 in London in November.
    assert (
        "Add an interview on Tue 17 Nov 2026, 13:00 (45 minutes, video, https://meet.google.com/abc-defg-hij)."
        in text
    )
    assert "Add Priya Nair (priya.nair@brightlane.io) as a contact." in text
    assert "tracker.example" not in text


def test_uploading_an_outlook_msg(owner_client, owner):
    app = _application(owner, company="Sonnenfeld Energie")
    data = msg_file(
        subject="Absage – Werkstudent Marketing",
        body="Hallo,\n\nleider können wir Ihre Bewerbung nicht berücksichtigen.\n",
        sender_name="Sonnenfeld Energie",
        sender_email="bewerbung@sonnenfeld-energie.de",
    )

    owner_client.post(
        reverse("intake:email_add"),
        {"file": _upload("Absage.msg", data, "application/vnd.ms-outlook")},
    )

    message = RecruiterMessage.objects.get()
    assert (message.kind, message.application) == (MessageKind.REJECTION, app)
    assert message.suggestion == {"stage": "rejected", "after_interview": False}


def test_pasting_on_an_applications_page_files_it_there(owner_client, owner):
    app = _application(owner, company="Somewhere else entirely")

    response = owner_client.post(
        reverse("intake:email_add_for", args=[app.pk]),
        {"text": "Unfortunately, we will not be moving forward with your application."},
    )

    message = RecruiterMessage.objects.get()
    assert response.url == detail_url(message)
    assert (message.source, message.application, message.suggestion) == (
        "pasted",
        app,
        {"stage": "rejected", "after_interview": False},
    )
    assert message.match_reason == "You added it on this application's page."


def test_a_job_alert_is_filed_with_no_suggestion(owner_client, owner):
    data = raw("heldout", _row("h41-alert-linkedin"))

    response = owner_client.post(
        reverse("intake:email_add"), {"file": _upload("a.eml", data)}, follow=True
    )

    assert response.redirect_chain == [(reverse("intake:emails"), 302)]
    assert (
        "This is not about one of your processes (The sender linkedin.com is a job board.) "
        "Nothing to change." in response.text
    )
    assert RecruiterMessage.objects.to_review().count() == 0


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({}, "Attach the email file, or paste its text."),
        (
            {"text": "Hello", "file": _upload("a.eml", b"From: a@b.c\r\n\r\nHi")},
            "Attach a file or paste the text, not both.",
        ),
        ({"file": _upload("a.eml", b"no headers at all")}, "This is not an email file (.eml)"),
        (
            {"file": _upload("a.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1broken")},
            "This is not an Outlook message (.msg)",
        ),
        ({"text": "   "}, "Attach the email file, or paste its text."),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_kept(owner_client, data, expected):
    response = owner_client.post(reverse("intake:email_add"), data)

    assert response.status_code == 422
    assert expected in response.content.decode()
    assert not RecruiterMessage.objects.exists()


def test_an_upload_over_10_mb_is_refused(owner_client, settings):
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1024
    big = b"From: a@b.com\r\nSubject: x\r\n\r\n" + b"x" * 10_000_001

    response = owner_client.post(reverse("intake:email_add"), {"file": _upload("big.eml", big)})

    assert response.status_code == 422
    assert "over 10 MB" in response.content.decode()


def test_the_add_pages_answer_get_and_a_strangers_application_is_404(owner_client, stranger):
    theirs = _application(stranger, company="Theirs")

    assert owner_client.get(reverse("intake:email_add")).status_code == 200
    assert owner_client.get(reverse("intake:email_add_for", args=[theirs.pk])).status_code == 404
    assert (
        owner_client.post(
            reverse("intake:email_add_for", args=[theirs.pk]), {"text": "x"}
        ).status_code
        == 404
    )


# --- the review list -------------------------------------------------------------------------


def test_the_review_list_shows_each_email_its_reason_and_suggestion(owner_client, owner, stranger):
    _quillpay(owner, stage=Stage.INTERVIEWING)
    _kept(owner, "h27-rejection-en-after")
    _kept(owner, "h41-alert-linkedin")
    _kept(stranger, "h26-rejection-en-before")

    response = owner_client.get(reverse("intake:emails"))

    text = response.content.decode()
    assert "Frontend Engineer - update" in text
    assert (
        "Why: The sentence “Unfortunately, we will not be moving forward with your application.”"
        in text
    )
    assert "Move the stage to Rejected (after an interview)." in text
    assert "Add Lena Fischer (lena@quillpay.com) as a contact." in text
    assert "Your application for Product Manager" not in text  # the stranger's
    # The job alert is filed apart, with its reason, and offers no Apply.
    assert "Not about a process" in text
    assert "30+ new jobs for &#x27;data engineer&#x27;" in text
    assert text.count(">Apply</button>") == 1


@pytest.mark.parametrize("count", [3, 30])
def test_the_review_list_costs_the_same_queries_and_shows_25(
    owner_client, owner, count, django_assert_max_num_queries
):
    for index in range(count):
        RecruiterMessage.objects.create(
            owner=owner,
            source="pasted",
            subject=f"Email {index}",
            kind=MessageKind.UNKNOWN,
            candidate_ids=[],
        )

    # session, user, the page of emails, their count, candidates, interviews, filed, address.
    with django_assert_max_num_queries(9):
        response = owner_client.get(reverse("intake:emails"))

    assert response.content.decode().count(">Dismiss</button>") == min(count, 25)
    if count > 25:
        assert "25 of 30 shown" in response.content.decode()


def test_the_count_for_the_navigation_and_today(owner_client, owner):
    _kept(owner, "h27-rejection-en-after")
    _kept(owner, "h26-rejection-en-before")
    _kept(owner, "h41-alert-linkedin")

    badge = owner_client.get(reverse("intake:email_count")).content.decode()
    today = owner_client.get(reverse("intake:email_count"), {"on": "today"}).content.decode()

    assert '>2<span class="visually-hidden"> to review</span>' in badge
    assert "2 emails to review" in today
    assert "email-count" in owner_client.get(reverse("intake:email_count")).content.decode()


def test_no_count_when_nothing_to_review(owner_client):
    assert owner_client.get(reverse("intake:email_count")).content.decode().strip() == ""


# --- applying, editing, dismissing -----------------------------------------------------------


def test_one_click_apply(owner_client, owner):
    app = _quillpay(owner, stage=Stage.INTERVIEWING)
    message = _kept(owner, "h27-rejection-en-after")

    response = owner_client.post(reverse("intake:email_apply", args=[message.pk]), follow=True)

    assert response.redirect_chain == [(reverse("intake:emails"), 302)]
    assert f"Applied to {app}." in response.content.decode()
    app.refresh_from_db()
    assert app.stage == Stage.REJECTED
    assert app.contacts.get().name == "Lena Fischer"
    assert (
        app.stage_changes.first().note
        == "From the email “Frontend Engineer - update” of 2 Nov 2026"
    )


def test_apply_to_the_application_picked_among_several(owner_client, owner):
    first = _application(owner, company="Northwind", position="Analyst", stage=Stage.APPLIED)
    second = _application(owner, company="Northwind", position="Engineer", stage=Stage.APPLIED)
    message = _kept(owner, "h26-rejection-en-before")
    page = owner_client.get(reverse("intake:emails")).content.decode()
    assert "Which application?" in page

    owner_client.post(reverse("intake:email_apply", args=[message.pk]), {"application": second.pk})

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.stage, second.stage) == (Stage.APPLIED, Stage.REJECTED)


def test_apply_without_an_application_asks_for_one(owner_client, owner):
    message = _kept(owner, "h26-rejection-en-before")

    response = owner_client.post(reverse("intake:email_apply", args=[message.pk]), follow=True)

    assert "Choose the application this email is about." in response.content.decode()
    message.refresh_from_db()
    assert message.status == "pending"


def test_apply_refuses_a_strangers_application_and_a_strangers_email(owner_client, owner, stranger):
    theirs = _application(stranger, company="Northwind")
    mine = _kept(owner, "h26-rejection-en-before")
    their_email = _kept(stranger, "h26-rejection-en-before")

    assert (
        owner_client.post(
            reverse("intake:email_apply", args=[mine.pk]), {"application": theirs.pk}
        ).status_code
        == 404
    )
    assert (
        owner_client.post(reverse("intake:email_apply", args=[their_email.pk])).status_code == 404
    )
    assert (
        owner_client.get(reverse("intake:email_detail", args=[their_email.pk])).status_code == 404
    )
    theirs.refresh_from_db()
    assert theirs.stage == Stage.APPLIED


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("email_detail", "get"),
        ("email_detail", "post"),
        ("email_apply", "post"),
        ("email_dismiss", "post"),
        ("email_create", "post"),
    ],
)
def test_a_strangers_email_answers_404_and_stays_as_it_was(
    owner_client, owner, stranger, name, method
):
    theirs = _application(stranger, company="Northwind")
    their_email = _kept(stranger, "h26-rejection-en-before")
    data = {"application": theirs.pk, "company": "Mine", "position": "Mine", "stage": "offer"}

    response = getattr(owner_client, method)(reverse(f"intake:{name}", args=[their_email.pk]), data)

    assert response.status_code == 404
    their_email.refresh_from_db()
    assert (their_email.status, their_email.application) == ("pending", theirs)
    assert not owner.applications.exists()


@pytest.mark.parametrize("name", ["email_apply", "email_dismiss", "email_create"])
def test_actions_refuse_get(owner_client, owner, name):
    message = _kept(owner, "h26-rejection-en-before")

    assert owner_client.get(reverse(f"intake:{name}", args=[message.pk])).status_code == 405


def test_forwarding_address_refuses_get(owner_client):
    assert owner_client.get(reverse("intake:forwarding_address")).status_code == 405


def test_applying_twice_applies_once(owner_client, owner):
    app = _quillpay(owner, stage=Stage.INTERVIEWING)
    message = _kept(owner, "h27-rejection-en-after")
    owner_client.post(reverse("intake:email_apply", args=[message.pk]))

    response = owner_client.post(reverse("intake:email_apply", args=[message.pk]), follow=True)

    assert "This email was already dealt with." in response.content.decode()
    assert app.stage_changes.filter(to_stage=Stage.REJECTED).count() == 1


def test_a_refused_change_sends_the_user_to_edit_it(owner_client, owner):
    app = _application(owner, company="Brightlane", stage=Stage.APPLIED, date_applied=NOW.date())
    message = _kept(owner, "h06-invitation-en-ics")
    message.suggestion["interview"]["scheduled_at"] = "2026-10-01T10:00:00+00:00"
    message.save()

    response = owner_client.post(reverse("intake:email_apply", args=[message.pk]), follow=True)

    assert response.redirect_chain == [(detail_url(message), 302)]
    assert "This is before you applied" in response.content.decode()
    assert not Interview.objects.exists()
    assert app.stage_changes.count() == 1


def test_editing_the_suggestion_then_applying(owner_client, owner):
    app = _application(owner, company="Brightlane", stage=Stage.APPLIED)
    message = _kept(owner, "h06-invitation-en-ics")
    page = owner_client.get(detail_url(message)).content.decode()
    assert 'value="2026-11-17T13:00"' in page

    response = owner_client.post(
        detail_url(message),
        {
            "application": app.pk,
            "stage": "screening",
            "include_interview": "on",
            "scheduled_at": "2026-11-18T09:30",
            "duration_minutes": "30",
            "kind": "phone",
            "location": "",
            "contact_name": "Priya Nair",
            "contact_email": "priya.nair@brightlane.io",
        },
    )

    assert response.status_code == 302
    app.refresh_from_db()
    interview = app.interviews.get()
    assert (interview.scheduled_at, interview.duration_minutes, interview.kind) == (
        datetime(2026, 11, 18, 9, 30, tzinfo=UTC),
        30,
        "phone",
    )
    assert app.stage == Stage.SCREENING
    # The contact box was not ticked: no contact.
    assert not app.contacts.exists()


@pytest.mark.parametrize(
    ("data", "field_error"),
    [
        (
            {"include_interview": "on", "scheduled_at": ""},
            "Enter the interview&#x27;s date and time.",
        ),
        (
            {"include_interview": "on", "scheduled_at": "soon"},
            "Enter a date and time, like 2026-03-14 10:30.",
        ),
        (
            {"include_contact": "on", "contact_email": ""},
            "Enter the contact&#x27;s email, or untick the box.",
        ),
        ({"stage": "sideways"}, "Select a valid choice."),
        ({"application": ""}, "Choose the application this email is about."),
        (
            {"include_interview": "on", "scheduled_at": "2026-10-01T10:00"},
            "This is before you applied",
        ),
    ],
)
def test_a_bad_edit_is_shown_again_and_nothing_applied(owner_client, owner, data, field_error):
    app = _application(owner, company="Brightlane", stage=Stage.APPLIED, date_applied=NOW.date())
    message = _kept(owner, "h06-invitation-en-ics")

    response = owner_client.post(detail_url(message), {"application": app.pk, **data})

    assert response.status_code == 422
    assert field_error in response.content.decode()
    message.refresh_from_db()
    assert message.status == "pending"
    assert not Interview.objects.exists()


def test_dismissing(owner_client, owner):
    app = _quillpay(owner, stage=Stage.INTERVIEWING)
    message = _kept(owner, "h27-rejection-en-after")

    response = owner_client.post(reverse("intake:email_dismiss", args=[message.pk]), follow=True)
    again = owner_client.post(reverse("intake:email_dismiss", args=[message.pk]), follow=True)

    assert "Dismissed: nothing was changed." in response.content.decode()
    assert "This email was already dealt with." in again.content.decode()
    app.refresh_from_db()
    assert app.stage == Stage.INTERVIEWING
    assert RecruiterMessage.objects.get().status == "dismissed"


def test_creating_the_application_for_an_approach(owner_client, owner):
    message = _kept(owner, "h37-outreach-en-agency")
    page = owner_client.get(reverse("intake:emails")).content.decode()
    assert "create it (as Interested)" in page

    response = owner_client.post(
        reverse("intake:email_create", args=[message.pk]),
        {"company": "Fintech client", "position": "Senior Python Developer"},
    )

    app = owner.applications.get()
    assert response.url == app.get_absolute_url()
    assert (app.company, app.stage) == ("Fintech client", Stage.INTERESTED)


def test_creating_needs_a_company_and_position(owner_client, owner):
    message = _kept(owner, "h37-outreach-en-agency")

    response = owner_client.post(
        reverse("intake:email_create", args=[message.pk]), {"company": ""}, follow=True
    )

    assert (
        "Enter the company and the position to create the application." in response.content.decode()
    )
    assert not owner.applications.exists()


def test_the_guess_for_a_new_application(owner):
    ats = _kept(owner, "h18-assessment-en-hackerrank")
    team = _kept(owner, "h02-received-de-personio")
    person = _kept(owner, "h37-outreach-en-agency")

    assert inbox.new_application_guess(ats)["company"] == "Brightlane"
    assert inbox.new_application_guess(team) == {
        "company": "Kessler Logistik GmbH",
        "position": "Ihre Bewerbung als Projektleiter (m/w/d)",
    }
    assert inbox.new_application_guess(person)["company"] == ""


# --- the forwarding address and the application page -----------------------------------------


def test_making_and_remaking_the_forwarding_address(owner_client, owner, settings):
    settings.INBOUND_EMAIL_DOMAIN = "in.bowout.example"
    assert (
        "Make my forwarding address" in owner_client.get(reverse("intake:emails")).content.decode()
    )

    owner_client.post(reverse("intake:forwarding_address"))
    first = ForwardingAddress.objects.get(owner=owner).address
    response = owner_client.post(reverse("intake:forwarding_address"), follow=True)
    second = ForwardingAddress.objects.get(owner=owner).address

    assert first != second
    assert (
        f"Your new forwarding address is {second}. The old one no longer works."
        in response.content.decode()
    )
    assert f'<code id="forwarding-address">{second}</code>' in response.content.decode()


def test_the_application_page_links_the_upload_and_shows_emails_on_the_timeline(
    owner_client, owner
):
    app = _quillpay(owner, stage=Stage.INTERVIEWING)
    message = _kept(owner, "h27-rejection-en-after")

    page = owner_client.get(app.get_absolute_url()).content.decode()

    assert reverse("intake:email_add_for", args=[app.pk]) in page
    assert f'Email: <a href="{detail_url(message)}">Frontend Engineer - update</a>' in page
    assert "(rejection, to review)" in page


def test_the_email_page_shows_sanitised_html_when_there_is_no_text(owner_client, owner):
    message = RecruiterMessage.objects.create(
        owner=owner,
        source="pasted",
        subject="HTML",
        body_html="<p>Hello <b>there</b></p>",
        kind="unknown",
    )

    page = owner_client.get(detail_url(message)).content.decode()

    assert "<p>Hello <b>there</b></p>" in page


def test_today_and_the_navigation_load_the_count(owner_client):
    page = owner_client.get(reverse("home")).content.decode()

    assert f'hx-get="{reverse("intake:email_count")}?on=today"' in page
    assert f'hx-get="{reverse("intake:email_count")}"' in page


def detail_url(message) -> str:
    return reverse("intake:email_detail", args=[message.pk])
