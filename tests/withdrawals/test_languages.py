"""Emails in the employer's language: every shipped template in English, German, French and
Spanish renders cleanly, addresses the reader as the tone's custom asks, greets and signs off
from the language's lists, claims no more than is true, and is checked in its own language."""

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from applications.models import EmailLanguage, Offer, OfferTruth, Stage, email_language_for
from tests.factories import ApplicationFactory, ContactFactory, OfferFactory, UserFactory
from withdrawals import services
from withdrawals.advice import MAX_WORDS, check_draft, word_count
from withdrawals.languages import (
    CHECKS,
    GREETINGS,
    LANGUAGES,
    SIGN_OFFS,
    date_and_time,
    long_date,
    pay_text,
    sample_values,
    today_text,
)
from withdrawals.models import Scenario, Tone, WithdrawalTemplate
from withdrawals.rendering import SAMPLE_VALUES, render_body, render_subject
from withdrawals.services import WordingChoices
from withdrawals.shipped import SHIPPED_TEMPLATES

pytestmark = pytest.mark.django_db

OTHER_LANGUAGES = ["de", "fr", "es"]
TRANSLATED = [t for t in SHIPPED_TEMPLATES if t["language"] != "en"]
ALL_KEYS = [t["key"] for t in SHIPPED_TEMPLATES]
EMAILS = [t for t in SHIPPED_TEMPLATES if t["scenario"] != Scenario.PHONE_SCRIPT]
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


def full_values(language: str) -> dict:
    return sample_values(language, SAMPLE_VALUES)


def empty_values(language: str) -> dict:
    return {
        **full_values(language),
        "contact_name": "",
        "contact_first_name": "",
        "reason": "",
        "interview_date": "",
        "colleague_name": "",
        "agency": "",
        "offer_accepted": "",
        "offer_deadline": "",
        "decide_by": "",
        "offer_pay": "",
        "start_date": "",
        "competing_offer": "",
        "competing_figures": "",
    }


def render(default: dict, values: dict) -> tuple[str, str]:
    return render_subject(default["subject"], values), render_body(default["body"], values)


def assert_reads_cleanly(text: str) -> None:
    for leftover in ("{{", "}}", "{%", "%}", "[", "]", "None"):
        assert leftover not in text, f"leftover {leftover!r} in {text!r}"
    assert "  " not in text, f"double space in {text!r}"
    # A plain space never stands before punctuation (French puts a no-break space there).
    assert not re.search(r" [,.;:!?]", text), f"space before punctuation in {text!r}"
    assert not re.search(r"[ \t]\n", text), f"trailing space in {text!r}"
    assert "\n\n\n" not in text


# Every language, every scenario, every tone -------------------------------------------------


def test_every_scenario_ships_in_every_tone_in_every_language():
    shipped = {(t["scenario"], t["tone"], t["language"]) for t in SHIPPED_TEMPLATES}

    assert LANGUAGES == tuple(EmailLanguage.values) == ("en", "de", "fr", "es")
    assert shipped == {
        (scenario, tone, language)
        for scenario in Scenario.values
        for tone in Tone.values
        for language in LANGUAGES
    }
    for language in LANGUAGES:
        tones = WithdrawalTemplate.objects.tones_for(language)
        assert all(tones[scenario] == Tone.values for scenario in Scenario.values), language


@pytest.mark.parametrize("values", [full_values, empty_values], ids=["full", "empty"])
@pytest.mark.parametrize("default", TRANSLATED, ids=[t["key"] for t in TRANSLATED])
def test_every_translated_template_renders_cleanly_and_under_the_limit(default, values):
    subject, body = render(default, values(default["language"]))

    assert subject and "\n" not in subject
    assert_reads_cleanly(subject)
    assert_reads_cleanly(body)
    assert word_count(body) < MAX_WORDS, f"{word_count(body)} words in {default['key']}"
    for name in ("company", "position", "your_name"):
        if f"{{{{ {name} }}}}" in default["body"]:
            assert values(default["language"])[name] in body


@pytest.mark.parametrize("default", TRANSLATED, ids=[t["key"] for t in TRANSLATED])
def test_every_translated_template_passes_model_validation(default):
    WithdrawalTemplate.objects.get(default_key=default["key"]).full_clean()


