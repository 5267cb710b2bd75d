"""Django's database sessions, refusing a session key Django could not have made."""

from django.contrib.sessions.backends.base import VALID_KEY_CHARS
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore


class SessionStore(DatabaseSessionStore):
    """A key with a NUL byte reached PostgreSQL, which refuses it: a 500 on every page, the
    health check included. Any key Django did not make is an unknown session instead."""

    # A private hook of SessionBase that django-stubs leaves out.
    def _validate_session_key(self, key):
        return bool(
            super()._validate_session_key(key)  # type: ignore[misc]
            and len(key) <= 40
            and set(key) <= set(VALID_KEY_CHARS)
        )
