"""Settings for `make bench` only: the production settings plus a "hello" page for the floor.

Never used to serve users. The hello page lives in ``config.urls_bench``, so it is not in the
production URLs; every other setting (middleware, sessions, static files) is production's.
"""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "config.urls_bench"
# Its own collectstatic folder, so a benchmark never rewrites the one `make serve` uses.
STATIC_ROOT = BASE_DIR / "var" / "bench-static"  # noqa: F405
