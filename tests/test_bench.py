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


def _result(module, page="board", *, rps, p50=10.0, p99=15.0, errors=0):
    return module.Result(
        page=page, size=10_000, rps=rps, p50_ms=p50, p99_ms=p99, errors=errors, queries=5,
        html_bytes=1000, links=3,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("rps", "small_rps", "expected"),
    [
        (100.0, 150.0, []),  # exactly 1/10 of the floor and exactly 2/3 of its 5-row speed
        (99.9, 149.8, ["<1/10 floor"]),
        (100.0, 150.1, ["<2/3 of small"]),
        (50.0, 300.0, ["<1/10 floor", "<2/3 of small"]),
    ],
)
def test_each_page_is_held_to_a_tenth_of_the_floor_and_two_thirds_of_its_small_speed(
    rps, small_rps, expected
):
    module = _benchmark_module()
    floor = _result(module, "hello (floor)", rps=1000.0)

    misses = module.misses_of(
        _result(module, rps=rps), floor=floor, small=_result(module, rps=small_rps)
    )

    assert misses == expected


@pytest.mark.parametrize(
    ("floor_p99", "p99", "expected"),
    [
        (19.9, 19.9, []),  # the floor's tail is short, and so is the page's
        (19.9, 20.0, ["p99≥2×p50"]),  # the page's p99 is twice its p50: a miss
        (20.0, 40.0, []),  # the floor's own p99 is twice its p50: a busy machine, not the page
    ],
)
def test_a_long_tail_counts_only_where_the_floor_has_none(floor_p99, p99, expected):
    module = _benchmark_module()
    floor = _result(module, "hello (floor)", rps=1000.0, p50=10.0, p99=floor_p99)

    misses = module.misses_of(_result(module, rps=500.0, p99=p99), floor=floor, small=None)

    assert misses == expected


def test_errors_are_a_miss_even_on_a_fast_page():
    module = _benchmark_module()
    floor = _result(module, "hello (floor)", rps=1000.0)

    assert module.misses_of(_result(module, rps=900.0, errors=2), floor=floor, small=None) == [
        "2 errors"
    ]
