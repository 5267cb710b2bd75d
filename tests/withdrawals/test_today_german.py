"""Today and the daily digest in German for a user who chose it: every item's words, counts in
the singular and the plural, dates and times in German; English for everyone else (the other
Today and digest tests read the English), and the worker's language never leaks from one
recipient's digest into the next."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils import translation

from applications.models import KeepReason, Offer, PostingSnapshot, Stage
from tests.factories import ApplicationFactory, InterviewFactory, OfferFactory, UserFactory
from withdrawals import digest, today
from withdrawals.models import Withdrawal

pytestmark = pytest.mark.django_db

# Wednesday 18 November 2026, 09:00 UTC (10:00 in Berlin).
NOW = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


@pytest.fixture
def german_user(db):
    return UserFactory(
        username="deutsch",
        full_name="Alex Morgan",
        email="deutsch@example.com",
        time_zone="Europe/Berlin",
        language="de",
        digest_opt_in=True,
    )


def items_in(language, user, now=NOW):
    """Today's items as a page in ``language`` builds them."""
    with translation.override(language):
        return today.today_items(user=user, now=now)


def quiet(user, company):
    return ApplicationFactory(
        owner=user, company=company, stage=Stage.APPLIED, last_activity_at=NOW - timedelta(days=29)
    )


def written_offer(user, *, company="Offerco", respond_by=None, decision=Offer.Decision.PENDING):
    return OfferFactory(
        application=ApplicationFactory(
            owner=user,
            company=company,
            position="Engineer",
            stage=Stage.ACCEPTED if decision == Offer.Decision.ACCEPTED else Stage.OFFER,
            last_activity_at=NOW,
        ),
        received_on=date(2026, 11, 10),
        respond_by=respond_by,
        decision=decision,
        decided_on=date(2026, 11, 17) if decision != Offer.Decision.PENDING else None,
    )


def test_one_quiet_process_in_german_is_singular(german_user):
    quiet(german_user, "Stillco")

    [item] = items_in("de", german_user)

    assert item.title == "1 Verfahren ist seit 4 Wochen oder länger still"
    assert item.detail.startswith("Schließen Sie es in einem Schritt als „Keine Antwort“")
    assert item.action == "Stille Verfahren erledigen"


def test_two_quiet_processes_in_german_are_plural(german_user):
    quiet(german_user, "Stillco")
    quiet(german_user, "Ruhig GmbH")

    [item] = items_in("de", german_user)

    assert item.title == "2 Verfahren sind seit 4 Wochen oder länger still"
    assert item.detail.startswith("Schließen Sie sie in einem Schritt")


@pytest.mark.parametrize(
    ("days", "detail"),
    [
        (1, "Engineer: seit 1 Tag keine Nachricht. Eine kurze Nachfrage hilft."),
        (2, "Engineer: seit 2 Tagen keine Nachricht. Eine kurze Nachfrage hilft."),
    ],
)
def test_a_follow_up_in_german_counts_its_days(german_user, days, detail):
    german_user.follow_up_days = 1
    german_user.save(update_fields=["follow_up_days"])
    ApplicationFactory(
        owner=german_user,
        company="Nachco",
        position="Engineer",
        stage=Stage.APPLIED,
        last_activity_at=NOW - timedelta(days=days),
    )

    [item] = items_in("de", german_user)

    assert item.title == "Fragen Sie bei Nachco nach"
    assert item.detail == detail
    assert item.action == "Nachfrage entwerfen"


def test_the_english_follow_up_of_one_day_says_day(german_user):
    german_user.follow_up_days = 1
    german_user.save(update_fields=["follow_up_days"])
    ApplicationFactory(
        owner=german_user,
        position="Engineer",
        stage=Stage.APPLIED,
        last_activity_at=NOW - timedelta(days=1),
    )

    [item] = items_in("en", german_user)

    assert item.detail == "Engineer: no news for 1 day. A short check-in helps."


