"""The log-in lockout counts failures per username and client address, behind a proxy too."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"  # the reverse proxy's own address: every request arrives from it
ATTACKER = "203.0.113.9"
OWNER = "198.51.100.7"


@pytest.fixture
def behind_one_proxy(settings):
    settings.REVERSE_PROXY_COUNT = 1


def log_in(client, password, *, forwarded_for=None, remote_addr=PROXY):
    extra = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return client.post(reverse("login"), {"username": "owner", "password": password}, **extra)


def test_behind_a_proxy_five_failures_from_someone_else_do_not_lock_the_owner_out(
    client, owner, behind_one_proxy
):
    for _ in range(5):
        log_in(client, "wrong", forwarded_for=ATTACKER)
    assert log_in(client, PASSWORD, forwarded_for=ATTACKER).status_code == 429

    response = log_in(client, PASSWORD, forwarded_for=OWNER)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(owner.pk)


def test_behind_a_proxy_five_failures_lock_out_the_client_that_made_them(
    client, owner, behind_one_proxy
):
    # The proxy appends the address it saw; what the client typed before it is ignored, so a
    # made-up address on each attempt does not dodge the count.
    for attempt in range(5):
        log_in(client, "wrong", forwarded_for=f"192.0.2.{attempt}, {ATTACKER}")

    response = log_in(client, PASSWORD, forwarded_for=f"192.0.2.77, {ATTACKER}")

    assert response.status_code == 429
    assert "Too many failed log-ins" in response.text


def test_four_failures_behind_a_proxy_do_not_lock_out(client, owner, behind_one_proxy):
    for _ in range(4):
        log_in(client, "wrong", forwarded_for=ATTACKER)

    assert log_in(client, PASSWORD, forwarded_for=ATTACKER).status_code == 302


def test_without_a_proxy_x_forwarded_for_is_ignored(client, owner):
    # Anyone can send the header: trusting it here would let a client pose as many.
    for attempt in range(5):
        log_in(client, "wrong", forwarded_for=f"192.0.2.{attempt}", remote_addr=ATTACKER)

    response = log_in(client, PASSWORD, forwarded_for="192.0.2.99", remote_addr=ATTACKER)

    assert response.status_code == 429


def test_behind_a_proxy_a_request_without_the_header_counts_under_the_socket_address(
    client, owner, behind_one_proxy
):
    for _ in range(5):
        log_in(client, "wrong", remote_addr=ATTACKER)

    assert log_in(client, PASSWORD, remote_addr=ATTACKER).status_code == 429
    assert log_in(client, PASSWORD, remote_addr=OWNER).status_code == 302


def test_a_successful_password_reset_lifts_the_lockout(client, owner):
    for _ in range(5):
        log_in(client, "wrong")
    assert log_in(client, PASSWORD).status_code == 429

    client.post(reverse("password_reset"), {"email": owner.email})
    link = re.search(
        r"https?://[^/\s]+(/accounts/password/reset/key/\S+)", str(mail.outbox[0].body)
    ).group(1)
    set_password_url = client.get(link, follow=True).redirect_chain[-1][0]
    response = client.post(
        set_password_url,
        {"password1": "brand-new-passphrase", "password2": "brand-new-passphrase"},
    )
    assert response.status_code == 302

    response = log_in(client, "brand-new-passphrase")

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(owner.pk)


def test_a_refused_password_reset_keeps_the_lockout(client, owner):
    for _ in range(5):
        log_in(client, "wrong")

    client.post(reverse("password_reset"), {"email": owner.email})
    link = re.search(
        r"https?://[^/\s]+(/accounts/password/reset/key/\S+)", str(mail.outbox[0].body)
    ).group(1)
    set_password_url = client.get(link, follow=True).redirect_chain[-1][0]
    response = client.post(
        set_password_url, {"password1": "brand-new-passphrase", "password2": "other"}
    )
    assert response.status_code == 200

    assert log_in(client, PASSWORD).status_code == 429
