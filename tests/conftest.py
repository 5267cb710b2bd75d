import pytest

from tests.factories import UserFactory


@pytest.fixture
def owner(db):
    return UserFactory(username="owner", full_name="Alex Morgan")


@pytest.fixture
def stranger(db):
    return UserFactory(username="stranger", full_name="Sam Stranger")


@pytest.fixture
def owner_client(client, owner):
    client.force_login(owner)
    return client
