"""axe-core on every page, at a desktop's width and a phone's: no serious or critical violation.

The pages are filled as a user's would be (the demo data: twenty applications across every
stage, contacts, interviews, a written offer), plus a withdrawal draft, a kept process, a CSV
import waiting for its preview, and a share link, so each page shows its tables and lists.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from django.urls import reverse
from playwright.sync_api import expect

from accounts.models import User
from applications.management.commands.seed_demo import DEMO_PASSWORD, DEMO_USERNAME
from applications.models import Application, Stage
from intake import importer
from tests.browser.conftest import field
from withdrawals import services
from withdrawals.models import Scenario

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}  # a small phone (iPhone SE, many Androids)
# What fails: a barrier for someone (axe's "serious" and "critical"), not advice.
FAILING_IMPACTS = {"serious", "critical"}

CSV = (
    "Company Name,Job Title,Status,Date Applied,Location,Salary,Notes\n"
    "Acme Robotics International,Senior Data Engineer,Phone screen,2026-04-03,"
    "Berlin,EUR 80000,Met at a conference\n"
    ",Nameless,Applied,2026-04-03,,,\n"
)


def logged_out_pages():
    return [reverse("account_login"), reverse("account_signup"), reverse("account_reset_password")]


def logged_in_pages(user):
    applications = Application.objects.for_user(user)
    interviewing = applications.filter(stage=Stage.INTERVIEWING).order_by("pk").first()
    with_offer = applications.filter(stage=Stage.OFFER).order_by("pk").first()
    services.start_draft(
        application=interviewing, choices=services.WordingChoices(Scenario.ACCEPTED_OFFER)
    )
    import_file = importer.start_import(owner=user, name="old-tracker.csv", content=CSV)
    return [
        reverse("home"),
        reverse("applications:list"),
        reverse("applications:list") + "?sort=interest&status=live",
        reverse("applications:board"),
        reverse("applications:create"),
        reverse("applications:quiet"),
        reverse("applications:offer_compare"),
        reverse("applications:detail", args=[interviewing.pk]),
        reverse("applications:detail", args=[with_offer.pk]),
        reverse("applications:edit", args=[interviewing.pk]),
        reverse("applications:contact_create", args=[interviewing.pk]),
        reverse("applications:interview_create", args=[interviewing.pk]),
        reverse("applications:offer", args=[with_offer.pk]),
        reverse("intake:invitation_import", args=[interviewing.pk]),
        reverse("withdrawals:candidates"),
        reverse("withdrawals:choose", args=[interviewing.pk]),
        reverse("withdrawals:draft", args=[interviewing.pk]),
        reverse("reports:insights"),
        reverse("reports:data"),
        reverse("reports:record"),
        reverse("reports:share_links"),
        reverse("intake:import"),
        reverse("intake:import_preview", args=[import_file.pk]),
        reverse("profile"),
        reverse("usersessions_list"),
        reverse("mfa_index"),
    ]


def serious_violations(page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(", ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in results.response["violations"]
        if violation["impact"] in FAILING_IMPACTS
    ]


def check_every_page(page, paths) -> dict[str, list[str]]:
    found = {}
    for path in paths:
        response = page.goto(path)
        assert response is not None and response.status == 200, (path, response)
        page.wait_for_load_state()
        violations = serious_violations(page)
        if violations:
            found[path] = violations
    return found


def log_in(page):
    page.goto(reverse("account_login"))
    field(page, "Username").fill(DEMO_USERNAME)
    field(page, "Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_page_has_a_serious_accessibility_violation(page, viewport):
    call_command("seed_demo", stdout=None)
    user = User.objects.get(username=DEMO_USERNAME)
    page.set_viewport_size(viewport)

    found = check_every_page(page, logged_out_pages())
    log_in(page)
    found |= check_every_page(page, logged_in_pages(user))

    assert found == {}, "\n".join(
        f"{path}:\n  " + "\n  ".join(violations) for path, violations in found.items()
    )
