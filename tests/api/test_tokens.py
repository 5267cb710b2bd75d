"""Personal access tokens: made on the profile behind re-authentication, shown once, stored
hashed, scoped, expiring, revocable; bearer only; 60 requests a minute, counted in PostgreSQL."""

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from accounts.models import ApiToken
from api.models import ApiRequestCount
from tests.api.conftest import ApiClient, make_token
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db

NOON = datetime(2026, 12, 5, 12, 0, 0, tzinfo=UTC)


def test_the_profile_links_to_the_tokens(owner_client):
    assert reverse("api_tokens") in owner_client.get(reverse("profile")).text


def test_making_a_token_asks_who_you_are_first(owner_client):
    response = owner_client.post(
        reverse("api_token_create"), {"name": "Shortcuts", "scope": "read", "days": "30"}
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/reauthenticate/")
    assert not ApiToken.objects.exists()


def test_a_token_is_shown_once_and_stored_hashed(typed_password_client, owner):
    with time_machine.travel(NOON, tick=False):
        response = typed_password_client.post(
            reverse("api_token_create"),
            {"name": "  My   shortcuts ", "scope": "write", "days": "90"},
        )
    assert response.status_code == 200
    secret = response.context["just_made"]["secret"]
    assert secret.startswith("bow_") and len(secret) == 4 + 43
    assert secret in response.text
    token = ApiToken.objects.get()
    assert (token.owner, token.name, token.scope) == (owner, "My shortcuts", "write")
    assert token.token_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert token.prefix == secret[:8]
    assert token.expires_at == NOON + timedelta(days=90)
    assert secret not in str(typed_password_client.session.items())
    # Never again: the list shows the name and the first characters only.
    page = typed_password_client.get(reverse("api_tokens")).text
    assert secret not in page
    assert "My shortcuts" in page and f"{secret[:8]}…" in page


@pytest.mark.parametrize(
    "data",
    [
        {"name": "  ", "scope": "read", "days": "30"},
        {"name": "x", "scope": "admin", "days": "30"},
        {"name": "x", "scope": "read", "days": "31"},
    ],
)
def test_a_refused_token_form_saves_nothing(typed_password_client, data):
    response = typed_password_client.post(reverse("api_token_create"), data)
    assert response.status_code == 422
    assert not ApiToken.objects.exists()


def test_revoking_stops_the_token_at_once(owner_client, owner, stranger):
    secret = make_token(owner)
    token = ApiToken.objects.get()
    api = ApiClient(secret)
    assert api.get("/api/v1/applications").status_code == 200
    assert owner_client.get(reverse("api_token_revoke", args=[token.pk])).status_code == 200
    response = owner_client.post(reverse("api_token_revoke", args=[token.pk]))
    assert response.status_code == 302
    assert api.get("/api/v1/applications").status_code == 401
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_a_stranger_cannot_revoke_my_token(owner, stranger):
    make_token(owner)
    client = Client()
    client.force_login(stranger)
    token = ApiToken.objects.get()
    assert client.post(reverse("api_token_revoke", args=[token.pk])).status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_bearer_only_a_session_opens_nothing(owner_client, owner):
    ApplicationFactory(owner=owner)
    response = owner_client.get("/api/v1/applications")
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"
    assert response["WWW-Authenticate"] == 'Bearer realm="api"'
    assert response.json()["title"] == "Unauthorized"


@pytest.mark.parametrize(
    "header", ["Bearer bow_made-up", "Basic b3duZXI6cGFzcw==", "Bearer ", "Token x"]
)
def test_anything_but_a_known_token_is_401(owner, header):
    make_token(owner)
    client = Client(headers={"Authorization": header})
    assert client.get("/api/v1/applications").status_code == 401


def test_a_token_works_until_its_expiry_and_not_at_it(owner):
    with time_machine.travel(NOON, tick=False):
        secret = make_token(owner, days=7)
    api = ApiClient(secret)
    with time_machine.travel(NOON + timedelta(days=7) - timedelta(seconds=1), tick=False):
        assert api.get("/api/v1/applications").status_code == 200
    with time_machine.travel(NOON + timedelta(days=7), tick=False):
        assert api.get("/api/v1/applications").status_code == 401


def test_a_read_token_reads_and_may_not_write(owner, reader):
    application = ApplicationFactory(owner=owner)
    assert reader.get(f"/api/v1/applications/{application.pk}").status_code == 200
    response = reader.send(
        "post", f"/api/v1/applications/{application.pk}/stage", {"stage": "screening"}
    )
    assert response.status_code == 403
    assert "only read" in response.json()["detail"]
    application.refresh_from_db()
    assert application.stage == "applied"
    assert (
        reader.send("post", "/api/v1/applications", {"company": "A", "position": "B"}).status_code
        == 403
    )


def test_last_use_is_noted_at_most_once_a_minute(owner):
    secret = make_token(owner)
    api = ApiClient(secret)
    with time_machine.travel(NOON, tick=False):
        api.get("/api/v1/today")
    assert ApiToken.objects.get().last_used_at == NOON
    with time_machine.travel(NOON + timedelta(seconds=59), tick=False):
        api.get("/api/v1/today")
    assert ApiToken.objects.get().last_used_at == NOON
    with time_machine.travel(NOON + timedelta(seconds=61), tick=False):
        api.get("/api/v1/today")
    assert ApiToken.objects.get().last_used_at == NOON + timedelta(seconds=61)


def test_the_sixty_first_request_in_a_minute_is_429_with_retry_after(owner, stranger):
    api = ApiClient(make_token(owner))
    other = ApiClient(make_token(stranger))
    with time_machine.travel(NOON + timedelta(seconds=15), tick=False):
        for _ in range(60):
            assert api.get("/api/v1/today").status_code == 200
        response = api.get("/api/v1/today")
        assert response.status_code == 429
        assert response["Retry-After"] == "45"
        assert response["Content-Type"] == "application/problem+json"
        assert "more than 60 requests" in response.json()["detail"]
        # Each token has its own count.
        assert other.get("/api/v1/today").status_code == 200
    with time_machine.travel(NOON + timedelta(seconds=60), tick=False):
        assert api.get("/api/v1/today").status_code == 200


def test_old_minutes_are_forgotten(owner):
    api = ApiClient(make_token(owner))
    with time_machine.travel(NOON, tick=False):
        api.get("/api/v1/today")
    with time_machine.travel(NOON + timedelta(minutes=1), tick=False):
        api.get("/api/v1/today")
    assert ApiRequestCount.objects.count() == 2
    with time_machine.travel(NOON + timedelta(minutes=3), tick=False):
        api.get("/api/v1/today")
    assert list(ApiRequestCount.objects.values_list("minute", flat=True)) == [
        NOON + timedelta(minutes=3)
    ]


def test_the_rate_is_a_setting(owner, settings):
    settings.API_REQUESTS_PER_MINUTE = 2
    api = ApiClient(make_token(owner))
    with time_machine.travel(NOON, tick=False):
        assert [api.get("/api/v1/today").status_code for _ in range(3)] == [200, 200, 429]


def test_an_inactive_owner_s_token_is_refused(owner):
    api = ApiClient(make_token(owner))
    owner.is_active = False
    owner.save()
    assert api.get("/api/v1/today").status_code == 401