@pytest.mark.parametrize("default", TRANSLATED, ids=[t["key"] for t in TRANSLATED])
def test_translated_templates_leave_the_optional_parts_out_when_empty(default):
    _subject, body = render(default, empty_values(default["language"]))
    full = full_values(default["language"])

    for name in ("reason", "interview_date", "colleague_name", "offer_pay", "competing_figures"):
        assert full[name] not in body, f"{name} in {default['key']}"
    _subject, body = render(default, full)
    for name in ("reason", "interview_date", "colleague_name"):
        if f"{{{{ {name} }}}}" in default["body"]:
            assert full[name] in body, f"{name} missing from {default['key']}"


# Formal address in formal, the language's custom in warm and brief --------------------------

FORMAL = {
    "de": re.compile(r"\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b"),
    "fr": re.compile(r"\b(vous|votre|vos)\b", re.I),
    "es": re.compile(r"\b(usted|ustedes|le|les|su|sus)\b", re.I),
}
INFORMAL = {
    "de": re.compile(r"\b(du|dich|dir|dein\w*|euch|euer|eure\w*)\b", re.I),
    "fr": re.compile(r"\b(tu|toi|ton|ta|tes|te)\b|\bt['’]", re.I),
    "es": re.compile(r"\b(tú|tu|tus|te|ti|contigo|os|vosotros|vuestr[oa]s?)\b", re.I),
}
# German and French keep the formal address in every tone; Spanish warm and brief say "tú".
FORMAL_IN_EVERY_TONE = {"de", "fr"}


@pytest.mark.parametrize("default", TRANSLATED, ids=[t["key"] for t in TRANSLATED])
def test_the_formal_address_is_there_and_the_informal_one_never_in_formal(default):
    language = default["language"]
    subject, body = render(default, full_values(language))
    text = f"{subject}\n{body}".replace(full_values(language)["reason"], "")

    if default["tone"] == Tone.FORMAL or language in FORMAL_IN_EVERY_TONE:
        assert FORMAL[language].search(text), default["key"]
        assert not INFORMAL[language].search(text), (default["key"], text)
    else:
        # Spanish warm and brief: "tú" throughout, never mixed with "usted".
        assert not re.search(r"\busted(es)?\b", text, re.I), default["key"]


# Greetings and sign-offs from each language's list, with no gender --------------------------


@pytest.mark.parametrize("values", [full_values, empty_values], ids=["named", "nobody"])
@pytest.mark.parametrize("default", EMAILS, ids=[t["key"] for t in EMAILS])
def test_every_email_greets_and_signs_off_from_its_languages_list(default, values):
    language = default["language"]
    _subject, body = render(default, values(language))
    first, *_rest, sign_off, name = body.splitlines()

    assert first.startswith(GREETINGS[language]), first
    assert not re.search(r"\b(Herr|Frau|Madame|Monsieur|Sr\.|Sra\.|Mr|Ms|Mrs)\b", first)
    assert sign_off.rstrip(",") in SIGN_OFFS[language], sign_off
    assert name == "Alex Morgan"
    if language == "de":
        assert not sign_off.endswith(",")  # German closings take no comma


@pytest.mark.parametrize(
    ("language", "tone", "greeting"),
    [
        ("de", Tone.FORMAL, "Guten Tag Priya Shah,"),
        ("de", Tone.WARM, "Hallo Priya Shah,"),
        ("fr", Tone.FORMAL, "Bonjour Priya Shah,"),
        ("fr", Tone.WARM, "Bonjour Priya,"),
        ("es", Tone.FORMAL, "Buenos días, Priya Shah:"),
        ("es", Tone.BRIEF, "Hola, Priya:"),
    ],
)
def test_greetings_name_the_person_without_a_title(language, tone, greeting):
    default = next(
        t
        for t in SHIPPED_TEMPLATES
        if (t["scenario"], t["tone"], t["language"]) == ("no_reason", tone, language)
    )

    assert render(default, full_values(language))[1].startswith(greeting + "\n")


# Dates, times and pay in the language's format ----------------------------------------------


