"""Measure page speed and web-process memory against a running server (`make bench`).

Creates (or reuses) a user "bench" with N applications across every stage, each with a main
contact and an interview, and a written offer so every page has work to do. Then it logs in
over HTTP, requests each page R times, and prints the median and 95th-percentile latency per
page and the resident memory of the server's processes. Run it against `make serve` (gunicorn,
production-like) on this machine only; it sends a bounded number of requests to one address.

    .venv/bin/python scripts/benchmark.py --url http://127.0.0.1:8000 --rows 200 --repeat 50
"""

import argparse
import http.cookiejar
import os
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

PAGES = ["/", "/applications/", "/board/", "/withdrawals/candidates/"]
BENCH_USER = "bench"
BENCH_PASSWORD = "bench-password-not-secret"  # noqa: S105 - a local benchmark account


def seed(rows: int) -> None:
    """Create the benchmark data through the same services the app uses."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from config.embedded_postgres import ensure_database_url

    ensure_database_url()  # joins the embedded server `make serve` started, as manage.py would
    import django

    django.setup()
    from datetime import timedelta

    from django.utils import timezone

    from accounts.models import User
    from applications import services
    from applications.models import Application, Contact, Interview, Offer, Stage

    user, _ = User.objects.get_or_create(username=BENCH_USER, defaults={"email": "b@example.com"})
    user.set_password(BENCH_PASSWORD)
    user.save()
    existing = user.applications.count()
    stages = [*Stage.live(), *Stage.closed()]
    now = timezone.now()
    for index in range(existing, rows):
        application = services.create_application(
            application=Application(
                owner=user,
                company=f"Company {index}",
                position="Engineer",
                stage=stages[index % len(stages)],
            )
        )
        services.save_contact(
            contact=Contact(application=application, name=f"Contact {index}", is_main=True)
        )
        services.save_interview(
            interview=Interview(application=application, scheduled_at=now + timedelta(hours=index))
        )
    if not Offer.objects.filter(application__owner=user).exists():
        first = user.applications.order_by("pk").first()
        services.save_offer(offer=Offer(application=first, in_writing=True))
        services.change_stage(application=first, to_stage=Stage.OFFER)


def login(base: str) -> urllib.request.OpenerDirector:
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    page = opener.open(f"{base}/accounts/login/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    data = urllib.parse.urlencode(
        {"username": BENCH_USER, "password": BENCH_PASSWORD, "csrfmiddlewaretoken": token}
    ).encode()
    request = urllib.request.Request(  # noqa: S310 - main() allows only http(s) on localhost
        f"{base}/accounts/login/", data=data, headers={"Referer": f"{base}/accounts/login/"}
    )
    opener.open(request).read()
    return opener


def server_memory_mib(port: int) -> float | None:
    """Resident memory of the processes listening on the port and their workers."""
    try:
        import psutil
    except ImportError:
        return None
    total = 0
    for process in psutil.process_iter(["cmdline", "memory_info"]):
        cmdline = " ".join(process.info["cmdline"] or [])
        if "gunicorn" in cmdline or ("runserver" in cmdline and str(port) in cmdline):
            total += process.info["memory_info"].rss
    return total / 2**20 if total else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--rows", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=30)
    arguments = parser.parse_args()
    target = urllib.parse.urlparse(arguments.url)
    if target.scheme not in {"http", "https"} or target.hostname not in {
        "127.0.0.1",
        "localhost",
        "::1",
    }:
        sys.exit("Only an http(s) server on this machine (127.0.0.1 or localhost) is benchmarked.")
    seed(arguments.rows)
    opener = login(arguments.url)
    print(f"{arguments.rows} applications, {arguments.repeat} requests per page")
    print(f"{'page':28} {'median ms':>10} {'p95 ms':>10}")
    for path in PAGES:
        timings = []
        for _ in range(arguments.repeat):
            started = time.perf_counter()
            opener.open(f"{arguments.url}{path}").read()
            timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
        print(f"{path:28} {statistics.median(timings):10.1f} {p95:10.1f}")
    memory = server_memory_mib(urllib.parse.urlparse(arguments.url).port or 80)
    if memory is not None:
        print(f"server processes resident memory: {memory:.0f} MiB")


if __name__ == "__main__":
    main()
