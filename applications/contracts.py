"""What a signed employment contract allows when the user changes their mind, country by country.

One table, ``RULES``: for each country's law, what it says about ending a signed contract (before
the first day too), the notice to expect, what that means for the message, and whether the law
asks for a signed letter instead of an email, each entry citing its sources. Notice is given in
words, with a number only where the cited source states it. Bowout shows the entry for an offer
whose contract is signed (``rule_for``) when the user withdraws from it or declines it, and
drafts the letter as a printable page. None of it is legal advice: every place that shows a rule
says so (``DISCLAIMER``).
"""

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class ContractLaw(models.TextChoices):
    GERMANY = "DE", _("Germany")
    AUSTRIA = "AT", _("Austria")
    SWITZERLAND = "CH", _("Switzerland")
    FRANCE = "FR", _("France")
    SPAIN = "ES", _("Spain")
    UNITED_KINGDOM = "GB", _("United Kingdom")
    NETHERLANDS = "NL", _("Netherlands")
    UNITED_STATES = "US", _("United States")
    OTHER = "other", _("Another country")


class Letter(models.TextChoices):
    """What the law says about the form of the user's notice."""

    # The law makes a notice without a handwritten signature void: an email ends nothing.
    REQUIRED = "required", _("a letter signed by hand is required")
    # Any clear notice counts, but a signed letter whose receipt can be proved is the safe one.
    ADVISED = "advised", _("a signed letter is advised, as proof")
    # Notice in writing is enough, and an email is writing.
    EMAIL = "email", _("an email is enough")


@dataclass(frozen=True)
class Source:
    """A law or a court's decision, named as it is cited in its own country."""

    title: str
    url: str = ""


@dataclass(frozen=True)
class ContractRule:
    law: ContractLaw
    letter: Letter
    # What the law says about ending a signed contract.
    summary: str | Promise
    # Before the first day of work.
    before_start: str | Promise
    # The notice to expect, in words.
    notice: str | Promise
    # What it means for the message the user is about to send.
    for_the_message: str | Promise
    sources: tuple[Source, ...]
    # The language the drafted letter is written in: the employer's ("de-ch": Swiss German).
    letter_language: str = "en"

    @property
    def letter_required(self) -> bool:
        return self.letter == Letter.REQUIRED

    @property
    def letter_in_german(self) -> bool:
        return self.letter_language.split("-")[0] == "de"

    @property
    def country(self) -> str:
        return str(self.law.label)


DISCLAIMER = _("This is not legal advice; check your contract.")

