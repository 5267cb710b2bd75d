"""A template typed in the admin cannot take a worker down or break the drafts made from it.

Parsing is linear, templates are capped in length and in nesting depth where they are saved,
and rendering does not depend on Python's recursion limit, so a template that saved renders.
"""

import contextlib
import signal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from applications.models import Stage
from tests.factories import ApplicationFactory, UserFactory
from withdrawals.models import Scenario, Tone, WithdrawalDraft, WithdrawalTemplate
from withdrawals.rendering import TemplateSyntaxError, parse, render_body
from withdrawals.services import WordingChoices, start_draft

pytestmark = pytest.mark.django_db

ONE_MB = 1_000_000
# Linear work on a megabyte takes about 0.2 s of CPU here; the quadratic scan took 48 s on 64 KB
# and would take hours on a megabyte.
DEADLINE_SECONDS = 1.0


@contextlib.contextmanager
def deadline(seconds: float):
    """Fail the test (instead of hanging it for hours) when the block uses too much CPU.

    CPU time of this process, not the wall clock: other test runs on a busy machine do not
    count against it.
    """

    def expire(signum, frame):
        raise TimeoutError(f"took more than {seconds} s of CPU")

    previous = signal.signal(signal.SIGVTALRM, expire)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


def nested_ifs(depth: int) -> str:
    return "{% if reason %}" * depth + "deep" + "{% endif %}" * depth


