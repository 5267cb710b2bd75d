"""Ship a formal, a warm and a brief wording for every scenario (see withdrawals/defaults.py).

Shipped templates that staff never edited take the new text; the ones staff edited keep
their text, and "reset to default" in the admin brings the shipped one back on demand.
"""

from django.db import migrations


def sync_default_templates(apps, schema_editor):
    from withdrawals.shipped import install_default_templates

    install_default_templates(
        model=apps.get_model("withdrawals", "WithdrawalTemplate"), keep_edited=True
    )


class Migration(migrations.Migration):
    dependencies = [("withdrawals", "0005_scenarios_in_every_tone")]

    operations = [migrations.RunPython(sync_default_templates, migrations.RunPython.noop)]
