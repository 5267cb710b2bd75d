"""The daily digest: content, schedule per time zone, and at most one per user and day."""

import threading
import time
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.db import connection

from accounts.models import User
from applications.models import Stage
from tests.factories import ApplicationFactory, OfferFactory, UserFactory
from withdrawals import digest
from withdrawals.models import DigestDelivery

pytestmark = pytest.mark.django_db

# 07:30 in London on Wednesday 18 November 2026 (GMT, no summer time).
LONDON_MORNING = datetime(2026, 11, 18, 7, 30, tzinfo=UTC)


@pytest.fixture
def settings_site(settings):
    settings.SITE_URL = "https://bowout.example"


def subscriber(username="digest", time_zone="Europe/London", digest_opt_in=True):
    return UserFactory(
        username=username,
        full_name="Alex Morgan",
        email=f"{username}@example.com",
        time_zone=time_zone,
        digest_opt_in=digest_opt_in,
    )


def offer_due(user, *, respond_by, company="Acme"):
    """Something to do: an offer whose deadline to respond is close."""
    return OfferFactory(
        application=ApplicationFactory(owner=user, company=company, stage=Stage.OFFER),
        received_on=respond_by - timedelta(days=10),
        respond_by=respond_by,
    )


def test_the_digest_lists_today_with_links_and_a_signed_unsubscribe(settings_site):
    user = subscriber()
    offer = offer_due(user, respond_by=date(2026, 11, 19), company="Acme Rockets")

    assert digest.send_due_digests(now=LONDON_MORNING) == 1

    [message] = mail.outbox
    assert message.to == ["digest@example.com"]
    assert message.subject == "Bowout: 1 thing to do today"
    assert "Good morning Alex," in message.body
    assert "Wednesday 18 November" in message.body
    assert "Answer the offer from Acme Rockets: the deadline is tomorrow" in message.body
    assert (
        f"Decide on the offer: https://bowout.example/applications/{offer.application.pk}/#offer"
        in message.body
    )
    unsubscribe = f"https://bowout.example/accounts/digest/unsubscribe/{user.pk}:"
    assert unsubscribe in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith(f"<{unsubscribe}")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # Unfolded and unencoded, as RFC 2369 mail programs read it.
    raw = message.message().as_string()
    assert f"List-Unsubscribe: <{unsubscribe}" in raw
    assert isinstance(message, EmailMultiAlternatives)
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert "Acme Rockets" in str(html)
    delivery = DigestDelivery.objects.get(user=user)
    assert delivery.local_date == date(2026, 11, 18)
    assert delivery.status == DigestDelivery.Status.SENT
    assert delivery.item_count == 1


def test_nothing_to_do_sends_nothing_and_decides_the_day():
    user = subscriber()
    ApplicationFactory(owner=user, last_activity_at=LONDON_MORNING - timedelta(days=1))

    assert digest.send_due_digests(now=LONDON_MORNING) == 0

    assert mail.outbox == []
    assert DigestDelivery.objects.get(user=user).status == DigestDelivery.Status.NOTHING


def test_only_users_who_opted_in_with_an_email_get_it():
    offer_due(subscriber(username="yes"), respond_by=date(2026, 11, 19))
    offer_due(subscriber(username="off", digest_opt_in=False), respond_by=date(2026, 11, 19))
    no_email = subscriber(username="noemail")
    no_email.email = ""
    no_email.save()
    offer_due(no_email, respond_by=date(2026, 11, 19))

    digest.send_due_digests(now=LONDON_MORNING)

    assert [message.to for message in mail.outbox] == [["yes@example.com"]]


@pytest.mark.parametrize(
    ("utc_time", "sent"),
    [
        (datetime(2026, 11, 18, 6, 59, tzinfo=UTC), False),  # 06:59 in London: too early
        (datetime(2026, 11, 18, 7, 0, tzinfo=UTC), True),  # 07:00: the morning starts
        (datetime(2026, 11, 18, 11, 59, tzinfo=UTC), True),  # still the morning
        (datetime(2026, 11, 18, 12, 0, tzinfo=UTC), False),  # noon: skipped, not sent late
    ],
)
def test_the_digest_goes_out_in_the_morning_only(utc_time, sent):
    offer_due(subscriber(), respond_by=date(2026, 11, 19))

    digest.send_due_digests(now=utc_time)

    assert len(mail.outbox) == (1 if sent else 0)


