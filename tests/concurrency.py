"""Run service calls at the same moment in separate threads, for the row-lock tests.

Each thread has its own database connection, so the tests using this need
``django_db(transaction=True)``: they see only what the other thread committed.
"""

import threading
import time
from functools import wraps

from django.db import connection


def run_together(*calls):
    """Start every call at once, each in its own thread; return each result or exception."""
    barrier = threading.Barrier(len(calls))
    results: list = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait()
            results[index] = call()
        except Exception as error:
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=item) for item in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


def slowed(function, seconds=0.3):
    """``function`` that waits first: widens the window between a read and the write after it."""

    @wraps(function)
    def slow(*args, **kwargs):
        time.sleep(seconds)
        return function(*args, **kwargs)

    return slow
