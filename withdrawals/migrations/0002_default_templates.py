"""Ship a well-written template for every scenario (see withdrawals/defaults.py)."""

from django.db import migrations


def add_default_templates(apps, schema_editor):
    # The shipped texts live in one module, shared with the admin's "reset to default" action.
    from withdrawals.defaults import DEFAULT_TEMPLATES

    WithdrawalTemplate = apps.get_model("withdrawals", "WithdrawalTemplate")
    for default in DEFAULT_TEMPLATES:
        WithdrawalTemplate.objects.update_or_create(
            default_key=default["key"],
            defaults={
                "name": default["name"],
                "scenario": default["scenario"],
                "tone": default["tone"],
                "subject_template": default["subject"],
                "body_template": default["body"],
                "display_order": default["display_order"],
                "is_active": True,
            },
        )


def remove_default_templates(apps, schema_editor):
    WithdrawalTemplate = apps.get_model("withdrawals", "WithdrawalTemplate")
    WithdrawalTemplate.objects.filter(default_key__isnull=False).delete()


class Migration(migrations.Migration):
    dependencies = [("withdrawals", "0001_initial")]

    operations = [migrations.RunPython(add_default_templates, remove_default_templates)]
