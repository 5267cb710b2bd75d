import pytest
from django.test import Client

from accounts.models import ApiToken
from accounts.services import create_api_token


def make_token(user, *, scope=ApiToken.Scope.WRITE, days=30, name="Script") -> str:
    return create_api_token(token=ApiToken(owner=user, name=name, scope=scope), days=days)


class ApiClient(Client):
    """A client that speaks JSON with a bearer token, and never a session."""

    def __init__(self, secret: str | None, **kwargs):
        headers = {"Authorization": f"Bearer {secret}"} if secret else {}
        super().__init__(headers=headers, raise_request_exception=False, **kwargs)

    def send(self, method: str, path: str, body=None, **kwargs):
        call = getattr(self, method.lower())
        if body is None:
            return call(path, **kwargs)
        return call(path, body, content_type="application/json", **kwargs)


@pytest.fixture
def secret(owner):
    return make_token(owner)


@pytest.fixture
def api(secret):
    return ApiClient(secret)


@pytest.fixture
def reader(owner):
    return ApiClient(make_token(owner, scope=ApiToken.Scope.READ, name="Reader"))