@pytest.mark.parametrize(
    ("respond_by", "title", "detail"),
    [
        (
            date(2026, 11, 18),
            "Antworten Sie auf das Angebot von Offerco: Die Frist endet heute",
            "Engineer, bis Mittwoch, 18. November.",
        ),
        (
            date(2026, 11, 19),
            "Antworten Sie auf das Angebot von Offerco: Die Frist endet morgen",
            "Engineer, bis Donnerstag, 19. November.",
        ),
        (
            date(2026, 11, 21),
            "Antworten Sie auf das Angebot von Offerco: Die Frist endet in 3 Tagen",
            "Engineer, bis Samstag, 21. November.",
        ),
    ],
)
def test_an_offer_deadline_in_german(german_user, respond_by, title, detail):
    written_offer(german_user, respond_by=respond_by)

    [item] = items_in("de", german_user)

    assert item.title == title
    assert item.detail.startswith(detail)
    assert item.action == "Über das Angebot entscheiden"


@pytest.mark.parametrize(
    ("closes", "when"),
    [(date(2026, 11, 19), "morgen"), (date(2026, 11, 20), "in 2 Tagen")],
)
def test_a_posting_closing_soon_in_german(german_user, closes, when):
    application = ApplicationFactory(
        owner=german_user, company="Northwind", position="Designer", stage=Stage.INTERESTED
    )
    PostingSnapshot.objects.create(application=application, closing_date=closes)

    [item] = items_in("de", german_user)

    assert item.title == f"Bewerben Sie sich bei Northwind: Die Ausschreibung endet {when}"
    assert item.detail.startswith(
        f"Designer, offen bis {'Donnerstag, 19.' if closes.day == 19 else 'Freitag, 20.'} "
        "November. Bewerben Sie sich,"
    )
    assert item.action == "Bewerbung öffnen"


def test_a_call_before_an_interview_in_german_at_the_users_time(german_user):
    written_offer(german_user)
    application = ApplicationFactory(
        owner=german_user, company="Leaveco", stage=Stage.INTERVIEWING, last_activity_at=NOW
    )
    # 10:00 UTC is 11:00 in Berlin.
    InterviewFactory(
        application=application, scheduled_at=datetime(2026, 11, 19, 10, 0, tzinfo=UTC)
    )

    [item] = items_in("de", german_user)

    assert item.title == "Rufen Sie Leaveco vor dem Gespräch morgen um 11:00 an"
    assert item.detail.startswith("Sie haben anderswo ein schriftliches Angebot. ")
    assert item.action == "Jetzt zurückziehen"


def test_a_call_later_in_the_week_names_the_day_in_german(german_user):
    """Past the call window Today asks for no call, but the phrasing is the clock's: the
    weekday read in German, the time on the 24-hour clock."""
    from applications import clock

    with translation.override("de"):
        phrase = clock.when(
            datetime(2026, 11, 20, 9, 30, tzinfo=UTC), now=NOW, zone=german_user.zone
        )
        far = clock.when(datetime(2026, 12, 1, 9, 30, tzinfo=UTC), now=NOW, zone=german_user.zone)
    assert phrase == "am Freitag um 10:30"
    assert far == "am Di, 1. Dez um 10:30"


def test_a_thank_you_and_a_kept_process_in_german(german_user):
    withdrawn = ApplicationFactory(owner=german_user, company="Dankco", stage=Stage.WITHDRAWN)
    Withdrawal.objects.create(
        application=withdrawn,
        method=Withdrawal.Method.EMAIL,
        sent_at=NOW - timedelta(days=2),
        recipient_email="hr@dankco.example",
    )
    written_offer(german_user, company="Chosen", decision=Offer.Decision.DECLINED)
    ApplicationFactory(
        owner=german_user,
        company="Keptco",
        stage=Stage.INTERVIEWING,
        last_activity_at=NOW,
        kept_in_play_at=NOW - timedelta(days=3),
        kept_in_play_reason=KeepReason.NEGOTIATING,
    )

    titles = {item.kind: item for item in items_in("de", german_user)}

    assert titles["thank-you"].title == "Bedanken Sie sich bei Dankco"
    assert titles["thank-you"].action == "Dank entwerfen"
    assert titles["kept"].title == "Entscheiden Sie über Keptco: Sie haben es im Spiel gehalten"
    assert titles["kept"].detail.startswith("Sie haben es während Ihrer Verhandlungen")
    assert titles["kept"].action == "Höflich zurückziehen"


