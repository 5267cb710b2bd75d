import pytest

from applications.models import Contact, Stage
from tests.factories import ApplicationFactory, ContactFactory


@pytest.fixture
def application(owner):
    """A live process at the interviewing stage, without contacts."""
    return ApplicationFactory(
        owner=owner, company="Globex", position="Data Engineer", stage=Stage.INTERVIEWING
    )


@pytest.fixture
def main_contact(application):
    return ContactFactory(
        application=application,
        name="Priya Shah",
        email="priya@globex.example",
        role=Contact.Role.IN_HOUSE_RECRUITER,
        is_main=True,
    )


@pytest.fixture
def globex(owner):
    """A live process at interview stage, with Priya Shah as its main contact."""
    application = ApplicationFactory(
        owner=owner, company="Globex", position="Data Engineer", stage=Stage.INTERVIEWING
    )
    ContactFactory(application=application, name="Priya Shah", is_main=True)
    return application
