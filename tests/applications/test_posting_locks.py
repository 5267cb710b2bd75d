"""The same posting saved twice at once (a double click, or shared from two devices) is added
once: ``services.save_posting`` locks the owner's row before it looks for a duplicate."""

import pytest

from applications import services
from applications.models import Application, PostingSnapshot, Stage
from tests.concurrency import run_together, slowed

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_saves_of_one_posting_add_one_application(owner, monkeypatch):
    monkeypatch.setattr(PostingSnapshot, "save", slowed(PostingSnapshot.save))

    def save():
        application = Application(
            owner=owner,
            company="Contoso",
            position="Data Engineer",
            posting_url="https://jobs.example/42",
            stage=Stage.INTERESTED,
        )
        _, created = services.save_posting(application=application, snapshot=PostingSnapshot())
        return created

    results = run_together(save, save)

    assert sorted(results) == [False, True]
    assert Application.objects.for_user(owner).count() == 1
    assert PostingSnapshot.objects.filter(application__owner=owner).count() == 1
