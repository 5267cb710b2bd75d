"""The employer's portal, read from a posting's address, and what the one table says of it."""

import pytest

from applications import portals
from applications.portals import PORTALS, Portal


@pytest.mark.parametrize(
    ("url", "portal"),
    [
        ("https://boards.greenhouse.io/northwind/jobs/4012345", "greenhouse"),
        ("https://job-boards.eu.greenhouse.io/northwind/jobs/4012345", "greenhouse"),
        ("https://northwind.example/careers?gh_jid=4012345", "greenhouse"),
        ("https://jobs.lever.co/northwind/1f2e3d", "lever"),
        ("https://jobs.eu.lever.co/northwind/1f2e3d", "lever"),
        ("https://northwind.wd3.myworkdayjobs.com/en-US/External/job/R-1", "workday"),
        ("https://wd1.myworkdaysite.com/recruiting/northwind/External/job/R-2", "workday"),
        ("https://apply.workable.com/northwind/j/ABC123/", "workable"),
        ("https://jobs.ashbyhq.com/northwind/123", "ashby"),
        ("https://jobs.smartrecruiters.com/Northwind/74400001", "smartrecruiters"),
        ("https://careers-northwind.icims.com/jobs/1234/job", "icims"),
        ("https://northwind.teamtailor.com/jobs/123-designer", "teamtailor"),
        ("https://northwind.jobs.personio.de/job/123", "personio"),
        ("https://northwind.jobs.personio.com/job/123", "personio"),
        ("https://career5.successfactors.eu/career?company=northwind", "successfactors"),
        ("https://northwind.taleo.net/careersection/2/jobdetail.ftl?job=1", "taleo"),
        ("https://northwind.recruitee.com/o/designer", "recruitee"),
        ("https://northwind.bamboohr.com/careers/12", "bamboohr"),
        ("https://join.com/companies/northwind/123-designer", "join"),
        ("https://www.linkedin.com/jobs/view/3900000000/", "linkedin"),
        ("https://uk.indeed.com/viewjob?jk=abc", "indeed"),
        ("https://de.indeed.com/viewjob?jk=abc", "indeed"),
        ("https://www.indeed.co.uk/viewjob?jk=abc", "indeed"),
        ("https://www.glassdoor.co.uk/job-listing/x", "glassdoor"),
        ("https://www.stepstone.de/stellenangebote--x.html", "stepstone"),
        ("https://www.monster.com/job-openings/x", "monster"),
        ("https://www.ziprecruiter.com/c/Northwind/Job/x", "ziprecruiter"),
        ("HTTPS://BOARDS.GREENHOUSE.IO/x", "greenhouse"),
    ],
)
def test_the_portal_is_read_from_the_address(url, portal):
    assert portals.detect(url) == portal


@pytest.mark.parametrize(
    "url",
    [
        "",
        "https://northwind.example/careers/designer",
        # Look-alikes: the portal's name inside another domain is not the portal.
        "https://greenhouse.io.attacker.example/jobs/1",
        "https://notlever.co/jobs/1",
        "https://myindeed.com.example/x",
        "not a url at all",
        "https://[::1",
    ],
)
def test_a_company_site_or_unknown_address_has_no_portal(url):
    assert portals.detect(url) == ""


def test_every_portal_has_exactly_one_entry():
    assert sorted(info.portal.value for info in PORTALS) == sorted(Portal.values)


def test_each_entry_that_gives_advice_cites_a_source_and_the_others_say_they_have_none():
    for info in PORTALS:
        advice = portals.withdraw_advice(info.portal.value)
        if info.withdraw:
            assert info.sources, info.portal
            assert all(source.startswith("https://") for source in info.sources)
        else:
            assert advice == (
                f"Bowout has no published source on withdrawing through {info.name}: write to "
                "the company, as you would anyway."
            )


@pytest.mark.parametrize(
    ("portal", "phrase"),
    [
        ("workday", "Candidate Home"),
        ("workday", "stop you applying to the same job again"),
        ("workable", "withdraw link"),
        ("workable", "until the employer moves you forward"),
        ("greenhouse", "no self-service withdrawal"),
    ],
)
def test_what_the_portals_allow(portal, phrase):
    assert phrase in portals.withdraw_advice(portal)


def test_no_portal_no_advice():
    assert portals.withdraw_advice("") == ""
