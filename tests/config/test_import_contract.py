"""The import-linter contract in pyproject.toml holds the app map: every app of ours has a floor.

``make lint`` runs the contract (``lint-imports``); these tests make sure that it covers every
app, so that an app added to INSTALLED_APPS without a place on the map fails here instead of
escaping the check unnoticed.
"""

import re
import tomllib
from importlib import import_module
from pathlib import Path

from django.apps import apps
from django.conf import settings

PYPROJECT = Path(settings.BASE_DIR) / "pyproject.toml"


def import_linter_config() -> dict:
    return tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]


def placed(contract: dict) -> set[str]:
    """The packages a layers contract gives a floor, siblings (``a | b``) included."""
    return {
        name.strip() for layer in contract["layers"] for name in re.split(r"[|:]", layer) if name
    }


def first_party_apps() -> set[str]:
    """The top-level packages of the installed apps that live in this repository."""
    base = Path(settings.BASE_DIR).resolve()
    packages = {app.name.split(".")[0] for app in apps.get_app_configs()}
    return {
        package
        for package in packages
        if Path(import_module(package).__file__ or "").resolve().parent.parent == base
    }


def unplaced(app_names: set[str], contract: dict) -> set[str]:
    return app_names - placed(contract)


def app_map() -> dict:
    [contract] = [c for c in import_linter_config()["contracts"] if c["id"] == "app-map"]
    return contract


def test_every_app_of_ours_has_a_floor_on_the_map():
    # Found from INSTALLED_APPS, not listed here: a new app is checked without editing this test.
    assert {"accounts", "applications", "withdrawals", "intake", "reports", "api"} <= (
        first_party_apps()
    )
    assert "django" not in first_party_apps()
    assert unplaced(first_party_apps(), app_map()) == set()


def test_an_app_left_off_the_map_is_caught():
    assert unplaced(first_party_apps() | {"capture"}, app_map()) == {"capture"}


def test_the_map_is_the_one_in_the_conventions():
    assert app_map()["type"] == "layers"
    assert app_map()["layers"] == [
        "config",
        "intake | reports | api",
        "withdrawals",
        "applications",
        "accounts",
    ]


def test_the_linter_reads_every_package_the_map_places():
    config = import_linter_config()
    assert set(config["root_packages"]) == placed(app_map())
    [cycles] = [c for c in config["contracts"] if c["id"] == "no-cycles"]
    assert set(cycles["ancestors"]) == placed(app_map())
