"""The production URLs plus the benchmark's floor, for ``config.settings_bench`` only."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as production_urlpatterns


def hello(request):
    """The floor every page is compared with: same middleware, session and user, no page work."""
    return HttpResponse(f"Hello, {request.user.username}.", content_type="text/plain")


urlpatterns = [path("bench/hello/", hello, name="bench_hello"), *production_urlpatterns]
