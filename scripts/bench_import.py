"""Time a CSV import of 10,000 rows (upload text to applications saved), end to end.

Run from the project folder; it uses DATABASE_URL when set, else the embedded PostgreSQL, in a
throw-away database of its own (``bowout_bench_import``):

    .venv/bin/python scripts/bench_import.py [--rows 10000]

It builds a tracker-style CSV (company, position, status, date applied, link, notes, and a
Bowout stage path on half the rows), then times the preview (every row checked) and the import
(one transaction, bulk inserts) separately, as the two requests a user makes.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings_test")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    rows = parser.parse_args().rows

    import django
    from django.test.utils import setup_test_environment

    from config.embedded_postgres import ensure_database_url

    ensure_database_url()
    django.setup()
    setup_test_environment()
    from django.db import connection
    from django.test.utils import get_runner

    runner = get_runner(django.conf.settings)(verbosity=0, keepdb=False)
    old = runner.setup_databases()
    try:
        _bench(rows)
    finally:
        runner.teardown_databases(old)
        connection.close()


def _bench(rows: int) -> None:
    from accounts.models import User
    from applications.models import Application, StageChange
    from intake import importer

    owner = User.objects.create_user("bench-import", "bench@example.com", "x" * 20)
    statuses = ["Applied", "Phone screen", "Interview", "Rejected", "Ghosted", "Offer"]
    lines = ["Company,Position,Status,Date Applied,Link,Notes,Stage path"]
    for i in range(rows):
        path = "Applied (2026-01-05) > Screening (2026-01-12)" if i % 2 else ""
        stage = "Screening" if path else statuses[i % len(statuses)]
        lines.append(
            f"Company {i},Engineer {i},{stage},05/01/2026,https://jobs.example/{i},"
            f'"Notes for {i}, with a comma",{path}'
        )
    text = "\n".join(lines) + "\n"
    started = time.perf_counter()
    import_file = importer.start_import(owner=owner, name="bench.csv", content=text)
    header, table = importer.read_table(import_file.content)
    mapping = importer.guess_mapping(header)
    preview = importer.preview(owner=owner, header=header, rows=table, mapping=mapping)
    previewed = time.perf_counter()
    if os.environ.get("PROFILE"):
        import cProfile
        import pstats

        profile = cProfile.Profile()
        result = profile.runcall(
            importer.import_applications,
            import_file=import_file,
            mapping=mapping,
            date_order="dmy",
        )
        pstats.Stats(profile).sort_stats("cumtime").print_stats(25)
    else:
        result = importer.import_applications(
            import_file=import_file, mapping=mapping, date_order="dmy"
        )
    imported = time.perf_counter()
    if not len(preview.valid) == len(result.valid) == rows:
        sys.exit(f"Expected {rows} rows imported, got {len(result.valid)}.")
    print(f"rows: {rows:,} ({len(text) / 1e6:.1f} MB)")
    print(f"upload + preview: {previewed - started:.2f} s")
    print(f"import: {imported - previewed:.2f} s")
    print(
        f"saved: {Application.objects.filter(owner=owner).count():,} applications, "
        f"{StageChange.objects.filter(application__owner=owner).count():,} history entries"
    )


if __name__ == "__main__":
    main()
