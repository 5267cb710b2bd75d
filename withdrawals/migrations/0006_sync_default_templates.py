"""Ship a formal, a warm and a brief wording for every scenario (see withdrawals/defaults.py).

Shipped templates that staff never edited take the new text; the ones staff edited keep
their text, and "reset to default" in the admin brings the shipped one back on demand.
"""

from django.db import migrations


def sync_default_templates(apps, schema_editor):
    from withdrawals.defaults import DEFAULT_TEMPLATES

    WithdrawalTemplate = apps.get_model("withdrawals", "WithdrawalTemplate")
    for default in DEFAULT_TEMPLATES:
        fields = {
            "name": default["name"],
            "scenario": default["scenario"],
            "tone": default["tone"],
            "subject_template": default["subject"],
            "body_template": default["body"],
            "display_order": default["display_order"],
        }
        existing = WithdrawalTemplate.objects.filter(default_key=default["key"]).first()
        if existing is None:
            WithdrawalTemplate.objects.create(default_key=default["key"], is_active=True, **fields)
        elif existing.last_edited_by_id is None:
            WithdrawalTemplate.objects.filter(pk=existing.pk).update(**fields)


class Migration(migrations.Migration):
    dependencies = [("withdrawals", "0005_scenarios_in_every_tone")]

    operations = [migrations.RunPython(sync_default_templates, migrations.RunPython.noop)]
