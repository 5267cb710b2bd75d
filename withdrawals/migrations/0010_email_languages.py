"""Emails in the employer's language: German, French and Spanish beside English, every scenario
in every tone (withdrawals/defaults_de.py, defaults_fr.py, defaults_es.py).

The existing templates are English. Shipped templates staff never edited take the new set;
edited ones keep their text.
"""

from django.db import migrations, models

LANGUAGES = [
    ("en", "English"),
    ("de", "German (Deutsch)"),
    ("fr", "French (Français)"),
    ("es", "Spanish (Español)"),
]


def install_templates_in_every_language(apps, schema_editor):
    from withdrawals.shipped import install_default_templates

    install_default_templates(
        model=apps.get_model("withdrawals", "WithdrawalTemplate"), keep_edited=True
    )


class Migration(migrations.Migration):
    dependencies = [
        ("withdrawals", "0009_answer_offers"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="withdrawaltemplate",
            name="template_lookup",
        ),
        migrations.AddField(
            model_name="withdrawaldraft",
            name="language",
            field=models.CharField(choices=LANGUAGES, default="en", max_length=2),
        ),
        migrations.AddField(
            model_name="withdrawaltemplate",
            name="language",
            field=models.CharField(choices=LANGUAGES, default="en", max_length=2),
        ),
        migrations.AddIndex(
            model_name="withdrawaltemplate",
            index=models.Index(
                fields=["scenario", "tone", "language", "is_active"], name="template_lookup"
            ),
        ),
        migrations.RunPython(install_templates_in_every_language, migrations.RunPython.noop),
    ]
