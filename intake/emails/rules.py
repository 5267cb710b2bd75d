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

# When several kinds are found, the first of these wins. The order says which news outweighs
# which: an offer or a rejection ends the stage the other mails are about; a change to an
# interview (moved, then called off) outweighs the invitation it changes; anything about the
# next step outweighs the boilerplate of an acknowledgement ("Thanks for applying!" opens
# invitations and rejections alike); a recruiter's approach is the weakest signal.
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

# A phrase that is only supposed ("if you are selected for an interview", "falls Sie den
# Termin verschieben möchten", "si vous souhaitez reporter", "sobald wir einen neuen Termin
# anbieten können") or denied ("we will not be inviting you", "wir können Sie leider nicht
# einladen") in its own clause says nothing has happened. The kinds each guard applies to:
# a rejection is often a denial, so only the supposition guards it; an approach is often
# phrased as a supposition, so neither does; nor an alert.
_SUPPOSED = re.compile(
    r"(?i)\b(?:if|unless|in case|in the event|once|as soon as|falls|wenn|sofern|sobald|"
    r"im falle?|au cas où|dans le cas où|en cas de|dès que|en caso de|en cuanto|una vez que)\b"
    r"|\bs(?:i|['’]il)\b|(?:^|[,;:]\s*)(?:should|sollten?)\b"
)
# ("We can't wait to welcome you" denies nothing.)
_DENIED = re.compile(
    r"(?i)\bn['’]|\b(?:not|no longer|never|unable|cannot|\w+n['’]t|nicht|kein\w*|nie|ne|pas|"
    r"jamais|no|nunca)\b(?! wait\b)"
)
# "If you are available for a call on Tuesday" asks; it does not suppose.
_ASKING = re.compile(
    r"(?i)\b(?:available|free|convenient|suits?|works?|alright|okay|ok|fine|passt|passen|recht|"
    r"convient|disponible|conviene|viene bien)\b"
)
_CLAUSE_BREAK = re.compile(r"(?i)[,;:()\u2013\u2014]|\b(?:but|however|aber|jedoch|mais|pero)\b")
SUPPOSITION_GUARDED = set(PRECEDENCE) - {K.NOT_PROCESS, K.RECEIVED, K.OUTREACH}
DENIAL_GUARDED = set(PRECEDENCE) - {K.NOT_PROCESS, K.REJECTION, K.OUTREACH}


def _own_clause(before: str) -> str:
    """The part of ``before`` in the same clause as what follows it."""
    return _CLAUSE_BREAK.split(before)[-1]


def _asks(clause: str) -> bool:
    """A condition that asks ("if you are free on Tuesday"), not one that supposes ("if
    Tuesday does not suit you")."""
    return bool(_ASKING.search(clause)) and not _DENIED.search(clause)


def _supposed(sentence: str, clause: str) -> bool:
    """The phrase ending ``clause`` is only supposed: its own clause has an "if", or the
    sentence opens with a condition ("Sollte Ihnen der Termin nicht passen, verschieben wir
    ihn gern") whose consequence it is."""
    opening = _CLAUSE_BREAK.split(sentence, maxsplit=1)[0]
    if _SUPPOSED.match(opening.strip()) and not _asks(opening):
        return True
    return any(not _asks(clause[found.end() :]) for found in _SUPPOSED.finditer(clause))


@dataclass(frozen=True)
class Rule:
    kind: str
    language: str
    pattern: re.Pattern
    # The same sentence matching this is not the kind after all ("won't be rescheduling").
    unless: re.Pattern | None = None
    # The pattern itself says "not" ("the interview will no longer take place"): only the
    # words before it can deny it.
    negative: bool = False
    # Counts only when the message has no other say on the next step: "votre candidature a
    # été retenue" followed by "nous souhaitons vous rencontrer" is an invitation.
    weak: bool = False

    def matches(self, sentence: str) -> bool:
        found = self.pattern.search(sentence)
        if found is None or (self.unless is not None and self.unless.search(sentence)):
            return False
        before = _own_clause(sentence[: found.start()])
        clause = before + found.group()
        if self.kind in SUPPOSITION_GUARDED and _supposed(sentence, clause):
            return False
        denied = _DENIED.search(before if self.negative else clause)
        return not (self.kind in DENIAL_GUARDED and denied)


def _rules(
    kind: str,
    language: str,
    *patterns: str,
    unless: str = "",
    negative: bool = False,
    weak: bool = False,
) -> list[Rule]:
    flags = re.IGNORECASE
    return [
        Rule(
            kind,
            language,
            re.compile(p, flags),
            re.compile(unless, flags) if unless else None,
            negative,
            weak,
        )
        for p in patterns
    ]


# "Absage des Gesprächstermins", "den Termin am Montag absagen": the appointment is called
# off, not the application (German uses "Absage" for both).
_APPOINTMENT_CALLED_OFF_DE = (
    r"\babsage (?:des|unseres|ihres|deines|eures|für (?:den|das|unser\w*|ihr\w*)) "
    r"[\w-]*(?:termin|gespräch|interview|telefonat|call)\w*"
    r"|\b[\w-]*terminabsage\b"
    r"|\b(?:den|das|unser(?:en)?|ihr(?:en)?|dein(?:en)?|diesen|dieses|morgigen|heutigen|"
    r"geplanten|vereinbarten)\b (?:[\w./-]+ ){0,4}?[\w-]*(?:termin|gespräch|interview|"
    r"telefonat|call)\w*\b(?: (?!ihnen\b|dir\b|euch\b)[\w./,-]+){0,5}? (?:leider )?"
    r"(?:absagen|abgesagt|stornieren|ausfallen lassen)"
)
# A message about moving or calling off an interview, which may say "we regret".
_ABOUT_THE_APPOINTMENT = (
    r"reschedul|postpone|cancel|\bmove (?:the|our|your) (?:interview|call|meeting|chat|screen)|"
    r"new (?:time|date)|verschieb|verleg|"
    r"\btermin|\breport|annul|décal|reprogram|aplaz|pospon"
)

# "To reschedule or cancel, use the link below" is a scheduling tool's footer, not news.
_TOOL_FOOTER = (
    r"^(?:to|need to|want to) (?:reschedule|cancel)|reschedul\w* (?:or|/|and) cancel"
    r"|cancel\w* (?:or|/|and) reschedul"
    r"|(?:use|click|via|through|follow|using) (?:the |this |that )?(?:\w+ )?(?:link|button)"
)

# "Die Besetzung der Stelle wurde verschoben", "le recrutement est reporté", "la contratación
# queda aplazada": the process waits (on hold), no appointment moves. A sentence naming no
# appointment but the process is not a move.
_ABOUT_THE_PROCESS_ONLY = (
    r"^(?!.*(?:termin|gespräch|interview|telefonat|call|kennenlernen|entretien|rendez-vous|"
    r"échange|appel|visio|entrevista|reunión|llamada|cita))(?=.*\b(?:auswahlverfahren|"
    r"auswahlprozess|bewerbungsprozess|stellenbesetzung|besetzung|einstellung|recruiting|"
    r"recrutement|processus|proceso|contratación|selección|vacante)\b)"
)

# "Online Assessment Manager (m/w/d)", "Test Automation Engineer": a job's title, not a test
# the reader is asked to take.
_TEST_IN_A_JOB_TITLE = (
    r"\b(?:test|assessment|challenge|prueba|évaluation)[\w-]*[ -](?:manager|berater|spezialist|"
    r"specialist|koordinator|coordinator|consultant|engineer|ingenieur|analyst|entwickler|"
    r"developer|designer|automation|lead|beauftragt)\w*"
)

