"""The employer's portal: which applicant-tracking system or job board a posting lives on,
read from its address, and what that portal lets a candidate do to withdraw.

One table: each entry names the hosts it is known by and, where a public page says so, what a
candidate can do there, with that page as its source. Where no source was found, the entry
says so and gives no advice of its own: the email stays the recommended path everywhere.
Nothing here fetches anything; it reads the address the user already has.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from django.db import models
from django.utils.translation import gettext, gettext_noop


class Portal(models.TextChoices):
    GREENHOUSE = "greenhouse", "Greenhouse"
    LEVER = "lever", "Lever"
    WORKDAY = "workday", "Workday"
    WORKABLE = "workable", "Workable"
    ASHBY = "ashby", "Ashby"
    SMARTRECRUITERS = "smartrecruiters", "SmartRecruiters"
    ICIMS = "icims", "iCIMS"
    TEAMTAILOR = "teamtailor", "Teamtailor"
    PERSONIO = "personio", "Personio"
    SUCCESSFACTORS = "successfactors", "SAP SuccessFactors"
    TALEO = "taleo", "Oracle Taleo"
    RECRUITEE = "recruitee", "Recruitee"
    BAMBOOHR = "bamboohr", "BambooHR"
    JOIN = "join", "JOIN"
    LINKEDIN = "linkedin", "LinkedIn"
    INDEED = "indeed", "Indeed"
    GLASSDOOR = "glassdoor", "Glassdoor"
    STEPSTONE = "stepstone", "StepStone"
    MONSTER = "monster", "Monster"
    ZIPRECRUITER = "ziprecruiter", "ZipRecruiter"


@dataclass(frozen=True)
class PortalInfo:
    portal: Portal
    # Registrable domains (the host or any sub-domain of it); a "*" stands for any country
    # ending (stepstone.de, stepstone.co.uk...).
    domains: tuple[str, ...]
    job_board: bool = False
    # What the portal lets a candidate do to withdraw, in a sentence; "" where no public page
    # was found that says.
    withdraw: str = ""
    sources: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.portal.label


NO_SOURCE = gettext_noop(
    "Bowout has no published source on withdrawing through {name}: write to the company, as "
    "you would anyway."
)

PORTALS: tuple[PortalInfo, ...] = (
    PortalInfo(
        Portal.GREENHOUSE,
        ("greenhouse.io",),
        withdraw=gettext_noop(
            "Greenhouse has no self-service withdrawal for candidates: only the employer can "
            "withdraw an application there, so write to the company."
        ),
        sources=(
            "https://support.joinhandshake.com/hc/en-us/articles/228725227-Withdraw-an-Application-in-Handshake",
        ),
    ),
    PortalInfo(Portal.LEVER, ("lever.co",)),
    PortalInfo(
        Portal.WORKDAY,
        ("myworkdayjobs.com", "myworkdaysite.com", "workday.com"),
        withdraw=gettext_noop(
            "Workday: sign in to Candidate Home; under Submitted Applications, the application's "
            "actions include Withdraw. Some employers' settings then stop you applying to the "
            "same job again."
        ),
        sources=(
            "https://careers.roche.com/global/en/candidate-account-creation",
            "https://www.fondsftq.com/en/carriere/faq/navigation-plateforme-de-recrutement.aspx",
            "https://www.refer.me/blog/withdraw-delete-or-reapply-in-ats-without-getting-locked-out",
        ),
    ),
    PortalInfo(
        Portal.WORKABLE,
        ("workable.com",),
        withdraw=gettext_noop(
            "Workable: the email acknowledging your application has a withdraw link at the "
            "bottom; it works only until the employer moves you forward or evaluates you."
        ),
        sources=(
            "https://help.workable.com/hc/en-us/articles/115015713847-What-happens-when-a-candidate-applies",
        ),
    ),
    PortalInfo(Portal.ASHBY, ("ashbyhq.com",)),
    PortalInfo(Portal.SMARTRECRUITERS, ("smartrecruiters.com",)),
    PortalInfo(Portal.ICIMS, ("icims.com",)),
    PortalInfo(Portal.TEAMTAILOR, ("teamtailor.com",)),
    PortalInfo(Portal.PERSONIO, ("personio.de", "personio.com")),
    PortalInfo(Portal.SUCCESSFACTORS, ("successfactors.com", "successfactors.eu")),
    PortalInfo(Portal.TALEO, ("taleo.net",)),
    PortalInfo(Portal.RECRUITEE, ("recruitee.com",)),
    PortalInfo(Portal.BAMBOOHR, ("bamboohr.com",)),
    PortalInfo(Portal.JOIN, ("join.com",)),
    PortalInfo(
        Portal.LINKEDIN,
        ("linkedin.com",),
        job_board=True,
        withdraw=gettext_noop(
            "LinkedIn: an application can only be archived under My Jobs, which hides it from "
            "your own list and tells the employer nothing."
        ),
        sources=("https://tinygrab.com/how-to-remove-applied-jobs-on-linkedin/",),
    ),
    PortalInfo(Portal.INDEED, ("indeed.*",), job_board=True),
    PortalInfo(Portal.GLASSDOOR, ("glassdoor.*",), job_board=True),
    PortalInfo(Portal.STEPSTONE, ("stepstone.*",), job_board=True),
    PortalInfo(Portal.MONSTER, ("monster.*",), job_board=True),
    PortalInfo(Portal.ZIPRECRUITER, ("ziprecruiter.*",), job_board=True),
)

BY_PORTAL = {info.portal.value: info for info in PORTALS}

# A country ending after a board's name: "de", "co.uk", "com.au", "fr".
_COUNTRY_ENDING = r"(?:com?\.)?[a-z]{2,3}"


def _matches(host: str, domain: str) -> bool:
    if domain.endswith(".*"):
        pattern = re.escape(domain[:-2]) + r"\." + _COUNTRY_ENDING
        return re.fullmatch(rf"(?:.+\.)?{pattern}", host) is not None
    return host == domain or host.endswith("." + domain)


def detect(url: str) -> str:
    """The portal a posting's address belongs to (a ``Portal`` value), or "" for a company's
    own site or an address Bowout does not know. A Greenhouse board embedded in a company's
    site keeps its ``gh_jid`` in the query."""
    try:
        parts = urlsplit((url or "").strip())
        host = (parts.hostname or "").lower().rstrip(".")
    except ValueError:
        return ""
    if not host:
        return ""
    for info in PORTALS:
        if any(_matches(host, domain) for domain in info.domains):
            return info.portal.value
    if "gh_jid" in parse_qs(parts.query):
        return Portal.GREENHOUSE.value
    return ""


def info_for(portal: str) -> PortalInfo | None:
    return BY_PORTAL.get(portal)


def withdraw_advice(portal: str) -> str:
    """What the portal allows, in a sentence, or the honest 'no source' line."""
    info = info_for(portal)
    if info is None:
        return ""
    # In the reader's language (the texts are marked for the catalogue where they are kept).
    return gettext(info.withdraw) if info.withdraw else gettext(NO_SOURCE).format(name=info.name)
