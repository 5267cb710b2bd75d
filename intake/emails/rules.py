"""What a recruiter's email is about: every classifying rule, in one module.

Each rule is a sentence pattern (or a header, or a sender) in one of four languages (English,
German, French, Spanish) and names the kind it points to. The message is cut into sentences
(the subject first); every rule is tried on every sentence; the kind that wins is the one
highest in ``PRECEDENCE`` among those found (a rejection that thanks you for applying is a
rejection), and the sentence that triggered it is the reason shown to the user. Nothing
leaves the machine: no model, no service, only these patterns.
"""

import re
from dataclasses import dataclass

from applications.models import MessageKind as K
from intake.emails import reasons

# A sender whose mail is about jobs in general, never about one of the user's processes.
JOB_BOARD_SENDERS = (
    "linkedin.com",
    "indeed.com",
    "indeed.de",
    "indeed.fr",
    "indeed.es",
    "glassdoor.com",
    "stepstone.de",
    "stepstone.com",
    "xing.com",
    "monster.com",
    "monster.de",
    "monster.fr",
    "ziprecruiter.com",
    "welcometothejungle.com",
    "apec.fr",
    "infojobs.net",
    "themuse.com",
    "jobteaser.com",
    "hellowork.com",
    "totaljobs.com",
    "reed.co.uk",
)
# Applicant tracking systems and test platforms: they write on behalf of a company, and may
# carry a List-Unsubscribe header on a message about a process.
ATS_SENDERS = (
    "greenhouse-mail.io",
    "greenhouse.io",
    "lever.co",
    "myworkday.com",
    "workday.com",
    "smartrecruiters.com",
    "personio.de",
    "personio.com",
    "ashbyhq.com",
    "workablemail.com",
    "workable.com",
    "teamtailor-mail.com",
    "teamtailor.com",
    "recruitee.com",
    "jobvite.com",
    "icims.com",
    "successfactors.com",
    "hackerrank.com",
    "hackerrankforwork.com",
    "codility.com",
    "testgorilla.com",
    "coderpad.io",
    "softgarden.io",
    "join.com",
)

# When several kinds are found, the first of these wins.
PRECEDENCE = [
    K.NOT_PROCESS,
    K.OFFER,
    K.REJECTION,
    K.RESCHEDULED,
    K.CANCELLED,
    K.ON_HOLD,
    K.ASSESSMENT,
    K.INVITATION,
    K.RECEIVED,
    K.OUTREACH,
]


@dataclass(frozen=True)
class Rule:
    kind: str
    language: str
    pattern: re.Pattern
    # The same sentence matching this is not the kind after all ("won't be rescheduling").
    unless: re.Pattern | None = None


def _rules(kind: str, language: str, *patterns: str, unless: str = "") -> list[Rule]:
    flags = re.IGNORECASE
    return [
        Rule(kind, language, re.compile(p, flags), re.compile(unless, flags) if unless else None)
        for p in patterns
    ]