RULES: list[Rule] = [
    # --- not about a process: job alerts, newsletters ---------------------------------------
    *_rules(
        K.NOT_PROCESS,
        "en",
        r"\bjob alert\b",
        r"\bnew jobs? (?:for|match|that match)",
        r"\bjobs? (?:you may|you might|that may) (?:be interested|like)",
        r"\b(?:recommended|top) jobs? (?:for you|picks)\b",
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
    # An offer is made to the reader ("offer you", "your offer"): a list of "job offers" is
    # an alert, and "we offer flexible hours" describes the job.
    *_rules(
        K.OFFER,
        "en",
        r"\b(?:pleased|delighted|happy|thrilled|excited|glad|like|love|want) to (?:formally )?"
        r"offer you\b",
        r"\boffer you (?:the|a|this) (?:[\w-]+ ){0,3}(?:position|role|job|post)\b",
        r"\b(?:make|extend) (?:you )?(?:an?|our|the) (?:formal |official |written |verbal |job )?"
        r"(?:employment )?offer\b",
        r"\b(?:offer letter|offer of employment|employment offer|contract of employment)\b",
        r"\byour (?:formal |written )?offer (?:letter|package|details|pack)\b",
        r"\bpreparing (?:the|your) (?:formal |written )?offer\b",
        r"\bwe(?:'d| would) love to have you (?:on|join)",
        r"^(?:your )?(?:job|employment|formal|official) offer\b",
        r"\bwelcome you (?:to|on|aboard)\b[^.]{0,30}\bteam\b",
        # "We'd like to offer you a phone interview" offers a step, not the job.
        unless=r"\b(?:another|other) candidate|\bjobs\b|\boffers\b|\boffer you (?:an? |the )?"
        r"(?:opportunity|chance|interview|phone|video|call|slot|time|spot|place|choice)",
    ),
    *_rules(
        K.OFFER,
        "de",
        r"\b(?:ihnen|dir) (?:die|eine) (?:stelle|position|anstellung) [\w ]{0,80}anbieten",
        r"\b(?:möchten|würden|freuen uns|können)\b[^.]{0,30}\b(?:ihnen|dir)\b[^.]{0,80}"
        r"\b(?:stelle|position|anstellung|job|vertrag|arbeitsvertrag)\b[^.]{0,40}\banbieten",
        r"\b(?:vertragsangebot|arbeitsvertrag|stellenangebot für sie|einstellungszusage|"
        r"jobzusage)\b",
        r"\bein (?:verbindliches |schriftliches )?angebot (?:machen|unterbreiten)",
        r"\b(?:ihnen|dir) (?:ein|unser) (?:\w+ )?angebot\b[^.]{0,60}\b(?:machen|unterbreiten|"
        r"zukommen lassen|senden|schicken)",
        r"\bzusage für (?:die|ihre|deine) (?:stelle|position|bewerbung)\b",
        r"^zusage\b(?! (?:zum|zur|für (?:das|den|unser\w*) (?:gespräch|termin|interview)))",
        r"\b(?:uns|wir) (?:\w+ ){0,3}für (?:sie|dich) entschieden\b",
        r"\b(?:anbei|im anhang)\b[^.]{0,60}\b(?:angebot|vertragsangebot|vertrag)\b",
        # "Ihnen eine Zusage geben", not "Ihre Zusage zum Gesprächstermin" (the reader's yes).
        r"\b(?:ihnen|dir) (?:(?!für\b)\w+ ){0,3}?(?:eine|die|unsere) zusage\b"
        r"(?! (?:zum|zur|für (?:das|den|unser\w*|ihr\w*) (?:\w+ )?"
        r"(?:gespräch|termin|interview|telefonat)))",
        # "..., dass wir Sie einstellen möchten" (the verb last, words between).
        r"\bdass wir (?:sie|dich) (?:\w+ ){0,5}?(?:einstellen|anstellen|an bord holen)\b",
    ),
    *_rules(
        K.OFFER,
        "fr",
        r"\bvous (?:proposer|offrir) (?:le|un|ce) (?:poste|contrat|cdi|cdd)\b",
        r"\b(?:promesse|proposition|offre) (?:d'embauche|de contrat|d'engagement)\b",
        r"\bvous faire une (?:offre|proposition)\b",
        r"\bcontrat de travail\b[^.]{0,40}\b(?:ci-joint|en pièce jointe|joint)",
        r"\bcandidature a été retenue pour (?:le|ce) poste\b",
        # "Nous vous proposons un CDI", "vous propose de rejoindre l'équipe"; "nous vous
        # proposons un entretien" proposes a step, not the job.
        r"\bvous (?:propos|offr)\w* (?:de (?:rejoindre|signer|intégrer)\b|(?:le|un|une|ce|notre) "
        r"(?:\w+ ){0,2}?(?:poste|contrat|cdi|cdd|emploi)\b)",
    ),
    # "Votre candidature au poste de ... a été retenue" (or "est retenue"), unless it is kept
    # "pour un entretien", "pour la suite du processus", or the message invites to a meeting:
    # that is an invitation.
    *_rules(
        K.OFFER,
        "fr",
        r"\bcandidature\b[^.]{0,80}?\b(?:a été|est) retenue\b(?!\s*(?:pour|à|afin|dans) "
        r"(?!(?:le|ce) poste\b))",
        weak=True,
    ),
    *_rules(
        K.OFFER,
        "es",
        r"\bofrecer(?:te|le) (?:el|un|este|ese) (?:puesto|cargo|empleo|trabajo|contrato|"
        r"posición)\b",
        r"\b(?:complace|alegra|encanta|gustaría|gusta)\b[^.]{0,20}\bofrecer(?:te|le)\b",
        r"\bcarta (?:de )?oferta\b",
        r"\b(?:te|le) (?:hacemos llegar|hacemos|enviamos|adjuntamos|presentamos|extendemos) "
        r"(?:una |la |nuestra )?"
        r"(?:oferta|propuesta)\b",
        r"\boferta (?:formal|en firme|de contratación)\b",
        r"\bpropuesta (?:de trabajo|laboral|de contratación|de incorporación)\b",
        r"\bhas sido (?:seleccionad|elegid)[oa] para (?:el|ocupar el) puesto\b",
        # tú and usted, "seleccionado/a"
        r"\b(?:has|ha) sido (?:seleccionad|elegid|escogid)[oa](?:/[oa])? (?:\w+ ){0,2}?para "
        r"(?:ocupar |cubrir )?(?:el|la|este|esta) (?:puesto|posición|vacante|cargo|plaza)\b",
        # "Oferta de empleo" is also what Spanish calls a job advertisement.
        unless=r"\bofertas\b|\bempleos\b|\bentrevista|\bllamada|\breunión",
    ),
    # "Wir möchten Sie sehr gern als Qualitätsingenieurin einstellen", "ob Sie das Angebot
    # annehmen", "we'd love to hire you as", "whether you accept our offer": the job itself,
    # asked of the reader ("the candidate accepted our offer" is someone else's).
    *_rules(
        K.OFFER,
        "en",
        r"\b(?:like|love|want|pleased|delighted|excited|happy|glad) to (?:hire|appoint) you\b",
        r"\bwhether you (?:\w+ ){0,3}?accept (?:the|our|this|your) (?:job |employment )?offer\b",
        unless=r"\b(?:another|other) candidate",
    ),
    *_rules(
        K.OFFER,
        "de",
        # The reader is the one hired ("Ihre Unterlagen im Portal einstellen" uploads them).
        r"\b(?:möchten|würden|wollen|werden) (?:sie|dich) (?:[\w.-]+ ){0,6}?"
        r"(?:als [^.,]{1,60} )?(?:einstellen|anstellen)\b",
        r"\b(?:ob|dass) (?:sie|du) (?:das|unser|dieses) (?:\w+ )?angebot (?:\w+ ){0,3}?"
        r"(?:annehmen|annimmst|anzunehmen)\b",
        unless=r"\b(?:unterlagen|dokumente|lebenslauf|verfahren|prozess|suche|ausschreibung|"
        r"anzeige)\b",
    ),
    *_rules(
        K.OFFER,
        "fr",
        r"\b(?:souhaitons|souhaiterions|aimerions|heureux de|ravis de|plaisir de)\b[^.]{0,40}"
        r"\bvous (?:embaucher|recruter|engager)\b",
    ),
    *_rules(
        K.OFFER,
        "es",
        r"\b(?:queremos|quisiéramos|nos gustaría|nos encantaría|nos complace)\b[^.]{0,30}"
        r"\b(?:contratarte|contratarle|incorporarte|incorporarle)\b",
    ),
    # --- rejection --------------------------------------------------------------------------
    *_rules(
        K.REJECTION,
        "en",
        r"\b(?:decided|chosen|opted|decision) to (?:move|go|proceed|continue) "
        r"(?:forward |ahead )?with (?:other|another|a different)",
        r"\b(?:pursue|pursuing|progress|progressing|continue|continuing) (?:with )?"
        r"(?:other|another|a different) (?:candidate|applicant|person|profile)s?\b",
        r"\b(?:will not|won't|not) be (?:moving|taking|progressing|advancing|proceeding) "
        r"(?:forward|ahead|you|your (?:application|candidacy))",
        r"\bnot (?:be )?(?:moving|progressing|advancing|proceeding) (?:forward )?with "
        r"(?:you|your (?:application|candidacy))",
        r"\bdecided not to (?:proceed|progress|move|pursue|continue|advance|invite)",
        r"\bnot (?:be )?invit\w* you (?:to|for)\b",
        r"\b(?:have|has|had|was|were|are)(?: not|n't)(?: been)? successful\b",
        r"\b(?:unable to|not able to|cannot|can't|won't) (?:progress|advance|proceed with|take "
        r"forward|move forward with) (?:your application|your candidacy|you)\b",
        r"\b(?:were|was|been|is) unsuccessful\b",
        r"\bunfortunately,? (?:we|you) (?:won't|will not|are not|have not|were not)\b",
        r"\bregret to (?:inform|tell|let) you\b",
        r"\bproceed with (?:another|other) candidates?\b",
        r"\bwhose (?:qualifications|experience|profile)s? (?:more closely|better|is closer)",
        r"\bnot (?:been )?(?:selected|shortlisted) (?:for|to)\b",
        r"\b(?:position|role|vacancy|job|opening)\b[^.]{0,40}\bha(?:s|ve) (?:now |already )?"
        r"been filled\b",
        r"\b(?:not|unable to|won't) (?:be able to )?offer you (?:the|a|this) (?:position|role|"
        r"job)\b",
        r"\b(?:go|going|gone|move|moving) in a different direction\b",
        r"\b(?:filled|closed) the (?:position|role|vacancy)\b",
        r"\btak(?:e|ing) (?:your application|your candidacy|you) (?:any )?further\b",
        r"\bnot (?:the right|a (?:good|strong|close))(?:er)? (?:fit|match)\b",
        r"\b(?:offered|gave|give|offer) (?:the (?:role|position|job) )?to (?:another|a different) "
        r"(?:candidate|applicant|person)",
        r"\b(?:decided on|selected|chosen|chose|hired|appointed) (?:another|a different|an "
        r"internal) (?:candidate|applicant|person)",
        # "If you are not selected for this position, ..." says what might happen, not that
        # it has (an ATS's acknowledgement); "we regret we need to move your interview"
        # regrets an appointment.
        unless=r"\bif (?:you are|you're) not\b|" + _ABOUT_THE_APPOINTMENT,
    ),
    *_rules(
        K.REJECTION,
        "de",
        r"\bfür (?:einen|eine|jemand) (?:anderen?|andere)(?: \w+)? (?:bewerber|kandidat|person)?"
        r"\w* entschieden",
        r"\b(?:gegen (?:sie|dich|ihre|deine)|anderweitig)\b[^.]{0,30}\bentschieden",
        r"\bentscheidung\b[^.]{0,30}\bfür (?:jemand|eine[nr]?) (?:anderen?|andere)",
        # "haben uns jedoch für eine Kandidatin entschieden, deren ...", "für einen Bewerber
        # mit mehr Erfahrung entschieden", "eine/n andere/n Bewerber/in": a third person, any
        # gender form; "für Sie entschieden" is an offer.
        r"\bfür (?:eine[nmr]?|jemand(?:en)?)(?:/\w+)? (?:(?:anderen?|andere|"
        r"weitere[nr]?)(?:/\w+)? )?"
        r"(?:\w+ )?(?:bewerber|kandidat|mitbewerber|person|profil)\w*(?:[/:*]\w+)?\b[^.]{0,100}?"
        r"\bentschieden\b",
        r"\b(?:wahl|entscheidung) (?:ist|fiel) (?:\w+ ){0,2}auf (?:eine[nr]?|jemand) (?:\w+ )?"
        r"(?:anderen?|andere|bewerber|kandidat|person)",
        r"\bmit (?:einem |einer )?anderen? (?:bewerber|kandidat|person)\w*\b[^.]{0,30}"
        r"\b(?:fortzufahren|fortfahren|weiterzumachen|weitermachen)\b",
        r"\bkeine positive rückmeldung",
        # Addressed to the reader: "unvollständige Bewerbungen können leider nicht
        # berücksichtigt werden" is an acknowledgement's rule, not a decision.
        r"\b(?:leider|bedauer\w*)\b[^.]{0,120}\b(?:sie|ihre|dich|deine)\b[^.]{0,80}"
        r"\bnicht (?:\w+ ){0,3}berücksichtig\w*",
        r"\b(?:ihre|deine) bewerbung\b[^.]{0,80}\bnicht (?:\w+ ){0,3}berücksichtig\w*",
        r"\bleider\b[^.]{0,30}\babsagen\b",
        # German rejections open so; a move or a called-off appointment is excluded below.
        r"\bleider (?:müssen wir (?:ihnen|dir) )?mitteilen",
        r"\bleider\b[^.]{0,80}\bmitteilen\b[^.]{0,120}\b(?:nicht|kein\w*|absage|anderen?|andere)\b",
        r"\babsage (?:auf|zu) (?:ihre|deine|ihrer|deiner) bewerbung",
        r"\b(?:stelle|position)\b[^.]{0,30}\b(?:wurde|ist) (?:bereits |inzwischen )?"
        r"(?:anderweitig )?besetzt",
        r"\bnicht in die engere (?:aus)?wahl",
        r"\bleider\b[^.]{0,60}\bnicht\b[^.]{0,60}\bein(?:zu)?laden\b",
        r"\babsage (?:erteilen|geben|aussprechen)\b",
        r"\b(?:können|konnten) (?:ihnen|dir) (?:die stelle |die position )?leider (?:\w+ )?"
        r"nicht anbieten",
        r"^absage\b",
        unless=_APPOINTMENT_CALLED_OFF_DE + r"|verschieb|verleg|durchführen|stattfinden",
    ),
    *_rules(
        K.REJECTION,
        "fr",
        r"\b(?:donner|réserver) une suite favorable\b",
        r"\bne (?:pouvons|pourrons|donnerons|donnons|pourrions) pas (?:\w+ ){0,2}suite\b",
        r"\b(?:pas|plus) (?:pu |pouvoir |possible de )?(?:donner|réserver) (?:une )?suite\b",
        r"\bn'(?:a|avez|avons) pas été (?:retenue?|sélectionnée?)s?\b",
        r"\bne (?:l'avons|vous avons|pouvons|pourrons) pas (?:\w+ )?(?:retenue?|retenir)\b",
        r"\b(?:avons le regret|sommes au regret|avons le regret) de vous (?:informer|annoncer)\b",
        r"\bautre candidat(?:e|ure)?\b.{0,40}\b(?:retenu|choisi)",
        r"\b(?:retenu|choisi|privilégié) (?:un|une) (?:autre|candidat|profil)",
        r"\bposte\b[^.]{0,30}\b(?:a été|est (?:déjà )?) pourvu",
        r"\bne (?:pouvons|pourrons|pourrions) pas vous (?:convier|inviter|convoquer|proposer)\b",
        r"\bpoursuivre (?:le processus |le recrutement )?avec (?:un |une |d['’])?autres? "
        r"(?:candidat|profil)",
        # "nous avons choisi de poursuivre avec une personne dont ...": a third person.
        r"\b(?:choisi|décidé|préféré|opté pour le fait)\b[^.]{0,20}\b(?:poursuivre|continuer|"
        r"avancer|aller de l'avant)\b[^.]{0,30}\bavec (?:un|une|d['’]autres?) (?:autre |\w+ )?"
        r"(?:candidat|candidate|candidats|personne|profil|candidature)s?\b",
        r"\b(?:retenu|choisi|sélectionné|privilégié|préféré)e?s? (?:la candidature d['’])?"
        r"(?:un|une) (?:\w+ ){0,2}?(?:candidat|candidate|personne|profil)\b",
        unless=_ABOUT_THE_APPOINTMENT,
    ),
    *_rules(
        K.REJECTION,
        "es",
        r"\b(?:seguir adelante|continuar|seguir|avanzar)\b (?:\w+ ){0,2}con otr[oa]s? "
        r"(?:candidat|perfil|persona)",
        r"\bno (?:podemos |vamos a |podremos |podríamos )?(?:continuar|seguir|avanzar|"
        r"continuaremos|seguiremos|avanzaremos)\b[^.]{0,40}\b(?:tu|su) (?:candidatura|proceso|"
        r"solicitud|postulación|perfil)",
        r"\b(?:lamentablemente|lamentamos),? .{0,60}\bno (?:has sido|ha sido) seleccionad",
        r"\bno (?:has|ha) (?:sido|resultado) (?:seleccionad|elegid|preseleccionad)",
        r"\b(?:tu|su) candidatura no ha (?:sido|resultado) (?:seleccionad|elegid)",
        r"\b(?:puesto|vacante|posición)\b[^.]{0,30}\b(?:ha sido|fue|está) (?:ya )?cubiert[oa]",
        r"\blamentamos (?:informar|comunicar)(?:te|le)\b",
        r"\bno (?:podemos|podremos|vamos a) (?:invitar(?:te|le)|convocar(?:te|le)|"
        r"ofrecer(?:te|le))\b",
        r"\bperfil no (?:se ajusta|encaja|coincide)\b",
        # "hemos decidido continuar con otro/a candidato/a", "nos hemos decantado por otra
        # persona"
        r"\b(?:decidido|optado|elegido|seleccionado|preferido|decantado|apostado)\b[^.]{0,40}?"
        r"\b(?:por |a |con )?otr[oa]s?(?:/[oa]s?)? (?:\w+ )?(?:candidat|perfil|persona|"
        r"profesional)",
        unless=_ABOUT_THE_APPOINTMENT,
    ),
    # "to move forward with candidates whose background more closely matches", "die Stelle mit
    # einer anderen Kandidatin zu besetzen", "pourvoir le poste avec une autre candidate",
    # "cubrir el puesto con otra persona": the role goes to someone else.
    *_rules(
        K.REJECTION,
        "en",
        r"\b(?:move|moving|go|going|proceed|proceeding|continue|continuing) (?:forward |ahead )?"
        r"with (?:(?:other|different|a few|some) )?(?:candidates|applicants|people|profiles) "
        r"whose\b",
        r"\b(?:candidates?|applicants?|people|profiles?|someone) (?:whose|who|that) "
        r"(?:[\w-]+ ){0,4}?"
        r"(?:more closely|most closely|better|more directly) (?:match|fit|align|suit)",
        r"\bfill(?:ed)? (?:the|this) (?:role|position|vacancy|opening) with (?:another|a "
        r"different|an internal|other|someone)",
        unless=_ABOUT_THE_APPOINTMENT,
    ),
    *_rules(
        K.REJECTION,
        "de",
        r"\bmit (?:einem |einer )?(?:anderen?|weiteren?)(?:/\w+)? (?:\w+ )?(?:bewerber|kandidat|"
        r"person|mitbewerber|profil)\w*(?:[/:*]\w+)?\b[^.]{0,40}"
        r"\b(?:zu besetzen|besetzen|besetzt)\b",
        r"\b(?:stelle|position)\b[^.]{0,40}\banderweitig (?:zu )?(?:besetzen|vergeben)\b",
        unless=_APPOINTMENT_CALLED_OFF_DE + r"|verschieb|verleg|durchführen|stattfinden",
    ),
    *_rules(
        K.REJECTION,
        "fr",
        r"\bpourv\w*\b[^.]{0,40}\b(?:avec|par) (?:un|une) (?:autre|candidat|candidate|personne)\b",
        unless=_ABOUT_THE_APPOINTMENT,
    ),
    *_rules(
        K.REJECTION,
        "es",
        r"\b(?:cubrir|cubierto|cubierta|ocupar|ocupado)\b[^.]{0,40}\bcon otr[oa](?:/[oa])? "
        r"(?:\w+ )?(?:candidat|persona|perfil|profesional)",
        unless=_ABOUT_THE_APPOINTMENT,
    ),
    # --- rescheduled ------------------------------------------------------------------------
    *_rules(
        K.RESCHEDULED,
        "en",
        r"\breschedul(?:e|ed|ing)\b",
        r"\b(?:move|moved|moving|push(?:ed)? back|shift|bring forward|rearrange|postpone|"
        r"postponed|change) (?:the |your |our |this |tomorrow's |today's |[\w']+day's )?"
        r"(?:time of (?:the |your |our )?)?(?:[\w-]+ )?(?:interview|call|meeting|chat|screen|"
        r"conversation|appointment)\b",
        r"\bchange of (?:time|date)\b",
        r"\b(?:a |the |your )?new (?:time|date|slot)\b(?: is| will be| would be|:| for "
        r"(?:your|the|our))",
        r"^updated invitation\b",
        r"\b(?:interview|call|meeting|chat|screen|appointment)\b[^.]{0,30}\b(?:has been|have been|"
        r"was|is being) (?:moved|postponed|pushed back|shifted|brought forward)",
        r"\bchanges? to (?:your|the|our) (?:interview|call|meeting) (?:time|date|slot)",
        r"\b(?:interview|call|meeting)\b[^.]{0,30}\b(?:time|date)\b[^.]{0,20}"
        r"\bha(?:s|ve) changed\b",
        r"\b(?:time|date) change\b",
        unless=_TOOL_FOOTER,
    ),
    *_rules(
        K.RESCHEDULED,
        "de",
        r"\b(?:termin)?verschiebung\b",
        r"\bverschieben\b",
        r"\bverschoben\b",
        r"\bauf (?:einen|ein) (?:anderen|späteren|neuen) (?:termin|tag|zeitpunkt|datum)",
        r"\bneue[nr]? termin\b",
        r"\bterminänderung\b",
        r"\b(?:gespräch|termin|interview|telefonat)\w*\b[^.]{0,60}\b(?:verlegen|verlegt)\b",
        r"\b(?:termin|uhrzeit|datum)\w*\b[^.]{0,60}\b(?:geändert|ändert sich|ändern)\b",
        r"\b(?:nach hinten|nach vorne) (?:zu )?schieben\b",
        unless=_ABOUT_THE_PROCESS_ONLY,
    ),
    *_rules(
        K.RESCHEDULED,
        "fr",
        r"\breporter\b",
        r"\breporté(?:e|s|es)?\b",
        r"\breprogrammer\b",
        r"\bdécal(?:er|é|ée|és|ées)\b",
        r"\bnouvel horaire\b",
        r"\bnouvelle (?:date|heure)\b",
        r"\bchangement (?:d'horaire|de date|d'heure)\b",
        r"\bdéplacer (?:notre |votre |l['’]\s?|le )?(?:entretien|rendez-vous|échange|appel)",
        r"\bmodifier (?:l['’]\s?heure|la date|l['’]\s?horaire)\b",
        unless=_ABOUT_THE_PROCESS_ONLY,
    ),
    *_rules(
        K.RESCHEDULED,
        "es",
        r"\breprogram\w+\b",
        r"\bcambio de (?:fecha|hora)\b",
        r"\bcambiar (?:la )?(?:fecha|hora)\b",
        r"\bnueva fecha\b",
        r"\bnuevo horario\b",
        r"\b(?:posponer|aplazar|pospuesta|aplazada)\b",
        r"\b(?:mover|cambiar|trasladar|pasar) (?:la|nuestra|tu|su) (?:entrevista|reunión|llamada|"
        r"cita)\b",
        unless=_ABOUT_THE_PROCESS_ONLY,
    ),
    # --- cancelled --------------------------------------------------------------------------
    *_rules(
        K.CANCELLED,
        "en",
        r"\bcancel(?:l?ed|l?ing)?\b (?:[\w']+ ){0,3}?(?:interview|call|meeting|phone screen|"
        r"screen|chat|conversation|appointment)\b",
        r"\b(?:interview|call|meeting|screen|appointment)\b[^.]{0,30}\b(?:(?:has|have) been "
        r"|is |was )?(?:cancell?ed|called off)\b",
        r"^cancell?ation\b",
        r"^cancell?ed\b",
        unless=_TOOL_FOOTER,
    ),
    *_rules(
        K.CANCELLED,
        "en",
        r"\b(?:interview|call|meeting|screen)\b[^.]{0,30}\b(?:will|can) (?:no longer|not|n't) "
        r"(?:take place|go ahead|happen)\b",
        r"\b(?:interview|call|meeting|screen)\b[^.]{0,30}\bno longer (?:taking place|going ahead|"
        r"happening)\b",
        negative=True,
    ),
    *_rules(
        K.CANCELLED,
        "de",
        _APPOINTMENT_CALLED_OFF_DE,
        r"\b(?:gesprächs|vorstellungs)?termin\w* absagen\b",
        r"\b(?:termin|gespräch|interview|telefonat)\w*\b[^.]{0,40}\b(?:fällt|entfällt)\b"
        r"[^.]{0,20}\baus\b",
        r"\b(?:termin|gespräch|interview|telefonat)\w*\b[^.]{0,40}\b(?:entfallen|ausfallen|"
        r"abgesagt)\b",
    ),
    *_rules(
        K.CANCELLED,
        "de",
        r"\b(?:termin|gespräch|interview|telefonat)\w*\b[^.]{0,40}\bfindet\b[^.]{0,20}\bnicht "
        r"(?:\w+ )?statt\b",
        negative=True,
    ),
    *_rules(
        K.CANCELLED,
        "fr",
        r"\bannul\w*\b (?:[\w']+ ){0,3}?(?:l['’]\s?)?(?:entretien|rendez-vous|échange|appel|"
        r"visio)\b",
        r"\b(?:entretien|rendez-vous)\b[^.]{0,40}\b(?:est annulée?|a été annulée?)",
        r"^annulation\b",
    ),
    *_rules(
        K.CANCELLED,
        "fr",
        r"\b(?:entretien|rendez-vous)\b[^.]{0,40}\b(?:n['’]aura pas lieu|ne pourra pas avoir lieu)",
        negative=True,
    ),
    *_rules(
        K.CANCELLED,
        "es",
        r"\bcancelar (?:la|nuestra|tu|su) (?:entrevista|reunión|llamada|cita)\b",
        r"\b(?:entrevista|reunión|llamada|cita)\b[^.]{0,40}\b(?:(?:ha sido|queda|fue) )?"
        r"cancelad[ao]\b",
        r"^cancelación\b",
    ),
    *_rules(
        K.CANCELLED,
        "es",
        r"\b(?:entrevista|reunión|llamada|cita)\b[^.]{0,40}\bno (?:podrá|va a|se va a) "
        r"(?:realizar|celebrar|tener lugar)",
        negative=True,
    ),
    # --- on hold ----------------------------------------------------------------------------
    *_rules(
        K.ON_HOLD,
        "en",
        r"\b(?:put|placed) on hold\b",
        # "we've had to put the hiring process for the X role on hold"
        r"\b(?:put|placed|putting|placing) (?:the|this|our) (?:[\w-]+ ){1,8}?on hold\b",
        r"\b(?:is|are|remains?|has been) (?:currently |temporarily )?on hold\b",
        r"\bpause(?:d)? (?:hiring|the search|recruitment)\b",
        r"\bhiring (?:freeze|is paused)\b",
        r"\bthe search resumes\b",
        r"\btaking (?:a little |a bit |much |somewhat )?longer than (?:planned|expected|"
        r"anticipated|"
        r"we (?:hoped|expected|planned))",
        r"\b(?:shortlisting|process|recruitment|hiring|decision|search|selection|recruiting)\b"
        r"[^.]{0,40}\b(?:has been|have been|is being|is|was|will be) (?:temporarily |further )?"
        r"(?:postponed|delayed|paused|suspended|frozen)\b",
        r"\b(?:delays?|pause) in (?:the|our) (?:recruitment|hiring|selection|shortlisting|process)",
        r"^notification of delay\b",
        r"\b(?:paus|freez|froze|suspend)\w* (?:the |this |our )?(?:role|position|vacancy|"
        r"recruitment|hiring|process|search)\b",
        r"\b(?:role|position|vacancy|opening|requisition)\b[^.]{0,30}\b(?:has been|is|was|"
        r"have been) (?:temporarily |currently )?(?:paused|frozen|suspended)\b",
    ),
    *_rules(
        K.ON_HOLD,
        "de",
        r"\bverzögert sich\b",
        r"\bnoch (?:um )?etwas geduld\b",
        r"\b(?:vorerst|vorübergehend) (?:pausiert|gestoppt|ausgesetzt)",
        # "wurde vorübergehend ausgesetzt", "bis auf Weiteres auf Eis gelegt" (verb last)
        r"\b(?:vorerst|vorübergehend|derzeit|bis auf weiteres|zunächst)\b[^.]{0,60}"
        r"\b(?:ausgesetzt|pausiert|gestoppt|eingefroren|auf eis gelegt|ruhen)\b",
        r"\b(?:auswahlverfahren|auswahlprozess|bewerbungsprozess|besetzung|stellenbesetzung|"
        r"einstellung|recruiting|prozess)\w*\b[^.]{0,60}\b(?:ausgesetzt|pausiert|gestoppt|"
        r"eingefroren|auf eis gelegt|verzögert|verschoben|länger als geplant|länger als erwartet)",
        r"\b(?:kommt es|es kommt)\b[^.]{0,40}\bzu (?:einer |einigen )?verzögerung",
        r"\bverzögerung\w* (?:im|beim|in der|bei der|des|der) (?:\w+ )?(?:auswahl|bewerbung|"
        r"besetzung|"
        r"prozess|verfahren|recruiting|rückmeldung)",
        r"^verzögerung\b",
        r"\bdauert (?:leider |noch |etwas )*länger als (?:geplant|erwartet|gedacht)",
    ),
    *_rules(
        K.ON_HOLD,
        "fr",
        r"\best suspendue?\b",
        r"\bmise? en (?:pause|attente|suspens|stand-by)\b",
        r"\b(?:mettre|mettons|avons mis) (?:\w+ ){0,3}en (?:pause|attente|suspens|stand-by)\b",
        r"\b(?:recrutement|processus|poste|sélection)\b[^.]{0,40}\b(?:a été |est )?(?:gelée?|"
        r"suspendue?|"
        r"retardée?|reportée?|interrompue?)\b",
        r"\bprend (?:plus de temps que prévu|du retard)\b",
        r"\b(?:gel|suspension) (?:du|de ce|de notre) (?:recrutement|poste|processus)",
    ),
    *_rules(
        K.ON_HOLD,
        "es",
        r"\bse ha (?:paralizado|pausado|suspendido)\b",
        r"\ben pausa\b",
        r"\b(?:congelar|congelad[oa]|congelamos|congelación)\b",
        r"\b(?:pausar|paralizar|suspender|detener) (?:temporalmente )?(?:el|este|la|esta) "
        r"(?:proceso|vacante|puesto|contratación|selección|búsqueda)",
        r"\b(?:proceso|vacante|puesto|contratación|selección)\b[^.]{0,40}\b(?:paralizad|pausad|"
        r"suspendid|detenid|aplazad|pospuest|retrasad)[oa]",
        r"\b(?:está|va a) (?:tardando|llevar|llevando) más (?:tiempo )?de lo (?:previsto|esperado)",
        r"\bretraso en el proceso\b",
    ),
    # "Wir haben das Auswahlverfahren vorübergehend angehalten", "the process is temporarily
    # halted", "provisoirement arrêté", "detenido de momento": the process waits.
    *_rules(
        K.ON_HOLD,
        "en",
        r"\b(?:temporarily|for now|for the time being)\b[^.]{0,40}\b(?:halted|stopped|paused|"
        r"frozen|suspended)\b",
        r"\b(?:halted|stopped) (?:the |our |this )?(?:hiring|recruitment|recruiting|selection|"
        r"search|process)\b",
    ),
    *_rules(
        K.ON_HOLD,
        "de",
        r"\b(?:vorerst|vorübergehend|derzeit|bis auf weiteres|zunächst|einstweilen)\b[^.]{0,60}"
        r"\b(?:angehalten|unterbrochen|zurückgestellt|gestoppt)\b",
        r"\b(?:auswahlverfahren|auswahlprozess|bewerbungsprozess|besetzung|stellenbesetzung|"
        r"recruiting|einstellungsprozess)\w*\b[^.]{0,60}\b(?:angehalten|unterbrochen|"
        r"zurückgestellt)\b",
    ),
    *_rules(
        K.ON_HOLD,
        "fr",
        r"\b(?:temporairement|provisoirement|momentanément|pour le moment)\b[^.]{0,40}"
        r"\b(?:suspendue?|interrompue?|arrêtée?|gelée?|mise? en pause)\b",
    ),
    *_rules(
        K.ON_HOLD,
        "es",
        r"\b(?:temporalmente|de momento|por ahora|provisionalmente)\b[^.]{0,40}"
        r"\b(?:detenid|parad|suspendid|paralizad|congelad)[oa]s?\b",
        r"\b(?:detenid|parad|suspendid|paralizad)[oa]s? (?:temporalmente|de momento|por ahora)\b",
    ),
    # --- assessment -------------------------------------------------------------------------
    *_rules(
        K.ASSESSMENT,
        "en",
        r"\b(?:coding|online|technical|skills?) (?:test|assessment|challenge)\b",
        r"\btake[- ]home (?:exercise|task|assignment|test|challenge)\b",
        r"\b(?:complete|take) (?:the|a|an|our) [\w ]{0,30}(?:assessment|test)\b",
        r"\bcase study\b",
        r"\binvit\w* (?:you )?to (?:complete|take|sit)\b[^.]{0,60}\b(?:test|assessment|challenge|"
        r"exercise|task|assignment)",
        unless=_TEST_IN_A_JOB_TITLE,
    ),
    *_rules(
        K.ASSESSMENT,
        "de",
        r"\bonline-?(?:eignungs)?test\b",
        r"\beignungstest\b",
        r"\bfallstudie\b",
        r"\bprobeaufgabe\b",
        r"\b(?:programmier|coding)-?(?:test|aufgabe)\b",
        # "ein Online-Assessment zu absolvieren", "die Aufgabe bis Freitag zu bearbeiten"
        r"\b(?:ein(?:en|e)?|das|den|die|unser(?:en|e)?|ihr(?:en|e)?)\b (?:[\w-]+ ){0,3}?"
        r"[\w-]*(?:assessment|test|aufgabe|challenge|fallstudie|case study)\b[^.]{0,60}"
        r"\b(?:zu )?(?:absolvieren|bearbeiten|durchzuführen|durchführen|lösen|abzuschließen|"
        r"abschließen|abzulegen|ablegen|auszufüllen|ausfüllen)\b",
        r"\bonline-?assessment\b",
        r"\b(?:assessment|test) (?:starten|beginnen)\b",
        r"\beinladung zu(?:m|r) [\w-]*(?:assessment|test|challenge|aufgabe)",
        unless=_TEST_IN_A_JOB_TITLE,
    ),
    *_rules(
        K.ASSESSMENT,
        "fr",
        r"\bétude de cas\b",
        r"\btest (?:technique|en ligne)\b",
        r"\b(?:test|exercice|évaluation)s? (?:technique|en ligne|pratique|de (?:code|programmation|"
        r"compétences|personnalité|logique|raisonnement))",
        r"\b(?:passer|réaliser|compléter|effectuer|rendre)\b (?:un|une|le|la|notre) "
        r"(?:[\w-]+ ){0,3}?(?:test|évaluation|exercice|challenge|cas pratique|questionnaire)\b",
        r"\b(?:test|exercice|cas pratique|évaluation)\b[^.]{0,40}\bà (?:réaliser|compléter|passer|"
        r"effectuer|rendre)\b",
        unless=_TEST_IN_A_JOB_TITLE,
    ),
    *_rules(
        K.ASSESSMENT,
        "es",
        r"\bprueba (?:técnica|práctica|en línea)\b",
        r"\bcaso práctico\b",
        r"\b(?:prueba|evaluación|ejercicio|reto|test) (?:técnic[ao]|en línea|online|de (?:código|"
        r"programación|habilidades|conocimientos|aptitudes))",
        r"\b(?:realizar|completar|hacer|resolver)\b (?:una|la|el|un|nuestra|nuestro) "
        r"(?:[\w-]+ ){0,3}?(?:prueba|test|evaluación|ejercicio|reto|assessment)\b",
        unless=_TEST_IN_A_JOB_TITLE,
    ),
    # "would like you to complete a short programming task as part of your application": a
    # task named by what it tests, or asked for as part of the application.
    *_rules(
        K.ASSESSMENT,
        "en",
        r"\b(?:complete|solve|do|submit)\b (?:a|an|the|our|this|one|two) (?:(?:short|"
        r"small|brief|quick|little) )?(?:programming|coding|technical|practical|written|design|"
        r"data|sql|analytics?|take-home|home) (?:task|exercise|assignment|challenge)s?\b",
        r"\b(?:task|exercise|assignment|challenge|quiz)\b[^.]{0,40}\bas (?:a )?part of (?:your|"
        r"the|our) (?:application|process|hiring|interview|selection)",
        unless=_TEST_IN_A_JOB_TITLE,
    ),
    *_rules(
        K.ASSESSMENT,
        "de",
        r"\bim rahmen (?:ihrer|deiner|des|unseres) (?:bewerbung|bewerbungsprozesses|"
        r"auswahlverfahrens|auswahlprozesses)\b[^.]{0,80}\b[\w-]*(?:aufgabe|test|übung)\b",
        r"\bbitten (?:sie|dich)\b[^.]{0,80}\b[\w-]*(?:programmier|coding|test|probe|fach)"
        r"[\w-]*(?:aufgabe|übung)\b",
        unless=_TEST_IN_A_JOB_TITLE,
    ),
    *_rules(
        K.ASSESSMENT,
        "fr",
        r"\bdans le cadre de votre candidature\b[^.]{0,80}\b(?:exercice|test|cas pratique|"
        r"devoir|épreuve)\b",
        r"\b(?:petit |court )?(?:exercice|devoir|problème) (?:de programmation|de code|technique|"
        r"pratique)\b",
        unless=_TEST_IN_A_JOB_TITLE,
    ),
    *_rules(
        K.ASSESSMENT,
        "es",
        r"\b(?:realizar|completar|hacer|resolver|entregar)\b (?:una|la|el|un|nuestra|nuestro) "
        r"(?:[\w-]+ ){0,3}?(?:tarea|ejercicio|prueba) (?:de )?(?:programación|código|técnic[ao]|"
        r"práctic[ao])",
        r"\bcomo parte de (?:tu|su) (?:candidatura|solicitud|proceso)\b[^.]{0,80}\b(?:tarea|"
        r"prueba|ejercicio|reto)\b",
        unless=_TEST_IN_A_JOB_TITLE,
    ),
    # --- interview invitation ---------------------------------------------------------------
    # "We'd like to invite you to apply" is marketing; an invitation is to a conversation.
    *_rules(
        K.INVITATION,
        "en",
        r"\binvit\w* (?:you )?(?:to|for) (?:an? |your |the |our )?[\w -]{0,30}?(?:interview|call|"
        r"chat|conversation|meeting|screen|screening|round|onsite|on-site)\b",
        r"\bare you (?:available|free) (?:for|to) (?:a |an )?[\w -]{0,20}interview\b",
        r"\b(?:like|love) to (?:meet|speak|talk|chat) (?:with |to )?you\b",
        r"\byour (?:[\w-]+ ){0,2}interview (?:is|will be|has been) (?:now )?(?:scheduled|confirmed|"
        r"booked|set|tomorrow|today|on (?:mon|tue|wed|thu|fri|sat|sun|\d|the \d))",
        r"\bconfirm\w* (?:your|the) (?:[\w-]+ ){0,2}interview\b",
        r"^next steps?\b[^.]{0,40}\binterview\b",
        r"\binterview invitation\b",
        r"\b(?:schedule|arrange|set up|book|organi[sz]e) (?:your|a|an|the) [\w -]{0,20}"
        r"(?:interview|screen|screening|call|chat|conversation|meeting)\b",
        r"\b(?:schedule|arrange|set up|book|find|pick|choose|select) (?:a )?(?:convenient )?"
        r"(?:time|slot|date)s?\b[^.]{0,40}\b(?:interview|call|chat|conversation|meet|screen)",
        r"\b(?:move|moving) (?:you )?forward (?:to|with) (?:a|an|the) [\w -]{0,30}"
        r"(?:screen|interview|round|stage|call)",
        r"\bnext (?:step|stage)s? (?:is|will be|would be|in the process is) (?:a|an|to) "
        r"[\w -]{0,30}(?:interview|call|chat|conversation|screen|meet)",
        r"\b(?:selected|shortlisted|chosen) (?:you )?for (?:a|an|the) [\w -]{0,20}(?:interview|"
        r"next round|next stage|call)",
        r"\byour availability\b[^.]{0,40}\b(?:interview|call|chat|screen|conversation)",
        r"\boffer you (?:an? |the )?[\w -]{0,20}(?:interview|call|screen)\b",
        r"^invitation:",
        r"^interview\b",
        unless=r"\binvit\w* you to (?:apply|join our talent|a webinar|our event|an event)",
    ),
    *_rules(
        K.INVITATION,
        "de",
        r"\bzu (?:einem|einer|unserem|dem) [\w -]{0,40}(?:gespräch|interview|kennenlernen|"
        r"telefonat|videocall|termin)\w* (?:\w+ )?einladen",
        r"\b(?:gespräch|interview|kennenlernen|telefonat|videointerview)\w*\b[^.]{0,60}"
        r"\bein(?:zu)?laden\b",
        r"\bzeit für ein (?:\w+ )?(?:gespräch|telefonat|interview|kennenlernen)\b",
        r"\b(?:ihr|das|unser) (?:\w+ )?(?:gespräch|interview|telefonat|kennenlernen)\w* findet\b"
        r"[^.]{0,60}\bstatt\b",
        r"\b(?:laden|lade) (?:sie|dich)\b[^.]{0,80}\b(?:gespräch|interview|kennenlernen|"
        r"telefonat|videocall)\w*\b[^.]{0,40}\bein\b",
        r"\beinladung zu(?:m|r)? [\w-]*(?:gespräch|interview|kennenlernen|telefonat)",
        r"\b(?:sie|dich) (?:gerne |gern )?(?:persönlich )?kennenlernen\b",
        r"\btermin\b[^.]{0,60}\b(?:vereinbaren|vorschlagen|abstimmen|buchen)\b",
    ),
    *_rules(
        K.INVITATION,
        "fr",
        r"\bvous (?:inviter|convier|convoquer) (?:à|pour) (?:un|une|l['’]|notre)\s?[\w -]{0,30}"
        r"(?:entretien|échange|rencontre|visio)",
        r"\b(?:invitation|convocation) à (?:un|une|l['’])\s?(?:entretien|échange)\b",
        r"\b(?:souhait\w+|aimerions|aimerait|ravis? de|plaisir de)\b[^.]{0,30}\bvous rencontrer\b",
        r"\b(?:organiser|planifier|fixer|convenir d['’]) ?(?:un|une) (?:entretien|rendez-vous|"
        r"échange|créneau)",
        r"\bvous proposer (?:un|une) (?:\w+ )?(?:entretien|échange|rendez-vous)\b",
        r"\bdisponible pour (?:un|une) (?:\w+ )?(?:entretien|échange|appel)\b",
        r"\bvotre entretien (?:aura lieu|est (?:prévu|fixé|confirmé))\b",
        r"\b(?:aimerions|souhaiterions|souhaitons)\b[^.]{0,20}\béchanger avec vous\b",
        r"^entretien\b",
    ),
    *_rules(
        K.INVITATION,
        "es",
        r"\binvitar(?:te|le)\b[^.]{0,40}\b(?:entrevista|reunión|llamada|videollamada|"
        r"conversación)",
        r"\binvitación a (?:una |la )?entrevista\b",
        r"\b(?:programar|agendar|concertar|coordinar|fijar|organizar)\b[^.]{0,30}\b(?:una |la )?"
        r"(?:entrevista|llamada|videollamada|reunión)",
        r"\bnos gustaría (?:conocerte|conocerle|hablar contigo|hablar con usted)\b",
        r"\bdisponibilidad (?:para|de) (?:una |la )?(?:\w+ )?(?:entrevista|llamada|videollamada|"
        r"reunión)",
        r"\b(?:proponemos|convocamos|citamos)\b[^.]{0,20}\b(?:entrevista|llamada|reunión)",
        r"\b(?:tu|su) entrevista (?:será|tendrá lugar|está (?:programada|confirmada))\b",
        r"\b(?:seleccionad|preseleccionad)[oa] para (?:una|la) (?:entrevista|siguiente fase)",
        r"^entrevista\b",
    ),
    # Softly put: "would like to have you in for a technical conversation", "Would Monday the
    # 16th at 10:00 work?" (a day and an hour proposed), in each language.
    *_rules(
        K.INVITATION,
        "en",
        r"\b(?:like|love|want|glad|happy) to (?:have|bring|get) you (?:in|over|back in|on ?site|"
        r"into (?:the|our) office)\b",
        r"\b(?:mon|tues|wednes|thurs|fri)day\b[^.?]{0,60}\b\d{1,2}(?::\d\d)?\s?(?:am|pm)?\b"
        r"[^.?]{0,60}\b(?:work|suit|be (?:convenient|possible|okay|ok|fine))\b[^.]*\?",
        unless=r"\binvit\w* you to (?:apply|join our talent|a webinar|our event|an event)",
    ),
    *_rules(
        K.INVITATION,
        "de",
        r"\bzu (?:einem|einer) [\w -]{0,40}(?:austausch|gespräch)\w*\b[^.]{0,40}\b(?:zu uns )?"
        r"(?:einladen|begrüßen)\b",
        r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag)\b[^.?]{0,60}\b\d{1,2}(?:[:.]\d\d)?"
        r" ?uhr\b[^.]*\?",
    ),
    *_rules(
        K.INVITATION,
        "fr",
        r"\bvous recevoir\b[^.]{0,40}\b(?:entretien|échange|locaux|bureaux)\b",
        r"\b(?:lundi|mardi|mercredi|jeudi|vendredi)\b[^.?]{0,60}\b\d{1,2} ?h(?:\d\d)?\b[^.]*\?",
    ),
    *_rules(
        K.INVITATION,
        "es",
        r"\b(?:recibirte|recibirle|tenerte|tenerle|verte|verle)\b[^.]{0,40}\b(?:oficinas?|"
        r"entrevista|conversación|charla|reunión)\b",
        r"\b(?:lunes|martes|miércoles|jueves|viernes)\b[^.?]{0,60}\b(?:a las )?\d{1,2}(?::\d\d)?"
        r"\b[^.]*\?",
    ),
    # --- application received ---------------------------------------------------------------
    *_rules(
        K.RECEIVED,
        "en",
        r"\b(?:we )?(?:have |'ve )?(?:successfully )?received your (?:application|cv|resume)\b",
        r"\bthank(?:s| you) for (?:applying|your application|submitting your application)\b",
        r"\bapplication (?:has been )?(?:received|successfully submitted)\b",
        r"\byour application has been (?:successfully )?submitted\b",
        r"\byour (?:application|cv|resume|candidacy)\b[^.]{0,80}?\b(?:(?:has|have|was) (?:now )?"
        r"(?:been )?)?(?:successfully |safely )?(?:received|submitted|reached us|arrived|come "
        r"through)",
        r"\bwe(?: have|'ve)? (?:got )?your application\b",
        r"\b(?:we|our (?:\w+ )?team|the hiring team|our recruiters)(?: will| are| is|'ll|'re)? "
        r"(?:now |currently |carefully |be )*(?:review|reviewing|assess|assessing|looking (?:at|"
        r"over|through)|considering)\b (?:your|all|the) (?:application|profile|cv|resume|"
        r"background|qualifications|candidacy|submission)",
        r"\b(?:application|candidacy) (?:is|has been) (?:now )?(?:under review|being reviewed)\b",
        r"^application (?:confirmation|received|acknowledg(?:e)?ment)\b",
    ),
    *_rules(
        K.RECEIVED,
        "de",
        r"\beingangsbestätigung\b",
        r"\beingang ihrer (?:bewerbung|unterlagen)\b",
        r"\bbestätigung (?:ihrer|deiner) bewerbung\b",
        r"\b(?:ihre|deine) (?:bewerbung|unterlagen|bewerbungsunterlagen)\b[^.]{0,80}?"
        r"\b(?:erhalten|eingegangen|angekommen|eingetroffen)\b",
        r"\bhaben (?:ihre|deine) (?:bewerbung|unterlagen|bewerbungsunterlagen)\b[^.]{0,100}?"
        r"\berhalten\b",
        r"\b(?:be)?dank\w* (?:uns |ihnen |dir |euch )?(?:\w+ ){0,2}für "
        r"(?:ihre|deine|die zusendung ihrer) "
        r"(?:\w+ )?bewerbung\b",
        r"\b(?:prüfen|sichten)\b[^.]{0,40}\b(?:ihre|deine) (?:bewerbung|unterlagen)"
        r"|\b(?:ihre|deine) (?:bewerbung|unterlagen)\b[^.]{0,60}\b(?:prüfen|sichten|geprüft|"
        r"gesichtet)\b",
    ),
    *_rules(
        K.RECEIVED,
        "fr",
        r"\b(?:bonne )?réception de votre (?:candidature|cv|dossier)\b",
        r"\b(?:avons|a) bien reçu votre (?:candidature|cv|dossier)",
        r"\baccusé de réception\b",
        r"\bvotre (?:candidature|dossier)\b[^.]{0,80}?\b(?:a bien été|a été) (?:reçue?|"
        r"enregistrée?|transmise?|prise? en compte)",
        r"\bmerci pour votre candidature\b",
        r"\bconfirmation de (?:votre )?candidature\b",
        r"\bremerci\w* (?:\w+ ){0,2}(?:de|pour) votre candidature\b",
        r"\bvotre (?:candidature|profil|dossier) (?:sera|va être) (?:\w+ )?(?:étudiée?|examinée?|"
        r"analysée?)",
        r"\b(?:étudierons|examinerons|allons étudier|allons examiner)\b[^.]{0,40}\bvotre "
        r"(?:candidature|dossier|profil)",
    ),
    *_rules(
        K.RECEIVED,
        "es",
        r"\bhemos recibido\b[^.]{0,30}?\b(?:tu|su) (?:candidatura|solicitud|cv|currículum|"
        r"postulación)\b",
        r"\b(?:tu|su) (?:candidatura|solicitud|postulación)\b[^.]{0,80}?\b(?:ha sido|fue|se ha) "
        r"(?:recibid|registrad|enviad)[ao]",
        r"\bconfirmación de (?:tu |su )?(?:candidatura|solicitud|postulación)\b",
        r"\bgracias por (?:tu|su) (?:candidatura|solicitud|postulación)\b",
        r"\bgracias por (?:postularte|postular|aplicar|presentar tu candidatura)\b",
        r"\b(?:revisaremos|vamos a revisar|estamos revisando|analizaremos|evaluaremos)\b"
        r"[^.]{0,40}\b(?:tu|su) (?:candidatura|solicitud|perfil|cv)",
        r"\b(?:tu|su) (?:candidatura|solicitud|perfil) (?:será|va a ser|está siendo) "
        r"(?:revisad|evaluad|analizad)",
        r"\bacuse de recibo\b",
    ),
    # A job board's receipt of an application the reader sent through it: "Your application was
    # sent to", "Application submitted", "Ihre Bewerbung wurde erfolgreich versendet", "Te has
    # inscrito correctamente en la oferta", "La empresa ya tiene tu CV".
    *_rules(
        K.RECEIVED,
        "en",
        r"\byour application (?:was|has been) (?:successfully )?sent\b",
        r"^(?:application|your application) (?:was |has been )?(?:submitted|sent)\b",
        r"\b(?:the employer|the company|the recruiter|the hiring team) (?:now )?has your "
        r"(?:application|cv|resume)\b",
    ),
    *_rules(
        K.RECEIVED,
        "de",
        r"\b(?:ihre|deine) bewerbung\b[^.]{0,80}?\b(?:wurde|ist)\b[^.]{0,30}?\b(?:versendet|"
        r"versandt|verschickt|übermittelt|abgeschickt|gesendet|weitergeleitet)\b",
        r"\b(?:erfolgreich|soeben) beworben\b",
        r"^bewerbung (?:erfolgreich )?(?:versendet|verschickt|übermittelt|abgeschickt)\b",
    ),
    *_rules(
        K.RECEIVED,
        "fr",
        r"\bvotre candidature\b[^.]{0,80}?\b(?:a bien été|a été) envoyée\b",
        r"^candidature (?:bien )?(?:envoyée|transmise)\b",
        r"\bvous avez postulé avec succès\b",
    ),
    *_rules(
        K.RECEIVED,
        "es",
        r"\bte has (?:inscrito|postulado) (?:correctamente |con éxito )?(?:en|a) (?:la|una|esta) "
        r"oferta\b",
        r"\b(?:la empresa|el reclutador|el seleccionador)\b(?: [\w-]+){0,3}? ya tiene (?:tu|su) "
        r"(?:cv|currículum|candidatura)\b",
        r"\binscripción (?:realizada|completada) (?:correctamente|con éxito)\b",
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
        r"\byour (?:linkedin )?(?:profile|background|experience|cv) (?:really )?(?:caught|grabbed|"
        r"got) my (?:eye|attention)",
        r"\b(?:i|we) (?:found|noticed|saw|discovered|viewed|came upon) your (?:linkedin |github )?"
        r"profile\b",
        r"\b(?:would|might) you be (?:open|interested) (?:to|in) (?:a|an) (?:\w+ ){0,2}(?:chat|"
        r"conversation|opportunity|role)",
    ),
    *_rules(
        K.OUTREACH,
        "de",
        r"\bauf ihr profil aufmerksam\b",
        r"\bfür einen (?:meiner )?kunden\b",
        r"\bspannende position für sie\b",
        # "bin ich auf Ihr Profil gestoßen" (verb last), "Ihr Profil ist mir aufgefallen"
        r"\b(?:auf|über) (?:ihr|dein) (?:[\w-]+-)?profil\b(?: \w+){0,3}? (?:gestoßen|aufmerksam)",
        r"\b(?:ihr|dein) (?:[\w-]+-)?profil\b[^.]{0,40}\b(?:aufgefallen|beeindruckt|angesprochen)",
        r"\binteresse an einem (?:ersten )?(?:unverbindlichen|vertraulichen|diskreten|kurzen) "
        r"(?:\w+ )?(?:telefonat|austausch|gespräch|kennenlernen)",
        r"\bdirektansprache\b",
        r"\b(?:im auftrag|für) (?:eines|einen|unseres|unseren) (?:\w+ ){0,2}(?:kunden|mandanten)\b",
        r"\b(?:offen|bereit) für (?:eine )?(?:neue )?(?:berufliche )?(?:herausforderung|"
        r"veränderung)",
    ),
    *_rules(
        K.OUTREACH,
        "fr",
        r"\bvotre profil a retenu mon attention\b",
        r"\bpour (?:l'un de mes|un de mes|mon) client",
        r"\bseriez-vous ouverte? à\b",
        r"\bj['’]ai (?:découvert|vu|consulté|remarqué|trouvé|repéré) votre profil\b",
        r"\bvotre profil (?:a (?:retenu|attiré) (?:mon|notre) attention|m['’]a (?:interpellée?|"
        r"intéressée?|marquée?))",
        r"\b(?:seriez-vous|êtes-vous) (?:intéressée?|disponible|partante?) (?:à|pour|par) "
        r"(?:une|un|de) (?:\w+ ){0,2}(?:opportunité|échange|discussion|appel|poste)",
        r"\b(?:approche directe|chasseur de têtes)\b",
    ),
    *_rules(
        K.OUTREACH,
        "es",
        r"\bhe visto tu perfil\b",
        r"\bpara un cliente\b",
        r"\btu perfil me ha parecido\b",
        r"\bhe (?:visto|encontrado|revisado|descubierto|leído) (?:tu|su) perfil\b",
        r"\b(?:tu|su) perfil (?:me ha (?:llamado la atención|interesado)|ha llamado (?:mi|nuestra) "
        r"atención)",
        r"\bbúsqueda de (?:su|un|una) (?:próxim[oa]|nuev[oa])\b",
        r"\b(?:conversación|charla|llamada) confidencial\b",
        r"\b(?:tendrías|tendría|tienes|tiene) (?:un rato|unos minutos|tiempo)\b[^.?]{0,60}"
        r"\b(?:conversación|charla|llamada|hablar)",
        r"\b(?:cazatalentos|headhunter)\b",
    ),
    # "I'm working with a Series B payments company that is hiring a Lead Engineer", "We're
    # growing the team and I'd like to tell you more", "Im Rahmen eines exklusiven
    # Suchmandats", "Interesse an einem unverbindlichen und vertraulichen Austausch?".
    *_rules(
        K.OUTREACH,
        "en",
        r"\b(?:i'm|i am|we're|we are) (?:currently )?(?:working|partnering|partnered) with (?:a|an)"
        r"\b[^.]{0,80}\b(?:company|start-?up|scale-?up|business|firm|client|fintech|team)\b",
        r"\b(?:company|start-?up|scale-?up|client|fintech)\b[^.]{0,60}\b(?:is|are) (?:currently )?"
        r"(?:hiring|looking for|recruiting|searching for) (?:a|an)\b",
        r"\b(?:we're|we are) (?:growing|expanding|scaling|building out) (?:the|our) "
        r"(?:\w+ )?team\b",
        r"\b(?:like|love) to tell you (?:a bit |a little )?more about (?:what we're|the role|"
        r"the team|us|our)\b",
        r"\bwould you be (?:up for|keen on|game for) (?:a|an) (?:[\w-]+ ){0,3}?(?:chat|call|"
        r"conversation|coffee)\b",
        r"\b(?:have|spare) (?:\d+|ten|fifteen|twenty|thirty|a few) (?:minutes|mins)\b[^?]{0,40}"
        r"\b(?:quick|short|brief) (?:call|chat)\b",
    ),
    *_rules(
        K.OUTREACH,
        "de",
        r"\b(?:exklusiv\w* |vertraulich\w* )?suchmandat\w*\b",
        r"\binteresse an einem (?:(?:unverbindlich|vertraulich|diskret|kurz|erst|informell)\w* "
        r"(?:und )?){1,3}(?:\w+ )?(?:telefonat|austausch|gespräch|kennenlernen|call)",
        r"\bbin ich für (?:ein|einen|eine) (?:[\w-]+ ){0,4}?(?:unternehmen|kunden|konzern|"
        r"mittelständler|firma|start-?up)\b[^.]{0,80}\btätig\b",
        r"\b(?:wir )?(?:bauen|vergrößern|erweitern) (?:unser|das) (?:\w+ )?team\b",
    ),
    *_rules(
        K.OUTREACH,
        "fr",
        r"\bmandat (?:de recherche )?(?:exclusif|confidentiel)|\brecherche (?:confidentielle|"
        r"exclusive)\b",
        r"\bje (?:travaille|collabore) (?:actuellement )?avec (?:une|un) (?:[\w-]+ ){0,4}?"
        r"(?:entreprise|société|start-?up|scale-?up|client|groupe|éditeur)\b",
        r"\b(?:agrandissons|renforçons|développons) (?:notre |l['’])\s?équipe\b",
    ),
    *_rules(
        K.OUTREACH,
        "es",
        r"\bbúsqueda (?:exclusiva|confidencial)\b",
        r"\b(?:estoy|estamos) (?:trabajando|colaborando) con (?:una|un) (?:[\w-]+ ){0,4}?"
        r"(?:empresa|compañía|cliente|startup|start-up|grupo)\b",
        r"\b(?:estamos|seguimos) (?:ampliando|creciendo|haciendo crecer) (?:el|nuestro) equipo\b",
    ),
]

