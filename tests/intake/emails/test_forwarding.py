"""Forwarded emails: `manage.py receive_email` on a mail server's pipe, and Mailgun's inbound
webhook through django-anymail with its signature check."""

import hashlib
import hmac
import io
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from applications.models import MessageKind, RecruiterMessage
from intake.emails import inbox
from tests.intake.emails.corpus import raw, rows

DOMAIN = "in.bowout.example"
KEY = "mailgun-signing-key-for-tests"


@pytest.fixture(autouse=True)
def inbound_settings(settings):
    settings.INBOUND_EMAIL_DOMAIN = DOMAIN
    settings.ANYMAIL = {"MAILGUN_WEBHOOK_SIGNING_KEY": KEY}


def _raw(name="h27-rejection-en-after", to=""):
    data = raw("heldout", next(row for row in rows("heldout") if row["name"] == name))
    return data.replace(b"To: in+corpus@bowout.example", f"To: {to}".encode()) if to else data


def _receive(data: bytes, **options):
    out, err = io.StringIO(), io.StringIO()
    call_command("receive_email", stdin=io.BytesIO(data), stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


# --- manage.py receive_email ---------------------------------------------------------------


@pytest.mark.django_db
def test_a_raw_message_to_the_users_address_is_kept(owner):
    address = inbox.forwarding_address(owner=owner).address

    out, _ = _receive(_raw(to=f"Me <{address}>"))

    message = RecruiterMessage.objects.get()
    assert (message.owner, message.source, message.kind) == (
        owner,
        "forwarded",
        MessageKind.REJECTION,
    )
    assert out == f"Kept as email {message.pk} (Rejection).\n"


@pytest.mark.django_db
def test_the_envelope_recipient_wins_over_the_headers(owner, stranger):
    mine = inbox.forwarding_address(owner=owner).address
    theirs = inbox.forwarding_address(owner=stranger).address

    _receive(_raw(to=theirs), recipient=mine)

    assert RecruiterMessage.objects.get().owner == owner


@pytest.mark.django_db
@pytest.mark.parametrize(
    "to", ["in+00000000000000000000000000000000@in.bowout.example", "someone@elsewhere.example", ""]
)
def test_an_unknown_address_exits_67_and_keeps_nothing(owner, to):
    inbox.forwarding_address(owner=owner)

    with pytest.raises(SystemExit) as exit_:
        _receive(_raw(to=to) if to else b"From: a@b.c\r\nSubject: x\r\n\r\nHi")

    assert exit_.value.code == 67
    assert not RecruiterMessage.objects.exists()


@pytest.mark.django_db
def test_an_old_address_exits_67_once_a_new_one_is_made(owner):
    old = inbox.forwarding_address(owner=owner).address
    new = inbox.new_forwarding_address(owner=owner).address

    with pytest.raises(SystemExit) as exit_:
        _receive(_raw(to=old))
    _receive(_raw(to=new))

    assert exit_.value.code == 67
    assert RecruiterMessage.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("data", [b"", b"no headers here"])
def test_an_unreadable_message_exits_65(owner, data):
    with pytest.raises(SystemExit) as exit_:
        _receive(data)

    assert exit_.value.code == 65


@pytest.mark.django_db(transaction=True)
def test_the_command_as_a_mail_server_runs_it(owner):
    """Through a real pipe: the process reads stdin and exits with the status Postfix reads."""
    address = inbox.forwarding_address(owner=owner).address
    # The run's own server (a DATABASE_URL given, or the embedded one the pytest plugin set, which
    # may name a socket folder), with the test database in place of the one it names.
    server = urlsplit(os.environ["DATABASE_URL"])
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "config.settings_test",
        "DATABASE_URL": urlunsplit(server._replace(path=f"/{connection.settings_dict['NAME']}")),
        "INBOUND_EMAIL_DOMAIN": DOMAIN,
    }
    manage = Path(django_settings.BASE_DIR) / "manage.py"

    kept = subprocess.run(  # noqa: S603 - this interpreter, this manage.py
        [sys.executable, manage, "receive_email"],
        input=_raw(to=address),
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    unknown = subprocess.run(  # noqa: S603
        [sys.executable, manage, "receive_email", "--recipient", f"in+{'0' * 32}@{DOMAIN}"],
        input=_raw(),
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )

    assert kept.returncode == 0, kept.stderr
    assert unknown.returncode == 67
    assert b"No Bowout forwarding address here" in unknown.stderr
    assert RecruiterMessage.objects.filter(owner=owner).count() == 1


# --- Mailgun's inbound webhook ----------------------------------------------------------------


def _signed(data: dict, *, key=KEY, timestamp=None) -> dict:
    timestamp = str(int(timestamp if timestamp is not None else time.time()))
    token = "a" * 50
    signature = hmac.new(key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256).hexdigest()
    return data | {"timestamp": timestamp, "token": token, "signature": signature}


def _post(client, data):
    return client.post(reverse("intake:mailgun_inbound"), data)


@pytest.mark.django_db
def test_a_signed_inbound_email_is_kept_for_its_recipient(client, owner):
    address = inbox.forwarding_address(owner=owner).address

    response = _post(
        client,
        _signed(
            {
                "recipient": address,
                "sender": "lena@quillpay.com",
                "body-mime": _raw(to=address).decode(),
            }
        ),
    )

    assert response.status_code == 200
    message = RecruiterMessage.objects.get()
    assert (message.owner, message.source, message.kind) == (
        owner,
        "forwarded",
        MessageKind.REJECTION,
    )
    assert message.subject == "Frontend Engineer - update"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "forge",
    [
        lambda data: data | {"signature": "0" * 64},
        lambda data: data | {"token": "b" * 50},
        lambda data: {k: v for k, v in data.items() if k != "signature"},
    ],
)
def test_a_forged_signature_is_refused_and_nothing_kept(client, owner, forge):
    address = inbox.forwarding_address(owner=owner).address
    data = _signed({"recipient": address, "body-mime": _raw(to=address).decode()})

    response = _post(client, forge(data))

    assert response.status_code == 400
    assert not RecruiterMessage.objects.exists()