RULES: list[Rule] = [
    # --- not about a process: job alerts, newsletters ---------------------------------------
    *_rules(
        K.NOT_PROCESS,
        "en",
        r"\bjob alert\b",
        r"\bnew jobs? (?:for|match|that match)",
        r"\bjobs? (?:you may|you might|that may) (?:be interested|like)",
        r"\bunsubscribe from (?:this|our) newsletter",
        r"\bthis week'?s? (?:newsletter|edition)",
        r"^\d+\+? new jobs",
    ),
    *_rules(
        K.NOT_PROCESS,
        "de",
        r"\bjobagent\b",
        r"\bneue (?:jobs|stellenangebote|stellen) für sie",
        r"\bnewsletter abbestellen",
        r"\bdiese jobs könnten sie interessieren",
    ),
    *_rules(
        K.NOT_PROCESS,
        "fr",
        r"\boffres? (?:d'emploi )?de la semaine",
        r"\balerte(?:-| )emploi",
        r"\bnouvelles offres (?:d'emploi )?pour vous",
        r"\bse désabonner de (?:la|cette) newsletter",
    ),
    *_rules(
        K.NOT_PROCESS,
        "es",
        r"\bnuevos empleos\b",
        r"\balerta de empleo",
        r"\bempleos? que coinciden con tu búsqueda",
        r"\bofertas de (?:empleo|trabajo) para ti",
    ),
    # --- offer ------------------------------------------------------------------------------
    *_rules(
        K.OFFER,
        "en",
        r"\b(?:pleased|delighted|happy|thrilled|excited) to (?:formally )?offer you\b",
        r"\b(?:make|extend) (?:you )?an? (?:formal |verbal |job )?offer\b",
        r"\b(?:offer letter|offer of employment|employment offer)\b",
        r"\bpreparing (?:the|your) (?:formal |written )?offer\b",
        r"\bwe(?:'d| would) love to have you (?:on|join)",
        unless=r"\b(?:another|other) candidate|not (?:able to )?(?:make|extend)",
    ),
    *_rules(
        K.OFFER,
        "de",
        r"\b(?:ihnen|dir) die (?:stelle|position) [\w ]{0,40}anbieten",
        r"\b(?:vertragsangebot|arbeitsvertrag|stellenangebot für sie)\b",
        r"\bein (?:verbindliches |schriftliches )?angebot (?:machen|unterbreiten)",
    ),
    *_rules(
        K.OFFER,
        "fr",
        r"\bvous proposer le poste\b",
        r"\b(?:promesse|proposition) d'embauche\b",
        r"\bvous faire une (?:offre|proposition)\b",
    ),
    *_rules(
        K.OFFER,
        "es",
        r"\bofrecerte el puesto\b",
        r"\bofrecerle el puesto\b",
        r"\bcarta de oferta\b",
        r"\boferta de (?:empleo|trabajo)\b(?!s)",
        unless=r"\bofertas\b|\bempleos\b",
    ),
    # --- rejection --------------------------------------------------------------------------
    *_rules(
        K.REJECTION,
        "en",
        r"\b(?:decided|chosen|opted) to (?:move|go) forward with (?:other|another)",
        r"\b(?:will not|won't|not) be (?:moving|taking) (?:forward|your application forward)",
        r"\bnot be moving forward with your application",
        r"\bdecided not to (?:proceed|progress|move forward)",
        r"\b(?:have|has) not been successful\b",
        r"\bunfortunately,? (?:we|you) (?:won't|will not|are not|have not|were not)\b",
        r"\bregret to inform you\b",
        r"\bproceed with (?:another|other) candidates?\b",
        r"\bwhose (?:qualifications|experience|profile)s? (?:more closely|better|is closer)",
        r"\bnot (?:been )?selected (?:for|to)\b",
        # "If you are not selected for this position, ..." says what might happen, not that
        # it has (an ATS's acknowledgement).
        unless=r"\bif (?:you are|you're) not\b",
    ),
    *_rules(
        K.REJECTION,
        "de",
        r"\bfür (?:einen|eine) (?:anderen?|andere) (?:bewerber|kandidat)\w* entschieden",
        r"\b(?:leider )?(?:nicht berücksichtigen|keine positive rückmeldung)",
        r"\bleider (?:müssen wir ihnen )?(?:mitteilen|absagen)",
        r"^absage\b",
        # "Absage des Termins": an appointment called off, not the process.
        unless=r"\btermin",
    ),
    *_rules(
        K.REJECTION,
        "fr",
        r"\bdonner une suite favorable\b",
        r"\bn'a pas été retenue?\b",
        r"\bnous avons le regret de vous informer\b",
        r"\bautre candidat(?:e|ure)?\b.{0,40}\b(?:retenu|choisi)",
    ),
    *_rules(
        K.REJECTION,
        "es",
        r"\bseguir adelante con otr[oa]s? candidat",
        r"\bno (?:podemos|vamos a) (?:continuar|seguir) con tu candidatura",
        r"\b(?:lamentablemente|lamentamos),? .{0,60}\bno (?:has sido|ha sido) seleccionad",
        r"\bno has sido seleccionad",
    ),
    # --- rescheduled ------------------------------------------------------------------------
    *_rules(
        K.RESCHEDULED,
        "en",
        r"\breschedul\w* (?:it |your interview |the interview |our (?:call|interview) )?"
        r"(?:to|for)\b",
        r"\bmove (?:your|our|the) (?:interview|call|meeting)\b",
        r"\bchange of (?:time|date)\b",
        r"\bnew (?:time|date) for (?:your|the|our) (?:interview|call)",
        unless=r"\b(?:won't|will not|not) be rescheduling",
    ),
    *_rules(
        K.RESCHEDULED,
        "de",
        r"\b(?:termin)?verschiebung\b",
        r"\bverschieben\b",
        r"\bauf einen anderen termin verlegen",
        r"\bneuer termin\b",
    ),
    *_rules(K.RESCHEDULED, "fr", r"\breporter?\b", r"\bdécaler\b", r"\bnouvel horaire\b"),
    *_rules(K.RESCHEDULED, "es", r"\breprogramar\b", r"\bcambio de (?:fecha|hora)\b"),
    # --- cancelled --------------------------------------------------------------------------
    *_rules(
        K.CANCELLED,
        "en",
        r"\bcancel(?:l?ed|l?ing)? (?:the|your|our) (?:interview|call|meeting)\b",
        r"\binterview (?:has been )?cancel",
        r"^cancell?ation\b",
    ),
    *_rules(K.CANCELLED, "de", r"\b(?:gesprächs)?termin\w* absagen\b", r"\babsage des termins"),
    *_rules(K.CANCELLED, "fr", r"\bannuler (?:notre|votre|l')\s?entretien", r"^annulation\b"),
    *_rules(K.CANCELLED, "es", r"\bcancelar la entrevista\b", r"^cancelación\b"),
    # --- on hold ----------------------------------------------------------------------------
    *_rules(
        K.ON_HOLD,
        "en",
        r"\b(?:put|placed) on hold\b",
        r"\bpause(?:d)? (?:hiring|the search|recruitment)\b",
        r"\bhiring (?:freeze|is paused)\b",
        r"\bthe search resumes\b",
    ),
    *_rules(
        K.ON_HOLD,
        "de",
        r"\bverzögert sich\b",
        r"\bnoch (?:um )?etwas geduld\b",
        r"\b(?:vorerst|vorübergehend) (?:pausiert|gestoppt|ausgesetzt)",
    ),
    *_rules(K.ON_HOLD, "fr", r"\best suspendu\b", r"\bmis en (?:pause|attente)\b"),
    *_rules(K.ON_HOLD, "es", r"\bse ha (?:paralizado|pausado|suspendido)\b", r"\ben pausa\b"),
    # --- assessment -------------------------------------------------------------------------
    *_rules(
        K.ASSESSMENT,
        "en",
        r"\b(?:coding|online|technical|skills?) (?:test|assessment|challenge)\b",
        r"\btake[- ]home (?:exercise|task|assignment|test|challenge)\b",
        r"\b(?:complete|take) (?:the|a|an|our) [\w ]{0,30}(?:assessment|test)\b",
        r"\bcase study\b",
    ),
    *_rules(
        K.ASSESSMENT,
        "de",
        r"\bonline-?(?:eignungs)?test\b",
        r"\beignungstest\b",
        r"\bfallstudie\b",
        r"\bprobeaufgabe\b",
        r"\b(?:programmier|coding)-?(?:test|aufgabe)\b",
    ),
    *_rules(K.ASSESSMENT, "fr", r"\bétude de cas\b", r"\btest (?:technique|en ligne)\b"),
    *_rules(K.ASSESSMENT, "es", r"\bprueba (?:técnica|práctica|en línea)\b", r"\bcaso práctico\b"),
    # --- interview invitation ---------------------------------------------------------------
    *_rules(
        K.INVITATION,
        "en",
        r"\binvit\w* (?:you )?(?:to|for) (?:an?|your|the) [\w -]{0,30}(?:interview|call|chat)\b",
        r"\binterview invitation\b",
        r"\bschedule (?:your|a) [\w -]{0,20}(?:interview|screen|call)\b",
        r"\bmove forward with a [\w -]{0,30}(?:screen|interview)",
        r"^interview\b",
    ),
    *_rules(
        K.INVITATION,
        "de",
        r"\bzu einem [\w ]{0,40}(?:gespräch|interview|kennenlernen) einladen",
        r"\beinladung zu(?:m|r)? [\w-]*(?:gespräch|interview|kennenlernen)",
    ),
    *_rules(
        K.INVITATION,
        "fr",
        r"\bvous convier à un entretien\b",
        r"\binvitation à un entretien\b",
        r"\bvous rencontrer pour un entretien\b",
        r"^entretien\b",
    ),
    *_rules(
        K.INVITATION,
        "es",
        r"\binvitarte a una entrevista\b",
        r"\binvitación a (?:una )?entrevista\b",
        r"^entrevista\b",
    ),
    # --- application received ---------------------------------------------------------------
    *_rules(
        K.RECEIVED,
        "en",
        r"\b(?:we )?(?:have )?received your application\b",
        r"\bthank(?:s| you) for (?:applying|your application)\b",
        r"\bapplication (?:has been )?(?:received|successfully submitted)\b",
        r"\byour application has been (?:successfully )?submitted\b",
    ),
    *_rules(
        K.RECEIVED,
        "de",
        r"\beingang ihrer (?:bewerbung|unterlagen)\b",
        r"\b(?:ihre|deine) bewerbung (?:[\w-]+ ){0,3}erhalten\b",
        r"\bvielen dank für ihre bewerbung\b",
    ),
    *_rules(
        K.RECEIVED,
        "fr",
        r"\bbonne réception de votre candidature\b",
        r"\bvotre candidature a bien été (?:reçue|enregistrée)\b",
        r"\bmerci pour votre candidature\b",
    ),
    *_rules(
        K.RECEIVED,
        "es",
        r"\bhemos recibido (?:correctamente )?tu (?:candidatura|solicitud)\b",
        r"\bconfirmación de tu candidatura\b",
        r"\bgracias por tu candidatura\b",
    ),
    # --- recruiter outreach -----------------------------------------------------------------
    *_rules(
        K.OUTREACH,
        "en",
        r"\bcame across your (?:profile|cv|resume)\b",
        r"\bon behalf of (?:a|one of my|my|our) [\w -]{0,30}client",
        r"\bwith one of my clients\b",
        r"\bopen to (?:new opportunities|a (?:quick )?chat)\b",
        r"\breaching out because\b",
    ),
    *_rules(
        K.OUTREACH,
        "de",
        r"\bauf ihr profil aufmerksam\b",
        r"\bfür einen (?:meiner )?kunden\b",
        r"\bspannende position für sie\b",
    ),
    *_rules(
        K.OUTREACH,
        "fr",
        r"\bvotre profil a retenu mon attention\b",
        r"\bpour (?:l'un de mes|un de mes|mon) client",
        r"\bseriez-vous ouverte? à\b",
    ),
    *_rules(
        K.OUTREACH,
        "es",
        r"\bhe visto tu perfil\b",
        r"\bpara un cliente\b",
        r"\btu perfil me ha parecido\b",
    ),
]