# An attached calendar invitation says itself what it is (RFC 5546): METHOD:REQUEST asks the
# reader to a meeting, METHOD:CANCEL (or an event STATUS:CANCELLED) calls it off. The text
# still outweighs it by PRECEDENCE: a request whose text moves the interview is a move.
_ICS_FOLD = re.compile(r"\r?\n[ \t]")
_ICS_METHOD = re.compile(r"(?im)^METHOD:\s*([A-Z-]+)\s*$")
_ICS_STATUS_CANCELLED = re.compile(r"(?im)^STATUS:\s*CANCELLED\s*$")
_ICS_SUMMARY = re.compile(r"(?im)^SUMMARY(?:;[^:\r\n]*)?:(.*?)\s*$")


def invitation_kind(ics: str) -> tuple[str, str] | None:
    """The kind an attached .ics states and the reason naming its header, or None."""
    if not ics.strip():
        return None
    unfolded = _ICS_FOLD.sub("", ics)
    method = _ICS_METHOD.search(unfolded)
    found = _ICS_SUMMARY.search(unfolded)
    summary = found[1].strip()[:120] if found else ""
    named = {"summary": summary} if summary else {}
    if (method and method[1].upper() == "CANCEL") or _ICS_STATUS_CANCELLED.search(unfolded):
        header = "METHOD:CANCEL" if method and method[1].upper() == "CANCEL" else "STATUS:CANCELLED"
        frame = reasons.INVITATION_CALLED_OFF if summary else reasons.INVITATION_CALLED_OFF_UNTITLED
        return K.CANCELLED, reasons.written(frame, header=header, **named)
    if method and method[1].upper() == "REQUEST":
        frame = reasons.INVITATION_ASKED if summary else reasons.INVITATION_ASKED_UNTITLED
        return K.INVITATION, reasons.written(frame, header="METHOD:REQUEST", **named)
    return None


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


