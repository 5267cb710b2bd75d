from functools import wraps

from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponseNotAllowed
from django.urls import URLPattern, path, re_path

from api.problems import problem
from api.v1 import api


def _api_view(view):
    """An API address: no log-in page (a token, or nothing), never cached, and a method it does
    not take answers 405 in the API's one error shape."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if isinstance(response, HttpResponseNotAllowed):
            allowed = response["Allow"]
            response = problem(405, f"This address takes {allowed}.")
            response["Allow"] = allowed
        response.setdefault("Cache-Control", "no-store")
        return response

    return login_not_required(wrapper)


@login_not_required
def unknown(request, rest=""):
    return problem(404, "There is no such address in the API; see /api/v1/docs.")


patterns, ninja_app, ninja_namespace = api.urls
for pattern in patterns:
    if isinstance(pattern, URLPattern):
        pattern.callback = _api_view(pattern.callback)

urlpatterns = [
    path("v1/", (patterns, ninja_app, ninja_namespace)),
    re_path(r"^(?P<rest>.*)$", unknown),
]
