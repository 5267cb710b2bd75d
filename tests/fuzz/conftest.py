"""Hypothesis settings for the bad-input suite.

The default profile keeps `make test` quick on a busy machine; for a deeper search run
HYPOTHESIS_PROFILE=thorough .venv/bin/pytest tests/fuzz
"""

import os

from hypothesis import HealthCheck, settings

# One logged-in user and their data serve every example; each example rolls back.
SUPPRESSED = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]
# No deadline (a slow shared machine is not a failure), no .hypothesis folder in the checkout.
settings.register_profile(
    "bowout",
    max_examples=8,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=SUPPRESSED,
)
settings.register_profile(
    "thorough", max_examples=300, deadline=None, database=None, suppress_health_check=SUPPRESSED
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "bowout"))
