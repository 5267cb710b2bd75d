"""Ship a well-written template for every scenario (see withdrawals/defaults.py)."""

from django.db import migrations


def add_default_templates(apps, schema_editor):
    # The shipped texts and how they are stored live in one place, shared with the admin's
    # "reset to default" action and the tests; it is given this migration's historical model.
    from withdrawals.shipped import install_default_templates

    install_default_templates(model=apps.get_model("withdrawals", "WithdrawalTemplate"))


def remove_default_templates(apps, schema_editor):
    WithdrawalTemplate = apps.get_model("withdrawals", "WithdrawalTemplate")
    WithdrawalTemplate.objects.filter(default_key__isnull=False).delete()


class Migration(migrations.Migration):
    dependencies = [("withdrawals", "0001_initial")]

    operations = [migrations.RunPython(add_default_templates, remove_default_templates)]
