"""Time the recruiter-email classifier on the pastes that make a backtracking rule slow.

    .venv/bin/python scripts/bench_emails.py        (make bench-emails)

The rules are pure Python over text (no database); each of the long pastes pinned by
tests/intake/emails/test_rules.py (100 KB) is read REPEAT times and the median printed beside
the target: a paste read in well under a second (1 s), as a user waits for the page.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings_test")
os.environ.setdefault("DATABASE_URL", "postgres://unused@127.0.0.1:1/unused")

REPEAT = 5
TARGET_SECONDS = 1.0


def main() -> int:
    import django

    django.setup()
    from intake.emails import rules
    from tests.intake.emails.test_rules import LONG_PASTES

    missed = 0
    for name, paste in LONG_PASTES.items():
        text = (paste * (102_400 // len(paste) + 1))[:102_400]
        times = []
        for _ in range(REPEAT):
            started = time.perf_counter()
            rules.classify(
                subject="Re: Fwd: Ihre Bewerbung", text=text, from_email="a@b.example", headers={}
            )
            times.append(time.perf_counter() - started)
        median = statistics.median(times)
        met = median < TARGET_SECONDS
        missed += not met
        verdict = "met" if met else "NOT MET"
        print(f"{name:20} median {median:6.3f} s  (target < {TARGET_SECONDS} s)  {verdict}")
    print("EVERY TARGET MET" if not missed else f"TARGETS NOT MET on {missed} rows")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
