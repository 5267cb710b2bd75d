"""bowout.js on real pages: the copy buttons say only what happened, the board's drop handler
and the scenario form survive odd input, and the mail link is encoded as the server encodes it.

The page fixture fails any test whose page logs a script error or an unhandled rejection.
"""

import re
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from applications.mailto import mailto_url
from applications.models import Application, Stage
from tests.browser.conftest import field
from tests.factories import (
    PASSWORD,
    ApplicationFactory,
    ContactFactory,
    OfferFactory,
    UserFactory,
)
from withdrawals import services
from withdrawals.models import Scenario

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COPIED = "Copied"
NOT_COPIED = "Not copied: copy the selected text"


def log_in(page, path, username="jordan"):
    page.goto(f"/accounts/login/?next={path}")
    field(page, "Username").fill(username)
    field(page, "Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(rf"{re.escape(path)}$"))
    page.wait_for_load_state()  # bowout.js is deferred: it listens once the page has loaded


def a_draft(email="priya@globex.example"):
    owner = UserFactory(username="jordan", full_name="Jordan Ellis")
    application = ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)
    ContactFactory(application=application, name="Priya Shah", email=email, is_main=True)
    services.start_draft(
        application=application, choices=services.WordingChoices(Scenario.NO_REASON)
    )
    return application


def open_draft(page, application, *, quiet_autosave=True):
    draft_url = reverse("withdrawals:draft", args=[application.pk])
    if quiet_autosave:
        # The autosave answers "nothing to swap": what the page shows stays the script's work.
        page.route(
            lambda url: urlsplit(url).path == draft_url,
            lambda route: (
                route.fulfill(status=204) if route.request.method == "POST" else route.continue_()
            ),
        )
    log_in(page, draft_url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your withdrawal from Globex")


# Copy buttons ---------------------------------------------------------------------------------


def test_copy_clicked_twice_comes_back_to_its_own_label(page):
    application = a_draft()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.clock.install()
    open_draft(page, application)
    # Time stands still from here on, and moves only when the test says.
    page.clock.pause_at(datetime.now(tz=UTC) + timedelta(seconds=5))
    button = page.locator("button[data-copy-target='#id_body']")
    expect(button).to_have_text("Copy message")

    button.click()
    expect(button).to_have_text(COPIED)
    page.clock.run_for(1999)
    expect(button).to_have_text(COPIED)
    page.clock.run_for(2)
    expect(button).to_have_text("Copy message")

    # Clicked again while it still says "Copied": it still comes back to its own label.
    button.click()
    expect(button).to_have_text(COPIED)
    button.click()
    page.wait_for_timeout(300)  # the clipboard answers the second click (time itself stands)
    page.clock.run_for(5000)
    expect(button).to_have_text("Copy message")
    page.clock.run_for(5000)
    expect(button).to_have_text("Copy message")


def test_a_refused_clipboard_is_said_and_the_text_left_selected(page):
    application = a_draft()
    # The browser refuses the clipboard, and the old way copies nothing either.
    page.add_init_script(
        "navigator.clipboard.writeText = () =>"
        " Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));"
        "document.execCommand = () => false;"
    )
    open_draft(page, application)

    page.get_by_role("button", name="Copy subject").click()

    expect(page.get_by_role("button", name=NOT_COPIED)).to_be_visible()
    subject = field(page, "Subject")
    expect(subject).to_be_focused()
    assert page.evaluate(
        "(() => { const s = document.getElementById('id_subject');"
        " return [s.selectionStart, s.selectionEnd, s.value.length]; })()"
    ) == [0, len(subject.input_value()), len(subject.input_value())]


def test_a_refused_clipboard_then_the_old_way_copying_says_copied(page):
    application = a_draft()
    page.add_init_script(
        "navigator.clipboard.writeText = () => Promise.reject(new Error('refused'));"
        "window.copiedByCommand = [];"
        "document.execCommand = (name) => {"
        " window.copiedByCommand.push(String(window.getSelection())"
        " || document.activeElement.value); return true; };"
    )
    open_draft(page, application)

    page.get_by_role("button", name="Copy message").click()

    expect(page.get_by_role("button", name=COPIED)).to_be_visible()
    assert page.evaluate("window.copiedByCommand") == [field(page, "Message").input_value()]


@pytest.mark.parametrize(
    ("command", "label"),
    [
        ("() => true", COPIED),
        ("() => false", NOT_COPIED),
        ("() => { throw new Error('not allowed'); }", NOT_COPIED),
    ],
    ids=["copied", "refused", "threw"],
)
def test_without_the_async_clipboard_the_button_says_what_the_old_way_did(page, command, label):
    application = a_draft()
    page.add_init_script(
        "Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });"
        f"document.execCommand = {command};"
    )
    open_draft(page, application)

    page.get_by_role("button", name="Copy message").click()

    expect(page.get_by_role("button", name=label)).to_be_visible()
    expect(field(page, "Message")).to_be_focused()


def test_the_calendar_link_is_copied_to_the_clipboard(page):
    UserFactory(username="jordan")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    log_in(page, reverse("profile"))

    page.get_by_role("button", name="Copy link").click()

    expect(page.get_by_role("button", name=COPIED)).to_be_visible()
    link = page.get_by_label("Calendar link").input_value()
    assert link.startswith("http") and "/calendar/" in link
    assert page.evaluate("navigator.clipboard.readText()") == link


# The board's drop handler ---------------------------------------------------------------------


def drop(page, column_stage, *, data=None, with_transfer=True):
    """Dispatch a drop on a column as a browser would, carrying ``data`` as plain text."""
    page.evaluate(
        """([stage, data, withTransfer]) => {
            const column = document.querySelector(`.board-column[data-stage="${stage}"]`);
            const init = { bubbles: true, cancelable: true };
            if (withTransfer) {
                init.dataTransfer = new DataTransfer();
                if (data !== null) init.dataTransfer.setData("text/plain", data);
            }
            column.querySelector("h2").dispatchEvent(new DragEvent("drop", init));
        }""",
        [column_stage, data, with_transfer],
    )


def test_odd_drops_on_the_board_change_nothing_and_raise_nothing(page):
    owner = UserFactory(username="jordan")
    application = ApplicationFactory(owner=owner, company="Initech", stage=Stage.APPLIED)
    log_in(page, reverse("applications:board"))
    card = page.get_by_role("article").filter(has=page.get_by_role("link", name="Initech"))
    expect(card).to_be_visible()
    history = list(application.stage_changes.values_list("pk", flat=True))

    drop(page, "screening", with_transfer=False)  # a synthetic drop with no data at all
    drop(page, "screening", data=None)  # a drag from elsewhere carrying no text
    drop(page, "screening", data="a file name.pdf")  # text that is not one of our cards
    drop(page, "screening", data=str(application.pk + 1000))  # a card no longer on the board
    # A card whose move form an htmx swap took away, and a column the form cannot move to.
    page.evaluate("document.querySelector('.board-card form.board-move').remove()")
    drop(page, "screening", data=str(application.pk))
    page.reload()
    page.evaluate(
        "document.querySelector('.board-card select[name=stage] option[value=screening]').remove()"
    )
    drop(page, "screening", data=str(application.pk))

    page.wait_for_timeout(300)  # a request the drop wrongly sent would be on its way by now
    application.refresh_from_db()
    assert application.stage == Stage.APPLIED
    assert list(application.stage_changes.values_list("pk", flat=True)) == history


# The scenario form's tones --------------------------------------------------------------------


def test_unreadable_tones_leave_every_tone_offered(page):
    owner = UserFactory(username="jordan", full_name="Jordan Ellis")
    application = ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)
    other = ApplicationFactory(owner=owner, company="Hooli", stage=Stage.OFFER)
    OfferFactory(application=other, in_writing=True)
    log_in(page, reverse("withdrawals:choose", args=[application.pk]))
    tones = page.locator("input[name=tone]")
    expect(tones.first).to_be_attached()

    page.evaluate("document.getElementById('id_scenario').dataset.tones = '{not json'")
    scenario = field(page, "What do you want to say?")
    values = scenario.locator("option").evaluate_all("options => options.map(o => o.value)")
    scenario.select_option(values[-1])

    assert tones.count() >= 2
    for index in range(tones.count()):
        expect(tones.nth(index)).to_be_enabled()
        expect(tones.nth(index)).to_be_visible()