# "Re:", "Fwd:", German "AW:"/"WG:", French "TR:", Spanish "RV:": a subject's own words follow.
_REPLY_PREFIX = re.compile(r"(?i)^(?:(?:re|fwd?|aw|wg|tr|rv)\s*(?:\[\d+\])?\s*:\s*)+")


def sentences(subject: str, text: str) -> list[tuple[str, str]]:
    """(where, sentence) pairs: the subject, then each sentence of the body with its hard
    line breaks joined and quoted replies left out."""
    subject = _REPLY_PREFIX.sub("", subject.strip())
    found = [("subject", subject)] if subject else []
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


_INTERVIEW_WORD = re.compile(
    r"(?i)interview|gespräch|entretien|entrevista|\bscreen|kennenlernen|convocation|\bonsite"
)
# What an email is about is said near its top; past this, a long text is lists, footers and
# quoted mail, and reading it all with every rule would cost seconds on a 100 KB paste.
READ_CHARACTERS = 20_000
# Mail clients write a typographic apostrophe (U+2019) in "we'd"; the patterns use "'".
_PLAIN = str.maketrans({"\u2019": "'", "\u2018": "'"})


def classify(
    *,
    subject: str,
    text: str,
    from_email: str,
    headers: dict[str, str],
    invitation_ics: str = "",
) -> Classification:
    """The kind of a message and the reason, in the user's words: the sentence (or header)
    that triggered the rule, of the kind first in ``PRECEDENCE`` among those found."""
    language = language_of(f"{subject}\n{text}")
    bulk = headers.get("list-unsubscribe") or headers.get("list-id")
    if is_job_board(from_email):
        # A job board also confirms an application sent through it ("Your application was
        # sent to", "Te has inscrito correctamente en la oferta"): a receipt written to the
        # reader alone, no mailing list, and no alert's sentence, is received. Everything
        # else it sends (alerts, newsletters, "jobs you may like") is about jobs in general.
        if not bulk:
            found = _found_kinds(subject, text, language)
            if K.RECEIVED in found and K.NOT_PROCESS not in found:
                reason, rule_language = found[K.RECEIVED]
                return Classification(K.RECEIVED, reason, rule_language)
        domain = from_email.rpartition("@")[2]
        return Classification(
            K.NOT_PROCESS, reasons.written(reasons.JOB_BOARD, domain=domain), language
        )
    if bulk and not is_ats(from_email):
        name = "List-Unsubscribe" if headers.get("list-unsubscribe") else "List-Id"
        return Classification(
            K.NOT_PROCESS,
            reasons.written(reasons.MAILING_LIST, header=name),
            language,
        )
    found = _found_kinds(subject, text, language)
    stated = invitation_kind(invitation_ics)
    if stated is not None and stated[0] not in found:
        found[stated[0]] = (stated[1], language)
    for kind in PRECEDENCE:
        if kind in found:
            # The rule's language is surer than a count of common words in a short email.
            reason, rule_language = found[kind]
            return Classification(kind, reason, rule_language)
    return Classification(K.UNKNOWN, reasons.NO_SENTENCE, language)


