"""The page shown while the database is away speaks the visitor's chosen language (the cookie:
the profile is out of reach), English otherwise."""

from django.conf import settings
from django.db import OperationalError

from config import health


def unavailable(rf, **cookies):
    request = rf.get("/board/")
    request.COOKIES.update(cookies)
    try:
        raise OperationalError("the database is away")
    except OperationalError:
        return health.server_error(request)


def test_the_503_page_in_the_chosen_german(rf):
    response = unavailable(rf, **{settings.LANGUAGE_COOKIE_NAME: "de"})

    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert '<html lang="de">' in html
    assert '<h1 class="h3">Bowout ist gleich wieder da</h1>' in html
    assert "Bitte versuchen Sie es in 10 Sekunden erneut" in html
    assert "back in a moment" not in html


def test_the_503_page_in_english_without_a_choice_or_with_an_unknown_one(rf):
    for cookies in ({}, {settings.LANGUAGE_COOKIE_NAME: "xx"}):
        html = unavailable(rf, **cookies).content.decode()
        assert '<html lang="en">' in html
        assert "Please try again in 10 seconds: reload the page" in html
