"""Every error the API answers, in one shape: RFC 9457 problem details.

``{"type": "about:blank", "title": "Not Found", "status": 404, "detail": "..."}``, served as
``application/problem+json``; a refused body or query adds ``errors``, one entry per field.
The type is always ``about:blank`` (RFC 9457, section 4.2.1): the status says what kind of
problem it is, ``title`` is its standard phrase and ``detail`` says what happened, in words.
"""

import json
import logging
from http import HTTPStatus

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404, HttpRequest, HttpResponse
from ninja import Schema
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError

logger = logging.getLogger(__name__)

PROBLEM_TYPE = "application/problem+json"


class FieldError(Schema):
    field: str
    message: str


class Problem(Schema):
    type: str = "about:blank"
    title: str
    status: int
    detail: str
    errors: list[FieldError] = []


class FormRefused(Exception):
    """A Django form (the same one the pages use) refused the values sent."""

    def __init__(self, form) -> None:
        self.form = form
        super().__init__(form.errors.as_text())


def problem(status: int, detail: str, *, errors: list[dict] | None = None) -> HttpResponse:
    body = {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "errors": errors or [],
    }
    response = HttpResponse(json.dumps(body), status=status, content_type=PROBLEM_TYPE)
    response["Cache-Control"] = "no-store"
    return response


def _field(location: tuple) -> str:
    # ("body", "payload", "company") or ("query", "stage"): the field as the client named it.
    parts = [str(part) for part in location if part not in ("body", "query", "path", "payload")]
    return ".".join(parts) or "body"


def validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = [
        {"field": _field(tuple(error.get("loc", ()))), "message": str(error.get("msg", ""))}
        for error in exc.errors
    ]
    return problem(422, "Some values were refused: see errors.", errors=errors)


def form_refused(request: HttpRequest, exc: FormRefused) -> HttpResponse:
    errors = [
        {"field": name if name != "__all__" else "body", "message": str(message)}
        for name, messages in exc.form.errors.items()
        for message in messages
    ]
    return problem(422, "Some values were refused: see errors.", errors=errors)


def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    if isinstance(exc, AuthenticationError):
        response = problem(
            401,
            "Send a personal access token as “Authorization: Bearer <token>”; this one is "
            "missing, unknown, expired or revoked.",
        )
        response["WWW-Authenticate"] = 'Bearer realm="api"'
        return response
    if isinstance(exc, Throttled):
        response = problem(
            429,
            f"This token made more than {settings.API_REQUESTS_PER_MINUTE} requests this "
            f"minute; try again in {exc.wait} seconds.",
        )
        response["Retry-After"] = str(exc.wait)
        return response
    return problem(exc.status_code, str(exc))


def not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
    return problem(404, "Nothing of yours is at this address.")


def server_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    logger.exception("API error on %s %s", request.method, request.path, exc_info=exc)
    return problem(500, "Something went wrong on our side. It is logged; try again later.")


def install(api) -> None:
    api.add_exception_handler(ValidationError, validation_error)
    api.add_exception_handler(FormRefused, form_refused)
    api.add_exception_handler(HttpError, http_error)
    api.add_exception_handler(Http404, not_found)
    api.add_exception_handler(ObjectDoesNotExist, not_found)
    api.add_exception_handler(Exception, server_error)