def _found_kinds(subject: str, text: str, language: str) -> dict[str, tuple[str, str]]:
    """Each kind a sentence of the message points to -> (the reason quoting the first such
    sentence, the language of the rule)."""
    # kind -> (reason, language of the rule)
    found: dict[str, tuple[str, str]] = {}
    weakly: dict[str, tuple[str, str]] = {}
    for where, sentence in sentences(subject, text[:READ_CHARACTERS]):
        plain = sentence.translate(_PLAIN)
        # A German sentence may use an English term ("eine Coding Challenge zu bearbeiten"):
        # a rule of the message's own language on the same sentence names the language.
        found_here: set[str] = set()
        for rule in RULES:
            loanword = rule.kind in found_here and rule.language == language != found[rule.kind][1]
            if rule.weak:
                if rule.kind not in weakly and rule.matches(plain):
                    weakly[rule.kind] = (_quote(where, sentence), rule.language)
            elif (rule.kind not in found or loanword) and rule.matches(plain):
                found[rule.kind] = (_quote(where, sentence), rule.language)
                found_here.add(rule.kind)
    if K.INVITATION not in found:
        found = weakly | found
    # A recruiter's approach asks for "a quick call": only an interview beats it.
    if (
        K.OUTREACH in found
        and K.INVITATION in found
        and not _INTERVIEW_WORD.search(found[K.INVITATION][0])
    ):
        del found[K.INVITATION]
    return found


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
