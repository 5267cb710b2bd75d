"""The benchmark's floor page exists only under the bench settings, behind the same log-in."""

import importlib.util
from pathlib import Path

import pytest
from django.test import override_settings
from django.urls import NoReverseMatch, Resolver404, resolve, reverse

pytestmark = pytest.mark.django_db


def test_hello_is_not_a_production_url():
    with pytest.raises(Resolver404):
        resolve("/bench/hello/")
    with pytest.raises(NoReverseMatch):
        reverse("bench_hello")


@override_settings(ROOT_URLCONF="config.urls_bench")
def test_hello_answers_a_logged_in_user_through_the_session(owner_client):
    response = owner_client.get("/bench/hello/")

    assert response.status_code == 200
    assert response.content == b"Hello, owner."


@override_settings(ROOT_URLCONF="config.urls_bench")
def test_hello_sends_a_stranger_to_log_in(client):
    response = client.get("/bench/hello/")

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def _benchmark_module():
    path = Path(__file__).resolve().parent.parent / "scripts" / "benchmark.py"
    spec = importlib.util.spec_from_file_location("benchmark", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


WRK_OUTPUT = """Running 8s test @ http://127.0.0.1:8000/board/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    40.12ms   10.01ms 120.00ms   80.00%
  Latency Distribution
     50%   38.50ms
     75%   45.00ms
     90%   52.00ms
     99%    1.20s
  3200 requests in 8.00s, 40.00MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 7
Requests/sec:    400.00
Transfer/sec:      5.00MB
"""


def test_wrk_output_is_read_in_milliseconds_with_every_failure_counted():
    figures = _benchmark_module().parse_wrk(WRK_OUTPUT)

    assert figures == {
        "rps": 400.0,
        "requests": 3200,
        "p50": 38.5,
        "p99": 1200.0,
        "non_2xx": 7,
        "socket_errors": 3,
    }
