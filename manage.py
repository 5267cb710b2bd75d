#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys

# Commands that never open a database connection: they run with no server at all (a Docker
# build, CI's deploy check) and start none. `check --database` is the exception that does.
NO_DATABASE_COMMANDS = {
    "check",
    "collectstatic",
    "compilemessages",
    "diffsettings",
    "findstatic",
    "help",
    "makemessages",
    "makemigrations",
    "startapp",
    "version",
}


def needs_database(argv: list[str]) -> bool:
    command = argv[1] if len(argv) > 1 else "help"
    if command.startswith("-"):  # --help, --version
        return False
    return command not in NO_DATABASE_COMMANDS or "--database" in argv


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    if needs_database(sys.argv):
        from config.embedded_postgres import ensure_database_url

        # With DATABASE_URL unset, start the embedded server for this command (and its children).
        ensure_database_url()
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
