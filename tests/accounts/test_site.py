import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import DatabaseError
from django.urls import reverse

pytestmark = pytest.mark.django_db

BASE_DIR = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("url_name", ["home", "profile", "password_change"])
def test_anonymous_users_are_sent_to_log_in(client, url_name):
    url = reverse(url_name)
    response = client.get(url)
    assert response.status_code == 302
    assert response.url == f"{reverse('login')}?next={url}"


def test_healthz_answers_after_a_database_round_trip(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_answers_503_when_the_database_is_down(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr("config.health.connection.cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


def test_pages_send_a_content_security_policy_without_unsafe_inline(client):
    response = client.get(reverse("login"))
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy


def _load_settings(code="import config.settings", **overrides):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "DJANGO_SETTINGS_MODULE"}
    }
    environment.update(overrides)
    return subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_settings_refuse_to_start_without(missing):
    # A DATABASE_URL that is never connected to: the check must fail before any database work.
    values = {
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "bowout.example",
        "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none",
    }
    del values[missing]
    result = _load_settings(**values)
    assert result.returncode != 0
    assert f"{missing} is not set" in result.stderr


def test_production_settings_load_with_a_secret_key_and_hosts():
    result = _load_settings(
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="bowout.example",
        DATABASE_URL="postgres://nobody@127.0.0.1:1/none",
    )
    assert result.returncode == 0, result.stderr


SOCIAL = (
    "from config import settings; "
    "print(sorted(settings.SOCIALACCOUNT_PROVIDERS), "
    "[app for app in settings.INSTALLED_APPS if '.providers.' in app])"
)
NO_SOCIAL_ENV = dict.fromkeys(
    ("GOOGLE_CLIENT_ID", "GOOGLE_SECRET", "MICROSOFT_CLIENT_ID", "MICROSOFT_SECRET"), ""
)


def test_social_log_in_is_off_by_default():
    result = _load_settings(SOCIAL, DEBUG="true", **NO_SOCIAL_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[] []"


def test_a_provider_is_on_only_with_both_its_client_id_and_secret():
    result = _load_settings(
        SOCIAL,
        DEBUG="true",
        **{
            **NO_SOCIAL_ENV,
            "GOOGLE_CLIENT_ID": "id.apps.example",
            "GOOGLE_SECRET": "s3cret",
            "MICROSOFT_CLIENT_ID": "only-the-id",
        },
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['google'] ['allauth.socialaccount.providers.google']"


def test_settings_refuse_a_database_other_than_postgresql():
    result = _load_settings(DEBUG="true", DATABASE_URL="sqlite:///db.sqlite3")
    assert result.returncode != 0
    assert "PostgreSQL only" in result.stderr


def test_pages_render_no_template_comment_or_tag_text(client):
    """A broken template comment prints its text, and can swallow the whole page."""
    response = client.get(reverse("login"))
    assert "{#" not in response.text
    assert "{%" not in response.text
    assert "<form" in response.text


def test_pages_load_htmx_from_django_htmx_and_no_inline_script(client):
    response = client.get(reverse("login"))
    assert '<script src="/static/django_htmx/htmx-2.min.js" defer' in response.text
    # Only data a static script reads (allauth's passkey button): the browser runs no JSON.
    inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", response.text)
    assert all('type="application/json"' in tag for tag in inline), inline
    # htmx reads its settings from this tag: injecting its indicator styles would break the CSP.
    assert '"includeIndicatorStyles": false' in response.text
