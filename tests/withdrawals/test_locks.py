"""The select_for_update in mark_sent, proved with two threads at once."""

import pytest

from applications.models import Application, Interview, Stage, StageChange
from tests.concurrency import run_together, slowed
from tests.factories import ApplicationFactory, InterviewFactory
from withdrawals import services
from withdrawals.models import Scenario, Withdrawal
from withdrawals.services import WordingChoices

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_mark_sent_submits_record_one_withdrawal(owner, monkeypatch):
    application = ApplicationFactory(owner=owner, stage=Stage.INTERVIEWING)
    interview = InterviewFactory(application=application)
    services.start_draft(application=application, choices=WordingChoices(Scenario.NO_REASON))
    monkeypatch.setattr(
        services, "_cancel_upcoming_interviews", slowed(services._cancel_upcoming_interviews)
    )

    def submit():
        fresh = Application.objects.get(pk=application.pk)
        _, created = services.mark_sent(application=fresh, method=Withdrawal.Method.EMAIL)
        return created

    results = run_together(submit, submit)

    assert sorted(results) == [False, True]
    assert Withdrawal.objects.filter(application=application).count() == 1
    assert (
        StageChange.objects.filter(application=application, to_stage=Stage.WITHDRAWN).count() == 1
    )
    interview.refresh_from_db()
    assert interview.status == Interview.Status.CANCELLED
