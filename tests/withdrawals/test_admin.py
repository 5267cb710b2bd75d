"""Staff edit the stored templates in the admin: validation, live preview and reset to default."""

import html

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.urls import reverse

from tests.factories import UserFactory
from withdrawals.defaults import DEFAULT_TEMPLATES
from withdrawals.models import Scenario, Tone, WithdrawalTemplate
from withdrawals.rendering import PLACEHOLDERS, SAMPLE_VALUES

pytestmark = pytest.mark.django_db

PREVIEW_URL = "admin:withdrawals_withdrawaltemplate_preview"
DEFAULTS = {default["key"]: default for default in DEFAULT_TEMPLATES}


@pytest.fixture
def staff(db):
    return UserFactory(username="admin", is_staff=True, is_superuser=True)


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


@pytest.fixture
def shipped():
    return WithdrawalTemplate.objects.get(default_key="accepted_offer-formal")


def change_url(template):
    return reverse("admin:withdrawals_withdrawaltemplate_change", args=[template.pk])


def form_data(template, **changes):
    data = {
        "name": template.name,
        "scenario": template.scenario,
        "tone": template.tone,
        "language": template.language,
        "is_active": "on" if template.is_active else "",
        "display_order": template.display_order,
        "subject_template": template.subject_template,
        "body_template": template.body_template,
        "_save": "Save",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value != ""}


def errors_for(response, field: str) -> str:
    """The error messages the admin form shows for one field."""
    return " ".join(response.context["adminform"].form.errors[field])


def page_text(response) -> str:
    return html.unescape(response.content.decode())


# The change page ---------------------------------------------------------------------------------


def test_change_page_shows_a_preview_rendered_with_sample_data(staff_client, shipped):
    response = staff_client.get(change_url(shipped))

    assert response.status_code == 200
    text = page_text(response)
    assert "id='template-preview'" in text
    assert f"data-preview-url='{reverse(PREVIEW_URL)}'" in text
    assert "<span data-preview='subject'>Withdrawing my application: Senior Data Engineer<" in text
    assert "Withdrawing my application: Senior Data Engineer" in text
    assert "Dear Priya Shah," in text
    assert "the Senior Data Engineer role at Northwind Analytics" in text
    assert SAMPLE_VALUES["reason"] in text
    assert "Kind regards,\nAlex Morgan" in text
    # The allowed placeholders are listed beside the fields.
    for name in PLACEHOLDERS:
        assert f"{{{{ {name} }}}}" in text


def test_changelist_marks_shipped_templates(staff_client):
    response = staff_client.get(reverse("admin:withdrawals_withdrawaltemplate_changelist"))

    assert response.status_code == 200
    assert "Accepted another offer (formal)" in page_text(response)


# Saving ------------------------------------------------------------------------------------------


def test_saving_a_valid_template_stores_it_and_records_who_edited_it(staff_client, staff, shipped):
    assert shipped.last_edited_by is None
    new_body = shipped.body_template.replace("great respect", "real respect")

    response = staff_client.post(change_url(shipped), form_data(shipped, body_template=new_body))

    assert response.status_code == 302
    assert response.url == reverse("admin:withdrawals_withdrawaltemplate_changelist")
    shipped.refresh_from_db()
    assert shipped.body_template == new_body
    assert shipped.last_edited_by == staff
    assert shipped.default_key == "accepted_offer-formal"


def test_adding_a_template_records_who_wrote_it(staff_client, staff):
    response = staff_client.post(
        reverse("admin:withdrawals_withdrawaltemplate_add"),
        {
            "name": "Short and kind",
            "scenario": Scenario.NO_REASON,
            "tone": Tone.BRIEF,
            "language": "en",
            "is_active": "on",
            "display_order": 5,
            "subject_template": "About {{ position }}",
            "body_template": (
                "Dear {{ contact_name }},\n\nThank you.\n\nKind regards,\n{{ your_name }}"
            ),
            "_save": "Save",
        },
    )

    assert response.status_code == 302
    template = WithdrawalTemplate.objects.get(name="Short and kind")
    assert template.last_edited_by == staff
    assert template.default_key is None


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("body_template", "Dear {{ recruiter }},", "Unknown placeholder “recruiter”"),
        ("body_template", "Dear {{ user.password }},", "“{{ user.password }}” is not allowed"),
        ("body_template", "{% if reason %}Because.", "is never closed by {% endif %}"),
        ("body_template", "Dear {{ contact_name },", "Unbalanced braces"),
        ("subject_template", "About {{ settings.SECRET_KEY }}", "is not allowed"),
        ("subject_template", "About {% load static %}", "is not allowed"),
    ],
)
def test_saving_a_broken_template_is_refused_with_the_allowed_placeholders(
    staff_client, shipped, field, value, problem
):
    before = WithdrawalTemplate.objects.values().get(pk=shipped.pk)

    response = staff_client.post(change_url(shipped), form_data(shipped, **{field: value}))

    assert response.status_code == 200
    text = page_text(response)
    assert "Please correct the error below." in text
    error = errors_for(response, field)
    assert problem in error
    assert error in text
    for name in PLACEHOLDERS:
        assert f"{{{{ {name} }}}}" in error
    assert WithdrawalTemplate.objects.values().get(pk=shipped.pk) == before


