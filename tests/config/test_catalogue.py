"""The German catalogue: every string the code marks for translation has a German text that is
neither missing nor fuzzy, it compiles, and the committed .mo is the one the .po makes.

The .mo is committed (README, "Languages"): the Docker image and `pip install` have no gettext
tools, and a compiled catalogue is what Django reads. This check needs GNU gettext (xgettext,
msgmerge, msgfmt: Debian's ``gettext``), as `make messages` does; CI has it.
"""

import gettext
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

CATALOGUE = settings.BASE_DIR / "locale" / "de" / "LC_MESSAGES"
MSGFMT = shutil.which("msgfmt") or "msgfmt"
# What makemessages reads, as `make messages` does: every top-level package of the project
# and the templates, found rather than listed, so that a new app (api was once left out) is
# checked without anyone remembering to add it. `make messages` ignores the same folders.
NOT_SOURCES = {"tests", "scripts", "var", "static", "locale", ".venv"}


def sources() -> list[str]:
    """The project's top-level folders with strings to translate: its packages and templates."""
    return sorted(
        path.name
        for path in settings.BASE_DIR.iterdir()
        if path.is_dir()
        and path.name not in NOT_SOURCES
        and ((path / "__init__.py").exists() or path.name == "templates")
    )


pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("xgettext", "msgmerge", "msgfmt"))
    and not os.environ.get("CI"),
    reason="GNU gettext is not installed (apt-get install gettext): the catalogue check needs it",
)


def statistics(po: Path) -> dict[str, int]:
    """msgfmt's own count of translated, fuzzy and untranslated messages (it fails on a
    catalogue that does not compile, or whose placeholders differ from the English)."""
    result = subprocess.run(  # noqa: S603 - gettext's own tool on our own files
        [MSGFMT, "--check", "--statistics", "-o", os.devnull, str(po)],
        capture_output=True,
        text=True,
        env={**os.environ, "LC_ALL": "C"},
        check=True,
    )
    counts = {"translated": 0, "fuzzy": 0, "untranslated": 0}
    for number, kind in re.findall(r"(\d+) (translated|fuzzy|untranslated)", result.stderr):
        counts[kind] = int(number)
    return counts


def test_every_marked_string_has_a_german_text(tmp_path, settings, monkeypatch):
    for name in sources():
        shutil.copytree(
            settings.BASE_DIR / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copytree(settings.BASE_DIR / "locale", tmp_path / "locale")
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    monkeypatch.chdir(tmp_path)
    # The same command as `make messages`, on a copy: new strings arrive untranslated, changed
    # ones fuzzy, strings no longer in the code are dropped.
    call_command("makemessages", locale=["de"], no_location=True, no_obsolete=True, verbosity=0)

    committed = statistics(CATALOGUE / "django.po")
    current = statistics(tmp_path / "locale" / "de" / "LC_MESSAGES" / "django.po")

    assert current["untranslated"] == 0, "new strings to translate: run `make messages`"
    assert current["fuzzy"] == 0, "changed strings to check: run `make messages`"
    assert committed == current, "the catalogue keeps strings the code no longer has"
    assert current["translated"] > 0


def test_every_app_and_the_templates_are_read():
    read = sources()
    for name in ("accounts", "api", "applications", "intake", "reports", "withdrawals"):
        assert name in read
    assert {"config", "templates"} <= set(read)
    assert not NOT_SOURCES & set(read)


def test_the_committed_mo_is_compiled_from_the_po(tmp_path):
    compiled = tmp_path / "django.mo"
    subprocess.run(  # noqa: S603 - gettext's own tool on our own files
        [MSGFMT, "--check", "-o", str(compiled), str(CATALOGUE / "django.po")], check=True
    )
    with open(compiled, "rb") as fresh, open(CATALOGUE / "django.mo", "rb") as committed:
        assert (
            gettext.GNUTranslations(committed)._catalog  # type: ignore[attr-defined]
            == gettext.GNUTranslations(fresh)._catalog  # type: ignore[attr-defined]
        ), "the .mo is out of date: run `make messages`"


def test_the_swiss_catalogue_is_the_german_one_with_ss_for_sharp_s():
    """locale/de_CH (the letter ending a Swiss contract) is made by `make messages` from the
    German catalogue: every text the same, "ß" written "ss", none left out."""
    with (
        open(CATALOGUE / "django.mo", "rb") as german_file,
        open(CATALOGUE.parent.parent / "de_CH" / "LC_MESSAGES" / "django.mo", "rb") as swiss_file,
    ):
        german = gettext.GNUTranslations(german_file)._catalog  # type: ignore[attr-defined]
        swiss = gettext.GNUTranslations(swiss_file)._catalog  # type: ignore[attr-defined]
    assert set(swiss) == set(german), "the Swiss catalogue is out of date: run `make messages`"
    for key, text in german.items():
        if key:  # the header
            assert swiss[key] == text.replace("ß", "ss"), key
    assert swiss["Yours sincerely,"] == "Mit freundlichen Grüssen"
