"""Every endpoint of the API fuzzed against its own OpenAPI schema with schemathesis: a fixed
seed (Hypothesis derandomized) and at most 15 examples an endpoint, so a failure in CI is one
anyone can rerun. No answer is a 500, and every answer matches the schema: its status is
documented, its content type is the documented one, its body has the documented shape."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis import checks

from api.v1 import api
from applications.models import Stage
from tests.api.conftest import make_token
from tests.factories import ApplicationFactory, ContactFactory, InterviewFactory, OfferFactory

pytestmark = pytest.mark.django_db

CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
]


@pytest.fixture
def api_schema(db):
    # Served by Django's WSGI handler, in the test's transaction: as Django's test client does,
    # the end of a request must not close the connection that transaction lives on.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def operations() -> list[str]:
    """Every operation the schema documents, as schemathesis labels them ("GET /api/v1/...")."""
    paths = api.get_openapi_schema()["paths"]
    return [f"{method.upper()} {path}" for path, methods in paths.items() for method in methods]


@pytest.fixture
def fuzzed_world(owner, settings):
    # The examples would otherwise run into the token's rate limit, itself tested elsewhere.
    settings.API_REQUESTS_PER_MINUTE = 10_000
    application = ApplicationFactory(owner=owner, stage=Stage.OFFER)
    return {
        "secret": make_token(owner),
        "application_id": application.pk,
        "contact_id": ContactFactory(application=application).pk,
        "interview_id": InterviewFactory(application=application).pk,
        "offer": OfferFactory(application=application),
    }


def test_every_endpoint_is_fuzzed():
    assert len(operations()) == 16
    assert "POST /api/v1/applications/{application_id}/stage" in operations()


@pytest.mark.parametrize("label", operations())
def test_every_endpoint_answers_as_documented(label, api_schema, fuzzed_world):
    operation = api_schema.find_operation_by_label(label)
    assert operation is not None, label

    @given(case=operation.as_strategy())
    @settings(
        max_examples=15,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def answers_as_documented(case):
        # The ids point at the owner's rows, so the bodies reach the forms and services;
        # another user's ids and made-up ones are tested in test_applications.py.
        for name in ("application_id", "contact_id", "interview_id"):
            if case.path_parameters and name in case.path_parameters:
                case.path_parameters[name] = fuzzed_world[name]
        case.call_and_validate(
            headers={"Authorization": f"Bearer {fuzzed_world['secret']}"}, checks=CHECKS
        )

    answers_as_documented()