LANGUAGE_WORDS = {
    "en": {"the", "and", "you", "your", "we", "to", "for", "with", "thank", "of"},
    "de": {"und", "sie", "ihre", "wir", "für", "die", "der", "mit", "nicht", "ihnen"},
    "fr": {"vous", "votre", "nous", "le", "les", "pour", "et", "des", "une", "avec", "merci"},
    "es": {"tu", "te", "el", "para", "con", "que", "nos", "por", "una", "los", "hola", "del"},
}


@dataclass(frozen=True)
class Classification:
    kind: str
    reason: str
    language: str


def _domain_in(address: str, domains: tuple[str, ...]) -> bool:
    domain = address.rpartition("@")[2].lower()
    return any(domain == known or domain.endswith("." + known) for known in domains)


def is_ats(address: str) -> bool:
    """Written by an applicant tracking system or a test platform for a company."""
    return _domain_in(address, ATS_SENDERS)


def is_job_board(address: str) -> bool:
    return _domain_in(address, JOB_BOARD_SENDERS)


def sentences(subject: str, text: str) -> list[tuple[str, str]]:
    """(where, sentence) pairs: the subject, then each sentence of the body with its hard
    line breaks joined and quoted replies left out."""
    found = [("subject", subject.strip())] if subject.strip() else []
    kept = []
    for line in text.split("\n"):
        if line.lstrip().startswith(">"):
            continue
        if re.match(
            r"^\s*(on .{5,80} wrote|am .{5,80} schrieb|le .{5,80} a écrit|el .{5,80} escribió)",
            line,
            re.IGNORECASE,
        ):
            break
        kept.append(line)
    for paragraph in re.split(r"\n\s*\n", "\n".join(kept)):
        for line_block in _blocks(paragraph):
            for sentence in re.split(r"(?<=[.!?])\s+", line_block):
                if sentence.strip():
                    found.append(("body", " ".join(sentence.split())))
    return found