def test_adding_a_broken_template_saves_nothing(staff_client):
    count = WithdrawalTemplate.objects.count()

    response = staff_client.post(
        reverse("admin:withdrawals_withdrawaltemplate_add"),
        {
            "name": "Sneaky",
            "scenario": Scenario.NO_REASON,
            "tone": Tone.FORMAL,
            "language": "en",
            "display_order": 5,
            "subject_template": "Hi",
            "body_template": "{% include 'x' %}",
            "_save": "Save",
        },
    )

    assert response.status_code == 200
    error = errors_for(response, "body_template")
    assert "“{% include 'x' %}” is not allowed" in error
    assert "{{ contact_name }}" in error
    assert WithdrawalTemplate.objects.count() == count
    assert not WithdrawalTemplate.objects.filter(name="Sneaky").exists()


# The live preview endpoint ---------------------------------------------------------------------


def test_preview_renders_the_posted_text_with_sample_data(staff_client):
    response = staff_client.post(
        reverse(PREVIEW_URL),
        {
            "subject_template": "Leaving {{ company }}",
            "body_template": (
                "Dear {{ contact_first_name }},{% if reason %} {{ reason }}{% endif %}"
            ),
        },
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "ok": True,
        "subject": "Leaving Northwind Analytics",
        "body": f"Dear Priya, {SAMPLE_VALUES['reason']}",
    }


def test_preview_reports_an_error_for_a_bad_template(staff_client):
    response = staff_client.post(
        reverse(PREVIEW_URL),
        {"subject_template": "Leaving", "body_template": "Dear {{ settings.SECRET_KEY }}"},
    )

    assert response.status_code == 200
    result = response.json()
    assert result["ok"] is False
    assert "“{{ settings.SECRET_KEY }}” is not allowed" in result["error"]
    assert "{{ contact_name }}" in result["error"]
    assert "subject" not in result
    assert "body" not in result


def test_preview_reports_an_unknown_placeholder_in_the_subject(staff_client):
    response = staff_client.post(
        reverse(PREVIEW_URL), {"subject_template": "{{ secret }}", "body_template": "Hi"}
    )

    assert response.json()["ok"] is False
    assert "Unknown placeholder “secret”" in response.json()["error"]


def test_preview_is_refused_to_a_user_who_is_not_staff(client, owner):
    client.force_login(owner)

    response = client.post(
        reverse(PREVIEW_URL), {"subject_template": "Hi", "body_template": "{{ your_name }}"}
    )

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))
    assert "Alex Morgan" not in response.content.decode()


def test_preview_is_refused_to_an_anonymous_visitor(client):
    response = client.post(
        reverse(PREVIEW_URL), {"subject_template": "Hi", "body_template": "{{ your_name }}"}
    )

    # LoginRequiredMiddleware answers before the admin does: the site's own login page.
    assert response.status_code == 302
    assert response.url.startswith(reverse(settings.LOGIN_URL))
    assert response["Content-Type"] != "application/json"


def test_preview_refuses_get(staff_client):
    response = staff_client.get(reverse(PREVIEW_URL))

    assert response.status_code == 405


# Reset to default ------------------------------------------------------------------------------


def test_reset_to_default_restores_a_modified_shipped_template(staff_client, staff, shipped):
    default = DEFAULTS["accepted_offer-formal"]
    WithdrawalTemplate.objects.filter(pk=shipped.pk).update(
        name="Edited",
        tone=Tone.WARM,
        subject_template="Changed subject",
        body_template="Changed body {{ your_name }}",
        display_order=999,
        is_active=False,
    )

    response = staff_client.post(
        reverse("admin:withdrawals_withdrawaltemplate_changelist"),
        {"action": "reset_to_default", "_selected_action": [shipped.pk]},
        follow=True,
    )

    assert response.status_code == 200
    assert "Reset 1 template(s) to the shipped default." in page_text(response)
    shipped.refresh_from_db()
    assert shipped.name == default["name"]
    assert shipped.tone == default["tone"]
    assert shipped.subject_template == default["subject"]
    assert shipped.body_template == default["body"]
    assert shipped.display_order == default["display_order"]
    assert shipped.is_active
    assert shipped.last_edited_by == staff


def test_reset_to_default_skips_a_template_written_here(staff_client):
    own = WithdrawalTemplate.objects.create(
        name="Mine",
        scenario=Scenario.NO_REASON,
        subject_template="Mine",
        body_template="My body {{ your_name }}",
    )

    response = staff_client.post(
        reverse("admin:withdrawals_withdrawaltemplate_changelist"),
        {"action": "reset_to_default", "_selected_action": [own.pk]},
        follow=True,
    )

    assert "1 template(s) were written here, not shipped: nothing to reset to." in page_text(
        response
    )
    own.refresh_from_db()
    assert own.body_template == "My body {{ your_name }}"
    assert own.last_edited_by is None


def test_view_only_staff_cannot_reset_a_template(client):
    staff = UserFactory(username="viewer", is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="view_withdrawaltemplate"))
    template = WithdrawalTemplate.objects.filter(default_key__isnull=False).first()
    WithdrawalTemplate.objects.filter(pk=template.pk).update(body_template="Changed")
    client.force_login(staff)

    client.post(
        reverse("admin:withdrawals_withdrawaltemplate_changelist"),
        {"action": "reset_to_default", "_selected_action": [template.pk]},
    )

    template.refresh_from_db()
    assert template.body_template == "Changed"
