"""The language of the pages: English by default, the browser's language offered and never
forced, a visitor's choice in the cookie, a user's on their profile."""

import pytest
from django.urls import reverse
from django.utils import translation

from accounts.models import User
from tests.accounts.test_signup_modes import SIGNUP

pytestmark = pytest.mark.django_db

GERMAN_BROWSER = {"HTTP_ACCEPT_LANGUAGE": "de-DE,de;q=0.9,en;q=0.5"}
OFFER = "Bowout gibt es auch auf Deutsch."


def test_a_german_browser_reads_english_and_is_offered_german(client):
    page = client.get(reverse("login"), **GERMAN_BROWSER)
    html = page.content.decode()
    assert '<html lang="en">' in html
    assert ">Log in</a>" in html
    assert OFFER in html
    assert '<button type="submit" name="language" value="de"' in html
    assert page.headers["Content-Language"] == "en"
    # The offer depends on both: a shared cache must not hand it to another browser.
    assert "Accept-Language" in page.headers["Vary"]
    assert "Cookie" in page.headers["Vary"]


@pytest.mark.parametrize("header", ["", "en-GB,en;q=0.9", "fr-FR,fr;q=0.9", "*", "de-"])
def test_no_offer_when_the_browser_wants_nothing_bowout_speaks_besides_english(client, header):
    page = client.get(reverse("login"), HTTP_ACCEPT_LANGUAGE=header)
    assert OFFER not in page.content.decode()


def test_an_austrian_browser_is_offered_german(client):
    page = client.get(reverse("login"), HTTP_ACCEPT_LANGUAGE="de-AT")
    assert OFFER in page.content.decode()


def test_a_visitor_chooses_german_and_the_pages_follow(client):
    response = client.post(
        reverse("set_language"), {"language": "de", "next": reverse("login")}, **GERMAN_BROWSER
    )
    assert response.status_code == 302
    assert response.headers["Location"] == reverse("login")
    assert response.cookies["django_language"].value == "de"
    page = client.get(reverse("login"), **GERMAN_BROWSER)
    html = page.content.decode()
    assert '<html lang="de">' in html
    assert ">Anmelden</a>" in html
    assert page.headers["Content-Language"] == "de"
    # Chosen: nothing more to offer.
    assert OFFER not in html
    # The next request on this thread starts from English again.
    assert translation.get_language() == "en"


def test_no_thanks_keeps_english_and_stops_offering(client):
    client.post(reverse("set_language"), {"language": "en", "next": "/"}, **GERMAN_BROWSER)
    page = client.get(reverse("login"), **GERMAN_BROWSER)
    assert ">Log in</a>" in page.content.decode()
    assert OFFER not in page.content.decode()


def test_the_visitors_chooser_is_on_every_page_and_a_users_is_the_profile(client, owner):
    chooser = '<select name="language" id="language-choice"'
    assert chooser in client.get(reverse("login")).content.decode()
    client.force_login(owner)
    assert chooser not in client.get(reverse("home")).content.decode()
    profile = client.get(reverse("profile")).content.decode()
    assert 'name="language"' in profile
    assert '<option value="de">Deutsch</option>' in profile


def test_a_users_profile_language_wins_over_the_cookie(client, owner):
    owner.language = "de"
    owner.save(update_fields=["language"])
    client.force_login(owner)
    client.cookies["django_language"] = "en"
    html = client.get(reverse("home")).content.decode()
    assert ">Übersicht</a>" in html
    assert '<html lang="de">' in html


def test_a_user_choosing_a_language_keeps_it_on_the_profile(owner_client, owner):
    owner_client.post(reverse("set_language"), {"language": "de", "next": "/"})
    owner.refresh_from_db()
    assert owner.language == "de"
    assert ">Übersicht</a>" in owner_client.get(reverse("home")).content.decode()


def test_the_profile_form_saves_the_language_and_says_so_in_it(owner_client, owner):
    data = {
        "full_name": "Alex Morgan",
        "time_zone": "Europe/Berlin",
        "travel_buffer_minutes": "30",
        "follow_up_days": "7",
        "language": "de",
    }
    response = owner_client.post(reverse("profile"), data)
    assert response.status_code == 302
    assert response.cookies["django_language"].value == "de"
    owner.refresh_from_db()
    assert owner.language == "de"
    page = owner_client.get(reverse("profile")).content.decode()
    assert "Ihr Profil ist gespeichert." in page
    assert '<h1 class="h3 mb-3">Ihr Profil</h1>' in page


def test_the_profile_refuses_a_language_bowout_does_not_speak(owner_client, owner):
    data = {"full_name": "Alex Morgan", "time_zone": "UTC", "language": "fr"}
    response = owner_client.post(reverse("profile"), data)
    assert response.status_code == 422
    owner.refresh_from_db()
    assert owner.language == "en"


@pytest.mark.parametrize("language", ["fr", "xx", "", "de-at", "de" * 300])
def test_an_unknown_language_changes_nothing(owner_client, owner, language):
    response = owner_client.post(reverse("set_language"), {"language": language, "next": "/"})
    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.language == "en"
    assert ">Dashboard</a>" in owner_client.get(reverse("home")).content.decode()


def test_choosing_a_language_is_a_post(client):
    assert client.get(reverse("set_language")).status_code == 405


def test_choosing_a_language_never_goes_to_another_site(client):
    response = client.post(
        reverse("set_language"), {"language": "de", "next": "https://evil.example/"}
    )
    assert response.status_code == 302
    assert "evil.example" not in response.headers["Location"]


def test_signing_up_in_german_keeps_german(client):
    client.post(reverse("set_language"), {"language": "de", "next": "/"})
    client.post(reverse("signup"), SIGNUP)
    assert User.objects.get(username="invited").language == "de"


def test_signing_up_in_english_keeps_english(client):
    client.post(reverse("signup"), SIGNUP, **GERMAN_BROWSER)
    assert User.objects.get(username="invited").language == "en"


def test_a_new_user_reads_english(owner):
    assert User.objects.get(pk=owner.pk).language == "en"


def test_a_profile_form_without_the_language_keeps_it(owner_client, owner):
    owner.language = "de"
    owner.save(update_fields=["language"])
    data = {"full_name": "Alex Morgan", "time_zone": "UTC"}
    assert owner_client.post(reverse("profile"), data).status_code == 302
    owner.refresh_from_db()
    assert owner.language == "de"
