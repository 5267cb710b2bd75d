"""Emails kept for review: matched to an application, their suggestion worked out, applied
through the core's services (one click, once) or dismissed."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError

from applications import services
from applications.models import (
    Application,
    Contact,
    Interview,
    MessageKind,
    Offer,
    RecruiterMessage,
    Stage,
    StageChange,
)
from intake.emails import inbox
from intake.emails.reading import ParsedEmail, read_bytes
from tests.factories import ApplicationFactory, ContactFactory, InterviewFactory
from tests.intake.emails.corpus import parsed, rows

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 3, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def _held(name):
    return parsed("heldout", next(r for r in rows("heldout") if r["name"] == name))


def _dev(name):
    return parsed("development", next(r for r in rows("development") if r["name"] == name))


def _application(owner, **fields):
    fields.setdefault("date_applied", NOW.date() - timedelta(days=20))
    return services.create_application(application=ApplicationFactory.build(owner=owner, **fields))


# --- matching ----------------------------------------------------------------------------


def test_a_reply_is_matched_through_its_thread(owner):
    brightlane = _application(owner, company="Brightlane", position="Backend Developer")
    _application(owner, company="Quillpay")
    first = inbox.receive(owner=owner, parsed=_held("h06-invitation-en-ics"), source="forwarded")
    # The user filed the first one with a different application than the matcher would pick.
    assert first.application == brightlane

    reply = inbox.receive(owner=owner, parsed=_held("h11-rescheduled-en"), source="forwarded")

    assert reply.application == brightlane
    assert reply.match_reason == (
        "It answers the email “Interview invitation: Backend Developer at Brightlane”."
    )


def test_the_senders_domain_matches_a_contacts(owner):
    quill = _application(owner, company="QP Ltd")
    _application(owner, company="Other")
    ContactFactory(application=quill, email="ben.ortiz@quillpay.com")

    message = inbox.receive(owner=owner, parsed=_held("h27-rejection-en-after"), source="uploaded")

    assert message.application == quill
    assert message.match_reason == "A contact of it writes from quillpay.com."


def test_the_senders_domain_matches_the_postings(owner):
    lumen = _application(owner, company="AL", posting_url="https://jobs.atelier-lumen.fr/123")

    message = inbox.receive(owner=owner, parsed=_held("h21-assessment-fr"), source="uploaded")

    assert message.application == lumen
    assert message.match_reason == "Its posting is on atelier-lumen.fr, the sender's domain."


def test_an_ats_writing_for_a_company_is_matched_by_the_company(owner):
    brightlane = _application(owner, company="Brightlane Inc.")
    _application(owner, company="HackerRank fans")

    message = inbox.receive(
        owner=owner, parsed=_held("h18-assessment-en-hackerrank"), source="pasted"
    )

    assert message.application == brightlane
    assert message.match_reason == "The email is sent on behalf of Brightlane Inc.."


def test_two_applications_at_one_company_are_for_the_user_to_pick(owner):
    first = _application(owner, company="Northwind", position="Analyst")
    second = _application(owner, company="Northwind", position="Engineer")

    message = inbox.receive(owner=owner, parsed=_held("h26-rejection-en-before"), source="pasted")

    assert message.application is None
    assert set(message.candidate_ids) == {first.pk, second.pk}
    assert message.match_reason == "Several of your applications could be the one: choose it."


def test_the_position_breaks_a_tie(owner):
    _application(owner, company="Northwind", position="Analyst")
    manager = _application(owner, company="Northwind", position="Product Manager")

    message = inbox.receive(owner=owner, parsed=_held("h05-received-en-workday"), source="pasted")

    assert message.application == manager


def test_another_users_applications_are_never_matched(owner, stranger):
    _application(stranger, company="Northwind")

    message = inbox.receive(owner=owner, parsed=_held("h26-rejection-en-before"), source="pasted")

    assert message.application is None
    assert message.candidate_ids == []
    assert message.match_reason == "No application of yours matches its sender, subject or text."


@pytest.mark.parametrize(("company", "matched"), [("Go", False), ("Gox", True)])
def test_a_company_name_under_3_letters_matches_nothing(owner, company, matched):
    app = _application(owner, company=company)
    email = ParsedEmail(subject=f"Let's go {company}", from_email="x@mail.example", text="Hi")

    message = inbox.receive(owner=owner, parsed=email, source="pasted")

    assert (message.application == app) is matched


def test_webmail_senders_do_not_match_by_domain(owner):
    app = _application(owner, company="Acme")
    ContactFactory(application=app, email="someone@gmail.com")
    email = ParsedEmail(
        from_email="recruiter@gmail.com",
        subject="Hello",
        text="Unfortunately we won't be moving forward.",
    )

    message = inbox.receive(owner=owner, parsed=email, source="pasted")

    assert message.application is None


# --- suggestions ---------------------------------------------------------------------------


def test_an_invitation_suggests_the_interview_the_stage_and_the_contact(owner):
    app = _application(owner, company="Brightlane", stage=Stage.APPLIED)

    message = inbox.receive(owner=owner, parsed=_held("h06-invitation-en-ics"), source="forwarded")

    assert message.application == app
    assert message.kind == MessageKind.INVITATION
    assert message.suggestion == {
        "stage": "interviewing",
        "interview": {
            "action": "add",
            "scheduled_at": "2026-11-17T13:00:00+00:00",
            "sent_zone": "Europe/Berlin",
            "duration_minutes": 45,
            "location": "https://meet.google.com/abc-defg-hij",
            "kind": "video",
            "uid": "h06-invitation-en-ics@corpus.example",
            "sequence": 0,
        },
        "contact": {"name": "Priya Nair", "email": "priya.nair@brightlane.io"},
    }


def test_a_known_contact_is_not_suggested_again(owner):
    app = _application(owner, company="Quillpay", stage=Stage.INTERVIEWING)
    ContactFactory(application=app, email="Lena@QuillPay.com")

    message = inbox.receive(owner=owner, parsed=_held("h27-rejection-en-after"), source="pasted")

    assert message.suggestion == {"stage": "rejected", "after_interview": True}


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("Thank you for interviewing with us. You have not been successful.", True),
        ("Thank you for your application. You have not been successful.", False),
        ("Vielen Dank für das Gespräch. Leider müssen wir Ihnen mitteilen...", True),
        ("Leider können wir Ihre Bewerbung nicht berücksichtigen.", False),
        ("Merci pour notre entretien. Votre candidature n'a pas été retenue.", True),
        ("Votre candidature n'a pas été retenue.", False),
        ("Gracias por tu tiempo en las entrevistas. No has sido seleccionado.", True),
        ("No podemos continuar con tu candidatura.", False),
    ],
)
def test_a_rejection_before_or_after_an_interview(owner, text, after):
    app = _application(owner, company="Acme", stage=Stage.SCREENING)

    message = inbox.receive(
        owner=owner,
        parsed=ParsedEmail(from_email="x@acme.example", text=text),
        source="pasted",
        application=app,
    )

    assert message.suggestion["after_interview"] is after


def test_an_interview_held_makes_a_rejection_after_one(owner):
    app = _application(owner, company="Acme", stage=Stage.INTERVIEWING)
    InterviewFactory(application=app, scheduled_at=NOW - timedelta(days=2))

    message = inbox.receive(
        owner=owner,
        parsed=ParsedEmail(from_email="x@acme.example", text="Unfortunately we won't proceed."),
        source="pasted",
        application=app,
    )

    assert message.suggestion == {"stage": "rejected", "after_interview": True}


@pytest.mark.parametrize(
    ("stage", "kind_file", "expected"),
    [
        (Stage.INTERESTED, "h05-received-en-workday", "applied"),
        (Stage.APPLIED, "h05-received-en-workday", None),
        (Stage.SCREENING, "h05-received-en-workday", None),
        (Stage.APPLIED, "h22-assessment-es", "screening"),
        (Stage.INTERVIEWING, "h22-assessment-es", None),
        (Stage.OFFER, "h26-rejection-en-before", "rejected"),
        (Stage.WITHDRAWN, "h26-rejection-en-before", None),
        (Stage.INTERVIEWING, "h23-onhold-en", None),
    ],
)
def test_the_stage_suggested_only_moves_a_process_forward(owner, stage, kind_file, expected):
    company = {
        "h05": "Northwind",
        "h22": "Nube Verde",
        "h26": "Northwind",
        "h23": "Harbor Analytics",
    }
    _application(owner, company=company[kind_file[:3]], stage=stage)

    message = inbox.receive(owner=owner, parsed=_held(kind_file), source="pasted")

    assert message.suggestion.get("stage") == expected


def test_a_reschedule_moves_the_next_interview_and_a_cancellation_cancels_it(owner):
    app = _application(owner, company="Brightlane", stage=Stage.INTERVIEWING)
    later = InterviewFactory(application=app, scheduled_at=NOW + timedelta(days=9))
    soon = InterviewFactory(application=app, scheduled_at=NOW + timedelta(days=3))

    moved = inbox.receive(owner=owner, parsed=_held("h11-rescheduled-en"), source="pasted")
    cancelled = inbox.receive(
        owner=owner,
        parsed=ParsedEmail(
            subject="Interview cancelled", from_email="x@brightlane.io", text="Brightlane"
        ),
        source="pasted",
    )

    assert moved.suggestion["interview"] | {"location": ""} == {
        "action": "move",
        "interview_id": soon.pk,
        "scheduled_at": "2026-11-19T11:00:00+01:00",
        "sent_zone": "Europe/Berlin",
        "duration_minutes": 60,
        "location": "",
        "kind": "video",
    }
    assert cancelled.suggestion["interview"] == {"action": "cancel", "interview_id": soon.pk}
    assert later.pk != soon.pk


@pytest.mark.parametrize(
    ("name", "in_writing"),
    [("h32-offer-en-letter", True), ("h33-offer-en-verbal", False), ("h36-offer-es", True)],
)
def test_an_offer_is_in_writing_only_with_a_letter_attached(owner, name, in_writing):
    _application(
        owner, company={"h32": "Brightlane", "h33": "Quillpay", "h36": "Grupo Almena"}[name[:3]]
    )

    message = inbox.receive(owner=owner, parsed=_held(name), source="pasted")

    assert message.suggestion["offer"] == {"in_writing": in_writing}


def test_the_same_email_twice_is_kept_once(owner):
    first = inbox.receive(owner=owner, parsed=_held("h05-received-en-workday"), source="forwarded")
    again = inbox.receive(owner=owner, parsed=_held("h05-received-en-workday"), source="uploaded")

    assert again.pk == first.pk
    assert RecruiterMessage.objects.count() == 1


def test_two_users_may_each_keep_the_same_email(owner, stranger):
    inbox.receive(owner=owner, parsed=_held("h05-received-en-workday"), source="forwarded")
    inbox.receive(owner=stranger, parsed=_held("h05-received-en-workday"), source="forwarded")

    assert RecruiterMessage.objects.count() == 2


# --- applying ------------------------------------------------------------------------------


def test_applying_an_invitation_adds_the_interview_contact_and_stage_with_a_note(owner):
    app = _application(owner, company="Brightlane", stage=Stage.APPLIED)
    message = inbox.receive(owner=owner, parsed=_held("h06-invitation-en-ics"), source="forwarded")

    inbox.apply_message(message=message, application=app, suggestion=message.suggestion)

    app.refresh_from_db()
    interview = app.interviews.get()
    assert interview.scheduled_at == datetime(2026, 11, 17, 13, 0, tzinfo=UTC)
    assert (interview.duration_minutes, interview.kind) == (45, "video")
    assert interview.with_whom == "Priya Nair"
    assert app.contacts.get().email == "priya.nair@brightlane.io"
    assert app.stage == Stage.INTERVIEWING
    assert app.stage_changes.first().note == (
        "From the email “Interview invitation: Backend Developer at Brightlane” of 2 Nov 2026"
    )
    message.refresh_from_db()
    assert message.status == RecruiterMessage.Status.APPLIED
    assert message.decided_at == NOW


def test_applying_a_rejection_and_an_offer(owner):
    rejected = _application(owner, company="Quillpay", stage=Stage.INTERVIEWING)
    offered = _application(owner, company="Brightlane", stage=Stage.INTERVIEWING)
    rejection = inbox.receive(owner=owner, parsed=_held("h27-rejection-en-after"), source="pasted")
    offer = inbox.receive(owner=owner, parsed=_held("h32-offer-en-letter"), source="pasted")

    inbox.apply_message(message=rejection, application=rejected, suggestion=rejection.suggestion)
    inbox.apply_message(message=offer, application=offered, suggestion=offer.suggestion)

    rejected.refresh_from_db()
    offered.refresh_from_db()
    assert rejected.stage == Stage.REJECTED
    assert offered.stage == Stage.OFFER
    assert Offer.objects.get(application=offered).in_writing is True


def test_a_spoken_offer_never_takes_in_writing_away(owner):
    app = _application(owner, company="Quillpay", stage=Stage.OFFER)
    services.save_offer(offer=Offer(application=app, in_writing=True))
    message = inbox.receive(owner=owner, parsed=_held("h33-offer-en-verbal"), source="pasted")

    inbox.apply_message(message=message, application=app, suggestion=message.suggestion)

    assert Offer.objects.get(application=app).in_writing is True


def test_applying_a_move_and_a_cancellation(owner):
    app = _application(owner, company="Brightlane", stage=Stage.INTERVIEWING)
    interview = InterviewFactory(application=app, scheduled_at=NOW + timedelta(days=3))
    moved = inbox.receive(owner=owner, parsed=_held("h11-rescheduled-en"), source="pasted")

    inbox.apply_message(message=moved, application=app, suggestion=moved.suggestion)
    interview.refresh_from_db()
    assert interview.scheduled_at == datetime(2026, 11, 19, 10, 0, tzinfo=UTC)

    cancelled = inbox.receive(
        owner=owner,
        parsed=ParsedEmail(
            subject="Interview cancelled", from_email="x@brightlane.io", text="Brightlane"
        ),
        source="pasted",
    )
    inbox.apply_message(message=cancelled, application=app, suggestion=cancelled.suggestion)
    interview.refresh_from_db()
    assert interview.status == Interview.Status.CANCELLED


def test_an_email_is_applied_once_and_dismissed_ones_never(owner):
    app = _application(owner, company="Quillpay", stage=Stage.INTERVIEWING)
    message = inbox.receive(owner=owner, parsed=_held("h27-rejection-en-after"), source="pasted")
    other = inbox.receive(owner=owner, parsed=_held("h15-cancelled-en"), source="pasted")
    inbox.apply_message(message=message, application=app, suggestion=message.suggestion)
    inbox.dismiss_message(message=other)

    with pytest.raises(ValidationError, match="already dealt with"):
        inbox.apply_message(message=message, application=app, suggestion=message.suggestion)
    with pytest.raises(ValidationError, match="already dealt with"):
        inbox.apply_message(message=other, application=app, suggestion={"stage": "offer"})
    assert StageChange.objects.filter(application=app, to_stage=Stage.REJECTED).count() == 1
    other.refresh_from_db()
    assert other.status == RecruiterMessage.Status.DISMISSED
    assert other.application is None


def test_nothing_is_applied_when_a_write_fails(owner, monkeypatch):
    app = _application(owner, company="Brightlane", stage=Stage.APPLIED)
    message = inbox.receive(owner=owner, parsed=_held("h06-invitation-en-ics"), source="forwarded")

    def fail(**kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(services, "change_stage", fail)
    with pytest.raises(RuntimeError):
        inbox.apply_message(message=message, application=app, suggestion=message.suggestion)

    assert not Interview.objects.exists()
    assert not Contact.objects.exists()
    message.refresh_from_db()
    assert message.status == RecruiterMessage.Status.PENDING


def test_an_interview_before_the_application_is_refused_and_nothing_saved(owner):
    app = _application(owner, company="Brightlane", date_applied=NOW.date())
    message = inbox.receive(owner=owner, parsed=_held("h06-invitation-en-ics"), source="forwarded")
    edited = message.suggestion | {
        "interview": message.suggestion["interview"] | {"scheduled_at": "2026-10-01T10:00:00+00:00"}
    }

    with pytest.raises(ValidationError, match="before you applied"):
        inbox.apply_message(message=message, application=app, suggestion=edited)

    assert not Interview.objects.exists()


def test_another_users_application_is_refused(owner, stranger):
    theirs = _application(stranger, company="Brightlane")
    message = inbox.receive(owner=owner, parsed=_held("h06-invitation-en-ics"), source="forwarded")

    with pytest.raises(ValidationError, match="not yours"):
        inbox.apply_message(message=message, application=theirs, suggestion=message.suggestion)


def test_an_approach_with_no_application_creates_one_as_interested(owner):
    message = inbox.receive(owner=owner, parsed=_held("h37-outreach-en-agency"), source="forwarded")

    app = inbox.create_application_for(
        message=message, company="Fintech client", position="Senior Python Developer"
    )

    assert app.stage == Stage.INTERESTED
    assert app.contacts.get().name == "Tom Hargreaves"
    message.refresh_from_db()
    assert (message.application, message.status) == (app, RecruiterMessage.Status.APPLIED)


def test_a_rejection_with_no_application_creates_one_rejected(owner):
    message = inbox.receive(owner=owner, parsed=_held("h30-rejection-fr"), source="forwarded")

    app = inbox.create_application_for(
        message=message, company="Océane Assurances", position="Chargée de communication"
    )

    assert app.stage == Stage.REJECTED
    assert list(app.stage_changes.order_by("pk").values_list("to_stage", flat=True)) == [
        "applied",
        "rejected",
    ]


# --- the forwarding address ----------------------------------------------------------------


def test_a_new_forwarding_address_kills_the_old_one(owner, settings):
    settings.INBOUND_EMAIL_DOMAIN = "in.bowout.example"
    old = inbox.forwarding_address(owner=owner).address
    assert inbox.forwarding_address(owner=owner).address == old
    assert inbox.owner_for(old, domain="in.bowout.example") == owner

    new = inbox.new_forwarding_address(owner=owner).address

    assert new != old
    assert new.startswith("in+") and new.endswith("@in.bowout.example")
    assert len(new.split("+")[1].split("@")[0]) == 32
    assert inbox.owner_for(old, domain="in.bowout.example") is None
    assert inbox.owner_for(new.upper(), domain="in.bowout.example") == owner


@pytest.mark.parametrize(
    "recipient",
    ["in+0123@in.bowout.example", "in@in.bowout.example", "in+{token}@other.example", "", "<>"],
)
def test_unknown_addresses_have_no_owner(owner, recipient):
    token = inbox.forwarding_address(owner=owner).token

    assert inbox.owner_for(recipient.format(token=token), domain="in.bowout.example") is None


def test_an_inactive_users_address_has_no_owner(owner):
    address = inbox.forwarding_address(owner=owner)
    owner.is_active = False
    owner.save()

    assert inbox.owner_for(f"in+{address.token}@x.example", domain="x.example") is None


def test_a_new_address_before_any_is_made(owner):
    assert inbox.new_forwarding_address(owner=owner).token


def test_read_bytes_round_trip_for_receive(owner):
    raw = (
        b"From: Lena <lena@quillpay.com>\r\nSubject: Update\r\nMessage-ID: <m1@x>\r\n\r\n"
        b"Unfortunately we won't be moving forward."
    )
    message = inbox.receive(owner=owner, parsed=read_bytes(raw), source="forwarded")

    assert (message.kind, message.reason) == (
        MessageKind.REJECTION,
        "The sentence “Unfortunately we won't be moving forward.”",
    )
    assert Application.objects.count() == 0


def _ics_email(*, sequence: int, start: str, method: str = "REQUEST", number: int = 1):
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
        f"METHOD:{method}\r\nBEGIN:VEVENT\r\nUID:round-2@brightlane.io\r\n"
        f"SEQUENCE:{sequence}\r\nDTSTART:{start}\r\nDURATION:PT1H\r\n"
        "SUMMARY:Brightlane interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return ParsedEmail(
        subject="Interview invitation: Brightlane",
        from_email="priya@brightlane.io",
        message_id=f"<ics-{number}@brightlane.io>",
        text="We would like to invite you to an interview."
        if method == "REQUEST"
        else "Interview cancelled.",
        invitation_ics=ics,
    )


def test_an_invitations_revision_moves_its_interview_a_repeat_does_nothing_a_cancel_cancels(owner):
    app = _application(owner, company="Brightlane", stage=Stage.INTERVIEWING)
    first = inbox.receive(
        owner=owner, parsed=_ics_email(sequence=0, start="20261120T100000Z"), source="forwarded"
    )
    inbox.apply_message(message=first, application=app, suggestion=first.suggestion)
    interview = app.interviews.get()

    repeat = inbox.receive(
        owner=owner,
        parsed=_ics_email(sequence=0, start="20261120T100000Z", number=2),
        source="forwarded",
    )
    revised = inbox.receive(
        owner=owner,
        parsed=_ics_email(sequence=1, start="20261121T090000Z", number=3),
        source="forwarded",
    )
    inbox.apply_message(message=revised, application=app, suggestion=revised.suggestion)
    cancel = inbox.receive(
        owner=owner,
        parsed=_ics_email(sequence=2, start="20261121T090000Z", method="CANCEL", number=4),
        source="forwarded",
    )
    inbox.apply_message(message=cancel, application=app, suggestion=cancel.suggestion)

    assert "interview" not in repeat.suggestion
    assert revised.suggestion["interview"]["action"] == "move"
    assert cancel.suggestion["interview"] == {
        "action": "cancel",
        "interview_id": interview.pk,
        "sequence": 2,
    }
    interview.refresh_from_db()
    assert app.interviews.count() == 1
    assert interview.scheduled_at == datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
    assert (interview.status, interview.invitation_sequence) == (Interview.Status.CANCELLED, 2)
