"""What the board shows: the most urgent live processes of each stage, and how many there are."""

from dataclasses import dataclass
from functools import cached_property

from django.db.models import Count, QuerySet
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

from applications.labels import shown
from applications.models import Application, Stage

# Cards per column: enough to work from, and a page that stays small whatever the user owns.
CARDS_PER_COLUMN = 10
RECENTLY_CLOSED = 8


@dataclass(frozen=True)
class Column:
    stage: Stage
    cards: list[Application]
    total: int

    @property
    def more(self) -> int:
        """How many live processes at this stage the column leaves out."""
        return self.total - len(self.cards)

    @cached_property
    def move_options(self) -> str:
        """The <option>s of each card's move form, this column's stage selected.

        Every card of a column is at its stage, so the list is built once per column rather
        than looped over in the template for each card (ten options times every card).
        """
        return format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (value, mark_safe(" selected") if value == self.stage else "", shown(label))
                for value, label in Stage.choices
            ),
        )


@dataclass(frozen=True)
class Board:
    columns: list[Column]
    # The processes that left the board lately, so a move to a closed stage stays visible.
    recently_closed: QuerySet[Application]


def board_for(user) -> Board:
    """The board in three queries whatever the number of applications.

    One count per stage; the first cards of every column in one UNION of index scans on
    (owner, stage, next_interview_at, ...), each stopping after ``CARDS_PER_COLUMN`` rows.
    """
    live = Application.objects.for_user(user).live().with_next_interview()
    totals = dict(live.values_list("stage").annotate(total=Count("id")).order_by())
    firsts = [
        live.filter(stage=stage).select_related("offer").most_urgent_first()[:CARDS_PER_COLUMN]
        for stage in Stage.live()
        if totals.get(stage)
    ]
    cards = list(firsts[0].union(*firsts[1:], all=True)) if firsts else []
    by_stage: dict[str, list[Application]] = {stage: [] for stage in Stage.live()}
    for application in cards:
        by_stage[application.stage].append(application)
    return Board(
        columns=[
            Column(stage=Stage(stage), cards=column, total=totals.get(stage, 0))
            for stage, column in by_stage.items()
        ],
        recently_closed=Application.objects.for_user(user)
        .exclude(stage__in=Stage.live())
        .order_by("-last_activity_at", "-pk")[:RECENTLY_CLOSED],
    )
