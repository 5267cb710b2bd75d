"""What a spreadsheet of applications means, for the apps that write one and read one back.

Data out (reports) writes these; data in (intake) reads them. Both sit above the core, so the
format they share lives here rather than in either of them.
"""

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

PATH_SEPARATOR = " > "
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection):
# such text is written with a leading apostrophe, which the import takes off again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def unsafe_cell(text: str) -> str:
    """Undo ``safe_cell`` on text read back from a file."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


@dataclass(frozen=True)
class PathStep:
    stage: str
    label: str
    on: date


def stage_path(application) -> list[PathStep]:
    """The stages the application went through, with the local date of each (its stage
    changes prefetched as ``history``, oldest first)."""
    return [
        PathStep(
            stage=change.to_stage,
            label=change.get_to_stage_display(),
            on=timezone.localdate(change.changed_at),
        )
        for change in application.history
    ]


def path_text(steps: list[PathStep]) -> str:
    return PATH_SEPARATOR.join(f"{step.label} ({step.on.isoformat()})" for step in steps)


def dated_history(
    *, stage: str, path: list[tuple[str, date]], applied_on: date | None
) -> list[tuple[str, date | None]]:
    """The stage history an application brought in from elsewhere starts with, each stage with
    the day it happened, or None where nothing says when (the caller uses the day it is
    brought in).

    The stage path, when there is one, says everything; else the date applied dates the
    "applied" step of any process that got that far (an interested one was never applied
    for), followed by the current stage, undated.
    """
    steps: list[tuple[str, date | None]] = list(path)
    if not steps and applied_on is not None and stage != "interested":
        steps.append(("applied", applied_on))
    if not steps or steps[-1][0] != stage:
        steps.append((stage, None))
    return steps