# The mail link --------------------------------------------------------------------------------


def test_the_mail_link_is_encoded_exactly_as_the_server_encodes_it(page):
    # Characters encodeURIComponent leaves alone and Python's quote does not, in every part.
    application = a_draft(email="o'brien*!@globex.example")
    page.add_init_script(
        "document.addEventListener('click', (event) => {"
        " if (event.target.closest('#mailto-link')) event.preventDefault(); });"
    )
    open_draft(page, application)
    subject = "Withdrawing (with thanks)!  It's   final*"
    body = "Dear Priya,\nI'm withdrawing (sadly)!\n\n* Jordan ~ 100% sure"
    field(page, "Subject").fill(subject)
    field(page, "Message").fill(body)

    link = page.get_by_role("link", name="Open in my mail program")
    link.click()

    href = link.get_attribute("href")
    assert href == mailto_url(to="o'brien*!@globex.example", subject=subject, body=body)
    assert href == (
        "mailto:o%27brien%2A%21@globex.example"
        "?subject=Withdrawing%20%28with%20thanks%29%21%20It%27s%20final%2A"
        "&body=Dear%20Priya%2C%0D%0AI%27m%20withdrawing%20%28sadly%29%21%0D%0A%0D%0A"
        "%2A%20Jordan%20~%20100%25%20sure"
    )


def test_the_server_link_and_the_scripts_agree_before_any_edit(page):
    application = a_draft(email="o'brien@globex.example")
    page.add_init_script(
        "document.addEventListener('click', (event) => {"
        " if (event.target.closest('#mailto-link')) event.preventDefault(); });"
    )
    open_draft(page, application)
    link = page.get_by_role("link", name="Open in my mail program")
    served = link.get_attribute("href")

    link.click()

    assert link.get_attribute("href") == served
    assert Application.objects.get(pk=application.pk).stage == Stage.INTERVIEWING