@pytest.mark.parametrize(
    ("language", "day", "time", "today", "pay"),
    [
        (
            "en",
            "Monday 1 February 2027",
            "Tuesday 3 December at 10:00",
            "21 November 2026",
            "GBP 60,000 per year",
        ),
        (
            "de",
            "Montag, 1. Februar 2027",
            "Dienstag, 3. Dezember, um 10:00 Uhr",
            "21. November 2026",
            "60.000 GBP pro Jahr",
        ),
        (
            "fr",
            "lundi 1er février 2027",
            "mardi 3 décembre à 10 h",
            "21 novembre 2026",
            "60\u202f000 GBP par an",
        ),
        (
            "es",
            "lunes 1 de febrero de 2027",
            "martes 3 de diciembre a las 10:00",
            "21 de noviembre de 2026",
            "60.000 GBP al año",
        ),
    ],
)
def test_dates_times_and_pay_are_written_as_the_language_writes_them(
    language, day, time, today, pay
):
    assert long_date(date(2027, 2, 1), language, year=True) == day
    assert date_and_time(datetime(2024, 12, 3, 10, 0), language) == time  # noqa: DTZ001
    assert today_text(date(2026, 11, 21), language) == today
    assert pay_text(6_000_000, "GBP", "year", language, "GBP 60,000 per year") == pay


def test_times_past_the_hour_and_one_o_clock_read_naturally():
    moment = datetime(2024, 12, 3, 13, 5)  # noqa: DTZ001
    assert date_and_time(moment, "fr") == "mardi 3 décembre à 13 h 05"
    assert date_and_time(moment, "es") == "martes 3 de diciembre a la 13:05"
    assert pay_text(41_250, "EUR", "hour", "de", "") == "412,50 EUR pro Stunde"


# The truth table in each language -------------------------------------------------------------

STATES = {
    "no offer": None,
    "verbal pending": (False, Offer.Decision.PENDING, Stage.OFFER),
    "written pending": (True, Offer.Decision.PENDING, Stage.OFFER),
    "written accepted": (True, Offer.Decision.ACCEPTED, Stage.ACCEPTED),
    "written declined": (True, Offer.Decision.DECLINED, Stage.OFFER_DECLINED),
}
CLAIMS_ACCEPTED = {
    "de": re.compile(r"angenommen|zugesagt", re.I),
    "fr": re.compile(r"\baccepté", re.I),
    "es": re.compile(r"\baceptado", re.I),
}
CLAIMS_AN_OFFER = {
    "de": re.compile(r"angebot", re.I),
    "fr": re.compile(r"\boffres?\b", re.I),
    "es": re.compile(r"\bofertas?\b", re.I),
}


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
@pytest.mark.parametrize("state", STATES)
def test_no_email_in_any_language_claims_more_than_is_true(owner, state, language):
    settings = STATES[state]
    if settings is not None:
        in_writing, decision, stage = settings
        OfferFactory(
            application__owner=owner,
            application__company="Initech",
            application__stage=stage,
            in_writing=in_writing,
            decision=decision,
            decided_on=None if decision == Offer.Decision.PENDING else timezone.localdate(),
        )
    globex = ApplicationFactory(owner=owner, company="Globex", stage=Stage.INTERVIEWING)
    ContactFactory(application=globex, name="Priya Shah", is_main=True)
    available = [
        *services.available_scenarios(globex),
        *services.available_scenarios(globex, leaving=False),
    ]

    for scenario in available:
        for tone in Tone.values:
            for name in (False, True):
                wording = services.render_scenario(
                    globex,
                    WordingChoices(scenario, tone, language=language, name_other_company=name),
                )
                assert wording is not None and wording.template.language == language
                text = f"{wording.subject}\n{wording.body}"
                where = f"{state} / {scenario} / {tone}: {text}"
                if state != "written accepted":
                    assert not CLAIMS_ACCEPTED[language].search(text), where
                if state not in ("written pending", "written accepted"):
                    assert not CLAIMS_AN_OFFER[language].search(text), where
    assert len(available) >= len(Scenario.withdrawing())


# The checks in each language ------------------------------------------------------------------

