"""The pipeline order, written once for the demo data, the benchmark seed and the import."""

from datetime import date

from applications.interchange import dated_history
from applications.models import Stage


def test_a_path_runs_along_the_pipeline_to_the_stage():
    assert Stage.path_to(Stage.INTERVIEWING) == ["applied", "screening", "interviewing"]
    assert Stage.path_to(Stage.APPLIED, start=Stage.INTERESTED) == ["interested", "applied"]
    assert Stage.path_to(Stage.INTERESTED) == ["interested"]


def test_a_closed_stage_comes_after_the_furthest_stage_reached():
    assert Stage.path_to(Stage.REJECTED, furthest=Stage.SCREENING) == [
        "applied",
        "screening",
        "rejected",
    ]
    assert Stage.path_to(Stage.NO_RESPONSE) == ["applied", "no_response"]


def test_an_imported_history_is_dated_from_the_file():
    path = [("applied", date(2026, 3, 2)), ("rejected", date(2026, 3, 20))]
    assert dated_history(stage="rejected", path=path, applied_on=None) == path
    assert dated_history(stage="interviewing", path=[], applied_on=date(2026, 3, 2)) == [
        ("applied", date(2026, 3, 2)),
        ("interviewing", None),
    ]
    assert dated_history(stage="applied", path=[], applied_on=date(2026, 3, 2)) == [
        ("applied", date(2026, 3, 2))
    ]
    assert dated_history(stage="interested", path=[], applied_on=date(2026, 3, 2)) == [
        ("interested", None)
    ]
    assert dated_history(stage="offer", path=[], applied_on=None) == [("offer", None)]
