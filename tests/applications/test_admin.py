"""The tracking admin: what staff may and may not change."""

import pytest
from django.urls import reverse

from applications.models import Stage, StageChange
from tests.factories import ApplicationFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_the_admin_cannot_change_a_stage_without_history(client, owner):
    admin_user = UserFactory(username="root", is_staff=True, is_superuser=True)
    client.force_login(admin_user)
    application = ApplicationFactory(owner=owner, stage=Stage.APPLIED)

    response = client.get(reverse("admin:applications_application_change", args=[application.pk]))

    assert 'name="stage"' not in response.text
    assert StageChange.objects.count() == 0
