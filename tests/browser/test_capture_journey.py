"""One click on a job page: the bookmarklet, run in Chromium on a job page served from another
origin, opens Bowout's capture page with the posting in its fragment; the page's own script
posts it; the user checks the prefilled form and saves an application with its posting."""

import functools
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import expect

from applications.models import Application, PostingSnapshot, Stage
from tests.browser.conftest import field
from tests.browser.test_tracking_journey import log_in
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CORPUS = Path(__file__).parent.parent / "intake" / "data" / "postings"


@pytest.fixture
def job_site(tmp_path):
    """A job board on another origin (its own port), serving one corpus page with a body."""
    head = (CORPUS / "several_blocks_greenhouse.html").read_text()
    (tmp_path / "job.html").write_text(
        head.replace("</head>", "</head><body><h1>Data Engineer</h1><p>Apply now.</p></body>")
    )
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_save_a_posting_from_its_page_in_one_click(page, job_site):
    seeker = UserFactory(username="seeker")
    log_in(page, "seeker")
    page.goto("/applications/new/")
    page.get_by_role("link", name="Save to Bowout").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Save job postings in one click")
    code = page.get_by_role("link", name="Save to Bowout", exact=True).get_attribute("href")
    assert code and code.startswith("javascript:")

    job_page = page.context.new_page()
    job_page.goto(f"{job_site}/job.html")
    # What clicking the bookmark does: run its code on the job page.
    with page.context.expect_page() as opened:
        job_page.evaluate(code.removeprefix("javascript:"))
    bowout = opened.value
    page_errors: list[str] = []
    bowout.on("pageerror", lambda error: page_errors.append(str(error)))

    expect(bowout.get_by_role("heading", level=1)).to_have_text("Check the job posting")
    # The fragment left the address bar once the page's script had sent it.
    assert "#" not in bowout.url
    expect(field(bowout, "Company")).to_have_value("Litware")
    expect(field(bowout, "Position title")).to_have_value("Data Engineer")
    expect(field(bowout, "Job posting URL")).to_have_value(f"{job_site}/job.html")
    expect(field(bowout, "Salary from")).to_have_value("110000")
    field(bowout, "Interest level").fill("5")
    bowout.get_by_role("button", name="Save application").click()

    expect(bowout.get_by_role("heading", level=1)).to_contain_text("Data Engineer")
    expect(bowout.get_by_role("alert").first).to_contain_text("Saved Data Engineer at Litware")
    details = bowout.locator("#posting details")
    expect(details).not_to_have_attribute("open", re.compile(".*"))
    bowout.get_by_text("Show the posting").click()
    expect(details).to_contain_text("CAD 110,000–135,000 a year")
    assert page_errors == []

    application = Application.objects.get(owner=seeker)
    assert (application.stage, application.interest) == (Stage.INTERESTED, 5)
    snapshot = PostingSnapshot.objects.get(application=application)
    assert snapshot.salary_currency == "CAD"
    assert snapshot.source_url == f"{job_site}/job.html"
    assert "data platform" in snapshot.description


def test_bowout_installs_as_an_app_and_takes_a_shared_link(page, live_server):
    UserFactory(username="seeker")
    log_in(page, "seeker")

    # The service worker registers under the CSP, for the whole site.
    scope = page.evaluate("navigator.serviceWorker.ready.then((r) => r.scope)")
    assert scope == f"{live_server.url}/"
    manifest = page.evaluate(
        "fetch(document.querySelector('link[rel=manifest]').href).then((r) => r.json())"
    )
    target = manifest["share_target"]
    assert (target["action"], target["method"]) == ("/capture/share/", "GET")

    # What Android sends when a job app shares to Bowout: the link inside the text.
    page.goto(
        target["action"] + "?title=&url=&text=Barista+https%3A%2F%2Fjobs.lever.co%2Fcontoso%2F9"
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Check the job posting")
    expect(field(page, "Job posting URL")).to_have_value("https://jobs.lever.co/contoso/9")
    expect(field(page, "Position title")).to_have_value("Barista")
    field(page, "Company").fill("Contoso Coffee")
    page.get_by_role("button", name="Save application").click()
    expect(page.get_by_role("alert").first).to_contain_text("Saved Barista at Contoso Coffee")