@pytest.mark.django_db
def test_a_signature_by_another_key_is_refused(client, owner):
    address = inbox.forwarding_address(owner=owner).address

    response = _post(
        client, _signed({"recipient": address, "body-mime": _raw(to=address).decode()}, key="other")
    )

    assert response.status_code == 400
    assert not RecruiterMessage.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("age", "status"), [(15 * 60 - 5, 200), (15 * 60 + 5, 400)])
def test_a_signature_older_than_15_minutes_is_refused(client, owner, age, status):
    address = inbox.forwarding_address(owner=owner).address

    response = _post(
        client,
        _signed(
            {"recipient": address, "body-mime": _raw(to=address).decode()},
            timestamp=time.time() - age,
        ),
    )

    assert response.status_code == status
    assert RecruiterMessage.objects.exists() is (status == 200)


@pytest.mark.django_db
def test_an_unknown_recipient_is_accepted_and_dropped(client, owner):
    response = _post(
        client, _signed({"recipient": f"in+{'0' * 32}@{DOMAIN}", "body-mime": _raw().decode()})
    )

    assert response.status_code == 200
    assert not RecruiterMessage.objects.exists()


@pytest.mark.django_db
def test_without_a_signing_key_there_is_no_webhook(client, settings):
    settings.ANYMAIL = {"MAILGUN_WEBHOOK_SIGNING_KEY": ""}

    assert _post(client, _signed({"body-mime": _raw().decode()})).status_code == 404


@pytest.mark.django_db
def test_the_webhook_refuses_get_and_a_missing_timestamp(client):
    assert client.get(reverse("intake:mailgun_inbound")).status_code == 405
    assert _post(client, {"body-mime": "x"}).status_code == 400
