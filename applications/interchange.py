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


# The JSON download ("Everything, in one file"): reports writes it, intake restores it. Each
# application holds its own fields and, by key, the rows that belong to it: the model (as
# "app_label.ModelName", so that this floor imports no higher one) and whether the key holds
# a list of rows or one row (or null).
ACCOUNT_FORMAT = "bowout-export"
ACCOUNT_FORMAT_VERSION = 1
APPLICATION_PARTS: dict[str, tuple[str, bool]] = {
    "contacts": ("applications.Contact", True),
    "interviews": ("applications.Interview", True),
    "offer": ("applications.Offer", False),
    "posting": ("applications.PostingSnapshot", False),
    # The offer's earlier terms (after negotiating): rows of the offer above, by ``offer_id``.
    "offer_revisions": ("applications.OfferRevision", True),
    "stage_history": ("applications.StageChange", True),
    "withdrawals": ("withdrawals.Withdrawal", True),
    "withdrawal_draft": ("withdrawals.WithdrawalDraft", False),
    "sent_messages": ("withdrawals.SentMessage", True),
    "emails": ("applications.RecruiterMessage", True),
}
# Rows of the account itself (not of one application), by key: the model.
ACCOUNT_PARTS = {
    "exchange_rates": "applications.ExchangeRate",
    # Recruiters' emails not filed with an application (to review, or not about a process).
    "unfiled_emails": "applications.RecruiterMessage",
}
# The account settings a restore brings back (never the username, the email or a secret).
ACCOUNT_SETTINGS = (
    "full_name",
    "first_name",
    "last_name",
    "time_zone",
    "travel_buffer_minutes",
    "follow_up_days",
    "digest_opt_in",
)
# Ids that only link a row to its owner or its application: the nesting says the same. A row's
# own id stays in the download, for the rows that point at it (a draft's copied-in contacts,
# the interviews a withdrawal cancelled), which a restore points at the new rows instead.
LINK_FIELDS = {"owner_id", "application_id"}
# Lists of ids inside a part's rows, and the part whose rows they point at.
ID_LISTS = {
    ("withdrawal_draft", "cc"): "contacts",
    ("withdrawals", "cancelled_interview_ids"): "interviews",
}
# A single id inside a part's rows (a foreign key to a row that is not the application), and
# the part whose row it points at.
ID_LINKS = {("offer_revisions", "offer_id"): "offer"}
