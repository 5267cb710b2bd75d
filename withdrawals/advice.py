"""Advice computed from a draft, shown beside it while the user edits."""

import re
from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from applications import clock
from applications.models import OfferTruth
from withdrawals.languages import CHECKS, ENGLISH, Checks, known

MAX_WORDS = 150

_LEFTOVER = re.compile(r"{{|}}|{%|%}|\[[^\]\n]{1,40}\]|<[A-Z][A-Z _]{1,30}>")


@dataclass(frozen=True)
class Advice:
    level: str  # "danger", "warning" or "info", Bootstrap's alert colours
    message: str
    show_phone_script: bool = False
    link_url: str = ""
    link_text: str = ""


@dataclass(frozen=True)
class Sender:
    """Who signs the draft: their name, whether it is a real one, and where to fix it."""

    name: str
    username: str
    has_real_name: bool
    profile_url: str


def word_count(text: str) -> int:
    return len(re.findall(r"\b[\w'’-]+\b", text))


def check_draft(
    subject: str,
    body: str,
    *,
    next_interview_at: datetime | None = None,
    long_process: bool = False,
    now: datetime,
    sender: Sender | None = None,
    offers: OfferTruth | None = None,
    language: str = ENGLISH,
) -> list[Advice]:
    """What to fix or consider before sending. An empty list means it reads well.

    The text is read in its ``language`` (``withdrawals.languages.CHECKS``): its words of
    thanks, greetings, sign-offs, blame words and claims about offers. With the user's
    ``offers`` seen from the application written to, a text edited to claim more than is
    true about them is flagged: the templates never do, a user's edit may.
    """
    checks = CHECKS[known(language)]
    advice = []
    if offers is not None:
        advice.extend(_offer_claims(f"{subject}\n{body}", offers, checks))
    if not body.strip():
        advice.append(Advice("danger", _("The message is empty: write it, or choose a template.")))
    if clock.in_call_window(next_interview_at, now=now):
        advice.append(
            Advice(
                clock.call_level(next_interview_at, now=now),
                _(
                    "Your next interview is within %(duration)s: call them instead of emailing, "
                    "then confirm in writing. Never miss it without notice."
                )
                % {"duration": clock.duration(clock.CALL_WINDOW)},
                show_phone_script=True,
            )
        )
    elif long_process:
        advice.append(
            Advice(
                "warning",
                _(
                    "After a process this long, a call is kinder than an email: call them, then "
                    "confirm in writing."
                ),
                show_phone_script=True,
            )
        )
    if clock.is_soon(next_interview_at, now=now):
        advice.append(
            Advice(
                "warning",
                _(
                    "Your next interview is within %(duration)s: send this today, so they can "
                    "free the slot."
                )
                % {"duration": clock.duration(clock.SOON)},
            )
        )
    leftovers = sorted(set(_LEFTOVER.findall(f"{subject}\n{body}")))
    if leftovers:
        advice.append(
            Advice(
                "danger",
                _("Fill in or remove what is left over: %(leftovers)s.")
                % {"leftovers": ", ".join(leftovers)},
            )
        )
    if not subject.strip():
        advice.append(
            Advice(
                "danger",
                _("The subject is empty: add one, such as “Withdrawing my application”."),
            )
        )
    if sender is not None:
        advice.extend(_signature_advice(body, sender))
    if body.strip() and not checks.thanks.search(body):
        advice.append(Advice("warning", _("Thank them for their time and the opportunity.")))
    words = word_count(body)
    if words > MAX_WORDS:
        advice.append(
            Advice(
                "warning",
                ngettext(
                    "%(words)d word: keep it under %(limit)d. Brief reads as sure.",
                    "%(words)d words: keep it under %(limit)d. Brief reads as sure.",
                    words,
                )
                % {"words": words, "limit": MAX_WORDS},
            )
        )
    blamed = sorted({match.lower() for match in checks.blame.findall(body)})
    if blamed:
        advice.append(
            Advice(
                "warning",
                _("Leave out blame or complaint (%(words)s): a gracious exit keeps doors open.")
                % {"words": ", ".join(f"“{w}”" for w in blamed)},
            )
        )
    if body.strip() and not checks.greeting.search(body):
        advice.append(
            Advice(
                "info",
                _("Open with a greeting, such as “%(example)s”.")
                % {"example": checks.greeting_example},
            )
        )
    last_lines = "\n".join(body.strip().splitlines()[-4:])
    if body.strip() and not checks.sign_off.search(last_lines):
        advice.append(
            Advice(
                "info",
                _("End with a sign-off and your name, such as “%(example)s”.")
                % {"example": checks.sign_off_example},
            )
        )
    return advice


def _offer_claims(text: str, offers: OfferTruth, checks: Checks) -> list[Advice]:
    """What the text says about offers that the offers recorded do not bear out."""
    if checks.claims_accepted.search(text) and not offers.accepted:
        return [
            Advice(
                "danger",
                _(
                    "This says you accepted another offer, but no offer is accepted in writing. "
                    "Until one is, say you have decided to pursue another opportunity."
                ),
            )
        ]
    if checks.claims_another_offer.search(text) and not offers.in_writing:
        return [
            Advice(
                "warning",
                _(
                    "This mentions another offer, but none is in writing yet, and a verbal offer "
                    "can still change. Wait for it in writing, or leave it out."
                ),
            )
        ]
    return []


def _signature_advice(body: str, sender: Sender) -> list[Advice]:
    """A draft signed with a login name, or with no name at all, sends the user to the profile."""
    if not sender.has_real_name:
        return [
            Advice(
                "danger",
                _(
                    "Your emails are signed with your login name, “%(username)s”. Add your full "
                    "name to your profile, then choose the template again."
                )
                % {"username": sender.username},
                link_url=sender.profile_url,
                link_text=_("Add your name"),
            )
        ]
    if body.strip() and sender.name.casefold() not in body.casefold():
        return [
            Advice(
                "warning",
                _("Sign it with your name, “%(name)s”, so they know who is writing.")
                % {"name": sender.name},
                link_url=sender.profile_url,
                link_text=_("Check your profile"),
            )
        ]
    return []
