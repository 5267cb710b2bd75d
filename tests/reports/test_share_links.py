"""The user's share links: made on "Share with a coach", listed, revoked; and the rate limit on
opening them, counted in PostgreSQL."""

import re
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from applications.models import ShareLink
from applications.services import create_share_link
from reports.models import ShareRequestCount

pytestmark = pytest.mark.django_db

MADE = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def make_link(owner, *, name="Sam, my coach", days=30, **extras):
    link = ShareLink(owner=owner, name=name, **extras)
    return link, create_share_link(link=link, days=days)


def test_the_user_menu_and_the_data_page_lead_to_the_share_page(owner_client):
    page = owner_client.get(reverse("reports:data")).text

    assert f'href="{reverse("reports:share_links")}"' in page
    assert "Share with a coach" in page


def test_making_a_link_stores_it_and_shows_the_link_once(owner_client, owner):
    with time_machine.travel(MADE, tick=False):
        response = owner_client.post(
            reverse("reports:share_links"),
            {"name": "  Sam,   my coach ", "days": "7", "include_notes": "on"},
            follow=True,
        )

    link = ShareLink.objects.get(owner=owner)
    assert link.name == "Sam, my coach"
    assert link.expires_at == datetime(2026, 11, 9, 9, 0, tzinfo=UTC)
    assert link.include_notes is True
    assert link.include_drafts is False and link.include_contact_details is False
    assert "Link for Sam, my coach made. Copy it now: it is shown once." in response.text
    found = re.search(r'id="new-link-url" type="text" readonly value="([^"]+)"', response.text)
    assert found is not None
    url = found[1]
    assert url.startswith("http://testserver/s/")
    with time_machine.travel(MADE + timedelta(hours=1), tick=False):
        assert Client().get(url).status_code == 200
    # Shown once: the next visit has no link to copy.
    assert 'id="new-link-url"' not in owner_client.get(reverse("reports:share_links")).text


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"name": "   ", "days": "30"}, "This field is required."),
        ({"name": "Sam", "days": "14"}, "Select a valid choice. 14 is not one of the available"),
        ({"name": "Sam"}, "This field is required."),
    ],
)
def test_a_bad_link_is_refused_and_nothing_saved(owner_client, data, error):
    response = owner_client.post(reverse("reports:share_links"), data)

    assert response.status_code == 422
    assert error in response.text
    assert ShareLink.objects.count() == 0


def test_several_links_are_listed_with_their_expiry_and_openings(owner_client, owner, stranger):
    with time_machine.travel(MADE, tick=False):
        _sam, sam_token = make_link(owner, name="Sam, my coach", days=90)
        make_link(owner, name="Job centre", days=7, include_contact_details=True)
        make_link(stranger, name="Not yours")
    with time_machine.travel(datetime(2026, 11, 3, 14, 5, tzinfo=UTC), tick=False):
        Client().get(reverse("reports:shared", args=[sam_token]))
        Client().get(reverse("reports:shared", args=[sam_token]))
        page = owner_client.get(reverse("reports:share_links")).text

    assert "Sam, my coach" in page and "Job centre" in page
    assert "Not yours" not in page
    assert "31 Jan 2027, 09:00" in page  # 90 days on, in London (winter time)
    assert "3 Nov 2026, 14:05" in page
    assert "2 times" in page
    assert "Never" in page and "0 times" in page
    assert "Includes: Contacts&#x27; email addresses and phone numbers" in page


def test_revoking_asks_first_then_the_link_stops_working(owner_client, owner):
    link, token = make_link(owner)

    confirm = owner_client.get(reverse("reports:share_revoke", args=[link.pk]))
    assert confirm.status_code == 200
    assert "Stop sharing with Sam, my coach?" in confirm.text
    link.refresh_from_db()
    assert link.revoked_at is None

    response = owner_client.post(reverse("reports:share_revoke", args=[link.pk]), follow=True)

    assert "The link for Sam, my coach no longer works." in response.text
    link.refresh_from_db()
    assert link.revoked_at is not None
    assert "Revoked" in response.text
    assert Client().get(reverse("reports:shared", args=[token])).status_code == 404


def test_a_stranger_cannot_revoke_another_users_link(owner, stranger):
    link, token = make_link(owner)
    client = Client()
    client.force_login(stranger)

    assert client.get(reverse("reports:share_revoke", args=[link.pk])).status_code == 404
    assert client.post(reverse("reports:share_revoke", args=[link.pk])).status_code == 404

    link.refresh_from_db()
    assert link.revoked_at is None
    assert Client().get(reverse("reports:shared", args=[token])).status_code == 200


def test_the_share_pages_need_an_account(client, owner):
    link, _token = make_link(owner)

    for url in (reverse("reports:share_links"), reverse("reports:share_revoke", args=[link.pk])):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


# The rate limit: 30 requests a minute from one address ----------------------------------------


def test_the_thirtieth_request_in_a_minute_is_answered_and_the_thirty_first_is_not(owner):
    _link, token = make_link(owner)
    url = reverse("reports:shared", args=[token])
    client = Client()

    with time_machine.travel(datetime(2026, 11, 3, 8, 0, 15, tzinfo=UTC), tick=False):
        answers = [client.get(url).status_code for _ in range(30)]
        over = client.get(url)
        forged = client.get(reverse("reports:shared", args=["forged"]))

    assert answers == [200] * 30
    assert over.status_code == 429
    assert over["Retry-After"] == "45"
    assert "no-store" in over["Cache-Control"]
    assert forged.status_code == 429  # forged tokens count, and are held back too
    assert ShareRequestCount.objects.get(address="127.0.0.1").count == 32


def test_the_limit_is_per_address_and_per_minute(owner):
    _link, token = make_link(owner)
    url = reverse("reports:shared", args=[token])
    with time_machine.travel(datetime(2026, 11, 3, 8, 0, 0, tzinfo=UTC), tick=False):
        for _ in range(31):
            Client().get(url)
        assert Client().get(url).status_code == 429
        assert Client(REMOTE_ADDR="192.0.2.7").get(url).status_code == 200
    with time_machine.travel(datetime(2026, 11, 3, 8, 1, 0, tzinfo=UTC), tick=False):
        assert Client().get(url).status_code == 200
    with time_machine.travel(datetime(2026, 11, 3, 8, 2, 0, tzinfo=UTC), tick=False):
        Client().get(url)

    # Minutes no one counts any more are deleted as new ones begin.
    assert set(ShareRequestCount.objects.values_list("minute", flat=True)) == {
        datetime(2026, 11, 3, 8, 1, tzinfo=UTC),
        datetime(2026, 11, 3, 8, 2, tzinfo=UTC),
    }