HOSTILE_MEGABYTE = [
    pytest.param("{{" * (ONE_MB // 2), id="unclosed-variables"),
    pytest.param("{%" * (ONE_MB // 2), id="unclosed-tags"),
    pytest.param("{{ x" * (ONE_MB // 4), id="unclosed-variables-with-text"),
    pytest.param("{{ company }}" * (ONE_MB // 13), id="valid-placeholders"),
    pytest.param("}}" * (ONE_MB // 2), id="closers"),
    pytest.param("{% if reason %}" * (ONE_MB // 15), id="unclosed-ifs"),
    pytest.param(" " * ONE_MB + "x", id="spaces"),
]


@pytest.mark.parametrize("source", HOSTILE_MEGABYTE)
def test_a_megabyte_of_hostile_template_is_parsed_or_refused_at_once(source):
    with deadline(DEADLINE_SECONDS), contextlib.suppress(TemplateSyntaxError):
        parse(source)


def test_tidying_a_megabyte_of_spaces_without_a_line_break_is_quick():
    with deadline(DEADLINE_SECONDS):
        assert render_body(" " * ONE_MB + "x", {}) == "x"


@pytest.mark.parametrize("field", ["subject_template", "body_template"])
def test_a_megabyte_template_is_refused_at_the_model_quickly(field):
    template = WithdrawalTemplate(
        name="Huge",
        scenario=Scenario.NO_REASON,
        subject_template="Withdrawing",
        body_template="Dear {{ contact_name }},",
    )
    setattr(template, field, "{{" * (ONE_MB // 2))

    with deadline(DEADLINE_SECONDS), pytest.raises(ValidationError) as caught:
        template.full_clean()

    assert field in caught.value.message_dict


def test_a_body_is_capped_at_10000_characters():
    template = WithdrawalTemplate(
        name="Long", scenario=Scenario.NO_REASON, subject_template="Withdrawing"
    )
    template.body_template = "x" * 10_000
    template.full_clean()  # at the limit: accepted

    template.body_template = "x" * 10_001
    with pytest.raises(ValidationError) as caught:
        template.full_clean()
    assert caught.value.message_dict["body_template"] == [
        "Ensure this value has at most 10000 characters (it has 10001)."
    ]


def test_a_subject_is_capped_at_300_characters():
    template = WithdrawalTemplate(
        name="Long", scenario=Scenario.NO_REASON, subject_template="x" * 301, body_template="Hi"
    )

    with pytest.raises(ValidationError) as caught:
        template.full_clean()

    assert "at most 300 characters" in caught.value.message_dict["subject_template"][0]


def test_the_admin_preview_refuses_a_megabyte_template_quickly(admin_client):
    with deadline(2 * DEADLINE_SECONDS):
        response = admin_client.post(
            reverse("admin:withdrawals_withdrawaltemplate_preview"),
            {"subject_template": "Hi", "body_template": "{{" * (ONE_MB // 2)},
        )

    assert response.status_code == 200
    payload = response.json()
    assert payload["ok"] is False
    assert "at most 10000 characters" in payload["error"]


# Nesting -----------------------------------------------------------------------------------------


def test_five_nested_ifs_are_accepted_and_six_refused():
    parse(nested_ifs(5))

    with pytest.raises(TemplateSyntaxError) as caught:
        parse(nested_ifs(6))

    assert str(caught.value) == (
        "{% if %} blocks are nested more than 5 deep: write the sentences one after another."
    )


def test_deeply_nested_ifs_are_refused_at_save():
    template = WithdrawalTemplate(
        name="Deep",
        scenario=Scenario.NO_REASON,
        subject_template="Withdrawing",
        body_template=nested_ifs(350),  # within the 10,000 characters
    )

    with pytest.raises(ValidationError) as caught:
        template.full_clean()

    assert "nested more than 5 deep" in caught.value.message_dict["body_template"][0]


def test_the_admin_preview_says_the_nesting_is_too_deep(admin_client):
    response = admin_client.post(
        reverse("admin:withdrawals_withdrawaltemplate_preview"),
        {"subject_template": "Hi", "body_template": nested_ifs(350)},
    )

    assert response.json() == {
        "ok": False,
        "error": "{% if %} blocks are nested more than 5 deep: "
        "write the sentences one after another.",
    }


def test_rendering_a_deeply_nested_template_saved_before_the_limit_cannot_fail():
    assert render_body(nested_ifs(1000), {"reason": "yes"}) == "deep"
    assert render_body(nested_ifs(100_000), {"reason": ""}) == ""


@pytest.fixture
def deep_template():
    """A template saved before the limits existed (save() does not validate): 26,000 characters
    of 1,000 nested ifs."""
    WithdrawalTemplate.objects.filter(scenario=Scenario.NO_REASON).update(is_active=False)
    return WithdrawalTemplate.objects.create(
        name="Deep",
        scenario=Scenario.NO_REASON,
        tone=Tone.FORMAL,
        subject_template="Withdrawing" + nested_ifs(10),  # a subject holds 300 characters
        body_template="Dear {{ contact_name }}," + nested_ifs(1000) + " {{ reason }}",
    )


def test_a_draft_from_a_deeply_nested_template_keeps_the_users_reason(client, deep_template):
    user = UserFactory(username="deep")
    application = ApplicationFactory(owner=user, stage=Stage.INTERVIEWING)
    client.force_login(user)

    response = client.post(
        reverse("withdrawals:choose", args=[application.pk]),
        {"scenario": Scenario.NO_REASON, "tone": Tone.FORMAL, "reason": "I moved abroad."},
    )

    assert response.status_code == 302
    draft = WithdrawalDraft.objects.get(application=application)
    assert draft.reason == "I moved abroad."
    assert draft.body == "Dear Hiring Team,deep I moved abroad."
    assert draft.subject == "Withdrawingdeep"


def test_the_admin_page_of_a_deeply_nested_template_opens(admin_client, deep_template):
    response = admin_client.get(
        reverse("admin:withdrawals_withdrawaltemplate_change", args=[deep_template.pk])
    )

    assert response.status_code == 200
    # The preview names the first problem: the length, before the nesting.
    assert "The body must have at most 10000 characters (it has 26041)." in (
        response.content.decode()
    )


def test_start_draft_renders_a_deeply_nested_template(deep_template):
    application = ApplicationFactory(stage=Stage.INTERVIEWING)

    draft = start_draft(
        application=application, choices=WordingChoices(Scenario.NO_REASON, reason="Moved.")
    )

    assert draft.body == "Dear Hiring Team,deep Moved."
