"""The safe mini template language: what it renders, and every way out of it that it refuses."""

import re

import pytest
from django.core.exceptions import ValidationError

from withdrawals.models import Scenario, Tone, WithdrawalTemplate
from withdrawals.rendering import (
    PLACEHOLDERS,
    SAMPLE_VALUES,
    TemplateSyntaxError,
    allowed_placeholders_text,
    parse,
    render_body,
    render_subject,
)

pytestmark = pytest.mark.django_db

HOSTILE_TEMPLATES = [
    pytest.param("Dear {{ user.password }}", id="attribute-on-unknown-name"),
    pytest.param("{{ settings.SECRET_KEY }}", id="settings"),
    pytest.param("{{ company.owner }}", id="attribute-on-placeholder"),
    pytest.param("{{ company.owner.password }}", id="attribute-chain"),
    pytest.param("{{ reason|safe }}", id="filter-safe"),
    pytest.param("{{ company|lower }}", id="filter-lower"),
    pytest.param("{% load static %}Hello", id="load"),
    pytest.param('{% include "x" %}', id="include"),
    pytest.param("{% debug %}", id="debug"),
    pytest.param('{% extends "base.html" %}', id="extends"),
    pytest.param("{% for c in company %}{{ c }}{% endfor %}", id="for-loop"),
    pytest.param("{% if company == 'x' %}x{% endif %}", id="if-with-comparison"),
    pytest.param("{{ password }}", id="unknown-name"),
    pytest.param("{{ Company }}", id="unknown-capitalised-name"),
    pytest.param("{% if secret %}x{% endif %}", id="unknown-name-in-if"),
    pytest.param("{% if reason %}Because.", id="unclosed-if"),
    pytest.param("Hello{% endif %}", id="stray-endif"),
    pytest.param("{% else %}", id="stray-else"),
    pytest.param("{% if reason %}a{% else %}b{% else %}c{% endif %}", id="double-else"),
    pytest.param("Dear {{ contact_name }", id="unbalanced-open"),
    pytest.param("Dear contact_name }}", id="unbalanced-close"),
    pytest.param("Dear {% if reason ", id="unterminated-tag"),
]


# Rendering ---------------------------------------------------------------------------------------


def test_placeholders_are_replaced_by_their_values():
    body = render_body(
        "Dear {{ contact_name }}, about {{position}} at {{  company  }}.", SAMPLE_VALUES
    )

    assert body == "Dear Priya Shah, about Senior Data Engineer at Northwind Analytics."


def test_if_keeps_a_sentence_only_when_the_value_is_there():
    source = "I withdraw.{% if reason %} {{ reason }}{% endif %} Thanks."

    assert render_body(source, {"reason": "I moved."}) == "I withdraw. I moved. Thanks."
    assert render_body(source, {"reason": ""}) == "I withdraw. Thanks."
    # Whitespace only counts as empty, so no stray blank sentence appears.
    assert render_body(source, {"reason": "   "}) == "I withdraw. Thanks."


def test_if_not_and_else_choose_the_other_branch():
    source = "{% if not contact_first_name %}Hello{% else %}Hi {{ contact_first_name }}{% endif %},"

    assert render_body(source, {"contact_first_name": "Priya"}) == "Hi Priya,"
    assert render_body(source, {"contact_first_name": ""}) == "Hello,"


def test_nested_ifs_render_the_right_branches():
    source = "{% if reason %}R{% if colleague_name %}C{% else %}c{% endif %}{% else %}r{% endif %}"

    assert render_body(source, {"reason": "x", "colleague_name": "y"}) == "RC"
    assert render_body(source, {"reason": "x"}) == "Rc"
    assert render_body(source, {"colleague_name": "y"}) == "r"


def test_none_and_missing_values_render_empty_never_the_word_none():
    source = "A{{ reason }}B{{ colleague_name }}C{% if interview_date %}D{% endif %}"

    assert render_body(source, {"reason": None, "interview_date": None}) == "ABC"


def test_non_string_values_are_rendered_as_text():
    assert render_body("{{ company }}", {"company": 42}) == "42"


def test_unknown_value_keys_are_ignored():
    assert render_body("{{ company }}", {"company": "Acme", "password": "hunter2"}) == "Acme"


def test_values_are_never_parsed_as_template_code():
    values = {
        "reason": "{{ company }} {% if company %}yes{% endif %} {% debug %}",
        "company": "Acme",
    }

    body = render_body("{{ reason }}", values)

    assert body == "{{ company }} {% if company %}yes{% endif %} {% debug %}"


def test_output_is_plain_text_never_html_escaped():
    values = {"company": "Smith & Sons <script>alert('x')</script>", "reason": 'They said "no".'}

    body = render_body("{{ company }}: {{ reason }}", values)

    assert body == "Smith & Sons <script>alert('x')</script>: They said \"no\"."
    assert "&amp;" not in body
    assert "&lt;" not in body
    assert "&#x27;" not in body
    assert "&quot;" not in body


def test_body_drops_trailing_spaces_and_extra_blank_lines_left_by_a_dropped_sentence():
    source = "Dear {{ contact_name }},\n\n{% if reason %}{{ reason }}{% endif %}   \n\n\n\nBye"

    assert render_body(source, {"contact_name": "Priya"}) == "Dear Priya,\n\nBye"


def test_body_keeps_single_line_breaks():
    assert render_body("Kind regards,\n{{ your_name }}", SAMPLE_VALUES) == (
        "Kind regards,\nAlex Morgan"
    )


