"""How the shipped default templates (``withdrawals.defaults``) reach the database.

The one way they do: the data migration, the admin's "reset to default" action and the tests
all call ``install_default_templates()``. It imports no models, so that a migration can hand
it the historical model; it sets only fields that exist since ``0001_initial``, and the
language once the model has it (before then, only the English templates are installed).
"""

from django.apps import apps as global_apps

from withdrawals import defaults_de, defaults_es, defaults_fr
from withdrawals.defaults import DEFAULT_TEMPLATES
from withdrawals.languages import ENGLISH

# Every shipped template: English, German, French and Spanish.
SHIPPED_TEMPLATES = [
    *DEFAULT_TEMPLATES,
    *defaults_de.TEMPLATES,
    *defaults_fr.TEMPLATES,
    *defaults_es.TEMPLATES,
]
DEFAULTS_BY_KEY = {default["key"]: default for default in SHIPPED_TEMPLATES}


def install_default_templates(
    *, model=None, keys=None, edited_by=None, keep_edited: bool = False
) -> int:
    """Create, or restore to the shipped text, the default templates; return how many.

    ``keys`` limits it to those ``default_key`` values (unknown keys are ignored);
    ``edited_by`` is recorded as the last editor (the admin's reset); ``keep_edited`` leaves
    alone the templates staff have edited (a migration shipping new wording). A restored
    template is active again, with the shipped name, scenario, tone, order, subject and body.
    """
    model = model or global_apps.get_model("withdrawals", "WithdrawalTemplate")
    has_language = any(field.name == "language" for field in model._meta.get_fields())
    edited = set()
    if keep_edited:
        edited = set(
            model.objects.filter(last_edited_by__isnull=False).values_list("default_key", flat=True)
        )
    installed = 0
    for default in SHIPPED_TEMPLATES:
        if keys is not None and default["key"] not in keys:
            continue
        if default["key"] in edited or (default["language"] != ENGLISH and not has_language):
            continue
        values = {
            "name": default["name"],
            "scenario": default["scenario"],
            "tone": default["tone"],
            "subject_template": default["subject"],
            "body_template": default["body"],
            "display_order": default["display_order"],
            "is_active": True,
        }
        if has_language:
            values["language"] = default["language"]
        if edited_by is not None:
            values["last_edited_by"] = edited_by
        model.objects.update_or_create(default_key=default["key"], defaults=values)
        installed += 1
    return installed