def test_each_user_gets_it_in_their_own_morning_across_the_date_line():
    # 18:00 UTC on 17 November is 07:00 on 18 November in Auckland (NZDT, UTC+13) and
    # 08:00 on 17 November in Honolulu (UTC-10): both mornings, on different dates.
    now = datetime(2026, 11, 17, 18, 0, tzinfo=UTC)
    auckland = subscriber(username="auckland", time_zone="Pacific/Auckland")
    honolulu = subscriber(username="honolulu", time_zone="Pacific/Honolulu")
    london = subscriber(username="london", time_zone="Europe/London")
    for user in (auckland, honolulu, london):
        offer_due(user, respond_by=date(2026, 11, 19))

    assert digest.send_due_digests(now=now) == 2

    assert sorted(message.to[0] for message in mail.outbox) == [
        "auckland@example.com",
        "honolulu@example.com",
    ]
    days = dict(DigestDelivery.objects.values_list("user__username", "local_date"))
    assert days == {"auckland": date(2026, 11, 18), "honolulu": date(2026, 11, 17)}
    # Auckland's deadline is "tomorrow" on its 18 November; Honolulu's is in two days.
    bodies = {message.to[0]: message.body for message in mail.outbox}
    assert "the deadline is tomorrow" in bodies["auckland@example.com"]
    assert "the deadline is in 2 days" in bodies["honolulu@example.com"]


def test_a_rerun_the_same_morning_sends_nothing_more():
    offer_due(subscriber(), respond_by=date(2026, 11, 19))

    assert digest.send_due_digests(now=LONDON_MORNING) == 1
    assert digest.send_due_digests(now=LONDON_MORNING + timedelta(minutes=15)) == 0
    assert digest.send_due_digests(now=LONDON_MORNING + timedelta(hours=3)) == 0

    assert len(mail.outbox) == 1


def test_a_retry_of_one_user_sends_nothing_more():
    user = subscriber()
    offer_due(user, respond_by=date(2026, 11, 19))

    first = digest.send_digest(user=user, now=LONDON_MORNING)
    second = digest.send_digest(user=user, now=LONDON_MORNING + timedelta(minutes=1))

    assert first.status == DigestDelivery.Status.SENT
    assert second is None
    assert len(mail.outbox) == 1


def test_the_next_morning_brings_the_next_digest():
    offer_due(subscriber(), respond_by=date(2026, 11, 20))

    digest.send_due_digests(now=LONDON_MORNING)
    digest.send_due_digests(now=LONDON_MORNING + timedelta(days=1))

    assert [message.subject for message in mail.outbox] == [
        "Bowout: 1 thing to do today",
        "Bowout: 1 thing to do today",
    ]
    assert DigestDelivery.objects.count() == 2


def test_a_crash_after_claiming_the_day_never_sends_a_second_digest():
    """The worker died between the claim and the send: the day stays taken."""
    user = subscriber()
    offer_due(user, respond_by=date(2026, 11, 19))
    DigestDelivery.objects.create(user=user, local_date=date(2026, 11, 18))

    assert digest.send_due_digests(now=LONDON_MORNING + timedelta(minutes=15)) == 0

    assert mail.outbox == []


def test_a_failed_send_frees_the_day_for_the_next_run(monkeypatch):
    user = subscriber()
    offer_due(user, respond_by=date(2026, 11, 19))
    other = subscriber(username="other")
    offer_due(other, respond_by=date(2026, 11, 19))

    def refuse(self, fail_silently=False):
        if self.to == ["digest@example.com"]:
            raise ConnectionRefusedError("the mail server is down")
        return original(self, fail_silently)

    original = digest.EmailMultiAlternatives.send
    monkeypatch.setattr(digest.EmailMultiAlternatives, "send", refuse)
    # The failure of one mailbox does not stop the other user's digest.
    assert digest.send_due_digests(now=LONDON_MORNING) == 1
    assert not DigestDelivery.objects.filter(user=user).exists()

    monkeypatch.setattr(digest.EmailMultiAlternatives, "send", original)
    assert digest.send_due_digests(now=LONDON_MORNING + timedelta(minutes=15)) == 1

    assert sorted(message.to[0] for message in mail.outbox) == [
        "digest@example.com",
        "other@example.com",
    ]