@pytest.mark.parametrize(
    ("subject", "values"),
    [
        pytest.param("Withdrawing\r\nBcc: x@example.com", {}, id="in-template"),
        pytest.param(
            "Withdrawing {{ position }}", {"position": "Dev\r\nBcc: x@example.com"}, id="in-value"
        ),
        pytest.param(
            "Withdrawing {{ position }}", {"position": "Dev\nBcc: x@example.com"}, id="lf-in-value"
        ),
        pytest.param(
            "Withdrawing {{ position }}", {"position": "Dev\rBcc: x@example.com"}, id="cr-in-value"
        ),
    ],
)
def test_subject_renders_on_one_line_so_no_header_can_be_injected(subject, values):
    rendered = render_subject(subject, values)

    assert "\r" not in rendered
    assert "\n" not in rendered
    assert rendered.endswith("Bcc: x@example.com")
    assert rendered.startswith("Withdrawing ")
    assert "  " not in rendered


# Refusing hostile or broken templates -------------------------------------------------------------


@pytest.mark.parametrize("source", HOSTILE_TEMPLATES)
def test_parse_refuses_anything_beyond_placeholders_and_if(source):
    with pytest.raises(TemplateSyntaxError):
        parse(source)


@pytest.mark.parametrize("source", HOSTILE_TEMPLATES)
def test_rendering_a_hostile_template_raises_instead_of_leaking(source):
    values = dict(SAMPLE_VALUES)

    with pytest.raises(TemplateSyntaxError):
        render_body(source, values)
    with pytest.raises(TemplateSyntaxError):
        render_subject(source.replace("\n", " "), values)


@pytest.mark.parametrize("source", HOSTILE_TEMPLATES)
def test_model_clean_refuses_a_hostile_body_and_names_the_allowed_placeholders(source):
    template = WithdrawalTemplate(
        name="Hostile",
        scenario=Scenario.NO_REASON,
        tone=Tone.FORMAL,
        subject_template="Withdrawing",
        body_template=source,
    )

    with pytest.raises(ValidationError) as caught:
        template.full_clean()

    assert set(caught.value.message_dict) == {"body_template"}
    message = caught.value.message_dict["body_template"][0]
    # The list of placeholders, once: some parse errors already carry it.
    assert message.count(allowed_placeholders_text()) == 1
    for name in PLACEHOLDERS:
        assert f"{{{{ {name} }}}}" in message


@pytest.mark.parametrize("source", HOSTILE_TEMPLATES)
def test_model_clean_refuses_a_hostile_subject(source):
    template = WithdrawalTemplate(
        name="Hostile",
        scenario=Scenario.NO_REASON,
        subject_template=source,
        body_template="Dear {{ contact_name }},",
    )

    with pytest.raises(ValidationError) as caught:
        template.full_clean()

    assert set(caught.value.message_dict) == {"subject_template"}
    message = caught.value.message_dict["subject_template"][0]
    assert message.count(allowed_placeholders_text()) == 1


def test_model_clean_error_for_an_unclosed_if_says_what_is_wrong_then_lists_placeholders():
    template = WithdrawalTemplate(
        name="Unclosed",
        scenario=Scenario.NO_REASON,
        subject_template="Withdrawing",
        body_template="{% if reason %}Because.",
    )

    with pytest.raises(ValidationError) as caught:
        template.full_clean()

    assert caught.value.message_dict["body_template"] == [
        "{% if reason %} is never closed by {% endif %}. "
        f"Allowed placeholders: {allowed_placeholders_text()}."
    ]


def test_model_clean_refuses_a_subject_on_two_lines():
    template = WithdrawalTemplate(
        name="Injected",
        scenario=Scenario.NO_REASON,
        subject_template="Withdrawing\r\nBcc: x@example.com",
        body_template="Dear {{ contact_name }},",
    )

    with pytest.raises(ValidationError) as caught:
        template.full_clean()

    assert caught.value.message_dict["subject_template"] == ["The subject must be a single line."]


def test_model_clean_accepts_a_well_formed_template():
    template = WithdrawalTemplate(
        name="Fine",
        scenario=Scenario.NO_REASON,
        subject_template="Withdrawing: {{ position }}",
        body_template="Dear {{ contact_name }},{% if reason %} {{ reason }}{% endif %}",
    )

    template.full_clean()  # raises if refused


def test_unknown_placeholder_error_names_it_and_lists_every_allowed_placeholder():
    with pytest.raises(TemplateSyntaxError) as caught:
        parse("Dear {{ recruiter }},")

    message = str(caught.value)
    assert "“recruiter”" in message
    assert message.endswith(f"Allowed placeholders: {allowed_placeholders_text()}.")
    for name in PLACEHOLDERS:
        assert f"{{{{ {name} }}}}" in message


def test_disallowed_tag_error_quotes_the_tag_and_lists_the_allowed_placeholders():
    with pytest.raises(TemplateSyntaxError) as caught:
        parse("{{ settings.SECRET_KEY }}")

    message = str(caught.value)
    assert "“{{ settings.SECRET_KEY }}” is not allowed" in message
    assert allowed_placeholders_text() in message


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{% if reason %}x", "{% if reason %} is never closed by {% endif %}."),
        ("x{% endif %}", "{% endif %} without a matching {% if %}."),
        ("{% if reason %}a{% else %}b{% else %}c{% endif %}", "{% else %} without a matching"),
    ],
)
def test_block_errors_say_what_is_wrong(source, expected):
    with pytest.raises(TemplateSyntaxError, match=re.escape(expected)):
        parse(source)


def test_templates_edited_with_crlf_line_breaks_render_tidily():
    body = "Thanks.{% if reason %} {{ reason }}{% endif %}\r\n\r\n\r\nBye"

    assert render_body(body, {"reason": ""}) == "Thanks.\n\nBye"