def _blocks(paragraph: str) -> list[str]:
    """A paragraph's lines joined, except list-like lines ("Termin: ..."), kept apart."""
    lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
    blocks: list[str] = []
    for line in lines:
        if blocks and not re.match(r"^[\w ]{1,20}:\s", line) and not blocks[-1].endswith(":"):
            blocks[-1] += " " + line
        else:
            blocks.append(line)
    return blocks


def language_of(text: str) -> str:
    words = re.findall(r"[^\W\d_]+", text.lower())[:400]
    counts = {
        lang: sum(word in vocabulary for word in words)
        for lang, vocabulary in LANGUAGE_WORDS.items()
    }
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] else ""


def _quote(where: str, sentence: str) -> str:
    shown = sentence if len(sentence) <= 200 else sentence[:197] + "…"
    return reasons.written(reasons.SUBJECT if where == "subject" else reasons.SENTENCE, quote=shown)


def classify(
    *, subject: str, text: str, from_email: str, headers: dict[str, str]
) -> Classification:
    """The kind of a message and the reason, in the user's words."""
    language = language_of(f"{subject}\n{text}")
    if is_job_board(from_email):
        domain = from_email.rpartition("@")[2]
        return Classification(
            K.NOT_PROCESS, reasons.written(reasons.JOB_BOARD, domain=domain), language
        )
    bulk = headers.get("list-unsubscribe") or headers.get("list-id")
    if bulk and not is_ats(from_email):
        name = "List-Unsubscribe" if headers.get("list-unsubscribe") else "List-Id"
        return Classification(
            K.NOT_PROCESS,
            reasons.written(reasons.MAILING_LIST, header=name),
            language,
        )
    found: dict[str, tuple[str, str, str]] = {}
    for where, sentence in sentences(subject, text):
        for rule in RULES:
            if rule.kind in found:
                continue
            if rule.pattern.search(sentence) and not (rule.unless and rule.unless.search(sentence)):
                found[rule.kind] = (where, sentence, rule.language)
    for kind in PRECEDENCE:
        if kind in found:
            where, sentence, rule_language = found[kind]
            # The rule's language is surer than a count of common words in a short email.
            return Classification(kind, _quote(where, sentence), rule_language)
    return Classification(K.UNKNOWN, reasons.NO_SENTENCE, language)


# A rejection that speaks of an interview held: "after an interview" rather than "before".
_AFTER_INTERVIEW = re.compile(
    r"(?i)\b(?:interview(?:ing|ed)? with|for (?:interviewing|your time in the interviews?)|"
    r"taking the time to (?:interview|meet|speak)|in (?:the|our|your) interviews?|"
    r"(?:das|unser|im) (?:gespräch|vorstellungsgespräch)|zeit, die sie in das gespräch|"
    r"(?:notre|votre|l')\s?entretien|(?:las|la|tu|nuestra) entrevistas?)"
)


def rejection_after_interview(text: str) -> bool:
    """The rejection's text speaks of an interview the user had."""
    return _AFTER_INTERVIEW.search(text) is not None