RULES: dict[str, ContractRule] = {
    ContractLaw.GERMANY: ContractRule(
        law=ContractLaw.GERMANY,
        letter=Letter.REQUIRED,
        summary=_(
            "A signed employment contract can only be ended by a notice in writing, signed by "
            "hand (§ 623 BGB): an email, a text message or a scanned signature ends nothing."
        ),
        before_start=_(
            "You may give notice before your first day unless the contract rules it out; if it "
            "says nothing, the notice period usually runs from the day your letter arrives, not "
            "from the start date (Federal Labour Court, 2 AZR 324/03). A contractual penalty for "
            "not starting may apply: check the contract."
        ),
        notice=_(
            "The law's basic period for an employee is four weeks, to the 15th or to the end of "
            "a calendar month, and two weeks during an agreed probation of up to six months "
            "(§ 622 BGB); your contract or a collective agreement may set another."
        ),
        for_the_message=_(
            "Send the signed letter, by hand against a receipt or by registered post, so that you "
            "can prove when it arrived. An email or a call first is a courtesy and should say "
            "that the letter follows, but it is not the notice."
        ),
        sources=(
            Source(
                "§ 623 BGB (Schriftform der Kündigung)",
                "https://www.gesetze-im-internet.de/bgb/__623.html",
            ),
            Source(
                "§ 622 BGB (Kündigungsfristen)", "https://www.gesetze-im-internet.de/bgb/__622.html"
            ),
            Source("§ 126 BGB (Schriftform)", "https://www.gesetze-im-internet.de/bgb/__126.html"),
            Source("BAG, Urteil vom 25.03.2004, 2 AZR 324/03 (Kündigung vor Dienstantritt)"),
        ),
        letter_language="de",
    ),
    ContractLaw.AUSTRIA: ContractRule(
        law=ContractLaw.AUSTRIA,
        letter=Letter.ADVISED,
        summary=_(
            "The law asks for no particular form: a clear notice ends the contract, unless the "
            "contract or a collective agreement requires it in writing."
        ),
        before_start=_(
            "A contract can usually be ended by notice before the first day; whether the notice "
            "period runs from your notice or from the start date depends on the contract."
        ),
        notice=_(
            "A salaried employee may give one month's notice to the last day of a calendar "
            "month; the contract may extend it (§ 20 Angestelltengesetz)."
        ),
        for_the_message=_(
            "Write a clear notice and keep proof that it arrived; a signed letter is the safe "
            "way, and is required if the contract says notice must be in writing."
        ),
        sources=(
            Source(
                "§ 20 Angestelltengesetz (Kündigung)",
                "https://www.ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen&Gesetzesnummer=10008069",
            ),
        ),
        letter_language="de",
    ),
    ContractLaw.SWITZERLAND: ContractRule(
        law=ContractLaw.SWITZERLAND,
        letter=Letter.ADVISED,
        summary=_(
            "The Code of Obligations asks for no particular form, but many contracts require "
            "notice in writing and signed by hand; the other side may ask for the reasons in "
            "writing (Art. 335 OR)."
        ),
        before_start=_(
            "You may give notice before your first day, but the notice period usually runs from "
            "the agreed start date, not from your letter."
        ),
        notice=_(
            "During probation (the first month unless agreed otherwise) seven days; in the first "
            "year of service one month, to the end of a month (Art. 335b and 335c OR), unless the "
            "contract says otherwise."
        ),
        for_the_message=_(
            "Send a signed letter whose receipt you can prove, especially if the contract asks "
            "for writing, and ask in your message whether they will release you earlier."
        ),
        sources=(
            Source(
                "Obligationenrecht, Art. 335, 335b, 335c",
                "https://www.fedlex.admin.ch/eli/cc/27/317_321_377/de",
            ),
        ),
        # Swiss Standard German writes "ss" for "ß" ("Grüsse", "gemäss"): the
        # letter uses the Swiss catalogue (locale/de_CH, the German one so written).
        letter_language="de-ch",
    ),
    ContractLaw.FRANCE: ContractRule(
        law=ContractLaw.FRANCE,
        letter=Letter.ADVISED,
        summary=_(
            "An accepted offer or promise of employment (promesse d'embauche) can already be a "
            "contract: backing out of it without a legitimate reason can entitle the employer to "
            "damages (Cour de cassation, social chamber, 21 September 2017)."
        ),
        before_start=_(
            "Backing out before the first day is a resignation from that contract; the employer "
            "would have to show a loss to claim damages."
        ),
        notice=_(
            "The law leaves the notice of a resignation to the collective agreement, the "
            "contract or local custom (Code du travail, art. L1237-1)."
        ),
        for_the_message=_(
            "Say clearly and unequivocally that you resign, as early as you can, and send it by "
            "registered letter with acknowledgement of receipt or hand it over against a receipt."
        ),
        sources=(
            Source(
                "Code du travail, article L1237-1",
                "https://www.legifrance.gouv.fr/codes/id/LEGITEXT000006072050/",
            ),
            Source("Cass. soc., 21 septembre 2017, n° 16-20.103 et 16-20.104"),
        ),
    ),
    ContractLaw.SPAIN: ContractRule(
        law=ContractLaw.SPAIN,
        letter=Letter.ADVISED,
        summary=_(
            "You may resign at any time (dimisión), giving the notice that the collective "
            "agreement or local custom sets (Estatuto de los Trabajadores, art. 49.1.d)."
        ),
        before_start=_(
            "During an agreed trial period either side may end the contract without notice "
            "unless agreed otherwise (art. 14); outside it, the notice above applies."
        ),
        notice=_(
            "The notice the collective agreement or local custom sets; the law names no period."
        ),
        for_the_message=_(
            "Give your notice in a signed letter and keep a copy signed as received (or send it "
            "by burofax), so its date can be proved."
        ),
        sources=(
            Source(
                "Estatuto de los Trabajadores, arts. 14 y 49",
                "https://www.boe.es/buscar/act.php?id=BOE-A-2015-11430",
            ),
        ),
    ),
    ContractLaw.UNITED_KINGDOM: ContractRule(
        law=ContractLaw.UNITED_KINGDOM,
        letter=Letter.EMAIL,
        summary=_(
            "Accepting an unconditional offer makes a contract; you end it by giving the notice "
            "the contract sets. The law asks for no particular form unless the contract does."
        ),
        before_start=_(
            "The contract's notice applies before the first day too; leaving without it is a "
            "breach, for which the employer could claim its losses."
        ),
        notice=_(
            "What the contract says; after a month's work the law's minimum for an employee is "
            "one week (Employment Rights Act 1996, s. 86)."
        ),
        for_the_message=_(
            "Give notice in writing (an email counts unless the contract asks for a letter), keep "
            "a copy, and say when you understand the contract ends."
        ),
        sources=(
            Source(
                "Employment Rights Act 1996, s. 86",
                "https://www.legislation.gov.uk/ukpga/1996/18/section/86",
            ),
            Source("GOV.UK: Handing in your notice", "https://www.gov.uk/handing-in-your-notice"),
        ),
    ),
    ContractLaw.NETHERLANDS: ContractRule(
        law=ContractLaw.NETHERLANDS,
        letter=Letter.EMAIL,
        summary=_(
            "You end the contract by notice (opzegging) to the end of a month; the law asks for "
            "no particular form."
        ),
        before_start=_(
            "A signed contract can be ended by notice before the first day; during a valid "
            "probation period either side may end it at once (Civil Code 7:652 and 7:676)."
        ),
        notice=_(
            "For an employee the law's period is one month unless the contract agrees another "
            "(Civil Code, art. 7:672)."
        ),
        for_the_message=_(
            "Give notice in writing, by letter or email, and ask them to confirm receipt and the "
            "date the contract ends."
        ),
        sources=(
            Source(
                "Burgerlijk Wetboek Boek 7, artikelen 7:652, 7:672, 7:676",
                "https://wetten.overheid.nl/BWBR0005290/",
            ),
        ),
    ),
    ContractLaw.UNITED_STATES: ContractRule(
        law=ContractLaw.UNITED_STATES,
        letter=Letter.EMAIL,
        summary=_(
            "Employment is at will in every state but Montana: either side may end it at any "
            "time, for any lawful reason, unless a contract says otherwise."
        ),
        before_start=_(
            "You may withdraw before your first day; check the offer for a promise to repay a "
            "sign-on or relocation bonus."
        ),
        notice=_(
            "None is required by law when employment is at will; notice is a courtesy unless "
            "your contract asks for it."
        ),
        for_the_message=_(
            "An email is enough: tell them as early as you can, thank them, and keep a copy."
        ),
        sources=(
            Source(
                "National Conference of State Legislatures: At-Will Employment, Overview",
                "https://www.ncsl.org/labor-and-employment/at-will-employment-overview",
            ),
        ),
    ),
    ContractLaw.OTHER: ContractRule(
        law=ContractLaw.OTHER,
        letter=Letter.ADVISED,
        summary=_("Bowout has no rule for this country's law."),
        before_start=_("Check whether the contract can be ended before the first day."),
        notice=_("Check the notice period in your contract."),
        for_the_message=_(
            "Where a law or the contract asks for notice in writing, an email may not be enough: "
            "a signed letter whose receipt you can prove is the safe way."
        ),
        sources=(),
    ),
}


def rule_for(offer) -> ContractRule | None:
    """The rule to show for an offer: only a signed contract has one."""
    if offer is None or not offer.contract_signed:
        return None
    return RULES.get(offer.contract_law) or RULES[ContractLaw.OTHER]
