"""Every shipped template renders cleanly, with all values and with every optional value empty."""

import re
from datetime import UTC, datetime

import pytest

from applications.models import Stage
from tests.factories import ApplicationFactory, UserFactory
from withdrawals.advice import MAX_WORDS, check_draft, word_count
from withdrawals.defaults import DEFAULT_TEMPLATES
from withdrawals.models import Scenario, Tone, WithdrawalTemplate
from withdrawals.rendering import SAMPLE_VALUES, render_body, render_subject
from withdrawals.services import (
    FALLBACK_CONTACT_NAME,
    Grounds,
    WordingChoices,
    placeholder_values,
    render_scenario,
)
from withdrawals.shipped import DEFAULTS_BY_KEY, SHIPPED_TEMPLATES

pytestmark = pytest.mark.django_db

KEYS = [default["key"] for default in DEFAULT_TEMPLATES]
EMAIL_KEYS = [key for key in KEYS if not key.startswith(Scenario.PHONE_SCRIPT)]

FULL_VALUES = dict(SAMPLE_VALUES)
EMPTY_VALUES = {
    **SAMPLE_VALUES,
    "contact_name": FALLBACK_CONTACT_NAME,
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
VALUE_SETS = [
    pytest.param(FULL_VALUES, id="full"),
    pytest.param(EMPTY_VALUES, id="optional-empty"),
]


def stored(key: str) -> WithdrawalTemplate:
    return WithdrawalTemplate.objects.get(default_key=key)


def rendered(key: str, values: dict) -> tuple[str, str]:
    template = stored(key)
    return (
        render_subject(template.subject_template, values),
        render_body(template.body_template, values),
    )


def assert_reads_cleanly(text: str) -> None:
    for leftover in ("{{", "}}", "{%", "%}", "{#"):
        assert leftover not in text, f"leftover {leftover!r} in {text!r}"
    assert "None" not in text
    assert "[" not in text
    assert "]" not in text
    assert "  " not in text, f"double space in {text!r}"
    assert not re.search(r" [,.;:!?]", text), f"space before punctuation in {text!r}"
    assert not re.search(r"[ \t]\n", text), f"trailing space in {text!r}"
    assert "\n\n\n" not in text


def test_the_data_migration_stores_every_shipped_template_as_shipped():
    assert sorted(
        WithdrawalTemplate.objects.filter(default_key__isnull=False).values_list(
            "default_key", flat=True
        ),
        key=str,  # never None here, but the column is nullable
    ) == sorted(DEFAULTS_BY_KEY)
    assert len(KEYS) == 63  # every scenario in a formal, a warm and a brief tone, in English
    assert len(SHIPPED_TEMPLATES) == 4 * 63  # and in German, French and Spanish
    for default in SHIPPED_TEMPLATES:
        template = stored(default["key"])
        assert template.subject_template == default["subject"]
        assert template.body_template == default["body"]
        assert (template.scenario, template.tone, template.language) == (
            default["scenario"],
            default["tone"],
            default["language"],
        )
        assert template.is_active


@pytest.mark.parametrize("tone", Tone.values)
@pytest.mark.parametrize("scenario", Scenario.values)
def test_every_scenario_ships_in_every_tone(scenario, tone):
    template = WithdrawalTemplate.objects.best_for(scenario, tone)

    assert template is not None
    assert template.tone == tone
    assert template.default_key == f"{scenario}-{tone}"


@pytest.mark.parametrize("scenario", Scenario.values)
def test_the_three_tones_really_differ(scenario):
    bodies = {
        tone: render_body(
            WithdrawalTemplate.objects.best_for(scenario, tone).body_template, FULL_VALUES
        )
        for tone in Tone.values
    }

    assert len(set(bodies.values())) == 3
    # Formal greets by full name; warm and brief by first name.
    if scenario != Scenario.PHONE_SCRIPT:
        assert bodies[Tone.FORMAL].startswith("Dear Priya Shah,")
        assert bodies[Tone.WARM].startswith("Hi Priya,")
        assert bodies[Tone.BRIEF].startswith("Hello Priya,")
    assert word_count(bodies[Tone.BRIEF]) < word_count(bodies[Tone.FORMAL])


@pytest.mark.parametrize("key", KEYS)
def test_an_agency_process_thanks_the_agency_and_asks_to_pass_it_on(key):
    _, body = rendered(key, {**FULL_VALUES, "agency": "Talentbridge"})
    _, without = rendered(key, {**FULL_VALUES, "agency": ""})

    passes_on = re.compile(r"pass(ing)? (my thanks|this) on")
    assert passes_on.search(body)
    assert not passes_on.search(without)


def test_no_template_presumes_the_readers_understanding():
    # The review found a follow-up thanking them "for your understanding of my decision".
    for default in DEFAULT_TEMPLATES:
        assert "understanding of my decision" not in default["body"]
        assert default["body"].count("consider") <= 2, default["key"]


@pytest.mark.parametrize("key", KEYS)
def test_shipped_template_passes_model_validation(key):
    stored(key).full_clean()  # raises ValidationError if refused


@pytest.mark.parametrize("values", VALUE_SETS)
@pytest.mark.parametrize("key", KEYS)
def test_shipped_template_renders_cleanly(key, values):
    subject, body = rendered(key, values)

    assert subject
    assert "\n" not in subject
    assert "\r" not in subject
    assert subject == subject.strip()
    assert_reads_cleanly(subject)
    assert body
    assert_reads_cleanly(body)
    assert word_count(body) < MAX_WORDS
    # The values asked for really appear: company, position and the signature.
    template = stored(key)
    for name in ("company", "position", "your_name"):
        if f"{{{{ {name} }}}}" in template.body_template:
            assert values[name] in body


@pytest.mark.parametrize("key", KEYS)
def test_shipped_template_with_optional_values_empty_greets_the_hiring_team(key):
    template = stored(key)

    _, body = rendered(key, EMPTY_VALUES)

    if "{{ contact_name }}" in template.body_template:
        assert "Dear Hiring Team," in body
    for sample in ("Priya", "Jamie Lee", "Tuesday 3 December", SAMPLE_VALUES["reason"]):
        assert sample not in body


@pytest.mark.parametrize("key", KEYS)
def test_shipped_template_with_full_values_uses_the_optional_ones_it_names(key):
    template = stored(key)

    _, body = rendered(key, FULL_VALUES)

    for name in ("reason", "interview_date", "colleague_name", "contact_first_name"):
        if f"{{{{ {name} }}}}" in template.body_template:
            assert FULL_VALUES[name] in body, f"{name} missing from {key}"


@pytest.mark.parametrize("values", VALUE_SETS)
@pytest.mark.parametrize("key", EMAIL_KEYS)
def test_shipped_email_passes_the_drafts_own_checks(key, values):
    subject, body = rendered(key, values)

    advice = check_draft(subject, body, now=datetime(2026, 11, 21, 9, 0, tzinfo=UTC))

    messages = [item.message for item in advice]
    assert not [m for m in messages if m.startswith("Fill in or remove")]
    assert not [m for m in messages if m.startswith("Thank them")]
    assert not [m for m in messages if m.startswith("Leave out blame")]
    # And it reads well altogether: a greeting, a sign-off, under the word limit.
    assert advice == []


@pytest.mark.parametrize("key", KEYS)
def test_shipped_template_renders_from_a_real_application_without_a_contact(key):
    owner = UserFactory(full_name="Alex Morgan")
    application = ApplicationFactory(
        owner=owner, company="Acme & Co", position="Data Engineer", stage=Stage.INTERVIEWING
    )
    grounds = Grounds(application, now=datetime(2026, 11, 21, 9, 0, tzinfo=UTC))
    values = placeholder_values(application, grounds=grounds)

    wording = render_scenario(
        application, WordingChoices(stored(key).scenario, stored(key).tone), grounds=grounds
    )
    assert wording is not None
    assert wording.template == stored(key)
    subject, body = wording.subject, wording.body

    assert values["contact_name"] == "Hiring Team"
    assert values["contact_first_name"] == values["reason"] == values["interview_date"] == ""
    assert_reads_cleanly(subject)
    assert_reads_cleanly(body)
    assert "Alex Morgan" in body
    if "{{ company }}" in stored(key).body_template:
        assert "Acme & Co" in body
