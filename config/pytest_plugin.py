"""Give the test run one embedded PostgreSQL server when DATABASE_URL is unset.

Loaded with ``-p config.pytest_plugin`` (``addopts`` in pyproject.toml). It must act before
pytest-django reads the settings, hence ``pytest_load_initial_conftests`` with ``tryfirst``: a
conftest is too late. The server lives in a temporary folder, serves every test (and every
subprocess a test starts, through the inherited DATABASE_URL) and is deleted when the run ends.
"""

import tempfile
from pathlib import Path

import pytest

from config.embedded_postgres import database_url_is_set, ensure_database_url


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(early_config, parser, args):
    if database_url_is_set() or early_config.known_args_namespace.help:
        return
    data_dir = Path(tempfile.mkdtemp(prefix="bowout-test-pgdata-"))
    ensure_database_url(data_dir=data_dir, throw_away=True)