GOOD = {
    "de": "Guten Tag Priya Shah,\n\nvielen Dank für Ihre Zeit. Ich ziehe meine Bewerbung "
    "zurück.\n\nMit freundlichen Grüßen\nAlex Morgan",
    "fr": "Bonjour Priya Shah,\n\nMerci pour votre temps. Je retire ma candidature.\n\n"
    "Bien cordialement,\nAlex Morgan",
    "es": "Buenos días, Priya Shah:\n\nLe agradezco su tiempo. Retiro mi candidatura.\n\n"
    "Atentamente,\nAlex Morgan",
}
BLAMED = {"de": "enttäuscht", "fr": "déçu", "es": "decepcionado"}
THANKS = {"de": "vielen Dank für Ihre Zeit", "fr": "Merci pour votre temps", "es": "Le agradezco"}


def messages(body: str, language: str) -> list[str]:
    return [a.message for a in check_draft("Subject", body, now=NOW, language=language)]


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_a_good_draft_in_each_language_passes_every_check(language):
    assert messages(GOOD[language], language) == []
    # Read as English, the same text lacks thanks, a greeting and a sign-off.
    assert len(messages(GOOD[language], "en")) == 3


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_the_checks_find_blame_missing_thanks_greeting_and_sign_off_in_each_language(language):
    blamed = GOOD[language].replace("\n\n", f" {BLAMED[language].capitalize()}.\n\n", 1)
    assert f"“{BLAMED[language]}”" in " ".join(messages(blamed, language))

    thankless = GOOD[language].replace(THANKS[language], "Hallo")
    assert any(m.startswith("Thank them") for m in messages(thankless, language))

    lines = GOOD[language].splitlines()
    ungreeted = "\n".join(lines[2:])
    example = CHECKS[language].greeting_example
    assert f"Open with a greeting, such as “{example}”." in messages(ungreeted, language)

    unsigned = "\n".join(lines[:-2])
    sign_off = CHECKS[language].sign_off_example
    assert f"End with a sign-off and your name, such as “{sign_off}”." in messages(
        unsigned, language
    )

    long = GOOD[language] + " " + " ".join(["mot"] * MAX_WORDS)
    assert f"{word_count(long)} words: keep it under {MAX_WORDS}." in " ".join(
        messages(long, language)
    )


@pytest.mark.parametrize(
    ("language", "claim"),
    [
        ("de", "Ich habe ein anderes Stellenangebot angenommen."),
        ("fr", "J’ai accepté une autre offre."),
        ("es", "He aceptado otra oferta."),
    ],
)
def test_a_claim_of_an_accepted_offer_is_flagged_in_each_language(language, claim):
    offers = OfferTruth()  # no offer at all

    advice = check_draft("Subject", claim, now=NOW, language=language, offers=offers)

    assert advice[0].message.startswith("This says you accepted another offer")


# The language of an application and of its emails --------------------------------------------


@pytest.mark.parametrize(
    ("profile", "expected"),
    [(None, "en"), ("", "en"), ("de", "de"), ("fr", "fr"), ("es-ES", "es"), ("nl", "en")],
)
def test_a_new_application_starts_in_the_users_language_when_bowout_writes_in_it(profile, expected):
    user = UserFactory.build()
    if profile is not None:
        user.language = profile  # the profile's language (of Bowout's pages)

    assert email_language_for(user) == expected


def test_a_draft_in_german_uses_german_dates_and_the_phone_script_is_german(owner_client, owner):
    application = ApplicationFactory(
        owner=owner, company="Globex", stage=Stage.INTERVIEWING, language="de"
    )
    ContactFactory(application=application, name="Anna Weber", is_main=True)
    application.interviews.create(scheduled_at=timezone.now() + timedelta(hours=20))

    draft = services.start_draft(
        application=application,
        choices=WordingChoices(Scenario.CANCEL_INTERVIEW, Tone.FORMAL, language="de"),
    )

    assert draft.language == "de"
    assert draft.body.startswith("Guten Tag Anna Weber,\n\nvielen Dank für die Einladung")
    assert " Uhr" in draft.subject
    response = owner_client.get(reverse("withdrawals:draft", args=[application.pk]))
    assert "Ich rufe an, um meine Bewerbung zurückzuziehen." in response.context["phone_script"]
