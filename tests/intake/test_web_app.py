"""Bowout installable as a web app: the manifest, its icons, the minimal service worker and the
share target a phone sends a link to."""

import json
import struct
from urllib.parse import urlencode

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

pytestmark = pytest.mark.django_db


def manifest(client) -> dict:
    return json.loads(client.get(reverse("intake:manifest")).content)


def test_the_manifest_is_served_to_a_browser_without_a_session(client):
    response = client.get("/manifest.webmanifest")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    data = json.loads(response.content)
    assert (data["name"], data["start_url"], data["scope"], data["display"]) == (
        "Bowout",
        "/",
        "/",
        "standalone",
    )


def test_the_manifest_offers_a_share_target_that_gets_the_capture_page(client):
    target = manifest(client)["share_target"]

    assert target == {
        "action": "/capture/share/",
        "method": "GET",
        "params": {"title": "title", "text": "text", "url": "url"},
    }


def test_a_share_as_android_sends_it_reaches_the_prefilled_form(client, owner_client):
    """Android puts the link inside ``text`` and leaves ``url`` empty."""
    params = manifest(client)["share_target"]["params"]
    shared = {
        params["title"]: "",
        params[
            "text"
        ]: "Site Reliability Engineer https://tailspin.wd3.myworkdayjobs.com/x/job/R-9",
        params["url"]: "",
    }

    response = owner_client.get(f"/capture/share/?{urlencode(shared)}")

    assert response.status_code == 200
    form = response.context["application_form"]
    assert form.initial["posting_url"] == "https://tailspin.wd3.myworkdayjobs.com/x/job/R-9"
    assert form.initial["position"] == "Site Reliability Engineer"


def _png_size(path: str) -> tuple[int, int]:
    with open(path, "rb") as image:
        header = image.read(24)
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def test_each_icon_is_a_png_of_the_size_it_claims(client):
    icons = manifest(client)["icons"]

    assert {(icon["sizes"], icon["purpose"]) for icon in icons} == {
        ("192x192", "any"),
        ("512x512", "any"),
        ("192x192", "maskable"),
        ("512x512", "maskable"),
    }
    for icon in icons:
        path = finders.find(icon["src"].removeprefix("/static/"))
        assert path, icon["src"]
        width, height = _png_size(path)
        assert f"{width}x{height}" == icon["sizes"]


def test_the_service_worker_is_served_from_the_root_and_caches_nothing(client):
    response = client.get("/service-worker.js")

    script = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert "caches." not in script  # the Cache Storage API
    assert '"fetch"' not in script  # no request goes through it


@pytest.mark.parametrize("name", ["intake:manifest", "intake:service_worker"])
def test_the_web_app_files_answer_only_get(client, name):
    assert client.post(reverse(name)).status_code == 405


def test_every_page_links_the_manifest(owner_client):
    page = owner_client.get("/").content.decode()

    assert '<link rel="manifest" href="/manifest.webmanifest">' in page
    assert '<meta name="theme-color" content="#212529">' in page
