"""Addresses from before data in and data out had their own apps keep working.

Every page that moved to intake/ or reports/ is listed with the path it had: it answers at the
same path, or redirects there permanently (301) so that bookmarks and saved links follow.
"""

import pytest
from django.urls import resolve, reverse

from tests.factories import ApplicationFactory, InterviewFactory

pytestmark = pytest.mark.django_db

# The old path, the name of the page now behind it, and what a GET needs to succeed.
SAME_PATH = [
    ("/data/", "reports:data", {}),
    ("/data/export/", "reports:export", {"format": "csv"}),
    ("/data/record/", "reports:record", {}),
    ("/data/record.pdf", "reports:record_pdf", {}),
    ("/insights/", "reports:insights", {}),
    ("/data/import/", "intake:import", {}),
]
MOVED = [("/withdrawals/my-data.json", "/data/download.json")]


@pytest.mark.parametrize(("path", "name", "query"), SAME_PATH)
def test_a_page_that_changed_apps_answers_at_its_old_path(owner_client, path, name, query):
    assert resolve(path).view_name == name
    assert path == reverse(name)

    response = owner_client.get(path, query)

    assert response.status_code == 200


def test_an_applications_calendar_and_invitation_pages_keep_their_paths(owner_client, owner):
    application = ApplicationFactory(owner=owner)
    interview = InterviewFactory(application=application)
    paths = {
        f"/applications/{application.pk}/interviews/{interview.pk}.ics": "reports:interview_ics",
        f"/applications/{application.pk}/interviews/import/": "intake:invitation_import",
        f"/calendar/{owner.calendar_token}.ics": "reports:calendar_feed",
    }

    for path, name in paths.items():
        assert resolve(path).view_name == name
        assert owner_client.get(path).status_code == 200
    # POST only, so its old path is checked for a 405 rather than a page.
    confirm = f"/applications/{application.pk}/interviews/import/confirm/"
    assert resolve(confirm).view_name == "intake:invitation_confirm"
    assert owner_client.get(confirm).status_code == 405


@pytest.mark.parametrize(("old", "new"), MOVED)
def test_a_moved_page_redirects_permanently_from_its_old_path(owner_client, old, new):
    response = owner_client.get(old)

    assert response.status_code == 301
    assert response["Location"] == new
    assert owner_client.get(new).status_code == 200


def test_the_old_json_download_path_still_asks_a_visitor_to_log_in_first(client):
    response = client.get("/withdrawals/my-data.json")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/withdrawals/my-data.json"
