"""make backup and make restore: a pg_dump of a small database, loaded into an empty one."""

import importlib.util
import os
from pathlib import Path

import psycopg
import pytest
from django.db import connection
from psycopg import sql

from applications.models import Application
from tests.factories import ApplicationFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _backup_module():
    path = Path(__file__).resolve().parent.parent / "scripts" / "backup.py"
    spec = importlib.util.spec_from_file_location("backup", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def empty_database():
    """A new empty database on the test server; its URL."""
    settings = connection.settings_dict
    params = connection.get_connection_params()
    name = "bowout_restore_target"
    admin = psycopg.connect(**{**params, "dbname": "postgres"}, autocommit=True)
    admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
    admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield _url(params, name)
    admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
    admin.close()
    assert settings  # the test database itself is left to pytest-django


def _url(params: dict, dbname: str) -> str:
    return psycopg.conninfo.make_conninfo(
        **{
            key: value
            for key, value in params.items()
            if key in ("host", "port", "user", "password")
        },
        dbname=dbname,
    )


def test_a_backup_restores_into_an_empty_database(tmp_path, empty_database):
    backup = _backup_module()
    ApplicationFactory(company="Backed Up Ltd")
    source = _url(connection.get_connection_params(), connection.settings_dict["NAME"])

    path = backup.backup(url=source, folder=tmp_path)
    backup.restore(url=empty_database, path=path)

    assert path.name.startswith("bowout-") and path.suffix == ".dump"
    with psycopg.connect(empty_database) as restored:
        companies = restored.execute("SELECT company FROM applications_application").fetchall()
    assert companies == [("Backed Up Ltd",)]
    assert Application.objects.count() == 1


def test_restore_refuses_a_database_with_tables(tmp_path):
    backup = _backup_module()
    source = _url(connection.get_connection_params(), connection.settings_dict["NAME"])
    path = backup.backup(url=source, folder=tmp_path)

    with pytest.raises(backup.BackupError, match="The database is not empty"):
        backup.restore(url=source, path=path)


def test_the_dump_tool_matches_the_server_version():
    backup = _backup_module()
    source = _url(connection.get_connection_params(), connection.settings_dict["NAME"])

    pg_dump = backup.tool("pg_dump", url=source)

    major = backup.server_major(source)
    assert os.popen(f"'{pg_dump}' --version").read().split()[2].startswith(f"{major}.")  # noqa: S605