def test_a_failure_while_deciding_claims_nothing(monkeypatch):
    user = subscriber()
    offer_due(user, respond_by=date(2026, 11, 19))

    def broken(**kwargs):
        raise RuntimeError("the template is broken")

    monkeypatch.setattr(digest, "digest_message", broken)
    with pytest.raises(RuntimeError):
        digest.send_digest(user=user, now=LONDON_MORNING)

    assert not DigestDelivery.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db(transaction=True)
def test_two_workers_at_once_send_one_digest(monkeypatch):
    """Two workers reach the same user at the same moment: one sends, the other finds the day
    taken (it waits on the unique row until the first commits)."""
    user = subscriber()
    offer_due(user, respond_by=date(2026, 11, 19))
    start = threading.Barrier(2)
    original = digest.today_items

    def slow_items(**kwargs):
        # Hold the claiming transaction open so that the other worker's claim overlaps it.
        time.sleep(0.3)
        return original(**kwargs)

    monkeypatch.setattr(digest, "today_items", slow_items)
    results, errors = [], []

    def worker():
        try:
            start.wait(timeout=5)
            results.append(digest.send_due_digests(now=LONDON_MORNING))
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)

    assert errors == []
    assert sorted(results) == [0, 1]
    assert len(mail.outbox) == 1
    assert DigestDelivery.objects.filter(user=user).count() == 1


def test_the_periodic_task_sends_the_digests_due_when_it_runs(settings_site):
    from withdrawals import tasks

    offer_due(subscriber(), respond_by=date(2026, 11, 19))
    # Ticked at 03:00, run at 07:30: "morning" is judged when the email leaves, not at the tick.
    tick = datetime(2026, 11, 18, 3, 0, tzinfo=UTC)

    with time_machine.travel(LONDON_MORNING, tick=False):
        tasks.send_daily_digests(timestamp=int(tick.timestamp()))

    assert [message.to for message in mail.outbox] == [["digest@example.com"]]
    delivery = DigestDelivery.objects.get()
    assert (delivery.local_date, delivery.status) == (date(2026, 11, 18), "sent")


def test_staff_see_the_deliveries_and_cannot_edit_them(admin_client):
    user = subscriber()
    DigestDelivery.objects.create(
        user=user, local_date=date(2026, 11, 18), status=DigestDelivery.Status.SENT, item_count=3
    )

    response = admin_client.get("/admin/withdrawals/digestdelivery/")

    assert response.status_code == 200
    # The row itself (the page's title says "digest" whatever it lists).
    assert "1 digest delivery" in response.text
    row = response.text[response.text.index("<tbody>") : response.text.index("</tbody>")]
    assert ">digest</a>" in row  # the user
    assert '"field-local_date nowrap">18 Nov 2026<' in row
    assert '"field-status">Sent<' in row
    assert '"field-item_count">3<' in row
    assert admin_client.get("/admin/withdrawals/digestdelivery/add/").status_code == 403


def test_no_digest_to_an_address_nobody_has_verified(settings_site):
    user = UserFactory(
        username="unverified",
        email="unverified@example.com",
        time_zone="Europe/London",
        digest_opt_in=True,
        verified_email=False,
    )
    offer_due(user, respond_by=date(2026, 11, 19))

    assert digest.send_due_digests(now=LONDON_MORNING) == 0

    assert mail.outbox == []
    assert not DigestDelivery.objects.exists()  # the day is not used up: it waits


def test_the_digest_goes_once_the_address_is_verified(settings_site):
    user = UserFactory(
        username="verifies",
        email="verifies@example.com",
        time_zone="Europe/London",
        digest_opt_in=True,
        verified_email=False,
    )
    offer_due(user, respond_by=date(2026, 11, 19))
    assert digest.send_due_digests(now=LONDON_MORNING) == 0
    EmailAddress.objects.filter(user=user).update(verified=True)

    assert digest.send_due_digests(now=LONDON_MORNING + timedelta(minutes=15)) == 1

    assert [message.to for message in mail.outbox] == [["verifies@example.com"]]


def test_no_digest_while_a_new_address_waits_for_its_link(settings_site):
    # The verified address is not the one on the account (changed behind allauth's back):
    # nothing goes to an address nobody confirmed.
    user = subscriber(username="changed")
    offer_due(user, respond_by=date(2026, 11, 19))
    User.objects.filter(pk=user.pk).update(email="someone.else@example.com")

    assert digest.send_due_digests(now=LONDON_MORNING) == 0
    assert mail.outbox == []
