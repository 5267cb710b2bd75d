"""The account pages and messages in German for a user or visitor who chose it: the lockout
with its length in German words, the API token pages and their messages, the log-in error, the
welcome, the time-zone groups, the emails allauth sends. English stays the default (the other
tests read it)."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import translation

from accounts.models import ApiToken
from accounts.templatetags.accounts_tags import minutes_or_hours
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def german(owner_client, owner):
    owner.language = "de"
    owner.save(update_fields=["language"])
    return owner_client


@pytest.fixture
def german_visitor(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "de"
    return client


def log_in(client, password):
    return client.post(reverse("login"), {"username": "owner", "password": password})


def test_the_lockout_says_its_length_in_german_inside_a_german_sentence(german_visitor, owner):
    for _ in range(5):
        log_in(german_visitor, "wrong")

    response = log_in(german_visitor, PASSWORD)

    assert response.status_code == 429
    text = " ".join(response.text.split())
    assert "15 Minuten" in text
    assert "15 minutes" not in text and "Try again" not in text


def test_the_lockout_in_english_is_unchanged(client, owner):
    for _ in range(5):
        log_in(client, "wrong")

    text = " ".join(log_in(client, PASSWORD).text.split())

    assert "paused after 5 failed attempts. Try again in 15 minutes," in text


@pytest.mark.parametrize(
    ("minutes", "english", "german"),
    [
        (1, "1 minute", "1 Minute"),
        (15, "15 minutes", "15 Minuten"),
        (60, "1 hour", "1 Stunde"),
        (120, "2 hours", "2 Stunden"),
        (90, "90 minutes", "90 Minuten"),
    ],
)
def test_a_lockout_length_in_each_language(minutes, english, german):
    with translation.override("en"):
        assert minutes_or_hours(timedelta(minutes=minutes)) == english
    with translation.override("de"):
        assert minutes_or_hours(timedelta(minutes=minutes)) == german


def test_a_wrong_password_says_so_in_german(german_visitor, owner):
    response = log_in(german_visitor, "wrong")

    assert "Bitte geben Sie einen gültigen Benutzernamen und ein gültiges Passwort ein." in (
        response.text
    )
    assert "Please enter a correct" not in response.text


def test_the_api_tokens_page_in_german(german, owner):
    page = german.get(reverse("api_tokens")).text

    assert '<h1 class="h3 mb-3">API-Tokens</h1>' in page
    assert ">Token erstellen</button>" in page
    assert "Wofür ist es?" in page and "Nur lesen" in page and "90 Tage" in page
    assert "Noch keine Tokens." in page
    assert "Make the token" not in page and "Read only" not in page


def test_making_and_revoking_a_token_say_so_in_german(german, owner):
    german.post(reverse("account_reauthenticate"), {"password": PASSWORD})

    made = german.post(
        reverse("api_token_create"), {"name": "Skript", "scope": "read", "days": "30"}
    )
    token = ApiToken.objects.get()
    ask = german.get(reverse("api_token_revoke", args=[token.pk])).text
    revoked = german.post(reverse("api_token_revoke", args=[token.pk]), follow=True).text

    assert "Token „Skript“ erstellt. Kopieren Sie es jetzt: Es wird nur einmal angezeigt." in (
        made.text
    )
    assert "<td>Nur lesen</td>" in made.text
    assert "Das Token „Skript“ widerrufen?" in ask
    assert "Das Token „Skript“ funktioniert nicht mehr." in revoked
    assert "Widerrufen am" in revoked


def test_a_refused_token_name_is_explained_in_german(german, owner):
    german.post(reverse("account_reauthenticate"), {"password": PASSWORD})

    response = german.post(
        reverse("api_token_create"), {"name": "  ", "scope": "read", "days": "30"}
    )

    assert response.status_code == 422
    # The help beside the field, and Django's own German for the missing name.
    assert "Wofür es ist, z. B. „Meine Kurzbefehle“." in response.text
    assert "Dieses Feld ist zwingend erforderlich." in response.text
    assert "This field is required." not in response.text
    assert not ApiToken.objects.exists()


def test_the_time_zone_groups_are_german_on_the_profile(german):
    page = german.get(reverse("profile")).text

    assert '<optgroup label="Europa">' in page
    assert '<optgroup label="Europe">' not in page


def test_a_german_visitor_signs_up_and_is_welcomed_in_german(german_visitor, settings):
    settings.SIGNUP = "open"
    response = german_visitor.post(
        reverse("signup"),
        {
            "username": "lena",
            "full_name": "Lena Vogel",
            "email": "lena@example.com",
            "time_zone": "Europe/Berlin",
            "password1": "a long and good passphrase",
            "password2": "a long and good passphrase",
        },
        follow=True,
    )

    assert "Willkommen bei Bowout!" in response.text
    [confirmation] = mail.outbox
    assert confirmation.subject == "Bestätigen Sie Ihre E-Mail-Adresse für Bowout"
    assert "Hallo lena," in confirmation.body
    assert "Bestätigen Sie hier, dass sie Ihnen gehört:" in confirmation.body
    assert "Hello" not in confirmation.body


def test_the_password_reset_email_in_german(german_visitor, owner):
    german_visitor.post(reverse("password_reset"), {"email": owner.email})

    [message] = mail.outbox
    assert message.subject == "Setzen Sie Ihr Bowout-Passwort zurück"
    assert "Ihr Benutzername ist owner." in message.body
