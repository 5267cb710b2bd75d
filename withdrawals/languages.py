"""What changes with the language of an email, besides its template: how dates, times and pay
are written, who is greeted when no one is named, the sentence that names the other company,
and what the draft checks look for (thanks, a greeting, a sign-off from the language's list,
blame words, a claim about another offer).

Dates, times and numbers come from the CLDR data Babel ships (month and day names, the
grouping of digits), never from the server's locale. English keeps Bowout's own style
(``Tuesday 3 December``, ``GBP 60,000 per year``), as before.

It imports no model, so that the shipped templates (``withdrawals.defaults``) and their data
migration can use its lists.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal

ENGLISH, GERMAN, FRENCH, SPANISH = "en", "de", "fr", "es"
LANGUAGES = (ENGLISH, GERMAN, FRENCH, SPANISH)
# The CLDR locale each language's dates and numbers are written in.
_LOCALES = {ENGLISH: "en_GB", GERMAN: "de_DE", FRENCH: "fr_FR", SPANISH: "es_ES"}

# French typography: a narrow no-break space before ; ? ! and a no-break space before a colon.
FR_THIN = "\u202f"
FR_SPACE = "\u00a0"


@dataclass(frozen=True)
class Checks:
    """What the draft checks look for in one language."""

    thanks: re.Pattern
    greeting: re.Pattern
    sign_off: re.Pattern
    blame_words: tuple[str, ...]
    claims_accepted: re.Pattern
    claims_another_offer: re.Pattern
    greeting_example: str
    sign_off_example: str

    @property
    def blame(self) -> re.Pattern:
        return re.compile(
            r"\b(" + "|".join(re.escape(word) for word in self.blame_words) + r")\b", re.I
        )


# The sign-offs each language's shipped templates end with, the first per tone. A template
# ends with one of these, then the name on the next line (German puts no comma after it).
SIGN_OFFS = {
    ENGLISH: ("Kind regards", "Warm wishes", "Best regards", "With best wishes"),
    GERMAN: (
        "Mit freundlichen Grüßen",
        "Herzliche Grüße",
        "Viele Grüße",
        "Mit besten Grüßen",
        "Freundliche Grüße",
        "Beste Grüße",
        "Liebe Grüße",
    ),
    FRENCH: (
        "Bien cordialement",
        "Bien à vous",
        "Cordialement",
        "Bien sincèrement",
        "Très cordialement",
        "Belle journée",
    ),
    SPANISH: (
        "Atentamente",
        "Un saludo muy cordial",
        "Un saludo",
        "Un cordial saludo",
        "Saludos cordiales",
        "Saludos",
    ),
}
# The greetings a shipped email opens with (before a name, or alone): none says Mr or Ms.
GREETINGS = {
    ENGLISH: ("Dear", "Hi", "Hello"),
    GERMAN: ("Guten Tag", "Hallo"),
    FRENCH: ("Bonjour",),
    SPANISH: ("Buenos días", "Hola"),
}


def _sign_off_pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(
        r"\b(" + "|".join(re.escape(word) for word in words) + r")\b[^\n]*\n+\s*\S+", re.I
    )


CHECKS = {
    ENGLISH: Checks(
        thanks=re.compile(r"\b(thank|thanks|grateful|gratitude|appreciate|appreciated)\b", re.I),
        greeting=re.compile(r"^\s*(dear|hello|hi|hey|good (morning|afternoon|evening))\b", re.I),
        # Any of the usual closings, not only the shipped ones: the user may write their own.
        sign_off=_sign_off_pattern(
            (
                "regards",
                "sincerely",
                "best wishes",
                "warm wishes",
                "best",
                "thank you",
                "thanks",
                "all the best",
                "cheers",
                "yours",
            )
        ),
        blame_words=(
            "disappointed",
            "disappointing",
            "unprofessional",
            "rude",
            "waste of time",
            "wasted",
            "terrible",
            "awful",
            "disorganised",
            "disorganized",
            "ridiculous",
            "insulting",
            "lowball",
            "frustrating",
            "frustrated",
            "never heard back",
            "ghosted",
            "unacceptable",
            "poorly",
            "incompetent",
        ),
        claims_accepted=re.compile(
            r"\b(I have|I've|I) (now )?accepted (another|an|a|the) (offer|role|position|job)\b",
            re.I,
        ),
        claims_another_offer=re.compile(
            r"\b(another|other|second) (job )?offer\b|\boffer from (another|a different)\b", re.I
        ),
        greeting_example="Dear Priya,",
        sign_off_example="Kind regards",
    ),
    GERMAN: Checks(
        thanks=re.compile(r"\b(be)?dank\w*", re.I),
        greeting=re.compile(
            r"^\s*(guten (tag|morgen|abend)|hallo|liebe|lieber|sehr geehrte\w*|moin|servus|"
            r"grüß gott)\b",
            re.I,
        ),
        sign_off=_sign_off_pattern((*SIGN_OFFS[GERMAN], "Grüße", "Gruß")),
        blame_words=(
            "enttäuscht",
            "enttäuschend",
            "unprofessionell",
            "unhöflich",
            "Zeitverschwendung",
            "verschwendet",
            "schrecklich",
            "furchtbar",
            "chaotisch",
            "unorganisiert",
            "lächerlich",
            "beleidigend",
            "frustrierend",
            "frustriert",
            "nie etwas gehört",
            "inakzeptabel",
            "inkompetent",
            "respektlos",
            "unverschämt",
        ),
        claims_accepted=re.compile(r"\b(stellen)?angebot\w*\s+(\w+\s+){0,3}?angenommen\b", re.I),
        claims_another_offer=re.compile(
            r"\b(anderes|weiteres|zweites)\s+(\w+\s+)?(stellen)?angebot\b|"
            r"\bangebot\s+(eines|von einem)\s+anderen\b",
            re.I,
        ),
        greeting_example="Guten Tag Priya Shah,",
        sign_off_example="Mit freundlichen Grüßen",
    ),
    FRENCH: Checks(
        thanks=re.compile(r"\b(merci\w*|remerci\w*|reconnaissan\w*)\b", re.I),
        greeting=re.compile(r"^\s*(bonjour|bonsoir|madame|monsieur|cher|chère|salut)\b", re.I),
        sign_off=_sign_off_pattern((*SIGN_OFFS[FRENCH], "salutations", "amitiés")),
        blame_words=(
            "déçu",
            "déçue",
            "décevant",
            "décevante",
            "pas professionnel",
            "peu professionnel",
            "impoli",
            "perte de temps",
            "gaspillé",
            "terrible",
            "affreux",
            "désorganisé",
            "ridicule",
            "insultant",
            "frustrant",
            "frustré",
            "inacceptable",
            "incompétent",
            "irrespectueux",
            "aucune nouvelle",
        ),
        claims_accepted=re.compile(
            r"\bj['’]ai (désormais |maintenant )?accepté (une|un|l['’]|le|la)\s*(autre )?"
            r"(offre|poste|proposition|emploi)\b",
            re.I,
        ),
        claims_another_offer=re.compile(
            r"\b(autre|seconde|deuxième) (offre|proposition)\b|\boffre d['’]une autre\b", re.I
        ),
        greeting_example="Bonjour Priya Shah,",
        sign_off_example="Bien cordialement",
    ),
    SPANISH: Checks(
        thanks=re.compile(r"\b(gracias|agradec\w*|agradezc\w*)\b", re.I),
        greeting=re.compile(
            r"^\s*(hola|buen[oa]s (días|tardes|noches)|estimad[oa]s?|querid[oa]s?|"
            r"apreciad[oa]s?)\b",
            re.I,
        ),
        sign_off=_sign_off_pattern((*SIGN_OFFS[SPANISH], "saludo", "un abrazo", "gracias")),
        blame_words=(
            "decepcionado",
            "decepcionada",
            "decepcionante",
            "poco profesional",
            "maleducado",
            "grosero",
            "pérdida de tiempo",
            "terrible",
            "horrible",
            "desorganizado",
            "ridículo",
            "insultante",
            "frustrante",
            "frustrado",
            "inaceptable",
            "incompetente",
            "irrespetuoso",
            "nunca recibí respuesta",
        ),
        claims_accepted=re.compile(
            r"\bhe (ya )?aceptado (otra|una|la|un|el) (oferta|puesto|propuesta|trabajo)\b", re.I
        ),
        claims_another_offer=re.compile(r"\b(otra|segunda) oferta\b|\boferta de otra\b", re.I),
        greeting_example="Hola, Priya:",
        sign_off_example="Atentamente",
    ),
}

# Who "contact_name" is when the process has no main contact (the shipped templates in other
# languages greet no one by name then: "Guten Tag,", "Bonjour,", "Buenos días:").
FALLBACK_CONTACT_NAMES = {
    ENGLISH: "Hiring Team",
    GERMAN: "Recruiting-Team",
    FRENCH: "l’équipe de recrutement",
    SPANISH: "equipo de selección",
}

# The other company, named when the user chooses to: (accepted there, still deciding).
NAMED_COMPANY = {
    ENGLISH: (
        "The role I have accepted is at {company}.",
        "The opportunity I have decided to pursue is with {company}.",
    ),
    GERMAN: (
        "Die Stelle, die ich angenommen habe, ist bei {company}.",
        "Die Möglichkeit, für die ich mich entschieden habe, ist bei {company}.",
    ),
    FRENCH: (
        "Le poste que j’ai accepté est chez {company}.",
        "L’opportunité à laquelle j’ai décidé de donner suite est chez {company}.",
    ),
    SPANISH: (
        "El puesto que he aceptado es en {company}.",
        "La oportunidad por la que he optado es en {company}.",
    ),
}

# How pay is given per period ("GBP 60,000 per year"; "60.000 GBP pro Jahr").
_PERIODS = {
    GERMAN: {"year": "pro Jahr", "month": "pro Monat", "day": "pro Tag", "hour": "pro Stunde"},
    FRENCH: {"year": "par an", "month": "par mois", "day": "par jour", "hour": "de l’heure"},
    SPANISH: {"year": "al año", "month": "al mes", "day": "al día", "hour": "por hora"},
}


def known(language: str | None) -> str:
    """``language`` when Bowout writes in it, else English."""
    return language if language in LANGUAGES else ENGLISH


def long_date(day: date, language: str, *, year: bool = False) -> str:
    """A day as a letter gives it: "Tuesday 3 December", "Dienstag, 3. Dezember",
    "mardi 3 décembre" ("1er" on the first), "martes 3 de diciembre"; with the year if asked."""
    language = known(language)
    if language == ENGLISH:
        text = f"{day:%A} {day.day} {day:%B}"
        return f"{text} {day.year}" if year else text
    locale = _LOCALES[language]
    if language == GERMAN:
        return format_date(day, "EEEE, d. MMMM" + (" y" if year else ""), locale=locale)
    if language == SPANISH:
        return format_date(day, "EEEE d 'de' MMMM" + (" 'de' y" if year else ""), locale=locale)
    weekday, month = (
        format_date(day, "EEEE", locale=locale),
        format_date(day, "MMMM", locale=locale),
    )
    number = "1er" if day.day == 1 else str(day.day)
    return f"{weekday} {number} {month}" + (f" {day.year}" if year else "")


def date_and_time(moment: datetime, language: str) -> str:
    """An interview's local day and time: "Tuesday 3 December at 10:00", "Dienstag,
    3. Dezember, um 10:00 Uhr", "mardi 3 décembre à 10 h", "martes 3 de diciembre a las 10:00"."""
    language = known(language)
    day = long_date(moment.date(), language)
    if language == GERMAN:
        return f"{day}, um {moment:%H:%M} Uhr"
    if language == FRENCH:
        minutes = f" {moment.minute:02d}" if moment.minute else ""
        return f"{day} à {moment.hour} h{minutes}"
    if language == SPANISH:
        article = "a la" if moment.hour in (1, 13) else "a las"
        return f"{day} {article} {moment.hour}:{moment.minute:02d}"
    return f"{day} at {moment:%H:%M}"