def test_the_dashboard_shows_today_in_german(client, german_user):
    quiet(german_user, "Stillco")
    client.force_login(german_user)

    with time_machine.travel(NOW, tick=False):
        html = client.get(reverse("home")).content.decode()

    assert '<h2 class="h5" id="today-heading">Heute</h2>' in html
    assert "1 Verfahren ist seit 4 Wochen oder länger still" in html
    assert ">Zurückstellen</button>" in html
    assert ">Ausblenden</button>" in html
    assert 'aria-label="Bis morgen zurückstellen: 1 Verfahren' in html
    assert ">Snooze</button>" not in html
    assert "gone quiet" not in html


def test_snoozing_and_dismissing_say_so_in_german(client, german_user):
    client.force_login(german_user)

    with time_machine.travel(NOW, tick=False):
        snoozed = client.post(
            reverse("withdrawals:today_snooze"), {"key": "quiet:abc", "next": "/"}, follow=True
        )
        dismissed = client.post(
            reverse("withdrawals:today_dismiss"), {"key": "quiet:def", "next": "/"}, follow=True
        )

    # Tomorrow on the user's clock: Thursday 19 November.
    assert "Zurückgestellt bis Donnerstag, 19. November." in snoozed.content.decode()
    assert "Ausgeblendet: Es kommt nicht wieder." in dismissed.content.decode()


# The digest -------------------------------------------------------------------------------

# 07:30 in Berlin.
BERLIN_MORNING = datetime(2026, 11, 18, 6, 30, tzinfo=UTC)


@pytest.fixture
def verified(german_user):
    """The factory's users have their address verified, as the digest asks."""
    return german_user


def test_a_digest_of_one_item_in_german(settings, verified):
    settings.SITE_URL = "https://bowout.example"
    written_offer(verified, company="Acme", respond_by=date(2026, 11, 19))

    assert digest.send_due_digests(now=BERLIN_MORNING) == 1

    [message] = mail.outbox
    assert message.subject == "Bowout: 1 Aufgabe für heute"
    assert "Guten Morgen, Alex," in message.body
    assert "Das schlägt Bowout Ihnen für heute vor, Mittwoch, 18. November:" in message.body
    assert "Antworten Sie auf das Angebot von Acme: Die Frist endet morgen" in message.body
    assert "Über das Angebot entscheiden: https://bowout.example/applications/" in message.body
    assert "Mit einem Klick abbestellen: https://bowout.example/" in message.body
    assert "Good morning" not in message.body
    assert isinstance(message, EmailMultiAlternatives)
    html = str(message.alternatives[0][0])
    assert '<html lang="de">' in html
    assert "Guten Morgen, Alex," in html
    assert ">Tägliche Übersicht abbestellen</a>" in html
    assert "Stop the daily digest" not in html


def test_a_digest_of_two_items_in_german_is_plural(verified):
    written_offer(verified, company="Acme", respond_by=date(2026, 11, 19))
    quiet(verified, "Stillco")

    digest.send_due_digests(now=BERLIN_MORNING)

    [message] = mail.outbox
    assert message.subject == "Bowout: 2 Aufgaben für heute"
    assert "1 Verfahren ist seit 4 Wochen oder länger still" in message.body


def test_each_digest_in_its_recipients_language_whatever_the_workers(verified):
    english = UserFactory(
        username="english",
        full_name="Sam Smith",
        email="english@example.com",
        time_zone="Europe/Berlin",
        digest_opt_in=True,
    )
    for user in (verified, english):
        written_offer(user, company=f"Acme {user.username}", respond_by=date(2026, 11, 19))
        quiet(user, f"Stillco {user.username}")

    # The worker's own language is German here: the English recipient still gets English.
    with translation.override("de"):
        assert digest.send_due_digests(now=BERLIN_MORNING) == 2
        # Each digest's language was its own: the worker's is as it was.
        assert translation.get_language() == "de"

    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert subjects == {
        "deutsch@example.com": "Bowout: 2 Aufgaben für heute",
        "english@example.com": "Bowout: 2 things to do today",
    }
    [english_message] = [m for m in mail.outbox if m.to == ["english@example.com"]]
    assert "Good morning Sam," in english_message.body
    assert "Wednesday 18 November" in english_message.body
    assert "1 process has gone quiet for 4 weeks or more" in english_message.body
    assert isinstance(english_message, EmailMultiAlternatives)
    assert '<html lang="en-GB">' in str(english_message.alternatives[0][0])
