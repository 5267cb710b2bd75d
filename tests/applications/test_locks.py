"""Each select_for_update in the tracking services, proved with two threads at once."""

import pytest

from applications import services
from applications.models import Application, Contact, Stage, StageChange
from tests.concurrency import run_together, slowed
from tests.factories import ApplicationFactory, ContactFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_moves_of_one_card_record_one_step_in_the_history(owner, monkeypatch):
    application = ApplicationFactory(owner=owner, stage=Stage.APPLIED)
    monkeypatch.setattr(StageChange, "save", slowed(StageChange.save))

    def move():
        fresh = Application.objects.get(pk=application.pk)
        return services.change_stage(application=fresh, to_stage=Stage.SCREENING)

    results = run_together(move, move)

    assert sorted(results) == [False, True]
    changes = StageChange.objects.filter(application=application)
    assert list(changes.values_list("from_stage", "to_stage")) == [(Stage.APPLIED, Stage.SCREENING)]
    assert Application.objects.get(pk=application.pk).stage == Stage.SCREENING


def test_two_main_contact_marks_take_turns_and_the_last_one_wins(owner, monkeypatch):
    application = ApplicationFactory(owner=owner)
    first = ContactFactory(application=application, name="Priya Shah", is_main=False)
    second = ContactFactory(application=application, name="Tom Walker", is_main=False)
    monkeypatch.setattr(Contact, "save", slowed(Contact.save))

    def mark(contact):
        def call():
            fresh = Contact.objects.select_related("application").get(pk=contact.pk)
            fresh.is_main = True
            return services.save_contact(contact=fresh)

        return call

    results = run_together(mark(first), mark(second))

    assert not [result for result in results if isinstance(result, Exception)]
    assert Contact.objects.filter(application=application, is_main=True).count() == 1