def today_text(day: date, language: str) -> str:
    """Today as a date line: "21 November 2026", "21. November 2026", "21 novembre 2026",
    "21 de noviembre de 2026"."""
    language = known(language)
    if language == ENGLISH:
        return f"{day.day} {day:%B %Y}"
    locale = _LOCALES[language]
    if language == GERMAN:
        return format_date(day, "d. MMMM y", locale=locale)
    if language == SPANISH:
        return format_date(day, "d 'de' MMMM 'de' y", locale=locale)
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {format_date(day, 'MMMM y', locale=locale)}"


def pay_text(minor: int | None, currency: str, period: str, language: str, english: str) -> str:
    """Pay as an email gives it: ``english`` as Bowout writes it ("GBP 60,000 per year"), or
    in the language's own digits ("60.000 GBP pro Jahr", "60 000 GBP par an")."""
    language = known(language)
    if minor is None:
        return ""
    if language == ENGLISH:
        return english
    units = Decimal(minor) / 100
    pattern = "#,##0" if units == units.to_integral_value() else "#,##0.00"
    amount = format_decimal(units, format=pattern, locale=_LOCALES[language])
    return f"{amount} {currency} {_PERIODS[language].get(period, '')}".strip()


# The admin preview's sample reason, in each language.
_SAMPLE_REASONS = {
    GERMAN: "Ich möchte vorerst in der Nähe meiner Familie bleiben.",
    FRENCH: "J’ai décidé de rester près de ma famille pour le moment.",
    SPANISH: "He decidido quedarme cerca de mi familia por ahora.",
}


def sample_values(language: str, english: dict[str, str]) -> dict[str, str]:
    """The sample data a template in ``language`` is previewed with: ``english`` (Bowout's
    English samples) with the reason, dates, times and pay as an email in that language
    writes them (the same days as the English samples)."""
    language = known(language)
    if language == ENGLISH:
        return dict(english)
    return {
        **english,
        "reason": _SAMPLE_REASONS[language],
        "interview_date": date_and_time(datetime(2024, 12, 3, 10, 0), language),  # noqa: DTZ001
        "today": today_text(date(2026, 11, 21), language),
        "offer_deadline": long_date(date(2024, 11, 29), language),
        "decide_by": long_date(date(2024, 12, 4), language),
        "offer_pay": pay_text(6_000_000, "GBP", "year", language, ""),
        "start_date": long_date(date(2027, 2, 1), language, year=True),
        "competing_figures": pay_text(7_000_000, "GBP", "year", language, ""),
    }
