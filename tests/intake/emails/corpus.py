"""The corpora as test data: each message's spec row and its parsed .eml file."""

import importlib
from pathlib import Path

from intake.emails.reading import ParsedEmail, read_bytes

HERE = Path(__file__).parent


def rows(name: str) -> list[dict]:
    return importlib.import_module(f"tests.intake.emails.{name}").MESSAGES


def raw(name: str, row: dict) -> bytes:
    return (HERE / name / f"{row['name']}.eml").read_bytes()


def parsed(name: str, row: dict) -> ParsedEmail:
    return read_bytes(raw(name, row))
