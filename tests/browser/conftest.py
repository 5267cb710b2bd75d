import os
import re
import shutil

import pytest
from django.core.cache import cache

from withdrawals.shipped import install_default_templates

CHROMIUM = "/usr/bin/chromium"

# Playwright's sync API runs an event loop in this thread; the live server's database work
# happens in its own thread, so Django's async-safety guard does not apply here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.skip(f"Debian's chromium is not installed at {CHROMIUM}: run `make browser-deps`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def shipped_templates(transactional_db):
    """The default email templates, exactly as the data migration ships them.

    A transactional test ends by flushing every table, rows from data migrations included, so
    a later browser test would find no templates. (serialized_rollback=True would restore
    them, but clashes with the content types that the flush recreates.)
    """
    install_default_templates()


@pytest.fixture(autouse=True)
def fresh_cache(transactional_db):
    """Every browser test starts with an empty cache.

    allauth counts log-ins per address (30 a minute) in the cache, which is a database table
    that the flush between transactional tests does not empty (it is no model's). Every browser
    test logs in from 127.0.0.1, so on a fast run the later ones met 429 Too Many Requests.
    """
    cache.clear()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url)
    context.set_default_timeout(10_000)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "console",
        lambda message: errors.append(message.text) if message.type == "error" else None,
    )
    yield page
    context.close()
    # A Content-Security-Policy violation or a script error is a failure, not noise.
    assert errors == [], errors


def field(page, label):
    """The input labelled exactly ``label`` (crispy forms adds an asterisk to required ones)."""
    return page.get_by_label(re.compile(rf"^\s*{re.escape(label)}\s*\*?\s*$"))
